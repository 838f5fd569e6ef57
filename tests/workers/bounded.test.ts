/**
 * Issue 12 inside workerd: the same button pressed 10,000 times in one conversation leaves the
 * Durable Object's stored session under 4 KB, and the last thousand turns cost no more than the
 * first thousand. The turns go through the same ConversationService the Worker's /api/chat uses,
 * on the Worker's own Durable Object store; one turn over HTTP (SELF) first checks the wiring.
 */
import { env, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ConversationService } from '../../bot/service/conversation-service.js'
import { conversationStore, workerBundle } from '../../bot/runtime/worker/create-worker-app.js'
import { chat } from './support.js'

const PRESSES = 10_000

async function storedBytes(conversationId: string): Promise<number> {
  return runInDurableObject(conversationStore(env).stub(conversationId), async (_instance, state) => {
    const stored = await state.storage.get('session')
    return new TextEncoder().encode(JSON.stringify(stored)).length
  })
}

describe('a bounded conversation in a Durable Object', () => {
  it(`${PRESSES} presses of one button: stored session under 4 KB, the last 1,000 turns no slower than the first`, { timeout: 600_000 }, async () => {
    const first = await chat({ text: 'wat zijn de stappen van de meldcode?' })
    const id = first.body.conversationId
    expect((await chat({ conversationId: id, action: 'flow:professional' })).status).toBe(200)
    const service = new ConversationService({ engine: workerBundle().engine, store: conversationStore(env), now: Date.now, newId: () => crypto.randomUUID() })
    const ms: number[] = []
    const sizes: number[] = []
    for (let i = 0; i < PRESSES; i++) {
      const t0 = performance.now()
      const out = await service.turn(id, { type: 'action', id: 'flow:professional' })
      ms.push(performance.now() - t0)
      if (out.degraded || out.conversationId !== id) expect(out).toMatchObject({ conversationId: id })
      if (i === 999 || i === PRESSES - 1) sizes.push(await storedBytes(id))
    }
    expect(Math.max(...sizes)).toBeLessThan(4096)
    expect(sizes[1]! - sizes[0]!).toBeLessThanOrEqual(2)
    // workerd's clock only moves on I/O, so time the thousands as wholes, not per turn.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    expect(sum(ms.slice(-1000))).toBeLessThanOrEqual(sum(ms.slice(0, 1000)) * 1.5 + 50)
  })
})
