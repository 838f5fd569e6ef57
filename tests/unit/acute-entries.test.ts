/**
 * A signal marked `acute: true` (acute onveiligheid in the afwegingskader's sense) offers the 112
 * button first however it is reached, but is not by itself the direct-danger reply: whether 112
 * comes first is the triage's call on what the user typed.
 */
import { describe, expect, it } from 'vitest'
import { ctx, realBundle } from '../support/engine.js'

describe('acute signals', () => {
  it('offer 112 as their first button, tagged as an answer, when opened by a button', () => {
    const { engine, content } = realBundle()
    const acute = [...content.signals.values()].filter((s) => s.acute)
    expect(acute.length).toBeGreaterThan(5)
    for (const s of acute) {
      const { replies } = engine.step(undefined, { type: 'action', id: `signal:${s.id}` }, ctx())
      expect(replies[0]!.actions?.[0], s.id).toMatchObject({ id: 'call:112', kind: 'emergency' })
      expect(replies[0]!.tag, s.id).toBe('answer')
    }
  })
})
