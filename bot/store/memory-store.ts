/**
 * In-memory conversation store with a time-to-live and a maximum size. A Map keeps insertion
 * order, so re-inserting on every access makes the first key the least recently used one:
 * eviction is O(1) without a separate list.
 *
 * Sessions are kept as strings, not objects. A session object graph (object, trail array,
 * answers object, boxed timestamps) costs about 1 KB of heap; as a string it is about 200 bytes.
 * Callers never share a mutable session with the store, just as with a real database, and a get
 * costs one JSON.parse of a few hundred bytes (~µs).
 *
 * An idle conversation is one Map entry of two flat strings, about 250 bytes of heap
 * (bench/rss-idle.ts; it was about 600 with an entry object per session):
 *
 *   key    the conversation id
 *   value  `${updatedAt} ${json}`: the last write time for the TTL, read without parsing, then
 *          the session's JSON without its leading `{"id":"…",` (the key says it already). A
 *          session whose JSON does not start that way is kept whole (the part starts with `{`).
 *
 * Both strings are copied flat on the way in. V8 keeps the output of JSON.stringify as a rope of
 * partly filled chunks, and Node's randomUUID() as a rope of about twenty small pieces: each
 * costs far more heap than its characters. A slice of a rope would keep the whole rope alive.
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
  /** Calls settle at once: no timeout timer needed around them (see ConversationStore). */
  readonly local: boolean = true
  private readonly map = new Map<string, string>()
  private readonly ttlMs: number
  private readonly maxEntries: number
  private readonly now: () => number

  constructor(options: MemoryStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000
    this.maxEntries = Math.max(1, options.maxEntries ?? 100_000)
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.map.size
  }

  async get(id: string): Promise<Session | undefined> {
    const value = this.map.get(id)
    if (value === undefined) return undefined
    this.map.delete(id)
    const space = value.indexOf(' ')
    if (this.now() - Number(value.slice(0, space)) > this.ttlMs) return undefined
    this.map.set(id, value)
    const json = value.charCodeAt(space + 1) === BRACE ? value.slice(space + 1) : `{"id":${JSON.stringify(id)},${value.slice(space + 1)}`
    return JSON.parse(json) as Session
  }

  async set(session: Session): Promise<void> {
    const quotedId = JSON.stringify(session.id)
    const json = JSON.stringify(session)
    const head = `{"id":${quotedId},`
    const rest = json.startsWith(head) ? json.slice(head.length) : json
    // JSON.parse of a quoted string and a UTF-8 round trip both give a fresh flat string with
    // the same characters: JSON.stringify's output is always well-formed UTF-16. (Web APIs only:
    // the Workers tests use this store too.)
    const id = JSON.parse(quotedId) as string
    this.map.delete(id)
    this.map.set(id, utf8Decoder.decode(utf8Encoder.encode(`${session.updatedAt} ${rest}`)))
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
    for (const [id, value] of this.map) {
      if (n++ >= limit || Number(value.slice(0, value.indexOf(' '))) >= cutoff) break
      this.map.delete(id)
    }
  }
}

const BRACE = '{'.charCodeAt(0)
const utf8Encoder = new TextEncoder()
const utf8Decoder = new TextDecoder()
