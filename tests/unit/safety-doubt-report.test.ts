/** Typed doubt leads to Veilig Thuis advice; a request to report through Meldwijzer gets "not a reporting channel". */
import { describe, expect, it } from 'vitest'
import { detectDoubt } from '../../bot/core/nlp/doubt.js'
import { detectReportRequest } from '../../bot/core/nlp/report-request.js'
import { Engine } from '../../bot/core/engine.js'
import { allText, converse, ctx, realBundle } from '../support/engine.js'

describe('detectDoubt', () => {
  it.each(['ik twijfel', 'twijfels over een gezin', 'twjifel', 'weet niet', 'ik weet het echt niet', 'niet zeker', 'not sure', 'onzeker', 'geen idee', 'misschien overdrijf ik', 'ik durf niet goed te bellen', 'ik weet niet of het klopt'])(
    'hears doubt in "%s"',
    (t) => expect(detectDoubt(t)).toBe(true),
  )
  it.each(['wat is de kindcheck', 'ik weet wat ik moet doen', 'stap 2', 'zeker weten dat het mishandeling is'])('hears none in "%s"', (t) =>
    expect(detectDoubt(t)).toBe(false),
  )
})

describe('detectReportRequest', () => {
  it.each(['kun je een melding voor mij doen bij veilig thuis', 'kan ik hier een melding doen', 'wil jij dit doorgeven', 'can you report this family for me', 'kan ik de naam hier doorgeven',
    // sent on for the user (round 23): asked, ordered, or "namens mij"
    'stuur jij de melding door naar veilig thuis?', 'stuur dit even door naar VT, ik heb geen tijd', 'de melding graag namens mij doen', 'could you forward this to the police for me'])(
    'sees a request to report in "%s"',
    (t) => expect(detectReportRequest(t)).toBe(true),
  )
  it.each(['hoe doe ik een melding bij veilig thuis', 'wat gebeurt er na een melding', 'moet ik melden', 'kun je uitleggen hoe ik een melding doe', 'stuur ik de melding per mail?'])('sees none in "%s"', (t) =>
    expect(detectReportRequest(t)).toBe(false),
  )
})

describe('engine routing', () => {
  it('answers typed doubt with Veilig Thuis advice, and adds the answer when the question has one', () => {
    const [turn] = converse(['ik twijfel over de kindcheck'])
    expect(turn!.replies[0]!.tag).toBe('doubt')
    expect(allText(turn!.replies)).toContain('0800-2000')
    expect(allText(turn!.replies)).toContain('Kindcheck')
  })
  it('says it takes no meldingen when asked to report', () => {
    const [turn] = converse(['kun jij dit melden bij veilig thuis?'])
    expect(allText(turn!.replies)).toContain('geen meldingen')
  })
})

describe('acute replies', () => {
  it('put 112 first and then what the knowledge says about the situation', () => {
    const [turn] = converse(['de trainer slaat een kind nu op het veld'])
    expect(turn!.replies[0]!.tag).toBe('acute')
    expect(turn!.replies[1]!.tag).toBe('institutional')
  })
  it('add nothing after 112 when the rest is not understood', () => {
    const [turn] = converse(['gewurgd zxqv wrtpl'])
    expect(turn!.replies.map((r) => r.tag)).toEqual(['acute'])
  })
})

describe('the danger question (the triage is unsure)', () => {
  // A triage that is always unsure, so this tests the engine's part, whatever the model says.
  const { content, index, understanding } = realBundle()
  const unsure = { assess: () => ({ level: 'check' as const, concepts: [], urgent: false, lowered: false, probability: 0.6 }) }
  const engine = new Engine(content, index, { ...understanding, triage: unsure })
  const c = ctx()
  const ask = engine.step(undefined, { type: 'text', text: 'blauwe plekken op de rug' }, c)

  it('comes first, names 112 in its first line and offers Ja, nu / Nee, niet nu', () => {
    expect(ask.replies[0]!.tag).toBe('acute-check')
    expect(ask.replies[0]!.text.split('\n')[0]).toMatch(/112/)
    expect(ask.replies[0]!.actions!.map((a) => a.label)).toEqual(['Ja, nu', 'Nee, niet nu', 'Ik twijfel: advies van Veilig Thuis'])
    expect(allText(ask.replies)).toContain('0800-2000')
  })
  it('keeps the answer behind "Nee, niet nu", carried by content ids, not by the typed words', () => {
    const no = ask.replies[0]!.actions!.find((a) => a.label === 'Nee, niet nu')!
    expect(no.id).toMatch(/^acute-check:nee:signal:/)
    expect(JSON.stringify(ask.session)).not.toContain('blauwe')
    const answer = engine.step(ask.session, { type: 'action', id: no.id }, c)
    expect(allText(answer.replies)).toMatch(/blauwe plek/i)
  })
  it('gives the route for abuse within the organisation behind "Nee, niet nu", as the calm path does', () => {
    const asked = engine.step(undefined, { type: 'text', text: 'de trainer stuurt appjes naar een meisje van 12' }, c)
    const no = asked.replies[0]!.actions!.find((a) => a.label === 'Nee, niet nu')!
    expect(no.id).toBe('acute-check:nee:institutional:sport')
    const answer = engine.step(asked.session, { type: 'action', id: no.id }, c)
    expect(answer.replies[0]!.tag).toBe('institutional')
    expect(allText(answer.replies)).toContain('Centrum Veilige Sport')
  })
  it('answers "Ja, nu" with the acute reply', () => {
    const yes = engine.step(ask.session, { type: 'action', id: 'acute-check:ja' }, c)
    expect(yes.replies[0]!.tag).toBe('acute')
  })
  it('shows the line a danger names (113 for suicide) right under the question, not only after "Ja, nu"', () => {
    const unsureSuicide = { assess: () => ({ level: 'check' as const, concepts: ['zelfdoding'], urgent: false, lowered: false, probability: 0.2 }) }
    const asked = new Engine(content, index, { ...understanding, triage: unsureSuicide }).step(undefined, { type: 'text', text: 'iemand denkt aan zelfmoord' }, c)
    expect(asked.replies[0]!.tag).toBe('acute-check')
    expect(allText(asked.replies.slice(1))).toContain('0800-0113')
    expect(allText(ask.replies)).not.toContain('0800-0113')
  })
})

describe('detectReportRequest: round 31 kinds, in words written here', () => {
  it.each([
    'Doe jij de melding bij VT voor me? Ik stuur je alles wat je nodig hebt.',
    'could you quickly submit the report to Veilig Thuis for me',
    'wij willen dat jij de melding namens de vereniging doorstuurt',
    'kun je de meldng bij vt voor mij indienen',
  ])('asks the bot to report: %s', (t) => expect(detectReportRequest(t)).toBe(true))
  it.each(['kun je uitleggen wat ik bij een melding moet vertellen?'])('asks how: %s', (t) => expect(detectReportRequest(t)).toBe(false))
})
