/**
 * The validator and the connector client on their own, against the stand-in Microsoft login
 * service and Teams connector (real HTTP on 127.0.0.1): key cache and rollover, clock
 * tolerance at its edges (botframework-connector as oracle), token caching and renewal.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBotTokenValidator } from '../../bot/channels/teams/auth.js'
import { createConnector } from '../../bot/channels/teams/connector.js'
import { isAllowedServiceUrl } from '../../bot/channels/teams/service-url.js'
import { APP_ID, TENANT_ID, teamsActivity } from './support/activities.js'
import { BF_ISSUER, OUTGOING_TOKEN, startFakeMicrosoft, startSilentServer, type FakeMicrosoft } from './support/fake-microsoft.js'
import { createOracle } from './support/oracle.js'

let fake: FakeMicrosoft
let oracle: ReturnType<typeof createOracle>

beforeAll(async () => {
  fake = await startFakeMicrosoft({ appId: APP_ID, tenant: TENANT_ID })
  oracle = createOracle({ appId: APP_ID, openIdMetadataUrl: fake.openIdMetadataUrl, loginUrl: fake.base })
})
afterAll(() => fake?.close())

const config = () => ({ appId: APP_ID, openIdMetadataUrl: fake.openIdMetadataUrl, tokenIssuer: BF_ISSUER, serviceUrlHosts: ['127.0.0.1'] })
const seconds = () => Math.floor(Date.now() / 1000)

describe('token validator against the stand-in login service', () => {
  it('caches metadata and keys: many requests, one fetch', async () => {
    const before = { ...fake.hits }
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const activity = teamsActivity(fake.serviceUrl)
    for (let i = 0; i < 5; i++) expect(await v.validate(`Bearer ${await fake.sign()}`, activity)).toMatchObject({ ok: true })
    expect(fake.hits.metadata - before.metadata).toBe(1)
    expect(fake.hits.jwks - before.jwks).toBe(1)
  })

  it('key rollover: an unknown kid triggers one refetch, after which the new key is accepted', async () => {
    let clock = Date.now()
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i), now: () => clock, minRefetchMs: 60_000 })
    const activity = teamsActivity(fake.serviceUrl)
    expect(await v.validate(`Bearer ${await fake.sign()}`, activity)).toMatchObject({ ok: true })
    await fake.addKey('fake-key-rolled')
    const rolled = `Bearer ${await fake.sign({ kid: 'fake-key-rolled' })}`
    // Within the refetch guard: forged kids cannot make us hammer the login service.
    expect(await v.validate(rolled, activity)).toEqual({ ok: false, reason: 'unknown_key' })
    clock += 61_000
    const jwksBefore = fake.hits.jwks
    expect(await v.validate(rolled, activity)).toMatchObject({ ok: true })
    expect(fake.hits.jwks - jwksBefore).toBe(1)
    // Still unknown after the refetch: rejected, and no second refetch in a row.
    const foreign = `Bearer ${await fake.sign({ foreignKey: true })}`
    expect(await v.validate(foreign, activity)).toEqual({ ok: false, reason: 'unknown_key' })
    expect(fake.hits.jwks - jwksBefore).toBe(1)
    expect(await oracle(activity, rolled)).toBe('accept')
    expect(await oracle(activity, foreign)).toBe('reject')
  })

  it.each([
    ['expired 4 minutes ago (inside the 5 minutes tolerance)', { exp: -4 * 60 }, true],
    ['expired 6 minutes ago', { exp: -6 * 60 }, false],
    ['valid from 4 minutes from now', { nbf: 4 * 60 }, true],
    ['valid from 6 minutes from now', { nbf: 6 * 60 }, false],
  ] as const)('clock tolerance: %s — same verdict as botframework-connector', async (_n, shift, accepted) => {
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const t = seconds()
    const token = await fake.sign('exp' in shift ? { exp: t + shift.exp, nbf: t - 3600 } : { nbf: t + shift.nbf })
    const activity = teamsActivity(fake.serviceUrl)
    expect((await v.validate(`Bearer ${token}`, activity)).ok).toBe(accepted)
    expect(await oracle(activity, `Bearer ${token}`)).toBe(accepted ? 'accept' : 'reject')
  })

  it('a token without exp is refused (Bot Framework always sets one; the oracle would accept it)', async () => {
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const { SignJWT } = await import('jose')
    const key = fake.keys[0]!
    const token = await new SignJWT({ serviceurl: fake.serviceUrl }).setProtectedHeader({ alg: 'RS256', kid: key.kid }).setIssuer(BF_ISSUER).setAudience(APP_ID).sign(key.privateKey)
    expect(await v.validate(`Bearer ${token}`, teamsActivity(fake.serviceUrl))).toEqual({ ok: false, reason: 'invalid_claims' })
    // Deliberately stricter than botframework-connector, which lets a token without exp through.
    expect(await oracle(teamsActivity(fake.serviceUrl), `Bearer ${token}`)).toBe('accept')
  })

  it('login service unreachable: rejected with metadata_unavailable, never accepted', async () => {
    const v = createBotTokenValidator({ config: { ...config(), openIdMetadataUrl: 'http://127.0.0.1:9/nothing' }, fetch: (u, i) => fetch(u, i) })
    expect(await v.validate(`Bearer ${await fake.sign()}`, teamsActivity(fake.serviceUrl))).toEqual({ ok: false, reason: 'metadata_unavailable' })
  })

  it('OpenID metadata that never arrives: rejected with metadata_unavailable after the timeout, not a hung request', async () => {
    const silent = await startSilentServer()
    try {
      const v = createBotTokenValidator({ config: { ...config(), openIdMetadataUrl: `${silent.base}/v1/.well-known/openidconfiguration` }, fetch: (u, i) => fetch(u, i), timeoutMs: 300 })
      expect(await v.validate(`Bearer ${await fake.sign()}`, teamsActivity(fake.serviceUrl))).toEqual({ ok: false, reason: 'metadata_unavailable' })
    } finally {
      await silent.close()
    }
  })

  it('HS256 with the public key as secret (algorithm confusion) is refused', async () => {
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const { SignJWT } = await import('jose')
    const token = await new SignJWT({ serviceurl: fake.serviceUrl })
      .setProtectedHeader({ alg: 'HS256', kid: fake.keys[0]!.kid })
      .setIssuer(BF_ISSUER)
      .setAudience(APP_ID)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JSON.stringify(fake.keys[0]!.jwk)))
    expect(await v.validate(`Bearer ${token}`, teamsActivity(fake.serviceUrl))).toEqual({ ok: false, reason: 'algorithm_not_allowed' })
  })
})

describe('verified tokens are remembered, every other check still runs (stand-in login service)', () => {
  // The channel reuses one token for about an hour; the RS256 check is the costly part.
  const verifyCalls = () => {
    const spy = vi.spyOn(globalThis.crypto.subtle, 'verify')
    return { count: () => spy.mock.calls.length, restore: () => spy.mockRestore() }
  }

  it('checks the signature of a repeated token once', async () => {
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const token = `Bearer ${await fake.sign()}`
    const activity = teamsActivity(fake.serviceUrl)
    const calls = verifyCalls()
    try {
      for (let i = 0; i < 5; i++) expect(await v.validate(token, activity)).toMatchObject({ ok: true })
      expect(calls.count()).toBe(1)
    } finally {
      calls.restore()
    }
  })

  it('still refuses a remembered token once it has expired (beyond the 5 minutes tolerance)', async () => {
    let clock = Date.now()
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i), now: () => clock })
    const t = Math.floor(clock / 1000)
    const token = `Bearer ${await fake.sign({ exp: t + 600 })}`
    const activity = teamsActivity(fake.serviceUrl)
    expect(await v.validate(token, activity)).toMatchObject({ ok: true })
    clock += (600 + 4 * 60) * 1000
    expect(await v.validate(token, activity)).toMatchObject({ ok: true })
    clock += 2 * 60 * 1000
    expect(await v.validate(token, activity)).toEqual({ ok: false, reason: 'expired' })
  })

  it('still checks the serviceUrl claim and the endorsement against each activity', async () => {
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const token = `Bearer ${await fake.sign()}`
    expect(await v.validate(token, teamsActivity(fake.serviceUrl))).toMatchObject({ ok: true })
    const otherPath = `${fake.base}/elsewhere/`
    expect(await v.validate(token, teamsActivity(otherPath))).toEqual({ ok: false, reason: 'service_url_mismatch' })
    expect(await v.validate(token, teamsActivity(fake.serviceUrl, { channelId: 'slack' }))).toEqual({ ok: false, reason: 'channel_not_endorsed' })
  })

  it('never accepts a changed token because a similar one was verified', async () => {
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i) })
    const token = await fake.sign()
    expect(await v.validate(`Bearer ${token}`, teamsActivity(fake.serviceUrl))).toMatchObject({ ok: true })
    const [h, p, sig] = token.split('.')
    const flipped = `${h}.${p}.${sig!.slice(0, -4)}${sig!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`
    expect(await v.validate(`Bearer ${flipped}`, teamsActivity(fake.serviceUrl))).toEqual({ ok: false, reason: 'bad_signature' })
  })

  it('verifies again after the keys were fetched anew', async () => {
    let clock = Date.now()
    const v = createBotTokenValidator({ config: config(), fetch: (u, i) => fetch(u, i), now: () => clock, keyCacheMs: 60_000 })
    const token = `Bearer ${await fake.sign()}`
    const activity = teamsActivity(fake.serviceUrl)
    const calls = verifyCalls()
    try {
      expect(await v.validate(token, activity)).toMatchObject({ ok: true })
      clock += 61_000
      expect(await v.validate(token, activity)).toMatchObject({ ok: true })
      expect(calls.count()).toBe(2)
    } finally {
      calls.restore()
    }
  })
})

describe('serviceUrl allow-list', () => {
  it.each([
    ['https://smba.trafficmanager.net/emea/', true],
    ['https://smba.trafficmanager.net.evil.example/emea/', false],
    ['http://smba.trafficmanager.net/emea/', false],
    ['https://user:pw@smba.trafficmanager.net/emea/', false],
    ['https://evil.example/?smba.trafficmanager.net', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isAllowedServiceUrl(url, ['smba.trafficmanager.net'])).toBe(ok)
  })
  it('plain http only for an allow-listed loopback stand-in', () => {
    expect(isAllowedServiceUrl('http://127.0.0.1:3978/teams/', ['127.0.0.1'])).toBe(true)
    expect(isAllowedServiceUrl('http://127.0.0.1:3978/teams/', ['smba.trafficmanager.net'])).toBe(false)
  })
})

describe('connector client against the stand-in token endpoint and Teams connector', () => {
  const connectorConfig = () => ({
    appId: APP_ID,
    appPassword: 'test-client-secret',
    tenant: TENANT_ID,
    loginUrl: fake.base,
    oauthScope: 'https://api.botframework.com/.default',
    serviceUrlHosts: ['127.0.0.1'],
  })

  it('caches the app token until 5 minutes before expiry, then renews it', async () => {
    fake.reset()
    let clock = Date.now()
    const c = createConnector({ config: connectorConfig(), fetch: (u, i) => fetch(u, i), now: () => clock })
    await Promise.all([c.token(), c.token(), c.token()])
    expect(fake.tokenRequests).toHaveLength(1)
    clock += 54 * 60 * 1000
    expect(await c.token()).toBe(OUTGOING_TOKEN)
    expect(fake.tokenRequests).toHaveLength(1)
    clock += 2 * 60 * 1000 // 56 minutes: inside the renewal window of a 60-minute token
    await c.token()
    expect(fake.tokenRequests).toHaveLength(2)
  })

  it('posts to {serviceUrl}v3/conversations/{id}/activities/{replyToId}, with or without a trailing slash', async () => {
    fake.reset()
    const c = createConnector({ config: connectorConfig(), fetch: (u, i) => fetch(u, i) })
    await c.send(fake.serviceUrl, 'a:1 b/c', 'act-1', { type: 'message', text: 'x' })
    await c.send(fake.serviceUrl.replace(/\/$/, ''), 'a:1', undefined, { type: 'typing' })
    expect(fake.activities.map((a) => a.path)).toEqual(['/teams/v3/conversations/a%3A1%20b%2Fc/activities/act-1', '/teams/v3/conversations/a%3A1/activities'])
  })

  it('gives up on a connector that never answers (send_timeout), instead of hanging the turn', async () => {
    const silent = await startSilentServer()
    try {
      const c = createConnector({ config: connectorConfig(), fetch: (u, i) => fetch(u, i), timeoutMs: 300 })
      await c.token()
      const started = Date.now()
      await expect(c.send(`${silent.base}/teams/`, 'a:1', 'x', { type: 'message', text: 'x' })).rejects.toMatchObject({ reason: 'send_timeout' })
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      await silent.close()
    }
  })

  it('gives up on a login service that never answers (token_request_timeout)', async () => {
    const silent = await startSilentServer()
    try {
      const c = createConnector({ config: { ...connectorConfig(), loginUrl: silent.base }, fetch: (u, i) => fetch(u, i), timeoutMs: 300 })
      await expect(c.token()).rejects.toMatchObject({ reason: 'token_request_timeout' })
    } finally {
      await silent.close()
    }
  })

  it('never sends the token to a host off the allow-list', async () => {
    fake.reset()
    const seen: string[] = []
    const c = createConnector({ config: connectorConfig(), fetch: (u, i) => (seen.push(u), fetch(u, i)) })
    await expect(c.send('https://evil.example/', 'a:1', 'x', { type: 'message' })).rejects.toMatchObject({ reason: 'service_url_not_allowed' })
    expect(seen).toEqual([])
  })
})
