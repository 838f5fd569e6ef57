/**
 * The HTTP layer's speed-ups change no request's outcome and no byte of an answer. Each is checked
 * against the plain way:
 *  - the hand check of a chat request (quickChatRequest) against ChatRequestSchema: whatever it
 *    accepts, the schema accepts with the same data;
 *  - the chat answer's prepared plain header object (owed-headers.ts) against the headers the
 *    middleware sets through the context, in the order `Headers` iterates them, which is the order
 *    @hono/node-server writes them in;
 *  - the UTF-8 length against TextEncoder;
 *  - the log line put together from the fields' JSON against JSON.stringify of the spread object;
 *  - the chat answer's JSON, written message by message (a shared reply's remembered), against
 *    JSON.stringify of the whole response.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { once } from 'node:events'
import { connect, type AddressInfo } from 'node:net'
import { isDeepStrictEqual } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { allowListCors } from '../../bot/http/cors.js'
import { ChatRequestSchema, quickChatRequest, responseJson } from '../../bot/http/chat-api.js'
import { isSharedReply } from '../../bot/core/render.js'
import type { Input, Reply, Session } from '../../bot/core/types.js'
import { realBundle } from '../support/engine.js'
import { flowActions } from '../../bench/workload.js'
import { jsonLogger, type LogFields } from '../../bot/http/logger.js'
import { jsonAnswer, owedOnChatPost, utf8Length } from '../../bot/http/owed-headers.js'
import { securityHeaders } from '../../bot/http/security-headers.js'
import { loadEvalSet } from '../eval/eval-set.js'

const texts = [...new Set(loadEvalSet().flatMap((i) => [i.text, ...(i.turns ?? [])].filter((t): t is string => typeof t === 'string')))]

/** A small deterministic generator, so a failure can be repeated. */
function random(seed: number) {
  let s = seed
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32)
}

describe('quickChatRequest', () => {
  it('accepts only what ChatRequestSchema accepts, with the same data', () => {
    const rnd = random(12)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
    const strings = ['', 'a', 'abc-DEF:1_2', 'a b', 'x'.repeat(128), 'x'.repeat(129), 'y'.repeat(200), 'y'.repeat(201), 'z'.repeat(64), 'z'.repeat(65), 'gemeente-utrecht', 'Gemeente', 'a--b', '-a', 'é', '😀', 't'.repeat(16 * 1024), 't'.repeat(16 * 1024 + 1), ...texts.slice(0, 40)]
    const values = [...strings, null, 1, true, [], {}, undefined]
    const keys = ['conversationId', 'text', 'action', 'organisation', 'other', '__proto__', 'constructor']
    let accepted = 0
    let cases = 0
    for (let i = 0; i < 20_000; i++) {
      const raw: Record<string, unknown> = {}
      const n = Math.floor(rnd() * 4)
      for (let k = 0; k < n; k++) {
        const v = pick(values)
        if (v !== undefined) raw[pick(keys)] = v
      }
      for (const input of [raw, JSON.parse(JSON.stringify(raw)) as unknown]) {
        cases++
        const quick = quickChatRequest(input)
        if (quick === undefined) continue
        accepted++
        const parsed = ChatRequestSchema.safeParse(input)
        expect(parsed.success).toBe(true)
        expect(isDeepStrictEqual({ ...quick }, parsed.data)).toBe(true)
      }
    }
    for (const input of [[], null, 'x', 1, Object.create(null), JSON.parse('{"__proto__":{"text":"x"},"action":"menu"}')]) expect(quickChatRequest(input)).toBeUndefined()
    // Not vacuous: the common requests take the quick path.
    expect(quickChatRequest({ action: 'menu' })).toEqual({ action: 'menu' })
    expect(quickChatRequest({ conversationId: 'abc', text: 'hoi', organisation: 'gemeente-utrecht' })).toBeDefined()
    expect(accepted).toBeGreaterThan(cases / 50)
  })
})

