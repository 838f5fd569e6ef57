/**
 * POST /api/messages end to end, real protocol, offline. Stand-ins for Microsoft services
 * (tests/teams/support/fake-microsoft.ts, real HTTP servers on 127.0.0.1): the Bot Framework
 * login service (OpenID metadata, JWKS with endorsements), the Entra token endpoint and the
 * Teams connector. The app is the real Node app (createNodeApp) served on a free port.
 * Every request also goes through botframework-connector (the oracle); the verdicts must agree.
 */
import { serve } from '@hono/node-server'
import type { Activity } from 'botframework-schema'
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { mountTeams } from '../../bot/channels/teams/index.js'
import { replyToMessage } from '../../bot/channels/teams/render.js'
import { VT_NUMBER } from '../../bot/core/messages.js'
import { jsonLogger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import { ConversationService } from '../../bot/service/conversation-service.js'
import { MemoryStore } from '../../bot/store/memory-store.js'
import { APP_ID, TENANT_ID, botAdded, cardSubmit, teamsActivity } from './support/activities.js'
import { OUTGOING_TOKEN, startFakeMicrosoft, startRecorder, type FakeMicrosoft } from './support/fake-microsoft.js'
import { createOracle } from './support/oracle.js'

let fake: FakeMicrosoft
let elsewhere: Awaited<ReturnType<typeof startRecorder>>
let base: string
let close: () => Promise<void>
let oracle: ReturnType<typeof createOracle>
let expectedEngine: ConversationService
const logLines: string[] = []

/** The server's Teams settings, pointed at the stand-ins for Microsoft's login and connector services. */
const standInEnv = () => ({
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'test-client-secret',
  MicrosoftAppTenantId: TENANT_ID,
  BOT_OPENID_METADATA_URL: fake.openIdMetadataUrl,
  BOT_LOGIN_URL: fake.base,
  BOT_SERVICE_URL_ALLOWLIST: '127.0.0.1',
})

beforeAll(async () => {
  fake = await startFakeMicrosoft({ appId: APP_ID, tenant: TENANT_ID })
  elsewhere = await startRecorder()
  const { app, bundle } = createNodeApp({
    env: { ...standInEnv(), MicrosoftAppType: 'SingleTenant' },
    log: jsonLogger((l) => logLines.push(l)),
  })
  // What the engine says for the same inputs, for comparing the replies that reach the connector.
  expectedEngine = new ConversationService({ engine: bundle.engine, store: new MemoryStore(), now: Date.now, newId: randomUUID })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  oracle = createOracle({ appId: APP_ID, openIdMetadataUrl: fake.openIdMetadataUrl, loginUrl: fake.base })
})

afterAll(async () => {
  await close?.()
  await fake?.close()
  await elsewhere?.close()
})

beforeEach(() => {
  fake.reset()
  logLines.length = 0
})

async function post(activity: unknown, authorization?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (authorization !== undefined) headers.authorization = authorization
  return fetch(`${base}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) })
}

const conversation = (id: string) => ({ id, conversationType: 'personal', tenantId: TENANT_ID }) as Activity['conversation']
const messages = () => fake.activities.filter((a) => a.body.type === 'message')
const turnHasVT = (texts: string[]) => texts.some((t) => t.includes(VT_NUMBER))

describe('accepted by the stand-in Microsoft services and by botframework-connector', () => {
  it('a message: the engine reply at the stand-in connector, with the Veilig Thuis line (no typing indicator for an instant answer)', async () => {
    const activity = teamsActivity(fake.serviceUrl, { conversation: conversation('a:conv-message') })
    const auth = `Bearer ${await fake.sign()}`
    expect(await oracle(activity, auth)).toBe('accept')

    const res = await post(activity, auth)
    expect(res.status).toBe(200)

    const expected = await expectedEngine.turn('expected-1', { type: 'text', text: activity.text! }, true)
    expect(fake.activities.map((a) => a.body.type)).not.toContain('typing')
    expect(messages().map((m) => m.body.text)).toEqual(expected.replies.map((r) => replyToMessage(r).text))
    expect(turnHasVT(messages().map((m) => String(m.body.text)))).toBe(true)
    for (const a of fake.activities) {
      expect(a.path).toBe(`/teams/v3/conversations/${encodeURIComponent('a:conv-message')}/activities/${activity.id}`)
      expect(a.authorization).toBe(`Bearer ${OUTGOING_TOKEN}`)
      expect(a.body).toMatchObject({ replyToId: activity.id, conversation: { id: 'a:conv-message' }, from: { id: `28:${APP_ID}` } })
    }
    expect(messages()[0]!.body).toMatchObject({ textFormat: 'markdown' })
    // Client credentials at the single-tenant token URL.
    expect(fake.tokenRequests).toHaveLength(1)
    expect(fake.tokenRequests[0]).toEqual({
      path: `/${TENANT_ID}/oauth2/v2.0/token`,
      form: { grant_type: 'client_credentials', client_id: APP_ID, client_secret: 'test-client-secret', scope: 'https://api.botframework.com/.default' },
    })
  })

  it('a slow turn: "typing…" goes out first, then the answer (stand-in connector)', async () => {
    const { bundle } = createNodeApp({ env: {} })
    const real = new ConversationService({ engine: bundle.engine, store: new MemoryStore(), now: Date.now, newId: randomUUID })
    const slowApp = new Hono()
    mountTeams(slowApp, {
      service: { turn: async (...args: Parameters<ConversationService['turn']>) => (await new Promise((r) => setTimeout(r, 250)), real.turn(...args)) },
      typingAfterMs: 50,
      env: standInEnv(),
    })
    const activity = teamsActivity(fake.serviceUrl, { conversation: conversation('a:conv-slow') })
    const res = await slowApp.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await fake.sign()}` }, body: JSON.stringify(activity) })
    expect(res.status).toBe(200)
    expect(fake.activities.map((a) => a.body.type)).toEqual(['typing', ...messages().map(() => 'message')])
    expect(messages().length).toBeGreaterThan(0)
  })

  it('welcome on install, then a card button press (Action.Submit data) produces the chosen step', async () => {
    const conv = conversation('19:group-chat-id@thread.v2')
    const added = botAdded(fake.serviceUrl, { conversation: conv })
    const auth = `Bearer ${await fake.sign()}`
    expect(await oracle(added, auth)).toBe('accept')
    expect((await post(added, auth)).status).toBe(200)
    const welcome = await expectedEngine.turn('expected-2', { type: 'start' }, true)
    expect(messages().map((m) => m.body.text)).toEqual(welcome.replies.map((r) => replyToMessage(r).text))
    expect(turnHasVT(messages().map((m) => String(m.body.text)))).toBe(true)

    const card = messages()
      .flatMap((m) => (m.body.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined) ?? [])
      .find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')!
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' })
    const actions = (card.content.body as { actions: Record<string, unknown>[] }[]).flatMap((s) => s.actions)
    const submit = actions.find((a) => a.type === 'Action.Submit')! as { title: string; data: { action: string } }
    expect(submit.data.action).toBeTruthy()

    fake.reset()
    const press = cardSubmit(fake.serviceUrl, submit.data.action, { conversation: conv })
    const auth2 = `Bearer ${await fake.sign()}`
    expect(await oracle(press, auth2)).toBe('accept')
    expect((await post(press, auth2)).status).toBe(200)
    const chosen = await expectedEngine.turn('expected-2', { type: 'action', id: submit.data.action }, true)
    expect(messages().map((m) => m.body.text)).toEqual(chosen.replies.map((r) => replyToMessage(r).text))
    expect(messages().map((m) => m.body.text)).not.toEqual(welcome.replies.map((r) => replyToMessage(r).text))
    expect(turnHasVT(messages().map((m) => String(m.body.text)))).toBe(true)
    // The app token is cached: no second token request.
    expect(fake.tokenRequests).toHaveLength(0)
  })

  it('a group-chat message with an @mention answers the text without the mention', async () => {
    const activity = teamsActivity(fake.serviceUrl, {
      conversation: conversation('19:mention-chat@thread.v2'),
      text: '<at>Meldwijzer</at> Wat zijn signalen van kindermishandeling?',
      entities: [{ type: 'mention', text: '<at>Meldwijzer</at>', mentioned: { id: `28:${APP_ID}`, name: 'Meldwijzer' } }],
    })
    expect((await post(activity, `Bearer ${await fake.sign()}`)).status).toBe(200)
    const expected = await expectedEngine.turn('expected-3', { type: 'text', text: 'Wat zijn signalen van kindermishandeling?' }, true)
    expect(messages().map((m) => m.body.text)).toEqual(expected.replies.map((r) => replyToMessage(r).text))
  })

  it('an unknown activity type is acknowledged with 200 and nothing is sent', async () => {
    const reaction = teamsActivity(fake.serviceUrl, { type: 'messageReaction', text: undefined, reactionsAdded: [{ type: 'like' }] })
    const res = await post(reaction, `Bearer ${await fake.sign()}`)
    expect(res.status).toBe(200)
    expect(fake.activities).toHaveLength(0)
  })
})

