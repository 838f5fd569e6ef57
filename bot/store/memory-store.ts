/**
 * In-memory conversation store with a time-to-live and a maximum size. A Map keeps insertion
 * order, so re-inserting on every access makes the first key the least recently used one:
 * eviction is O(1) without a separate list.
 *
 * Sessions are kept as strings, not objects. A session object graph (object, trail array,
 * answers object, boxed timestamps) costs about 1 KB of heap; as a string it is about 200 bytes.
 * Except the last few hundred written (`recentObjects`, default 256): those stay the object set()
 * was given, frozen with its trail and answers, and a get returns that object. The next turn of a
 * conversation in use then skips the JSON both ways, which was about a fifth of a button turn's
 * server CPU (a JSON.stringify and a pack on set, an unpack and a JSON.parse on get, of 200–800
 * bytes); an older one is packed when it leaves that set. Only a session a get of its JSON would
 * give back equal in every value and key order is kept so (keepsAsItIs); any other is packed at once.
 * Either way a caller cannot change what is stored through what it set or got, as with a
 * real database: set() takes the session over (frozen: changing it throws), a get returns it
 * frozen or a fresh copy.
 *
 * An idle conversation is one Map entry of two flat strings, about 145 bytes of heap with the
 * Map's table (bench/rss-idle.ts; it was about 600 with an entry object per session, 265 before
 * the packing below and the writes in place in `touch`):
 *
 *   key    the conversation id; a UUID as written by randomUUID() is kept as its 16 bytes (one
 *          character each) after a NUL, 17 characters instead of 36 (keyOf)
 *   value  `${updatedAt} ${json}`: the last write time for the TTL, read without parsing, then
 *          the session's JSON without its leading `{"id":"…",` (the key says it already). A
 *          session whose JSON does not start that way is kept whole (the part starts with `{`).
 *          The session's own property names ("createdAt":, "trail":[ …) and "updatedAt": with
 *          the time the prefix holds are each written as one control character (packJson):
 *          JSON.stringify escapes every control character, so none occurs in its output, and
 *          unpacking gives back exactly the same text.
 *
 * Both strings are flat and fresh. V8 keeps the output of JSON.stringify as a rope of partly
 * filled chunks, and Node's randomUUID() as a rope of about twenty small pieces: each costs far
 * more heap than its characters, and a slice of a rope would keep the whole rope alive. The key is
 * made by fromCharCode (or copied), the value by the replace that packs it; a value with nothing
 * to pack is copied through UTF-8.
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
  /** How many of the sessions written last are kept as objects, not yet packed (MemoryStore.hot). Default 256. */
  recentObjects?: number
}

export class MemoryStore implements ConversationStore {
  /** Calls settle at once: no timeout timer needed around them (see ConversationStore). */
  readonly local: boolean = true
  /** A packed string per conversation, or for one of the last `recentObjects` written the frozen session itself (see `hot`). */
  private readonly map = new Map<string, string | Session>()
  /**
   * Keys whose value is still the session object set() was given, frozen, oldest first: the last
   * `recentObjects` sessions written are kept as they are, so the next turn of a conversation in use skips
   * the JSON both ways (stringify and pack on set, unpack and parse on get). Older ones are packed.
   */
  private readonly hot = new Set<string>()
  /** The key set last, so the last in the Map's order (undefined when unknown). */
  private last: string | undefined
  private readonly ttlMs: number
  private readonly maxEntries: number
  private readonly now: () => number
  private readonly recentObjects: number

  constructor(options: MemoryStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000
    this.maxEntries = Math.max(1, options.maxEntries ?? 100_000)
    this.now = options.now ?? Date.now
    this.recentObjects = Math.max(0, options.recentObjects ?? RECENT_OBJECTS)
  }

  get size(): number {
    return this.map.size
  }

  async get(id: string): Promise<Session | undefined> {
    const key = keyOf(id)
    const value = this.map.get(key)
    if (value === undefined) return undefined
    if (typeof value !== 'string') {
      if (this.now() - value.updatedAt > this.ttlMs) {
        this.forget(key)
        return undefined
      }
      this.touch(key, value)
      return value
    }
    const space = value.indexOf(' ')
    if (this.now() - Number(value.slice(0, space)) > this.ttlMs) {
      this.forget(key)
      return undefined
    }
    this.touch(key, value)
    const packed = unpackJson(value.slice(space + 1), value.slice(0, space))
    const json = packed.charCodeAt(0) === BRACE ? packed : `{"id":${JSON.stringify(id)},${packed}`
    return JSON.parse(json) as Session
  }