describe('the chat answer with its headers in one prepared object', () => {
  const origins = ['https://partner.example', 'https://ander.example']
  function app(plain: boolean | 'buffer') {
    const a = new Hono()
    a.use('*', plain ? owedOnChatPost(securityHeaders(), plain === 'buffer' ? (s) => Buffer.byteLength(s) : undefined) : securityHeaders())
    a.use('/api/chat', allowListCors({ allowedOrigins: origins, methods: ['POST', 'OPTIONS'], headers: ['Content-Type'], maxAgeSeconds: 600 }))
    a.post('/api/chat', (c) => jsonAnswer(c, JSON.stringify({ text: 'Bel 0800-2000 ë 😀' })))
    return a
  }
  /** The raw bytes @hono/node-server sends for one request, the Date line taken out. */
  async function wire(a: Hono, origin: string | undefined): Promise<string> {
    const server = serve({ fetch: a.fetch, port: 0, hostname: '127.0.0.1' })
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    try {
      const socket = connect(port, '127.0.0.1')
      socket.end(`POST /api/chat HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n${origin ? `Origin: ${origin}\r\n` : ''}Content-Length: 2\r\n\r\n{}`)
      const chunks: Buffer[] = []
      for await (const chunk of socket) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8').replace(/\r\nDate: [^\r]*/, '')
    } finally {
      server.close()
    }
  }
  it('sends the same bytes as the headers set through the context', async () => {
    for (const origin of [undefined, ...origins, 'https://evil.example']) {
      const plain = await wire(app(true), origin)
      expect(plain).toBe(await wire(app(false), origin))
      expect(await wire(app('buffer'), origin)).toBe(plain)
      expect(plain).toMatch(/^HTTP\/1\.1 200 OK\r\n(?:access-control-allow-origin: .*\r\n)?content-security-policy: .*\r\ncontent-type: application\/json\r\n[^]*vary: Origin\r\n[^]*Content-Length: 32\r\n/)
    }
  })
})

describe('utf8Length', () => {
  it('is the length TextEncoder gives', () => {
    const encoder = new TextEncoder()
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀b€é\u0000\u007f\u0080\u07ff\u0800\uffff', JSON.stringify(texts), ...texts]) expect(utf8Length(s)).toBe(encoder.encode(s).length)
  })
})

describe('jsonLogger', () => {
  afterEach(() => void vi.useRealTimers())
  it('writes the line JSON.stringify writes for the spread object', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.parse('2026-11-30T22:00:01.234Z'))
    const t = '2026-11-30T22:00:01.234Z'
    const lines: string[] = []
    const log = jsonLogger((l) => lines.push(l))
    const cases: Array<LogFields | undefined> = [undefined, {}, { input: 'action', replies: 2, tags: 'menu,-', degraded: false, ms: 0.3 }, { t: 'x' }, { level: 1 }, { event: 'e' }, { '1': 'a', b: 2 }, { '01': 1 }, { 'q"\n😀': 'é\u2028' }, { a: Number.NaN, b: Number.POSITIVE_INFINITY }]
    for (const fields of cases)
      for (const event of ['turn', 'we"ird', 'é']) {
        log.warn(event, fields)
        expect(lines.at(-1)).toBe(JSON.stringify({ t, level: 'warn', event, ...fields }))
      }
  })
})

describe('responseJson', () => {
  it('writes what JSON.stringify writes for the ChatResponse, for shared replies (their JSON remembered) and others', () => {
    const { engine } = realBundle()
    const plain = (id: string, replies: readonly Reply[]) =>
      JSON.stringify({ conversationId: id, messages: replies.map(({ text, actions, sources, tag }) => ({ text, ...(actions?.length ? { actions } : {}), ...(sources?.length ? { sources } : {}), ...(tag ? { tag } : {}) })) })
    const c = { now: Date.UTC(2026, 10, 23), newId: () => 'id "with" \\ quotes \u2028' }
    let shared = 0
    for (let round = 0; round < 2; round++) {
      let session: Session | undefined
      const inputs: Input[] = [...flowActions(realBundle()).map((id): Input => ({ type: 'action', id })), ...texts.slice(0, 300).map((text): Input => ({ type: 'text', text }))]
      for (const input of inputs) {
        const r = engine.step(session, input, c)
        session = r.session
        shared += r.replies.filter(isSharedReply).length
        expect(responseJson(r.session.id, r.replies)).toBe(plain(r.session.id, r.replies))
      }
    }
    expect(shared).toBeGreaterThan(100)
    expect(responseJson('x', [])).toBe(plain('x', []))
  })
})
