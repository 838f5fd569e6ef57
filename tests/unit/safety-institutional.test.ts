/** Abuse by an employee, teacher, childcare worker, trainer or volunteer is routed apart from home. */
import { describe, expect, it } from 'vitest'
import { detectInstitutional } from '../../bot/core/safety/institutional.js'

describe('detectInstitutional', () => {
  it.each([
    ['een leraar slaat een leerling in de klas', 'onderwijs'],
    ['de juf slaat kinderen', 'onderwijs'],
    ['meldplicht: docent misbruikt leerling', 'onderwijs'],
    ['de trainer betast meisjes', 'sport'],
    ['onze hockeytrainer raakt meisjes ongepast aan', 'sport'],
    ['zwemleraar betast een meisje tijdens de les', 'sport'],
    ['a coach at our club is sending inappropriate messages', 'sport'],
    ['een leidster op de opvang slaat peuters', 'kinderopvang'],
    ['een collega op het kinderdagverblijf slaat een peuter', 'kinderopvang'],
    ['een verzorgende in het verpleeghuis mishandelt een bewoner', 'zorg'],
    ['meisje wordt misbruikt door de jeugdtrainer', 'sport'],
    ["de keeperstrainer stuurt foto's naar een jongen", 'sport'],
    ['de coach neemt kinderen alleen mee in zijn auto en geeft ze cadeautjes', 'sport'],
    ["trainer van de o13 stuurt snapchats naar spelers 's avonds laat", 'sport'],
    ['de gymleraar vraagt een leerling om het geheim te houden en geeft haar cadeautjes', 'onderwijs'],
  ])('routes "%s" to %s', (text, setting) => {
    expect(detectInstitutional(text)).toBe(setting)
  })

  it.each([
    'de juf ziet dat een leerling blauwe plekken heeft en zegt dat vader slaat',
    'ik ben trainer en een jongen uit mijn team wordt thuis geslagen',
    'de vader van een speler slaat hem na de wedstrijd',
    'leerkracht vermoedt dat moeder het kind mishandelt',
    'mijn cliënt wordt door haar partner geslagen',
    "de trainer maakt foto's van de wedstrijd",
    'de juf vertelt dat vader het kind cadeautjes geeft om het geheim te houden',
    'de trainer geeft de kinderen na de wedstrijd een medaille',
  ])('keeps the home situation in "%s" on the meldcode route', (text) => {
    expect(detectInstitutional(text)).toBeUndefined()
  })
})
