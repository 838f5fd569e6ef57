/**
 * The Teams module inside workerd: the same jose/fetch validator and connector client as on Node.
 * Stand-ins for Microsoft's login service, token endpoint and Teams connector are one Hono app
 * passed as `fetch`, so no sockets are needed.
 */
import { Hono } from 'hono'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createBotTokenValidator, mountTeams, type FetchLike } from '../../bot/channels/teams/index.js'
import { workerBundle } from '../../bot/runtime/worker/create-worker-app.js'
import { ConversationService } from '../../bot/service/conversation-service.js'
import { MemoryStore } from '../../bot/store/memory-store.js'

const APP_ID = '5b0c3f1e-7a2d-4c8e-9f61-2d4b8a7e9c10'
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const LOGIN = 'https://login.stand-in.test'
const SERVICE_URL = 'https://smba.stand-in.test/teams/'
const ISSUER = 'https://api.botframework.com'

async function standIn() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig', endorsements: ['msteams'] }
  const recorded: { path: string; authorization: string | undefined; body: Record<string, unknown> }[] = []
  const app = new Hono()
  app.get('/v1/.well-known/openidconfiguration', (c) => c.json({ issuer: ISSUER, jwks_uri: `${LOGIN}/v1/.well-known/keys` }))
  app.get('/v1/.well-known/keys', (c) => c.json({ keys: [jwk] }))
  app.post('/:tenant/oauth2/v2.0/token', (c) => c.json({ access_token: 'outgoing-test-token', expires_in: 3600 }))
  app.post('/teams/v3/conversations/*', async (c) => {
    recorded.push({ path: new URL(c.req.url).pathname, authorization: c.req.header('authorization'), body: await c.req.json() })
    return c.json({ id: 'r' })
  })
  const fetch: FetchLike = async (input, init) => app.fetch(new Request(input, init))
  const sign = (claims: Record<string, unknown> = {}, aud = APP_ID) =>
    new SignJWT({ serviceurl: SERVICE_URL, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey)
  return { fetch, sign, recorded }
}

const activity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'act-1',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  from: { id: '29:user' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'a:workerd-conv', tenantId: TENANT },
  text: 'Wat zijn signalen van kindermishandeling?',
  ...overrides,
})

describe('Teams channel inside workerd (stand-in Microsoft services as a Hono app)', () => {
  it('runs in workerd', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers')
  })

  it('the validator accepts a good token and rejects the bad ones', async () => {
    const fake = await standIn()
    const v = createBotTokenValidator({
      config: { appId: APP_ID, openIdMetadataUrl: `${LOGIN}/v1/.well-known/openidconfiguration`, tokenIssuer: ISSUER, serviceUrlHosts: ['smba.stand-in.test'] },
      fetch: fake.fetch,
    })
    expect(await v.validate(`Bearer ${await fake.sign()}`, activity())).toMatchObject({ ok: true })
    expect(await v.validate(undefined, activity())).toEqual({ ok: false, reason: 'missing_token' })
    expect(await v.validate(`Bearer ${await fake.sign({}, 'other-app')}`, activity())).toEqual({ ok: false, reason: 'wrong_audience' })
    expect(await v.validate(`Bearer ${await fake.sign()}`, activity({ channelId: 'slack' }))).toEqual({ ok: false, reason: 'channel_not_endorsed' })
    expect(await v.validate(`Bearer ${await fake.sign({ serviceurl: 'https://smba.stand-in.test/other/' })}`, activity())).toEqual({ ok: false, reason: 'service_url_mismatch' })
    const none = `${btoa(JSON.stringify({ alg: 'none', kid: 'k1' })).replace(/=+$/, '')}.${btoa(JSON.stringify({ iss: ISSUER, aud: APP_ID })).replace(/=+$/, '')}.`
    expect(await v.validate(`Bearer ${none}`, activity())).toEqual({ ok: false, reason: 'algorithm_not_allowed' })
  })

  it('mountTeams answers a message through the stand-in connector, with the Veilig Thuis line', async () => {
    const fake = await standIn()
    const app = new Hono()
    const service = new ConversationService({ engine: workerBundle().engine, store: new MemoryStore(), now: Date.now, newId: () => crypto.randomUUID() })
    mountTeams(app, {
      service,
      fetch: fake.fetch,
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'secret',
        MicrosoftAppTenantId: TENANT,
        BOT_OPENID_METADATA_URL: `${LOGIN}/v1/.well-known/openidconfiguration`,
        BOT_LOGIN_URL: LOGIN,
        BOT_SERVICE_URL_ALLOWLIST: 'smba.stand-in.test',
      },
    })
    const post = async (authorization?: string) =>
      app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(activity()) })
    expect((await post()).status).toBe(401)
    expect(fake.recorded).toHaveLength(0)
    expect((await post(`Bearer ${await fake.sign()}`)).status).toBe(200)
    // An instant answer goes without a typing indicator.
    expect(fake.recorded.map((r) => r.body.type)).not.toContain('typing')
    const texts = fake.recorded.filter((r) => r.body.type === 'message').map((r) => String(r.body.text))
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.some((t) => t.includes('0800-2000'))).toBe(true)
    for (const r of fake.recorded) {
      expect(r.authorization).toBe('Bearer outgoing-test-token')
      expect(r.path).toBe('/teams/v3/conversations/a%3Aworkerd-conv/activities/act-1')
    }
  })
})
