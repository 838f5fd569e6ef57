/**
 * Where conversation state lives between turns. One interface, two implementations: memory on
 * Node (this folder) and a Durable Object per conversation on Workers. The engine never knows
 * which. State is the Session only: flow position and chosen options, never free text.
 */
import type { Session } from '../core/types.js'

export interface ConversationStore {
  get(id: string): Promise<Session | undefined>
  set(session: Session): Promise<void>
  delete(id: string): Promise<void>
}
