/**
 * Fuzzing the Teams endpoint (POST /api/messages) with random tokens, activities and junk:
 * without a valid Bot Framework token nothing gets past authentication, and every answer is a
 * 4xx JSON body that names Veilig Thuis, never a 5xx. Microsoft's key endpoints are a stand-in
 * that publishes no keys (no network).
 */
import fc from 'fast-check'
import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { mountTeams } from '../../bot/channels/teams/index.js'
import { nodeApp } from './support.js'

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
const { service } = nodeApp()
const app = new Hono()
const mounted = mountTeams(app, {
  service,
  env: { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'geheim', MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000002' },
  fetch: async (input) => {
    const url = typeof input === 'string' ? input : String((input as { url?: string }).url ?? input)
    if (url.includes('openid')) return Response.json({ issuer: 'https://api.botframework.com', jwks_uri: 'https://login.botframework.com/v1/.well-known/keys' })
    if (url.includes('keys')) return Response.json({ keys: [] })
    return new Response('not here', { status: 404 })
  },
})
let sent = 0
const statuses = new Map<number, number>()

const b64 = (s: string) => Buffer.from(s).toString('base64url')
const jwtLike = fc
  .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 60 }))
  .map(([h, p, sig]) => `${b64(JSON.stringify(h))}.${b64(JSON.stringify(p))}.${b64(sig)}`)
const realisticJwt = fc
  .record({ kid: fc.string({ maxLength: 20 }), alg: fc.constantFrom('RS256', 'none', 'HS256', 'ES256') })
  .chain((h) =>
    fc.record({ iss: fc.constantFrom('https://api.botframework.com', 'https://evil.example'), aud: fc.string({ maxLength: 40 }), exp: fc.integer(), serviceurl: fc.webUrl() }).map((p) => `${b64(JSON.stringify({ typ: 'JWT', ...h }))}.${b64(JSON.stringify(p))}.${b64('sig')}`),
  )
const authorization = fc.option(
  fc.oneof(
    fc.string({ maxLength: 100 }),
    jwtLike.map((t) => `Bearer ${t}`),
    realisticJwt.map((t) => `Bearer ${t}`),
    fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'bearer a.b.c'),
  ),
  { freq: 5 },
)
const activity = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        type: fc.constantFrom('message', 'conversationUpdate', 'invoke', 'typing'),
        text: fc.string({ unit: 'grapheme', maxLength: 300 }),
        serviceUrl: fc.oneof(fc.webUrl(), fc.constant('https://smba.trafficmanager.net/emea/')),
        channelId: fc.constantFrom('msteams', 'webchat', ''),
        conversation: fc.record({ id: fc.string({ maxLength: 60 }) }),
        from: fc.record({ id: fc.string({ maxLength: 40 }) }),
        value: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 300 }),
)

describe('fuzzing POST /api/messages (Teams)', () => {
  it('is mounted', () => expect(mounted.enabled).toBe(true))

  it('never lets an unauthenticated activity through, never a 5xx, always JSON with Veilig Thuis', async () => {
    await fc.assert(
      fc.asyncProperty(authorization, activity, async (auth, body) => {
        let res: Response
        try {
          res = await app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', ...(auth !== null ? { authorization: auth } : {}) }, body })
        } catch (err) {
          if (err instanceof TypeError) return // header bytes the Request constructor refuses
          throw err
        }
        sent++
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        const text = await res.text()
        expect(res.status, text).toBeGreaterThanOrEqual(400)
        expect(res.status, text).toBeLessThan(500)
        expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/)
        expect(text).toContain('0800-2000')
      }),
      { numRuns: 2000, ...(SEED !== undefined ? { seed: SEED } : {}) },
    )
  })

  afterAll(() => console.info(`fuzz-teams: ${sent} requests, statuses ${[...statuses].map(([s, n]) => `${s}:${n}`).join(' ')}`))
})