interface RejectCase {
  name: string
  make: () => Promise<{ activity: Partial<Activity>; authorization?: string }>
  reason: string
  /** What botframework-connector says about the same request. */
  oracle: 'reject' | 'accept'
}

const now = () => Math.floor(Date.now() / 1000)
const msg = (overrides: Partial<Activity> = {}) => teamsActivity(fake.serviceUrl, { conversation: conversation('a:conv-rejected'), ...overrides })

const rejects: RejectCase[] = [
  { name: 'missing token', reason: 'missing_token', oracle: 'reject', make: async () => ({ activity: msg() }) },
  { name: 'alg: none', reason: 'algorithm_not_allowed', oracle: 'reject', make: async () => ({ activity: msg(), authorization: `Bearer ${fake.unsigned()}` }) },
  { name: 'wrong audience', reason: 'wrong_audience', oracle: 'reject', make: async () => ({ activity: msg(), authorization: `Bearer ${await fake.sign({ aud: 'another-bot-app-id' })}` }) },
  { name: 'wrong issuer', reason: 'wrong_issuer', oracle: 'reject', make: async () => ({ activity: msg(), authorization: `Bearer ${await fake.sign({ iss: 'https://issuer.example' })}` }) },
  {
    name: 'expired (beyond the 5 minutes tolerance)',
    reason: 'expired',
    oracle: 'reject',
    make: async () => ({ activity: msg(), authorization: `Bearer ${await fake.sign({ exp: now() - 6 * 60, nbf: now() - 3600 })}` }),
  },
  { name: 'unknown key', reason: 'unknown_key', oracle: 'reject', make: async () => ({ activity: msg(), authorization: `Bearer ${await fake.sign({ foreignKey: true })}` }) },
  { name: 'channel not endorsed by the key', reason: 'channel_not_endorsed', oracle: 'reject', make: async () => ({ activity: msg({ channelId: 'slack' }), authorization: `Bearer ${await fake.sign()}` }) },
  {
    name: 'serviceurl claim differs from the activity serviceUrl',
    reason: 'service_url_mismatch',
    oracle: 'reject',
    make: async () => ({ activity: msg(), authorization: `Bearer ${await fake.sign({ serviceurl: 'https://smba.trafficmanager.net/emea/' })}` }),
  },
  {
    // A correctly signed token for a connector host we do not know: botframework-connector only
    // checks the token (accepts); our allow-list refuses to send our app token there.
    name: 'serviceUrl not on the allow-list (token otherwise valid)',
    reason: 'service_url_not_allowed',
    oracle: 'accept',
    make: async () => ({ activity: msg({ serviceUrl: elsewhere.serviceUrl }), authorization: `Bearer ${await fake.sign({ serviceurl: elsewhere.serviceUrl })}` }),
  },
  { name: 'garbage bearer token', reason: 'malformed_token', oracle: 'reject', make: async () => ({ activity: msg(), authorization: 'Bearer not-a-jwt' }) },
]