  async set(session: Session): Promise<void> {
    const key = keyOf(session.id, true)
    if (this.recentObjects > 0 && keepsAsItIs(session)) {
      freeze(session)
      this.touch(key, session)
      this.hot.delete(key)
      this.hot.add(key)
      while (this.hot.size > this.recentObjects) {
        const oldest = this.hot.values().next().value!
        this.hot.delete(oldest)
        const v = this.map.get(oldest)
        // Replacing the value of a key keeps its place in the Map (its LRU order).
        if (v !== undefined && typeof v !== 'string') this.map.set(oldest, packSession(v))
      }
    } else {
      this.hot.delete(key)
      this.touch(key, packSession(session))
    }
    while (this.map.size > this.maxEntries) this.forget(this.map.keys().next().value!)
    this.sweep()
  }

  async delete(id: string): Promise<void> {
    this.forget(keyOf(id))
  }

  /**
   * Puts `key` last (most recently used) with `value`. A turn reads its conversation and then
   * writes it, so the key is mostly last already: then the value is replaced in place. Moving it
   * means a delete and a set, and each delete leaves a hole in the Map's table until it grows or
   * compacts (100,000 idle conversations took a table twice the size, 3.6 MB more).
   */
  private touch(key: string, value: string | Session): void {
    if (this.last !== key) {
      this.map.delete(key)
      this.last = key
    }
    this.map.set(key, value)
  }

  private forget(key: string): void {
    this.map.delete(key)
    this.hot.delete(key)
    if (this.last === key) this.last = undefined
  }

  /** Drops expired conversations from the old end; cheap because the map is in LRU order. */
  private sweep(limit = 16): void {
    const cutoff = this.now() - this.ttlMs
    let n = 0
    for (const [id, value] of this.map) {
      if (n++ >= limit || (typeof value === 'string' ? Number(value.slice(0, value.indexOf(' '))) : value.updatedAt) >= cutoff) break
      this.forget(id)
    }
  }
}

const BRACE = '{'.charCodeAt(0)

/** How many of the sessions written last are kept as objects by default (MemoryStore.hot). */
export const RECENT_OBJECTS = 256

/** The packed value for a session: `${updatedAt} ` and its JSON without the id, names packed. */
function packSession(session: Session): string {
  const quotedId = JSON.stringify(session.id)
  const json = JSON.stringify(session)
  const head = `{"id":${quotedId},`
  const rest = json.startsWith(head) ? json.slice(head.length) : json
  const time = `${session.updatedAt}`
  // Only when the prefix writes the time as JSON does (not for -0, NaN or a time that is no number).
  const stamp = typeof session.updatedAt === 'number' && JSON.stringify(session.updatedAt) === time ? time : undefined
  return packValue(`${time} ${rest}`, stamp)
}

/**
 * JSON.parse of a quoted string and a UTF-8 round trip both give a fresh flat string with the same
 * characters: JSON.stringify's output is always well-formed UTF-16. (Web APIs only: the Workers
 * tests use this store too.)
 */
const flatCopy = (id: string) => JSON.parse(JSON.stringify(id)) as string

const SESSION_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'role', 'sector', 'organisation', 'flow', 'node', 'trail', 'answers', 'turns'])
const OPTIONAL_STRINGS = ['role', 'sector', 'organisation', 'flow', 'node'] as const
const isTime = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && !Object.is(n, -0)

/**
 * Whether a get of this session object would give what a get of its JSON gives, equal in every
 * value and key order: only the Session's own fields, with plain strings, finite numbers (not -0),
 * an array of strings and a plain object of strings; no field present but undefined. Anything else
 * (the store takes any shape) is packed at once, as before.
 */
