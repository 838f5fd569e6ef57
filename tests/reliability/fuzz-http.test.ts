/**
 * Property-based tests over the HTTP API (fast-check, through app.request): random and
 * malformed bodies, headers, methods, paths and unicode. Whatever comes in, the answer is never
 * a 5xx, always JSON, and always names Veilig Thuis (0800-2000).
 * Runs are counted: together the properties send at least 10,000 requests. FUZZ_SEED replays a run.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeApp } from './support.js'

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
const params = (numRuns: number) => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) })

// Trust the proxy header with a small bucket so some random X-Forwarded-For values hit 429 too.
const { app } = nodeApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '600', RATE_LIMIT_BURST: '50', ALLOWED_ORIGINS: 'https://school.example.nl' } })
let sent = 0
const statuses = new Map<number, number>()

async function send(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array }) {
  const method = init.method ?? 'POST'
  const hasBody = method !== 'GET' && init.body !== undefined
  const res = await app.request(init.path ?? '/api/chat', {
    method,
    headers: init.headers ?? { 'content-type': 'application/json' },
    ...(hasBody ? { body: init.body as BodyInit } : {}),
  })
  sent++
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
  const text = await res.text()
  return { res, text }
}

function assertSafe({ res, text }: { res: Response; text: string }, path = '/api/chat') {
  expect(res.status, text.slice(0, 300)).toBeLessThan(500)
  // Dot segments ("/api/%2e%2e/healthz") resolve outside /api: those routes have their own contracts.
  if (!new URL(path, 'http://localhost').pathname.startsWith('/api')) return
  expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/)
  expect(() => JSON.parse(text)).not.toThrow()
  expect(text).toContain('0800-2000')
}

/** What a header value can be on the wire: any unicode, as UTF-8 bytes read as latin1, minus CR, LF and NUL. */
const headerValue = fc
  .oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }))
  .map((s) => Buffer.from(s, 'utf8').toString('latin1').replace(/[\r\n\0]/g, '').trim())
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
const conversationId = fc.oneof(fc.uuid(), fc.string({ maxLength: 140 }), fc.stringMatching(/^[A-Za-z0-9:_-]{1,128}$/), fc.constant('test-1'))
const action = fc.oneof(
  fc.constantFrom('menu', 'twijfel', 'restart', 'dossier', 'acuut', 'call:112', 'call:0800-2000', 'flow:stap-2', 'flow:afwegingskader', 'topic:kindcheck', 'c:start/start/1', 'c:afwegingskader/afweging-1/ja'),
  fc.string({ maxLength: 220 }),
  fc.stringMatching(/^(c|flow|topic|signal|sector|contact):[a-z0-9/-]{0,40}$/),
)
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 3000 })
const anyJson = fc.jsonValue({ maxDepth: 4 })

/** A chat body: often nearly right, sometimes wrong types, extra keys, both or neither of text/action. */
const chatBody = fc.record(
  {
    conversationId: fc.oneof(conversationId, anyJson),
    text: fc.oneof(unicodeText, fc.string({ maxLength: 200 }), anyJson),
    action: fc.oneof(action, anyJson),
    extra: anyJson,
  },
  { requiredKeys: [] },
)

describe('fuzzing POST /api/chat', () => {
  it('random chat bodies (valid, nearly valid and wrong types)', async () => {
    await fc.assert(fc.asyncProperty(chatBody, async (body) => assertSafe(await send({ body: JSON.stringify(body) }))), params(3500))
  })

  it('unicode text turns, also in a running conversation', async () => {
    let id: string | undefined
    await fc.assert(
      fc.asyncProperty(unicodeText, fc.boolean(), async (text, keep) => {
        const r = await send({ body: JSON.stringify({ ...(keep && id ? { conversationId: id } : {}), text }) })
        assertSafe(r)
        id = (JSON.parse(r.text) as { conversationId?: string }).conversationId ?? id
      }),
      params(2500),
    )
  })

  it('malformed bodies: random strings, bytes, truncated and deeply nested JSON, wrong content types', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.uint8Array({ maxLength: 2000 }),
      fc.tuple(chatBody, fc.nat()).map(([b, n]) => JSON.stringify(b).slice(0, n % 60)),
      fc.integer({ min: 1, max: 9000 }).map((n) => '['.repeat(n) + ']'.repeat(n % 3 === 0 ? n : 0)),
      fc.integer({ min: 1, max: 3000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
      fc.integer({ min: 15_000, max: 40_000 }).map((n) => JSON.stringify({ text: 'ë'.repeat(n) })),
      fc.constantFrom('', 'null', '[]', '"menu"', '{}', '{"text":null}', '{"__proto__":{"text":"x"}}', '{"constructor":{"prototype":{}}}', '\uFEFF{"action":"menu"}'),
    )
    const type = fc.constantFrom(
      'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'APPLICATION/JSON', 'application/jsonx',
      'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', ';;;', 'application/ld+json',
    )
    await fc.assert(fc.asyncProperty(body, type, async (b, t) => assertSafe(await send({ body: b, headers: t ? { 'content-type': t } : {} }))), params(2500))
  })

  it('random headers, methods and paths under /api', async () => {
    const headers = fc.dictionary(headerName, headerValue, { maxKeys: 8 })
    const specific = fc.record(
      {
        'content-type': fc.oneof(headerValue, fc.constant('application/json')),
        origin: fc.oneof(headerValue, fc.constantFrom('https://school.example.nl', 'null', 'https://evil.example')),
        'x-forwarded-for': fc.oneof(headerValue, fc.ipV4(), fc.ipV6(), fc.constant('1.2.3.4, 5.6.7.8')),
        'accept-language': headerValue,
        'accept-encoding': fc.constantFrom('gzip', 'br', '*', 'identity;q=0'),
        cookie: headerValue,
      },
      { requiredKeys: [] },
    )
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE')
    const path = fc.oneof(
      fc.constant('/api/chat'),
      fc.constantFrom('/api/chat/', '/api/chat?x=1', '/api/chat/../chat', '/api/CHAT', '/api/chat%00', '/api/%2e%2e/healthz', '/api/'),
      fc.webPath().map((p) => `/api${p.startsWith('/') ? p : `/${p}`}`),
      fc.string({ maxLength: 40 }).map((s) => `/api/${encodeURIComponent(s)}`),
    )
    await fc.assert(
      fc.asyncProperty(method, path, headers, specific, fc.oneof(chatBody.map((b) => JSON.stringify(b)), fc.string({ maxLength: 200 })), async (m, p, h, s, body) => {
        let r
        try {
          r = await send({ method: m, path: p, headers: { ...h, ...s }, body })
        } catch (err) {
          // The Request constructor itself refuses some header or URL bytes: that never reaches a server.
          if (err instanceof TypeError) return
          throw err
        }
        assertSafe(r, p)
      }),
      params(2000),
    )
  })

  afterAll(() => {
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ')
    console.info(`fuzz-http: ${sent} requests, statuses ${summary}`)
    expect(sent).toBeGreaterThanOrEqual(10_000)
  })
})