describe('rejected with 401, nothing processed or sent (stand-in Microsoft services; botframework-connector agrees)', () => {
  it.each(rejects.map((r) => [r.name, r] as const))('%s', async (_name, c) => {
    const { activity, authorization } = await c.make()
    const sentBefore = elsewhere.requests.length
    const res = await post(activity, authorization)
    expect(res.status).toBe(401)
    const body = (await res.json()) as { error: { code: string }; veiligThuis: string }
    expect(body.error.code).toBe('unauthorized')
    expect(body.veiligThuis).toContain(VT_NUMBER)
    expect(fake.activities).toHaveLength(0)
    expect(fake.tokenRequests).toHaveLength(0)
    expect(elsewhere.requests.length).toBe(sentBefore)

    // Only the reason is logged: no token, no text, no ids.
    const rejected = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'teams_auth_rejected')
    expect(rejected).toHaveLength(1)
    expect(Object.keys(rejected[0]!).sort()).toEqual(['event', 'level', 'reason', 't'])
    expect(rejected[0]!.reason).toBe(c.reason)
    const all = logLines.join('\n')
    expect(all).not.toContain('signalen')
    if (authorization) expect(all).not.toContain(authorization.slice(7, 40))
    expect(all).not.toContain('conv-rejected')

    // The oracle on the very same request.
    expect(await oracle(activity, authorization)).toBe(c.oracle)
  })

  it('our rejection reasons and the oracle agree on every token-level case', async () => {
    const tokenCases = rejects.filter((r) => r.reason !== 'service_url_not_allowed')
    expect(tokenCases.every((r) => r.oracle === 'reject')).toBe(true)
    expect(tokenCases.length).toBeGreaterThanOrEqual(9)
  })
})

