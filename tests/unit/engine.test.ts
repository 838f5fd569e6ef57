/** The engine's promises, checked over the real content: purity, safety lines, no typed text in state. */
import { describe, expect, it } from 'vitest'
import { ROOT_FLOW } from '../../bot/content/model.js'
import type { Session } from '../../bot/core/types.js'
import { allText, converse, ctx, realBundle } from '../support/engine.js'

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}

describe('engine', () => {
  it('is pure: it never changes the session it was given, and the same input gives the same output', () => {
    const { engine } = realBundle()
    const start = engine.step(undefined, { type: 'text', text: 'afwegingskader' }, ctx())
    const frozen = deepFreeze(structuredClone(start.session))
    const a = engine.step(frozen, { type: 'text', text: 'ja' }, ctx())
    const b = engine.step(frozen, { type: 'text', text: 'ja' }, ctx())
    expect(a).toEqual(b)
    expect(a.session.trail.length).toBe(frozen.trail.length + 1)
  })

  it('names Veilig Thuis 0800-2000 after every button in every flow', () => {
    const { engine, content } = realBundle()
    const missing: string[] = []
    for (const flow of content.flows.values()) {
      for (const node of flow.nodes) {
        const at: Session = { ...engine.newSession(ctx()), flow: flow.id, node: node.id }
        for (const [i, c] of (node.choices ?? []).entries()) {
          const id = `c:${flow.id}/${node.id}/${c.id ?? i + 1}`
          const { replies } = engine.step(at, { type: 'action', id }, ctx())
          if (!allText(replies).includes('0800-2000')) missing.push(id)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('names Veilig Thuis after every knowledge entry and global action', () => {
    const { engine, content } = realBundle()
    const ids = [
      'menu', 'restart', 'twijfel', 'acuut', 'dossier', 'call:112', 'call:0800-2000', 'onzin',
      ...[...content.topics.keys()].map((k) => `topic:${k}`),
      ...[...content.signals.keys()].map((k) => `signal:${k}`),
      ...[...content.sectors.keys()].map((k) => `sector:${k}`),
      ...[...content.contacts.keys()].map((k) => `contact:${k}`),
    ]
    const missing = ids.filter((id) => !allText(engine.step(undefined, { type: 'action', id }, ctx()).replies).includes('0800-2000'))
    expect(missing).toEqual([])
  })

  it('keeps no typed text in the session, and the dossier summary holds none either', () => {
    const turns = converse([
      'Jan de Vries, 06-12345678, woont op de Dorpsstraat 12 en heeft blauwe plekken',
      'afwegingskader',
      'ja, want Jan vertelde het zelf',
      { action: 'dossier' },
    ])
    const last = turns.at(-1)!
    for (const secret of ['Jan', 'Vries', '12345678', 'Dorpsstraat', 'blauwe', 'vertelde']) {
      expect(JSON.stringify(turns.map((t) => t.session))).not.toContain(secret)
      expect(allText(last.replies)).not.toContain(secret)
    }
    expect(allText(last.replies)).toContain('Samenvatting voor je dossier')
  })

  it('never repeats identifying details back to the user', () => {
    const [turn] = converse(['mijn cliënt Fatima Bakkali, geboren 03-04-2012, BSN 111222333, e-mail f.bakkali@example.nl'])
    const text = allText(turn!.replies)
    for (const secret of ['Fatima', 'Bakkali', '03-04-2012', '111222333', 'example.nl']) expect(text).not.toContain(secret)
    expect(turn!.replies.some((r) => r.tag === 'privacy')).toBe(true)
  })

  it('puts 112 before everything else when danger is acute, also with a privacy notice in the same turn', () => {
    const [turn] = converse(['Piet de Boer heeft een mes en dreigt haar vanavond te vermoorden'])
    expect(turn!.replies[0]!.tag).toBe('acute')
    expect(turn!.replies[0]!.text).toMatch(/^\*\*Is er nu direct gevaar\? Bel 112\.\*\*/)
    expect(turn!.replies[0]!.actions?.[0]).toMatchObject({ id: 'call:112', kind: 'emergency' })
    expect(turn!.replies.some((r) => r.tag === 'privacy')).toBe(true)
  })

  it('accepts a button from an older message: action ids name their flow and node', () => {
    const turns = converse(['stap 2', { action: 'c:afwegingskader/afweging-1/ja' }])
    expect(allText(turns[1]!.replies)).toContain('Afweging 2')
    expect(turns[1]!.session.answers['afweging-1']).toBe('ja')
  })

  it('says it has no reliable answer rather than guessing', () => {
    const [turn] = converse(['wat is de hoofdstad van Peru'])
    expect(turn!.replies[0]!.tag).toBe('fallback')
    expect(turn!.replies[0]!.text).toContain('verzin niets')
  })

  it('restart clears the answers and puts the user back at the menu', () => {
    const turns = converse(['afwegingskader', 'ja', { action: 'restart' }])
    const s = turns[2]!.session
    expect(s.answers).toEqual({})
    expect(s.flow).toBe(ROOT_FLOW)
  })
})

describe('answers that fit the user', () => {
  it('a sport volunteer asking about parents gets the volunteer answer, a professional the step-3 answer', () => {
    const volunteer = converse([{ action: 'c:start/menu/sport' }, 'moet ik de ouders aanspreken?']).at(-1)!
    const professional = converse(['moet ik de ouders aanspreken?']).at(-1)!
    expect(allText(volunteer.replies)).toContain('vertrouwenscontactpersoon')
    expect(allText(volunteer.replies)).not.toEqual(allText(professional.replies))
  })

  it('lists no signals for older people when the question is about a child', () => {
    const [turn] = converse(['een meisje uit mijn team heeft steeds blauwe plekken'])
    const text = allText(turn!.replies)
    expect(text).toContain('blauwe plekken')
    expect(text).not.toMatch(/\(ouderen\)|oudere jaar/)
  })
})
