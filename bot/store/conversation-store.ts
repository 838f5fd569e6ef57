/**
 * Where conversation state lives between turns. One interface, two implementations: memory on
 * Node (this folder) and a Durable Object per conversation on Workers. The engine never knows
 * which. State is the Session only: flow position and chosen options, never free text.
 */
import type { Session } from '../core/types.js'

export interface ConversationStore {
  /**
   * True for a store in this process's memory, whose calls settle at once: the service then
   * skips the timeout timer it sets around every call to a remote store (two timers per turn
   * were about 3% of a text turn's server CPU).
   */
  readonly local?: boolean
  /**
   * A session got or set is not changed afterwards by the caller (the engine steps from a copy):
   * the MemoryStore keeps the last ones written as the objects it was given, frozen, and returns
   * them as they are.
   */
  get(id: string): Promise<Session | undefined>
  set(session: Session): Promise<void>
  delete(id: string): Promise<void>
}
