/**
 * In-memory conversation store with a time-to-live and a maximum size. A Map keeps insertion
 * order, so re-inserting on every access makes the first key the least recently used one:
 * eviction is O(1) without a separate list.
 */
import type { Session } from '../core/types.js'
import type { ConversationStore } from './conversation-store.js'

export interface MemoryStoreOptions {
  /** Idle time after which a conversation is forgotten. Default 30 minutes. */
  ttlMs?: number
  /** Most conversations kept; the least recently used goes first. Default 100,000. */
  maxEntries?: number
  /** Time source; injected so tests can move the clock. */
  now?: () => number
}

export class MemoryStore implements ConversationStore {
  private readonly map = new Map<string, Session>()
  private readonly ttlMs: number
  private readonly maxEntries: number
  private readonly now: () => number

  constructor(options: MemoryStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000
    this.maxEntries = options.maxEntries ?? 100_000
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.map.size
  }

  async get(id: string): Promise<Session | undefined> {
    const s = this.map.get(id)
    if (!s) return undefined
    this.map.delete(id)
    if (this.now() - s.updatedAt > this.ttlMs) return undefined
    this.map.set(id, s)
    return s
  }

  async set(session: Session): Promise<void> {
    this.map.delete(session.id)
    this.map.set(session.id, session)
    while (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value!)
    this.sweep()
  }

  async delete(id: string): Promise<void> {
    this.map.delete(id)
  }

  /** Drops expired conversations from the old end; cheap because the map is in LRU order. */
  private sweep(limit = 16): void {
    const cutoff = this.now() - this.ttlMs
    let n = 0
    for (const [id, s] of this.map) {
      if (n++ >= limit || s.updatedAt >= cutoff) break
      this.map.delete(id)
    }
  }
}
