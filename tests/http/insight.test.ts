/**
 * Anonymous usage insight through the real Node app: turns on /api/chat are counted for the
 * conversation's organisation (chosen on its first turn), read back on /api/insight and /insight
 * with the token whose hash is in that organisation's settings, and counting goes on across a
 * restart on the same SQLite file. The token comes from `npm run insight:token`, its lines go into
 * a copy of the example organisation's file, as someone setting it up would do.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CountRow, InsightStore } from '../../bot/insight/insight-store.js'
import { silentLogger, type Logger } from '../../bot/http/logger.js'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import { contentWith, type ContentCopy } from '../support/insight-content.js'

const dir = mkdtempSync(join(tmpdir(), 'insight-http-'))
const SCHOOL = 'voorbeeld-basisschool'
const CLUB = 'voorbeeld-voetbalclub'
const ADMIN_TOKEN = 'operator-token-0123456789abcdef'
/** The school's token, as npm run insight:token printed it; its hash is in the copy's settings. */
let schoolToken: string
let content: ContentCopy

beforeAll(() => {
  const printed = execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [join(REPO_ROOT, 'scripts', 'insight-token.ts'), SCHOOL], { encoding: 'utf8' })
  schoolToken = /^ {2}([A-Za-z0-9_-]{43})$/m.exec(printed)![1]!
  const lines = /^ {2}insight:\n {4}tokenHash: [0-9a-f]{64}$/m.exec(printed)![0]!
  // Indented for reading in the terminal; in the file they start at the margin.
  content = contentWith({ [SCHOOL]: lines.replace(/^ {2}/gm, '') })
}, 30_000)
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  content?.remove()
})

const envFor = (db: string) => ({
  INSIGHT_DB: db,
  INSIGHT_FLUSH_MS: '0',
  INSIGHT_ADMIN_TOKEN: ADMIN_TOKEN,
  RATE_LIMIT_PER_MINUTE: '0',
  // The copied content is built on its own, without replacing the repo's startup cache.
  CONTENT_CACHE: '0',
})
const nodeApp = (db: string, options: Omit<Parameters<typeof createNodeApp>[0] & object, 'env'> = {}) =>
  createNodeApp({ env: envFor(db), log: silentLogger, contentRoot: content.root, ...options })

type App = ReturnType<typeof createNodeApp>
const chat = async (app: App['app'], body: object) => (await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()
const get = (app: App['app'], path: string, token?: string) => app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} })

/**
 * A conversation through step 1 into step 2 and the afwegingskader, with a fallback question;
 * for `organisation` when given (named on the first turn only, as the widget and the API do).
 */
async function walk(app: App['app'], organisation?: string) {
  const start = await chat(app, { action: 'c:start/menu/professional', ...(organisation ? { organisation } : {}) })
  const id = start.conversationId as string
  for (const action of ['flow:stap-1', 'flow:stap-2', 'flow:afwegingskader', 'c:afwegingskader/afweging-1/ja', 'twijfel'])
    await chat(app, { conversationId: id, action })
  await chat(app, { conversationId: id, text: 'hoe laat gaat de bibliotheek open' })
  await chat(app, { conversationId: id, text: 'wat is de kindcheck' })
  return id
}

