/**
 * A single signal answers "is dit mishandeling?" with the form of violence it points to, in words
 * (knowledge `forms`, named in messages.ts FORM_LABELS): every form the knowledge uses has a label.
 */
import { describe, expect, it } from 'vitest'
import { FORM_LABELS } from '../../bot/core/messages.js'
import { converse, realBundle } from '../support/engine.js'

describe('the form of violence a signal points to', () => {
  it('has words for every form the knowledge uses', () => {
    const forms = new Set([...realBundle().content.signals.values()].flatMap((s) => s.forms))
    expect([...forms].filter((f) => !FORM_LABELS[f])).toEqual([])
  })

  it('is named under the title of a single signal, with the ages', () => {
    const signal = [...realBundle().content.signals.values()].find((s) => s.forms.length === 1 && s.forms[0] === 'verwaarlozing' && s.kind === 'signaal')!
    const reply = converse([{ action: `signal:${signal.id}` }]).at(-1)!.replies[0]!
    expect(reply.text.split('\n').slice(0, 2)).toEqual([`**${signal.title}**`, expect.stringMatching(/^Signaal van verwaarlozing \(.+\)\.$/)])
  })
})
