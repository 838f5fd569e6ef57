/**
 * One Durable Object per conversation. It holds the Session (flow position and chosen options,
 * never free text) and nothing else, and an alarm that wipes it once the conversation has been
 * idle for the TTL: nothing is left behind, not even an empty row.
 *
 * A DO serialises calls to the same object, so two turns of one conversation can never
 * interleave, wherever their requests land.
 */
import { DurableObject } from 'cloudflare:workers'
import type { Session } from '../../core/types.js'

const KEY = 'session'

interface Stored {
  session: Session
  /** Epoch ms after which the conversation is gone, even if the alarm has not fired yet. */
  expiresAt: number
}

export class ConversationObject extends DurableObject {
  async load(): Promise<Session | undefined> {
    const stored = await this.ctx.storage.get<Stored>(KEY)
    if (!stored) return undefined
    // Alarms can run late (they are retried); an expired conversation must not come back.
    if (stored.expiresAt <= Date.now()) {
      await this.clear()
      return undefined
    }
    return stored.session
  }

  async save(session: Session, ttlMs: number): Promise<void> {
    const expiresAt = Date.now() + ttlMs
    await this.ctx.storage.put<Stored>(KEY, { session, expiresAt })
    // Every turn moves the one alarm, so it fires only after the last turn plus the TTL.
    await this.ctx.storage.setAlarm(expiresAt)
  }

  async clear(): Promise<void> {
    await this.ctx.storage.deleteAlarm()
    await this.ctx.storage.deleteAll()
  }

  /** Idle for the TTL: delete everything this conversation stored. */
  override async alarm(): Promise<void> {
    await this.clear()
  }
}
