/** A transcript `send` that talks to the real engine directly, with a fixed clock. */
import type { Session } from '../../bot/core/types.js'
import type { Send } from './transcripts.js'
import { ctx, realBundle } from './engine.js'

export function engineSend(): Send {
  const { engine } = realBundle()
  const c = ctx()
  let session: Session | undefined
  return async (input) => {
    const r = engine.step(session, 'text' in input ? { type: 'text', text: input.text } : { type: 'action', id: input.action }, c)
    session = r.session
    return r.replies
  }
}
