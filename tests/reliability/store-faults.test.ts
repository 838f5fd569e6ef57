/**
 * When the conversation store throws or hangs, the user still gets a calm reply with the
 * Veilig Thuis number (HTTP 200, degraded), and the server keeps serving the next request.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../bot/core/types.js'
import type { ConversationStore } from '../../bot/store/conversation-store.js'
import { MemoryStore } from '../../bot/store/memory-store.js'
import { allText, chat, nodeApp } from './support.js'

class FaultyStore implements ConversationStore {
  mode: 'ok' | 'throw' | 'hang' | 'throw-on-set' = 'ok'
  private readonly inner = new MemoryStore()
  private act<T>(op: () => Promise<T>, isSet = false): Promise<T> {
    if (this.mode === 'throw' || (isSet && this.mode === 'throw-on-set')) return Promise.reject(new Error('connection reset'))
    if (this.mode === 'hang') return new Promise(() => {})
    return op()
  }
  get(id: string) {
    return this.act(() => this.inner.get(id))
  }
  set(s: Session) {
    return this.act(() => this.inner.set(s), true)
  }
  delete(id: string) {
    return this.act(() => this.inner.delete(id))
  }
}

describe('store faults', () => {
  it('a throwing store gives a graceful reply with Veilig Thuis; the next request works again', async () => {
    const store = new FaultyStore()
    const { app, log } = nodeApp({ store })
    const ok = await chat(app, { action: 'menu' })
    const id = ok.body.conversationId!

    store.mode = 'throw'
    for (const body of [{ conversationId: id, text: 'blauwe plekken' }, { text: 'stap 2' }, { conversationId: id, action: 'menu' }]) {
      const { res, body: out } = await chat(app, body)
      expect(res.status).toBe(200)
      expect(allText(out)).toContain('0800-2000')
      expect(out.messages?.some((m) => m.tag === 'error')).toBe(true)
    }
    // The failure is logged (a short reason, no message text) so operators see it.
    expect(log.lines.filter((l) => l.event === 'store').length).toBeGreaterThan(0)

    store.mode = 'ok'
    const after = await chat(app, { conversationId: id, action: 'menu' })
    expect(after.res.status).toBe(200)
    expect(after.body.messages?.some((m) => m.tag === 'error')).toBe(false)
    expect((await app.request('/healthz')).status).toBe(200)
  })

  it('a store that fails only on save still answers the turn, then apologises, with Veilig Thuis', async () => {
    const store = new FaultyStore()
    store.mode = 'throw-on-set'
    const { app } = nodeApp({ store })
    const { res, body } = await chat(app, { text: 'wat is de kindcheck' })
    expect(res.status).toBe(200)
    expect(allText(body)).toContain('0800-2000')
    expect(body.messages?.at(-1)?.tag).toBe('error')
  })

  it('a hanging store times out into a graceful reply, and other requests are not blocked', async () => {
    const store = new FaultyStore()
    const { createNodeApp } = await import('../../bot/runtime/node/create-node-app.js')
    const { ConversationService } = await import('../../bot/service/conversation-service.js')
    const { createApp } = await import('../../bot/http/app.js')
    const { readAppConfig } = await import('../../bot/http/config.js')
    const { bundle } = createNodeApp({ env: {}, log: { info() {}, warn() {}, error() {} } })
    let n = 0
    const service = new ConversationService({ engine: bundle.engine, store, now: Date.now, newId: () => `id-${++n}`, storeTimeoutMs: 50 })
    const app = createApp({ service, config: readAppConfig({}) })

    store.mode = 'hang'
    const hung = await Promise.all([
      chat(app, { conversationId: 'abc', text: 'hij heeft een mes' }),
      chat(app, { text: 'stap 1' }),
      chat(app, { action: 'menu' }),
    ])
    for (const { res, body } of hung) {
      expect(res.status).toBe(200)
      expect(allText(body)).toContain('0800-2000')
      expect(body.messages?.some((m) => m.tag === 'error')).toBe(true)
    }
    expect((await app.request('/healthz')).status).toBe(200)
    store.mode = 'ok'
    const { body } = await chat(app, { action: 'menu' })
    expect(body.messages?.some((m) => m.tag === 'error')).toBe(false)
  })
})