function keepsAsItIs(s: Session): boolean {
  if (Object.getPrototypeOf(s) !== Object.prototype || typeof s.id !== 'string' || !isTime(s.createdAt) || !isTime(s.updatedAt) || !isTime(s.turns)) return false
  for (const k in s) if (!SESSION_KEYS.has(k)) return false
  for (const k of OPTIONAL_STRINGS) if (k in s && typeof s[k] !== 'string') return false
  const { trail, answers } = s
  if (!Array.isArray(trail) || Object.getPrototypeOf(trail) !== Array.prototype || Object.getPrototypeOf(answers) !== Object.prototype) return false
  for (let i = 0; i < trail.length; i++) if (typeof trail[i] !== 'string') return false
  for (const k in answers) if (typeof answers[k] !== 'string') return false
  return true
}

function freeze(s: Session): void {
  Object.freeze(s.trail)
  Object.freeze(s.answers)
  Object.freeze(s)
}
const utf8Encoder = new TextEncoder()
const utf8Decoder = new TextDecoder()

/** The value of a lower-case hex digit's character code, -1 for any other. */
const HEX = new Int8Array(128).fill(-1)
for (let c = 0; c < 16; c++) HEX['0123456789abcdef'.charCodeAt(c)] = c
const DASH = 45

/** The byte at `at` and `at + 1` of a lower-case UUID, or -1 when they are not two hex digits. */
function byteAt(id: string, at: number): number {
  const hi = HEX[id.charCodeAt(at)] ?? -1
  const lo = HEX[id.charCodeAt(at + 1)] ?? -1
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo
}

/**
 * The Map key for a conversation id: a lower-case UUID (8-4-4-4-12 hex digits, as randomUUID()
 * writes them) as NUL and its 16 bytes; any other id as it is, or after \u0001 when it starts
 * with NUL or \u0001 itself, so no two ids share a key. (fromCharCode gives a fresh flat string,
 * as the store needs; `fresh` copies any other id, for a key that is kept.)
 */
function keyOf(id: string, fresh = false): string {
  if (id.length === 36 && id.charCodeAt(8) === DASH && id.charCodeAt(13) === DASH && id.charCodeAt(18) === DASH && id.charCodeAt(23) === DASH) {
    const b = new Array<number>(16)
    let ok = true
    for (let i = 0, at = 0; i < 16 && ok; i++, at += 2) {
      if (at === 8 || at === 13 || at === 18 || at === 23) at++
      b[i] = byteAt(id, at)
      ok = b[i]! >= 0
    }
    // prettier-ignore
    if (ok) return String.fromCharCode(0, b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!, b[6]!, b[7]!, b[8]!, b[9]!, b[10]!, b[11]!, b[12]!, b[13]!, b[14]!, b[15]!)
  }
  // A key kept in the Map (fresh: from set) must be a flat copy, not the caller's rope or slice.
  const own = fresh ? flatCopy(id) : id
  const first = own.charCodeAt(0)
  return first === 0 || first === 1 ? `\u0001${own}` : own
}

/** A session's property names in its JSON, each written as the control character at its index + 1. */
const NAMES = ['"createdAt":', '"trail":[', '"answers":{', '"turns":', '"flow":"', '"node":"', '"role":"', '"sector":"', '"organisation":"']
const NAME_CODE = new Map(NAMES.map((n, i) => [n, String.fromCharCode(i + 1)]))
const PACKED = /"(?:createdAt":|trail":\[|answers":\{|turns":|flow":"|node":"|role":"|sector":"|organisation":")|"updatedAt":(-?[\d.eE+]+)/g
/** Stands for `"updatedAt":` and the time in the value's prefix. */
const UPDATED = String.fromCharCode(NAMES.length + 1)
const CODES = /[\u0001-\u000a]/g

/**
 * `${time} ${json}` with the names and the stamp packed, as a fresh flat string: a replace that
 * substitutes builds one. When nothing was substituted, a UTF-8 round trip makes the copy (see above).
 */
function packValue(value: string, stamp: string | undefined): string {
  let packed = false
  const out = value.replace(PACKED, (match: string, time: string | undefined) => {
    if (time === undefined) return (packed = true), NAME_CODE.get(match)!
    if (time !== stamp) return match
    packed = true
    return UPDATED
  })
  return packed ? out : utf8Decoder.decode(utf8Encoder.encode(value))
}

function unpackJson(packed: string, time: string): string {
  return packed.replace(CODES, (c) => (c === UPDATED ? `"updatedAt":${time}` : NAMES[c.charCodeAt(0) - 1]!))
}
