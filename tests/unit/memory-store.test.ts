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

/** Same values and the same key order (JSON.stringify compares both). */
async function roundTrip(session: Session, store = new MemoryStore({ now: () => session.updatedAt })): Promise<Session | undefined> {
  await store.set(session)
  const back = await store.get(session.id)
  expect(back).toStrictEqual(session)
  expect(JSON.stringify(back)).toBe(JSON.stringify(session))
  return back
}

describe('MemoryStore round trip', () => {
  it('returns every field, in order, for a session inside a flow', async () => {
    await roundTrip(base)
  })

  it('returns a copy: changing it does not change what is stored', async () => {
    const store = new MemoryStore({ now: () => base.updatedAt })
    const back = (await roundTrip(base, store))!
    back.trail.push('stap-1/begin')
    back.answers['x'] = 'y'
    expect(await store.get(base.id)).toStrictEqual(base)
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
    const store = new MemoryStore({ now: () => base.updatedAt })
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