describe('tenant restriction (BOT_TENANT_ALLOWLIST), stand-in Microsoft services', () => {
  it('another tenant gets 403 and no reply; the listed tenant is served', async () => {
    const { app } = createNodeApp({
      env: { ...standInEnv(), BOT_TENANT_ALLOWLIST: TENANT_ID },
      log: jsonLogger(() => {}),
    })
    const send = async (activity: Partial<Activity>) =>
      app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await fake.sign()}` }, body: JSON.stringify(activity) })
    const other = teamsActivity(fake.serviceUrl, {
      conversation: { id: 'a:conv-tenant', conversationType: 'personal', tenantId: 'aaaaaaaa-0000-0000-0000-000000000000' } as Activity['conversation'],
      channelData: { tenant: { id: 'aaaaaaaa-0000-0000-0000-000000000000' } },
    })
    expect((await send(other)).status).toBe(403)
    expect(fake.activities).toHaveLength(0)
    expect((await send(teamsActivity(fake.serviceUrl, { conversation: conversation('a:conv-tenant-ok') }))).status).toBe(200)
    expect(messages().length).toBeGreaterThan(0)
  })
})

describe('Teams endpoint switched off', () => {
  it('without credentials /api/messages answers 503 with the Veilig Thuis line, startup logs the reason, the web chat still works', async () => {
    const lines: string[] = []
    const { app } = createNodeApp({ env: {}, log: jsonLogger((l) => lines.push(l)) })
    const res = await app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(503)
    expect(((await res.json()) as { veiligThuis: string }).veiligThuis).toContain(VT_NUMBER)
    expect(lines.map((l) => JSON.parse(l) as { event: string; reason?: string })).toContainEqual(
      expect.objectContaining({ event: 'teams_disabled', reason: 'MicrosoftAppId and MicrosoftAppPassword are not set' }),
    )
    const chat = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hallo"}' })
    expect(chat.status).toBe(200)
  })
})
