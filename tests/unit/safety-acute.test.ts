/** Acute-danger detection: typos and inflections must not defeat it, everyday words must not trigger it. */
import { describe, expect, it } from 'vitest'
import { detectAcute } from '../../bot/core/safety/acute.js'

const acute = (t: string) => detectAcute(t).length > 0

describe('detectAcute', () => {
  it.each([
    ['hij heeft haar gewurgd', 'wurging'],
    ['hij heeft haar gewrugd', 'wurging'],
    ['wurgde', 'wurging'],
    ['poging tot verwurging', 'wurging'],
    ['hij kneep haar keel dicht', 'wurging'],
    ['haar vriend heeft haar bij de keel gegrepen', 'wurging'],
    ['my client says her husband choked her', 'wurging'],
    ['vader heeft een mes gepakt', 'wapen'],
    ['hij heeft een pistool in huis', 'wapen'],
    ['zijn vader zwaaide gisteren met een schaar naar hem', 'wapen'],
    ['vanavond gaat hij haar weer slaan', 'dreiging-nu'],
    ['hij wil haar vanavond pijn doen', 'dreiging-nu'],
    ['zoon wordt op dit moment geslagen', 'dreiging-nu'],
    ['he is going to hit her tonight', 'dreiging-nu'],
    ['leerling durft niet naar huis', 'niet-veilig-naar-huis'],
    ['the boy is scared to go home tonight', 'niet-veilig-naar-huis'],
    ['ze vliegen zaterdag naar Egypte voor de besnijdenis', 'vgv-vertrek'],
    ['een meisje van 11 vertrekt zaterdag naar Egypte en de familie heeft het over een ceremonie', 'vgv-vertrek'],
    ['buurman hoort nu geschreeuw en gegil van een kind naast de deur', 'dreiging-nu'],
    ['peuter heeft striemen op zijn rug', 'ernstig-letsel'],
    ['meisje gaat naar somalie en wordt daar besneden', 'vgv-vertrek'],
    ['ze wordt deze zomervakantie uitgehuwelijkt', 'huwelijksdwang-vertrek'],
    ['cliënt dreigt zichzelf en de kinderen iets aan te doen', 'doodsbedreiging'],
    ['partner heeft gedreigd haar straks af te maken', 'doodsbedreiging'],
    ['buurman zegt dat hij haar dood maakt als ze weggaat', 'doodsbedreiging'],
    ['meisje wordt door haar broers met de dood bedreigd', 'doodsbedreiging'],
    ['moeder heeft zelfmoordgedachten en zorgt alleen voor een baby', 'doodsbedreiging'],
    ['cliënte wil zich van kant maken', 'doodsbedreiging'],
    ['kind bloedt en zegt dat mama hem net geslagen heeft', 'letsel-nu'],
    ['de baby is door vader door elkaar geschud', 'ernstig-letsel'],
    ['gebroken arm en de uitleg klopt niet', 'ernstig-letsel'],
    ['ze is net gevlucht met de kinderen, hij zoekt haar', 'gevlucht'],
    ['de peuter is alleen thuis gelaten, moeder is al twee dagen weg', 'verlaten'],
    ['hij dreigde de kinderen mee te nemen en ze iets aan te doen', 'doodsbedreiging'],
    ['ik hoor de buurvrouw gillen en er wordt geslagen', 'dreiging-nu'],
    ['ze zegt dat ze vanmiddag weer klappen krijgt', 'dreiging-nu'],
    ['ze moet morgen naar het buitenland om te trouwen', 'huwelijksdwang-vertrek'],
    ['ze is doodsbang, haar broers gaan haar straffen', 'dreiging-nu'],
    ['hij gaat vanavond weer los, zegt ze', 'dreiging-nu'],
    ['kind vertelt dat oom hem misbruikt en morgen weer logeert', 'dreiging-nu'],
    ['hij wil zich vanavond van het leven beroven', 'doodsbedreiging'],
    ['zegt dat vader hem vanochtend met een stok sloeg', 'wapen'],
    ['moeder is psychotisch en alleen met de baby', 'verzorger-onmachtig'],
    ['ze wordt thuis vastgehouden en mag de deur niet uit', 'vrijheidsberoving'],
    ['een meisje van 13 wordt gedwongen tot seks voor geld', 'uitbuiting'],
    ['hij schreef dat hij er vanavond een einde aan maakt', 'doodsbedreiging'],
    ['baby van 3 maanden heeft een bult op het hoofd', 'ernstig-letsel'],
    ['kind heeft bloed in de onderbroek', 'ernstig-letsel'],
    ['de pleegmoeder geeft het kind al dagen geen eten als straf', 'verlaten'],
    ['moeder heeft hem met kokend water overgoten', 'wapen'],
    ['cliënt heeft pillen verzameld', 'doodsbedreiging'],
    ['een meisje wordt elke avond opgehaald door mannen', 'uitbuiting'],
    ['tiener vertelt dat ze vorige week is verkracht', 'seksueel-geweld'],
    ['he pushed her down the stairs and she is pregnant', 'ernstig-letsel'],
    ['haar vriend heeft de kinderen meegenomen en zegt dat ze ze nooit meer ziet', 'dreiging-nu'],
    ['vader zegt dat hij het gezin gaat uitroeien', 'doodsbedreiging'],
    ['mevrouw heeft al dagen geen medicijnen gekregen', 'verlaten'],
  ])('recognises "%s" (%s)', (text, reason) => {
    expect(detectAcute(text)).toContain(reason)
  })

  it('does not sound the alarm for a weapon in a drawing or a game', () => {
    expect(detectAcute('een leerling heeft een mes getekend in zijn schrift')).toEqual([])
    expect(detectAcute('hij speelt een game met een pistool')).toEqual([])
    expect(detectAcute('hij heeft een mes getekend en zegt dat hij papa vanavond vermoordt')).toContain('doodsbedreiging')
  })

  it.each([
    'wat moet ik als vrijwilliger doen als ik me zorgen maak over een kind',
    'wat moet ik vandaag doen',
    'ik vermoed dat een leerling verwaarloosd wordt',
    'vermoeden van meisjesbesnijdenis bij een peuter, geen reis gepland',
    'is het verboden om meisjes te besnijden in het buitenland',
    'de verzorging van het kind is slecht',
    'het kind heeft zich gestoten aan de tafel',
    'ze verbergt blauwe plekken onder lange mouwen',
    'er is geld gestolen uit de portemonnee van oma',
    'hij staat er alleen voor',
    'wat staat er in stap 3',
    'peuter wordt steeds alleen thuis gelaten',
    'het gezin is gevlucht uit Syrië en woont sinds kort hier',
    'het kind heeft een arm gebroken bij het voetballen',
    '14 jarige heeft een veel oudere vriend met een dure auto, loverboy?',
    'moeder was vroeger vaak dronken',
    'ik ben maar vrijwilliger, moet ik dit uitzoeken?',
    'de buren maken zich zorgen',
    'ze woont in dezelfde straat als de school',
    'hoe kan ik dat het best onthouden',
  ])('does not raise an alarm for "%s"', (text) => {
    expect(acute(text)).toBe(false)
  })
})
