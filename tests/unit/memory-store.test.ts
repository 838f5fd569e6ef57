/**
 * The MemoryStore keeps each conversation as one compact string (memory-store.ts); whatever
 * goes in comes back out the same, as a copy, whatever the session holds.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../bot/core/types.js'
import { MemoryStore } from '../../bot/store/memory-store.js'

const base: Session = {
  id: '3cb6b88d-9e04-4c7f-8aeb-9e37b202e0c6',
  createdAt: 1795462237278,
  updatedAt: 1795462237291,
  role: 'sport',
  sector: 'sport',
  flow: 'afwegingskader',
  node: 'afweging-2',
  trail: ['afwegingskader/afweging-1', 'afwegingskader/afweging-2'],
  answers: { 'afweging-1': 'ja', 'toelichting': 'één "quote" \\ en \u{1F600}' },
  turns: 7,
}

/**
 * Same values and the same key order (JSON.stringify compares both), whether the store keeps the
 * session as it is (the last ones written) or packs it: each session goes through a store of each
 * kind. set() freezes what it keeps, so it gets a deep copy, and `session` stays the expected value.
 */
async function roundTrip(session: Session, store = new MemoryStore({ now: () => session.updatedAt })): Promise<Session | undefined> {
  const packing = new MemoryStore({ now: () => session.updatedAt, recentObjects: 0 })
  let back: Session | undefined
  for (const s of [store, packing]) {
    await s.set(structuredClone(session))
    back = await s.get(session.id)
    expect(back).toStrictEqual(session)
    expect(JSON.stringify(back)).toBe(JSON.stringify(session))
  }
  return store.get(session.id)
}

