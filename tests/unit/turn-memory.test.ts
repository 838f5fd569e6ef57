/**
 * What a turn leaves behind in memory. The store keeps no free text (tests/reliability covers
 * that); the engine's own speed-ups must not keep a typed message either, once it is answered.
 */
import { describe, expect, it } from 'vitest'
import { rememberedStrings } from '../../bot/core/nlp/normalize.js'
import { ctx, realBundle } from '../support/engine.js'

describe('after a typed turn', () => {
  it('no message, and no part of one longer than a word, stays in the fold/normalise memo', () => {
    const { engine } = realBundle()
    const message = 'de buurman van het meisje op nummer 12 schreeuwt elke avond tegen haar, wat moet ik doen'
    const inFlow = engine.step(undefined, { type: 'action', id: 'flow:stap-1' }, ctx()).session
    for (const session of [undefined, inFlow]) {
      const { replies } = engine.step(session, { type: 'text', text: message }, ctx())
      expect(replies.map((r) => r.text).join(' ')).toContain('0800-2000')
      const kept = rememberedStrings()
      // Single words may stay (they are what makes the next turn cheaper)...
      expect(kept).toContain('buurman')
      // ...but nothing with a space in it: not the message, not a phrase of it, not a label.
      expect(kept.filter((s) => /\s/.test(s))).toEqual([])
    }
  })
})
