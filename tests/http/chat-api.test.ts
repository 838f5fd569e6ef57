/**
 * The web chat API contract, through the real Hono app, engine, content and in-memory store
 * (app.request: no sockets, no mocks).
 */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../bot/http/app.js'
import { readAppConfig } from '../../bot/http/config.js'
import { silentLogger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import type { ConversationService } from '../../bot/service/conversation-service.js'

const { app } = createNodeApp({ env: { ALLOWED_ORIGINS: 'https://club.example' }, log: silentLogger })

const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

async function json(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  const text = await res.text()
  expect(text).toContain('0800-2000')
  return JSON.parse(text)
}

describe('POST /api/chat', () => {
  it('starts a conversation, returns its id and the menu with buttons', async () => {
    const res = await post({ action: 'menu' })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.conversationId).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.messages[0].text).toContain('Meldwijzer')
    expect(body.messages[0].actions.map((a: { label: string }) => a.label)).toContain('Ik twijfel')
  })

  it('keeps state across turns: a typed "ja" answers the afweging on screen', async () => {
    const first = await json(await post({ text: 'afwegingskader' }))
    expect(first.messages[0].text).toContain('Afweging 1')
    const second = await json(await post({ conversationId: first.conversationId, text: 'ja' }))
    expect(second.conversationId).toBe(first.conversationId)
    expect(second.messages[0].text).toContain('Afweging 2')
  })

  it('an unknown conversation id starts a new conversation and says the old one expired', async () => {
    const body = await json(await post({ conversationId: 'bestaat-niet', text: 'stap 2' }))
    expect(body.conversationId).not.toBe('bestaat-niet')
    expect(body.messages[0].text).toContain('verlopen')
    expect(body.messages[1].text).toContain('Stap 2')
  })

  it('an unknown action id gets a helpful reply, not an error', async () => {
    const res = await post({ action: 'flow:bestaat-niet' })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.messages[0].text).toContain('Die keuze ken ik niet')
    expect(body.messages[0].actions.length).toBeGreaterThan(0)
  })

  it('text over 2,000 characters is answered, not rejected', async () => {
    const res = await post({ text: `${'ik maak me zorgen over een kind '.repeat(200)} stap 1` })
    expect(res.status).toBe(200)
    expect((await json(res)).messages[0].text).toContain('alleen het begin')
  })

  it.each([
    ['malformed JSON', '{"text": "hoi"', 400, 'invalid_json'],
    ['both text and action', { text: 'hoi', action: 'menu' }, 400, 'bad_request'],
    ['neither text nor action', { conversationId: 'x' }, 400, 'bad_request'],
    ['an unknown field', { text: 'hoi', naam: 'Jan' }, 400, 'bad_request'],
    ['a non-string text', { text: 42 }, 400, 'bad_request'],
    ['a JSON array', [1, 2], 400, 'bad_request'],
  ])('rejects %s with 400 and a JSON error carrying the Veilig Thuis line', async (_name, body, status, code) => {
    const res = await post(body)
    expect(res.status).toBe(status)
    const err = await json(res)
    expect(err.error.code).toBe(code)
    expect(err.messages[0].text).toContain('Veilig Thuis')
  })

  it('says what is wrong with a request, per field', async () => {
    const wrongType = await json(await post({ text: 42 }))
    expect(wrongType.error.message).toMatch(/text: .*expected string/)
    const unknown = await json(await post({ text: 'hoi', naam: 'Jan' }))
    expect(unknown.error.message).toMatch(/naam/)
  })

  it('rejects a body over 16 KB with 413', async () => {
    const res = await post({ text: 'x'.repeat(17 * 1024) })
    expect(res.status).toBe(413)
    expect((await json(res)).error.code).toBe('payload_too_large')
  })

  it('gives Bot Framework activities more room than chat messages (256 KB, not 16 KB)', async () => {
    const activity = JSON.stringify({ type: 'message', text: 'hoi', entities: [{ type: 'x', data: 'y'.repeat(40 * 1024) }] })
    const res = await app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity })
    expect(res.status).not.toBe(413)
    await json(res)
    const huge = await app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(300 * 1024) })
    expect(huge.status).toBe(413)
  })

  it('rejects a non-JSON content type with 415', async () => {
    const res = await post('text=hoi', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(415)
    await json(res)
  })

  it('answers GET with 405 and unknown paths with 404, both JSON with the Veilig Thuis line', async () => {
    const get = await app.request('/api/chat')
    expect(get.status).toBe(405)
    await json(get)
    const missing = await app.request('/api/bestaat-niet')
    expect(missing.status).toBe(404)
    await json(missing)
  })

  it('answers 500 with the Veilig Thuis line when something breaks inside', async () => {
    const broken = { turn: async () => { throw new Error('kapot') } } as unknown as ConversationService
    const brokenApp = createApp({ service: broken, config: readAppConfig({}), log: silentLogger })
    const res = await brokenApp.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hoi"}' })
    expect(res.status).toBe(500)
    expect((await json(res)).error.code).toBe('internal')
  })
})

describe('GET /healthz', () => {
  it('answers 200', async () => {
    const res = await app.request('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})

describe('conversation time-to-live', () => {
  it('follows CONVERSATION_TTL_SECONDS on Node, as on Workers', async () => {
    let now = Date.UTC(2026, 10, 23, 12)
    const { app: timed } = createNodeApp({ env: { CONVERSATION_TTL_SECONDS: '60' }, log: silentLogger, now: () => now })
    const send = async (body: object) =>
      (await (await timed.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as {
        conversationId: string
        messages: Array<{ text: string }>
      }
    const first = await send({ text: 'afwegingskader' })
    now += 59_000
    expect((await send({ conversationId: first.conversationId, text: 'ja' })).conversationId).toBe(first.conversationId)
    now += 61_000
    const later = await send({ conversationId: first.conversationId, text: 'ja' })
    expect(later.conversationId).not.toBe(first.conversationId)
    expect(later.messages[0]!.text).toContain('verlopen')
  })
})