describe('MemoryStore round trip', () => {
  it('returns every field, in order, for a session inside a flow', async () => {
    await roundTrip(base)
  })

  it('what was set or got cannot change what is stored: a session kept as it is is frozen (changing it throws), a packed one comes back as a copy', async () => {
    const store = new MemoryStore({ now: () => base.updatedAt, recentObjects: 2 })
    const given = structuredClone(base)
    await store.set(given)
    const back = (await store.get(base.id))!
    expect(back).toBe(given)
    for (const s of [given, back]) {
      expect(() => s.trail.push('stap-1/begin')).toThrow(TypeError)
      expect(() => (s.answers['x'] = 'y')).toThrow(TypeError)
      expect(() => (s.turns = 99)).toThrow(TypeError)
    }
    // Two later writes push it out of the recent objects: it is packed, and a get gives a copy.
    for (const id of ['a', 'b']) await store.set({ ...structuredClone(base), id })
    const copy = (await store.get(base.id))!
    expect(copy).not.toBe(given)
    expect(copy).toStrictEqual(base)
    copy.trail.push('stap-1/begin')
    copy.answers['x'] = 'y'
    expect(await store.get(base.id)).toStrictEqual(base)
  })

  it('keeps the last `recentObjects` sessions written as objects and packs the older ones, in the same LRU order', async () => {
    const store = new MemoryStore({ now: () => base.updatedAt, recentObjects: 3 })
    const map = (store as unknown as { map: Map<string, string | Session> }).map
    for (let i = 0; i < 6; i++) await store.set({ ...structuredClone(base), id: `c${i}`, turns: i })
    expect([...map.keys()]).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5'])
    expect([...map.values()].map((v) => typeof v)).toEqual(['string', 'string', 'string', 'object', 'object', 'object'])
    for (let i = 0; i < 6; i++) expect(await store.get(`c${i}`)).toStrictEqual({ ...base, id: `c${i}`, turns: i })
    // Only the Session's own fields in their own types are kept as they are (a get of the JSON
    // would give -0 as 0, drop an undefined field, and lose an extra property's class).
    const odd: Array<Record<string, unknown>> = [
      { ...structuredClone(base), id: 'minus-zero', turns: -0 },
      { ...structuredClone(base), id: 'undefined-field', role: undefined },
      { ...structuredClone(base), id: 'extra', extra: new Date(0) },
      { ...structuredClone(base), id: 'number-in-trail', trail: [1] },
      { ...structuredClone(base), id: 'number-answer', answers: { a: 1 } },
    ]
    for (const s of odd) {
      await store.set(s as unknown as Session)
      expect(typeof map.get(s.id as string)).toBe('string')
      expect(JSON.stringify(await store.get(s.id as string))).toBe(JSON.stringify(s))
    }
  })

  it('handles ids and sessions of any shape, not only what the engine makes', async () => {
    const odd: Session[] = [
      { ...base, id: 'a' },
      { ...base, id: 'sha256:' + 'f'.repeat(64) },
      { ...base, id: 'quote " backslash \\ space  newline \n' },
      { ...base, id: 'unicode: één 😀 and a lone surrogate \ud800' },
      { ...base, id: '' },
      // id not the first property: kept whole
      { createdAt: 1, updatedAt: 2, id: 'later', trail: [], answers: {}, turns: 0 },
      { id: 'minimal', createdAt: 0, updatedAt: 0, trail: [], answers: {}, turns: 0 },
    ]
    for (const s of odd) await roundTrip(s)
  })

  it("keeps a UUID as its bytes and property names as one character, and gives back the same session, whatever the strings hold", async () => {
    const uuid = '3cb6b88d-9e04-4c7f-8aeb-9e37b202e0c6'
    // The key a UUID is kept under, typed as an id of its own, must not reach that conversation.
    const bytes = String.fromCharCode(...uuid.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)))
    const tricky: Session[] = [
      { ...base, id: uuid.toUpperCase() },
      { ...base, id: uuid.slice(0, 35) + 'g' },
      { ...base, id: uuid.replace(/-/g, '_') },
      { ...base, id: `\u0000${bytes}` },
      { ...base, id: `\u0001${bytes}` },
      { ...base, id: `\u0001\u0000${bytes}` },
      // Property names and the time inside strings and as keys of answers.
      { ...base, id: 'names', answers: { '"trail":[': '"createdAt":', 'updatedAt': `"updatedAt":${base.updatedAt}`, '\u0001': '\n' }, trail: ['"turns":', '"node":"x"'] },
      { ...base, id: 'fraction', updatedAt: 1795462237291.25, createdAt: 1795462237291.25 },
      { ...base, id: 'organisation', organisation: 'gemeente-x' },
    ]
    const store = new MemoryStore({ now: () => base.updatedAt, recentObjects: 0 })
    await store.set(base)
    for (const s of tricky) await roundTrip(s, store)
    expect(store.size).toBe(tricky.length + 1)
    for (const s of [base, ...tricky]) expect(JSON.stringify(await store.get(s.id))).toBe(JSON.stringify(s))
    // Stored shorter than its JSON: the UUID as 17 characters, the names as one each.
    const map = (store as unknown as { map: Map<string, string> }).map
    const value = map.get(`\u0000${bytes}`)!
    expect(value.length).toBeLessThan(JSON.stringify(base).length - 70)
    expect(value).not.toContain('"createdAt":')
  })

  it('keeps the least recently used first, as a Map that moves every key it touches to the end, over random reads, writes and deletes', async () => {
    let seed = 11
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    const store = new MemoryStore({ now: () => base.updatedAt, maxEntries: 20 })
    const plain = new Map<string, number>()
    for (let i = 0; i < 5000; i++) {
      const id = `c${Math.floor(rnd() * 30)}`
      const what = rnd()
      if (what < 0.4) {
        const got = await store.get(id)
        if (plain.has(id)) (plain.delete(id), plain.set(id, 0))
        expect(got?.id).toBe(plain.has(id) ? id : undefined)
      } else if (what < 0.95) {
        await store.set({ ...base, id, turns: i })
        plain.delete(id)
        plain.set(id, i)
        while (plain.size > 20) plain.delete(plain.keys().next().value!)
      } else {
        await store.delete(id)
        plain.delete(id)
      }
      const keys = [...(store as unknown as { map: Map<string, string> }).map.keys()]
      expect(keys).toEqual([...plain.keys()])
    }
  })

  it('a second write replaces the first', async () => {
    const store = new MemoryStore({ now: () => base.updatedAt })
    await store.set(base)
    await store.set({ ...base, turns: 8, node: 'afweging-3' })
    expect(store.size).toBe(1)
    expect(await store.get(base.id)).toMatchObject({ turns: 8, node: 'afweging-3' })
  })

  it('times out from the session\'s updatedAt, also for fractional and small clocks', async () => {
    let now = 0.5
    const store = new MemoryStore({ ttlMs: 10, now: () => now })
    await store.set({ ...base, id: 'x', updatedAt: 0.5 })
    now = 10.5
    expect(await store.get('x')).toBeDefined()
    now = 10.6
    expect(await store.get('x')).toBeUndefined()
    expect(store.size).toBe(0)
  })

  it('delete forgets a conversation', async () => {
    const store = new MemoryStore({ now: () => base.updatedAt })
    await store.set(base)
    await store.delete(base.id)
    expect(await store.get(base.id)).toBeUndefined()
    expect(store.size).toBe(0)
  })
})
