/** Issue 18 in the engine: calls that call, the audience from the first message, back and forward, one summary, said once. */
import { describe, expect, it } from 'vitest'
import { allText, converse } from '../support/engine.js'

const last = (inputs: Parameters<typeof converse>[0]) => converse(inputs).at(-1)!.replies
const ids = (replies: ReturnType<typeof last>) => replies.flatMap((r) => r.actions ?? []).map((a) => a.id)

describe('issue 18: a stressed user gets through', () => {
  it('1. a contact with a number has a call button of kind phone; 112 is emergency', () => {
    const leck = last([{ action: 'contact:leck' }])
    expect(leck[0]!.actions![0]).toMatchObject({ id: 'call:0900-44 45 444', kind: 'phone' })
    const alarm = last([{ action: 'contact:alarmnummer' }])
    expect(alarm[0]!.actions![0]).toMatchObject({ id: 'call:112', kind: 'emergency' })
  })

  it('2. someone who says they train at a club gets the sport route and B1 text, without professionals\' buttons', () => {
    const first = last(['trainer voetbal'])
    expect(ids(first).some((id) => id.startsWith('c:sport/'))).toBe(true)
    const t = converse(['ik ben trainer bij de voetbalclub en een meisje heeft blauwe plekken', 'ik twijfel'])
    expect(t[0]!.session.role).toBe('sport')
    for (const turn of t) for (const id of ids(turn.replies)) expect(id).not.toMatch(/^flow:(stap-|afwegingskader|professional)|contact:leck/)
    expect(ids(t[0]!.replies)).toContain('flow:sport')
    const desk = converse(['ik werk bij het Wmo-loket'])
    expect(desk[0]!.session.role).toBe('wmo')
    expect(ids(desk[0]!.replies).some((id) => id.startsWith('c:wmo/'))).toBe(true)
    // A message about a trainer is not a self-description.
    expect(converse(['de trainer zit aan de kinderen'])[0]!.session.role).toBeUndefined()
  })

  it('2. a teacher in stap 2 is not offered "Ik ben arts"; a doctor is', () => {
    const teacher = last([{ action: 'c:start/menu/professional' }, { action: 'c:professional/sector/onderwijs' }, { action: 'flow:stap-2' }])
    expect(ids(teacher)).not.toContain('c:stap-2/begin/arts')
    const doctor = last([{ action: 'c:start/menu/professional' }, { action: 'c:professional/sector/artsen' }, { action: 'flow:stap-2' }])
    expect(ids(doctor)).toContain('c:stap-2/begin/arts')
  })

  it('3. "terug" goes to the previous question; a side step offers "Verder waar ik was" and "verder" continues', () => {
    const back = last([{ action: 'flow:afwegingskader' }, 'ja', 'terug'])
    expect(allText(back)).toContain('Afweging 1')
    expect(ids(back)).toContain('back')
    const t = converse([{ action: 'flow:stap-1' }, { action: 'c:stap-1/begin/klaar' }, { action: 'c:stap-1/klaar/dossier' }, 'verder'])
    expect(ids(t[2]!.replies)).toContain('resume')
    expect(ids(t[3]!.replies)).toContain('c:stap-1/klaar/stap-2')
    // "vorige" twice walks back two questions; answers given there are asked again.
    const two = converse([{ action: 'flow:afwegingskader' }, 'ja', 'nee', 'vorige', 'vorige'])
    expect(allText(two.at(-1)!.replies)).toContain('Afweging 1')
    expect(two.at(-1)!.session.answers['afweging-1']).toBeUndefined()
  })

  it('3. doubt at "is iemand nu in gevaar?" names 112 first and keeps the question\'s buttons', () => {
    const r = last([{ action: 'c:start/menu/wmo' }, 'ja', { action: 'c:wmo/vraag-2/twijfel' }])
    expect(r.at(-1)!.text.indexOf('112')).toBeLessThan(r.at(-1)!.text.indexOf('0800-2000'))
    expect(r.at(-1)!.actions![0]!.id).toBe('call:112')
    expect(ids(r)).toEqual(expect.arrayContaining(['c:wmo/vraag-2/ja', 'c:wmo/vraag-2/nee']))
  })

  it('4. the summary covers steps 1–4 and the afwegingskader, in order, answers in question order', () => {
    const text = allText(last([
      { action: 'flow:stap-1' }, { action: 'c:stap-1/begin/kindcheck' }, { action: 'c:stap-1/kindcheck/ja' }, { action: 'c:stap-1/kindcheck-ja/klaar' },
      { action: 'c:stap-1/klaar/stap-2' }, { action: 'c:stap-2/begin/klaar' }, { action: 'c:stap-2/klaar/stap-3' }, { action: 'flow:stap-4' },
      { action: 'flow:afwegingskader' }, 'ja', 'ja', { action: 'dossier' },
    ]))
    const order = ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4', '**Afwegingskader**'].map((s) => text.indexOf(s))
    for (const i of order) expect(i).toBeGreaterThan(0)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(text).toContain('dat je de kindcheck deed')
    expect(text.indexOf('Afweging 1')).toBeLessThan(text.indexOf('Afweging 2'))
    expect(text).toMatch(/\n {4}- /)
  })

  it('6. the acute reply says 112 once in its text, has it as the first button, in about 60 words', () => {
    const r = last(['hij heeft een mes en staat nu voor de deur'])[0]!
    expect(r.tag).toBe('acute')
    expect(r.text.match(/112/g)).toHaveLength(1)
    expect(r.actions![0]).toMatchObject({ id: 'call:112', kind: 'emergency' })
    expect(r.text.replace(/\*\*/g, '').split(/\s+/).length).toBeLessThanOrEqual(60)
    expect(r.text).toContain('0800-2000')
  })

  it('6. "Menu" later in a conversation does not repeat the introduction', () => {
    const t = converse([{ action: 'menu' }, { action: 'flow:stap-1' }, { action: 'menu' }])
    expect(t[0]!.replies[0]!.text).toContain('Ik help je')
    expect(t[2]!.replies[0]!.text).not.toContain('Ik help je')
    expect(ids(t[2]!.replies)).toContain('c:start/menu/professional')
  })

  it('5. every button label is at most 40 characters', () => {
    const t = converse([{ action: 'menu' }, 'blauwe plekken', 'moet ik melden?', { action: 'flow:stap-2' }, 'wat is de kindcheck?', 'eergerelateerd geweld'])
    for (const turn of t) for (const r of turn.replies) for (const a of r.actions ?? []) expect(a.label.length, a.label).toBeLessThanOrEqual(40)
  })
})