describe('insight on Node', () => {
  it('counts per organisation and shows the school its own counts with the token from its settings', async () => {
    const { app, insight } = nodeApp(join(dir, 'a.sqlite'))
    for (let i = 0; i < 6; i++) await walk(app, SCHOOL)
    for (let i = 0; i < 2; i++) await walk(app)
    await insight!.recorder.flush()

    // The school's token: the school's conversations, whatever organisation it asks for.
    const res = await get(app, '/api/insight?organisation=-', schoolToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const own = await res.json()
    expect(own.organisation).toBe(SCHOOL)
    expect(own.total.started).toBe(6)
    expect(own.total.byAudience.professional).toBe(6)
    expect(own.total.byChannel.teams).toBe('< 5')
    expect(own.funnel.find((f: { flow: string }) => f.flow === 'stap-2')).toMatchObject({ title: expect.stringMatching(/stap 2/i), started: 6 })
    expect(own.afwegingen[0]).toEqual({ key: 'afweging-1', ja: 6, nee: '< 5' })
    expect(own.replies.find((r: { tag: string }) => r.tag === 'doubt').turns).toBe(6)
    expect(own.replies.find((r: { tag: string }) => r.tag === 'fallback').turns).toBe(6)
    expect(own.topics.map((t: { ref: string }) => t.ref)).toContain('topic:kindcheck')

    // Both stores side by side: the two conversations without an organisation are under "-".
    const rows = async (organisation: string) => (await insight!.store.read(organisation)).filter((r) => r.metric === 'started:web').reduce((n, r) => n + r.n, 0)
    expect([await rows(SCHOOL), await rows('-'), await rows(CLUB)]).toEqual([6, 2, 0])

    // The operator: everything, or one organisation of the settings.
    const all = await (await get(app, '/api/insight', ADMIN_TOKEN)).json()
    expect(all.organisation).toBe('alle')
    expect(all.total.started).toBe(8)
    const school = await (await get(app, `/api/insight?organisation=${SCHOOL}`, ADMIN_TOKEN)).json()
    expect(school).toMatchObject({ organisation: SCHOOL, total: { started: 6 } })
    const club = await (await get(app, `/api/insight?organisation=${CLUB}`, ADMIN_TOKEN)).json()
    expect(club).toMatchObject({ organisation: CLUB, total: { started: '< 5' } })

    const page = await get(app, '/insight', schoolToken)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await page.text()
    expect(html).toContain('<svg class="chart"')
    expect(html).not.toMatch(/<script|style=/i)
  })

  it('answers a missing or wrong token, and a token no organisation of the settings has, with the same 401', async () => {
    const { app } = nodeApp(':memory:')
    // The repo's own settings: the school there has no token hash, so its token opens nothing.
    const { app: withoutHash } = createNodeApp({ env: { ...envFor(':memory:'), CONTENT_CACHE: undefined }, log: silentLogger })
    const bodies = new Set<string>()
    for (const [target, token] of [[app, undefined], [app, 'x'], [app, 'wrong-token-0123456789abcdef'], [app, schoolToken.toUpperCase()], [app, `${schoolToken}x`], [withoutHash, schoolToken]] as const) {
      for (const path of ['/api/insight', '/insight', `/api/insight?organisation=${SCHOOL}`, '/api/insight?organisation=onbekend']) {
        const res = await get(target, path, token)
        expect(res.status, `${path} ${token}`).toBe(401)
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
        bodies.add(await res.text())
      }
    }
    expect(bodies.size).toBe(1)
    expect((await get(app, '/api/insight', schoolToken)).status).toBe(200)
  })

  it('counts on across a restart on the same file', async () => {
    const db = join(dir, 'restart.sqlite')
    const first = nodeApp(db)
    for (let i = 0; i < 3; i++) await walk(first.app, SCHOOL)
    await first.insight!.close()
    const second = nodeApp(db)
    for (let i = 0; i < 3; i++) await walk(second.app, SCHOOL)
    await second.insight!.recorder.flush()
    const own = await (await get(second.app, '/api/insight', schoolToken)).json()
    expect(own.total.started).toBe(6)
  })

  it("counts a call button pressed in the widget for the conversation's organisation, for a conversation it knows only", async () => {
    const { app, insight } = nodeApp(':memory:')
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await chat(app, { action: 'menu', organisation: CLUB })).conversationId)
    const press = (body: object) => app.request('/api/press', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    for (const id of ids) expect((await press({ conversationId: id, button: '112' })).status).toBe(204)
    expect((await press({ conversationId: 'onbekend-gesprek', button: '112' })).status).toBe(204)
    expect((await press({ conversationId: ids[0], button: 'iets-anders' })).status).toBe(400)
    await insight!.recorder.flush()
    const presses = async (organisation: string) => (await insight!.store.read(organisation)).filter((r) => r.metric === 'press:112').reduce((s, r) => s + r.n, 0)
    expect([await presses(CLUB), await presses('-')]).toEqual([5, 0])
  })

  it('a failing insight store changes no reply and fails no turn; it is logged', async () => {
    const failing: InsightStore = {
      add: async () => {
        throw new Error('disk full')
      },
      read: async (): Promise<CountRow[]> => {
        throw new Error('disk full')
      },
    }
    const errors: string[] = []
    const log: Logger = { ...silentLogger, error: (event, fields) => errors.push(`${event} ${JSON.stringify(fields)}`) }
    const counting = nodeApp(':memory:', { log, insightStore: failing })
    const plain = createNodeApp({ env: { ...envFor(':memory:'), INSIGHT_DB: 'off' }, log: silentLogger, contentRoot: content.root })
    expect(plain.insight).toBeUndefined()
    const script = [{ action: 'c:start/menu/professional', organisation: SCHOOL }, { text: 'mijn buurman Jan de Vries slaat zijn kind' }, { action: 'flow:stap-1' }, { text: 'ik twijfel' }]
    let [a, b]: [string | undefined, string | undefined] = [undefined, undefined]
    for (const step of script) {
      const x = await chat(counting.app, { ...step, ...(a ? { conversationId: a } : {}) })
      const y = await chat(plain.app, { ...step, ...(b ? { conversationId: b } : {}) })
      ;[a, b] = [x.conversationId, y.conversationId]
      expect(x.messages).toEqual(y.messages)
    }
    await counting.insight!.recorder.flush()
    expect(errors.some((e) => e.startsWith('insight') && e.includes('disk full'))).toBe(true)
    const res = await get(counting.app, '/api/insight', ADMIN_TOKEN)
    expect(res.status).toBe(503)
  })
})
