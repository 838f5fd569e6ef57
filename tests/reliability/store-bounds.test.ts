/**
 * The in-memory store stays bounded however many conversations arrive, forgets in LRU order and
 * after its TTL, and a forgotten conversation restarts politely instead of failing.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../bot/core/types.js'
import { MemoryStore } from '../../bot/store/memory-store.js'
import { allText, chat, nodeApp } from './support.js'

const session = (id: string, at: number): Session => ({ id, createdAt: at, updatedAt: at, trail: [], answers: {}, turns: 1 })

describe('MemoryStore bounds', () => {
  it('never holds more than maxEntries, even when filled fifty times over', async () => {
    const store = new MemoryStore({ maxEntries: 1000, now: () => 0 })
    let peak = 0
    for (let i = 0; i < 50_000; i++) {
      await store.set(session(`c${i}`, 0))
      peak = Math.max(peak, store.size)
    }
    expect(peak).toBe(1000)
    expect(store.size).toBe(1000)
    // The newest thousand are the ones kept.
    expect(await store.get('c49999')).toBeDefined()
    expect(await store.get('c49000')).toBeDefined()
    expect(await store.get('c48999')).toBeUndefined()
  })

  it('evicts the least recently used, and a read counts as use', async () => {
    const store = new MemoryStore({ maxEntries: 3, now: () => 0 })
    for (const id of ['a', 'b', 'c']) await store.set(session(id, 0))
    await store.get('a')
    await store.set(session('d', 0))
    expect(await store.get('b')).toBeUndefined()
    expect(await store.get('a')).toBeDefined()
    expect(await store.get('c')).toBeDefined()
    expect(await store.get('d')).toBeDefined()
  })

  it('forgets a conversation idle longer than the TTL, and sweeps expired ones on later writes', async () => {
    let now = 0
    const store = new MemoryStore({ ttlMs: 1000, maxEntries: 10_000, now: () => now })
    for (let i = 0; i < 100; i++) await store.set(session(`old${i}`, now))
    now = 999
    expect(await store.get('old5')).toBeDefined()
    now = 5000
    expect(await store.get('old7')).toBeUndefined()
    // Writes sweep a few expired entries each from the old end, so idle memory drains.
    for (let i = 0; i < 20; i++) await store.set(session(`new${i}`, now))
    expect(store.size).toBeLessThan(100)
    expect(store.size).toBeGreaterThanOrEqual(20)
  })

  it('keeps a conversation that is used within the TTL alive', async () => {
    let now = 0
    const store = new MemoryStore({ ttlMs: 1000, now: () => now })
    await store.set(session('x', now))
    for (let t = 500; t <= 5000; t += 500) {
      now = t
      const s = await store.get('x')
      expect(s).toBeDefined()
      await store.set({ ...s!, updatedAt: now })
    }
  })
})

describe('forgotten conversations restart politely over HTTP', () => {
  it('an evicted conversation starts a new one with the "verlopen" notice and the Veilig Thuis line', async () => {
    const store = new MemoryStore({ maxEntries: 5 })
    const { app } = nodeApp({ store })
    const first = await chat(app, { action: 'menu' })
    const id = first.body.conversationId!
    for (let i = 0; i < 10; i++) await chat(app, { action: 'menu' })
    expect(store.size).toBe(5)
    const again = await chat(app, { conversationId: id, text: 'stap 2' })
    expect(again.res.status).toBe(200)
    expect(again.body.conversationId).not.toBe(id)
    expect(again.body.messages?.[0]?.tag).toBe('expired')
    expect(allText(again.body)).toContain('verlopen')
    expect(allText(again.body)).toContain('0800-2000')
  })

  it('an expired conversation (TTL passed) starts a new one with the "verlopen" notice', async () => {
    let now = Date.UTC(2026, 10, 23, 9)
    const clock = () => now
    const store = new MemoryStore({ ttlMs: 30 * 60_000, now: clock })
    const { app } = nodeApp({ store, now: clock })
    const first = await chat(app, { action: 'menu' })
    const id = first.body.conversationId!
    now += 10 * 60_000
    const kept = await chat(app, { conversationId: id, action: 'menu' })
    expect(kept.body.conversationId).toBe(id)
    expect(allText(kept.body)).not.toContain('verlopen')
    now += 31 * 60_000
    const late = await chat(app, { conversationId: id, action: 'menu' })
    expect(late.res.status).toBe(200)
    expect(late.body.conversationId).not.toBe(id)
    expect(allText(late.body)).toContain('verlopen')
    expect(allText(late.body)).toContain('0800-2000')
  })
})
