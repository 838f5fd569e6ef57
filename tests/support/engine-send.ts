/** A transcript `send` that talks to the real engine directly, with a fixed clock. */
import type { Session } from '../../bot/core/types.js'
import type { Send } from './transcripts.js'
import { ctx, realBundle } from './engine.js'

export function engineSend(organisation?: string): Send {
  const { engine, organisations } = realBundle()
  const c = ctx()
  let session: Session | undefined
  return async (input) => {
    // As the service does: the organisation named at the start, then the one the session holds.
    const wanted = session ? session.organisation : organisation
    const settings = wanted ? await organisations.byId(wanted) : undefined
    const r = engine.step(session, 'text' in input ? { type: 'text', text: input.text } : { type: 'action', id: input.action }, { ...c, ...(settings ? { organisation: settings } : {}) }, { unknownOrganisation: !session && !!organisation && !settings })
    session = r.session
    return r.replies
  }
}
