import { describe, expect, it } from 'vitest'
import { youngChild } from '../../bot/core/nlp/age.js'
import { converse } from '../support/engine.js'

describe('a baby or toddler named in a question (signals for 0–4 first)', () => {
  it('reads babies, toddlers, ages in months and children of 0 to 3', () => {
    for (const t of ['baby 4 mnd op het cb', 'peuter met een blauwe plek', 'kind (3) is heel stil', 'meisje van 2,5 jaar', 'a toddler with burns', 'zuigeling van 6 weken'])
      expect(youngChild(t), t).toBe(true)
  })
  it('leaves school children, teenagers and kleuters alone', () => {
    for (const t of ['jongen van 10 met blauwe plekken', 'kind van 12', 'kleuter valt veel', 'leerling uit groep 5', 'moeder van 3 kinderen'])
      expect(youngChild(t), t).toBe(false)
  })
  it('answers a bruised baby with the 0–4 signal, not the school child one', () => {
    // Should the danger question come first, "Nee, niet nu" gives the answer.
    const turns = converse(['zuigeling van 3 maanden met een blauwe plek achter zijn oor, hoe kijk ik daarnaar', { action: 'acute-check:nee' }])
    const answer = [...turns[0]!.replies, ...turns[1]!.replies].find((r) => r.tag === 'answer')
    expect(answer?.text).toContain('Letsel zonder goede verklaring bij een jong kind')
    expect(answer?.text).not.toMatch(/^\*\*Blauwe plekken of wonden bij een schoolkind/)
  })
})
