/**
 * Idle conversations expire through their Durable Object's alarm and leave nothing behind.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { Session } from '../../bot/core/types.js'
import { DurableObjectStore } from '../../bot/runtime/worker/durable-object-store.js'
import { conversationStore, ttlSeconds } from '../../bot/runtime/worker/create-worker-app.js'
import { chat, newClientIp } from './support.js'

const nothingLeft = (store: DurableObjectStore, id: string) =>
  runInDurableObject(store.stub(id), async (_i, state) => ({ keys: [...(await state.storage.list()).keys()], alarm: await state.storage.getAlarm() }))

const session = (id: string): Session => ({ id, createdAt: 0, updatedAt: 0, trail: ['start/menu'], answers: { rol: 'professional' }, turns: 1 })

describe('conversation expiry on Workers', () => {
  it('sets the alarm one TTL after the last turn', async () => {
    const before = Date.now()
    const r = await chat({ action: 'menu' }, newClientIp())
    const alarm = await runInDurableObject(conversationStore(env).stub(r.body.conversationId), (_i, s) => s.storage.getAlarm())
    expect(ttlSeconds(env)).toBe(1800)
    expect(alarm).toBeGreaterThanOrEqual(before + 1800_000)
    expect(alarm).toBeLessThanOrEqual(Date.now() + 1800_000)
  })

  it('the alarm deletes the conversation, and its id then gets the expired notice', async () => {
    const ip = newClientIp()
    const first = await chat({ action: 'menu' }, ip)
    const id = first.body.conversationId
    const store = conversationStore(env)
    expect((await nothingLeft(store, id)).keys).toEqual(['session'])

    expect(await runDurableObjectAlarm(store.stub(id))).toBe(true)
    expect(await nothingLeft(store, id)).toEqual({ keys: [], alarm: null })

    const again = await chat({ conversationId: id, action: 'menu' }, ip)
    expect(again.body.messages[0]?.tag).toBe('expired')
    expect(again.body.conversationId).not.toBe(id)
  })

  it('a real alarm fires after a short TTL and wipes the object', async () => {
    const store = new DurableObjectStore(env.CONVERSATIONS, { ttlMs: 300 })
    await store.set(session('kort-ttl-1'))
    expect(await store.get('kort-ttl-1')).toMatchObject({ answers: { rol: 'professional' } })
    let left = await nothingLeft(store, 'kort-ttl-1')
    for (let i = 0; i < 40 && left.keys.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100))
      left = await nothingLeft(store, 'kort-ttl-1')
    }
    expect(left).toEqual({ keys: [], alarm: null })
  })

  it('an expired conversation is not served even before its alarm has run', async () => {
    const store = new DurableObjectStore(env.CONVERSATIONS, { ttlMs: 1 })
    await store.set(session('kort-ttl-2'))
    await new Promise((r) => setTimeout(r, 20))
    expect(await store.get('kort-ttl-2')).toBeUndefined()
    expect((await nothingLeft(store, 'kort-ttl-2')).keys).toEqual([])
  })

  it('delete removes the session and the alarm', async () => {
    const store = new DurableObjectStore(env.CONVERSATIONS, { ttlMs: 60_000 })
    await store.set(session('weg-1'))
    await store.delete('weg-1')
    expect(await nothingLeft(store, 'weg-1')).toEqual({ keys: [], alarm: null })
  })
})
