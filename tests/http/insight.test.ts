/**
 * Anonymous usage insight through the real Node app: turns on /api/chat are counted, read back
 * on /api/insight and /insight with a bearer token, and counting goes on across a restart on the
 * same SQLite file. The organisation of a turn comes from the InsightAuth/organisationOf seam.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sha256Hex } from '../../bot/insight/auth.js'
import type { CountRow, InsightStore } from '../../bot/insight/insight-store.js'
import { silentLogger, type Logger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'

const dir = mkdtempSync(join(tmpdir(), 'insight-http-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ORG_TOKEN = 'gemeente-a-token-0123456789abcdef'
const ADMIN_TOKEN = 'operator-token-0123456789abcdef'
const envFor = async (db: string) => ({
  INSIGHT_DB: db,
  INSIGHT_FLUSH_MS: '0',
  INSIGHT_TOKEN_HASHES: `gemeente-a=${await sha256Hex(ORG_TOKEN)}`,
  INSIGHT_ADMIN_TOKEN: ADMIN_TOKEN,
  RATE_LIMIT_PER_MINUTE: '0',
})

type App = ReturnType<typeof createNodeApp>
const chat = async (app: App['app'], body: object) => (await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()
const get = (app: App['app'], path: string, token?: string) => app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} })

/** A conversation through step 1 into step 2 and the afwegingskader, with a fallback question. */
async function walk(app: App['app']) {
  const start = await chat(app, { action: 'c:start/menu/professional' })
  const id = start.conversationId as string
  for (const action of ['flow:stap-1', 'flow:stap-2', 'flow:afwegingskader', 'c:afwegingskader/afweging-1/ja', 'twijfel'])
    await chat(app, { conversationId: id, action })
  await chat(app, { conversationId: id, text: 'hoe laat gaat de bibliotheek open' })
  await chat(app, { conversationId: id, text: 'wat is de kindcheck' })
  return id
}

describe('insight on Node', () => {
  it('counts turns and shows them to the organisation with its token only', async () => {
    const created = createNodeApp({ env: await envFor(join(dir, 'a.sqlite')), log: silentLogger })
    const { app, insight } = created
    for (let i = 0; i < 6; i++) await walk(app)
    await insight!.recorder.flush()

    // No organisation chosen yet (issue 14): these conversations are under "-", for the operator.
    const admin = await get(app, '/api/insight', ADMIN_TOKEN)
    expect(admin.status).toBe(200)
    expect(admin.headers.get('cache-control')).toBe('no-store')
    const all = await admin.json()
    expect(all.organisation).toBe('alle')
    expect(all.total.started).toBe(6)
    expect(all.total.byAudience.professional).toBe(6)
    expect(all.total.byChannel.teams).toBe('< 5')
    expect(all.funnel.find((f: { flow: string }) => f.flow === 'stap-2')).toMatchObject({ title: expect.stringMatching(/stap 2/i), started: 6 })
    expect(all.afwegingen[0]).toEqual({ key: 'afweging-1', ja: 6, nee: '< 5' })
    expect(all.replies.find((r: { tag: string }) => r.tag === 'doubt').turns).toBe(6)
    expect(all.replies.find((r: { tag: string }) => r.tag === 'fallback').turns).toBe(6)
    expect(all.topics.map((t: { ref: string }) => t.ref)).toContain('topic:kindcheck')

    // The organisation's own token shows its own counts (none yet), never the others'.
    const own = await (await get(app, '/api/insight?organisation=-', ORG_TOKEN)).json()
    expect(own.organisation).toBe('gemeente-a')
    expect(own.total.started).toBe('< 5')
    expect(own.topics).toEqual([])

    const page = await get(app, '/insight', ADMIN_TOKEN)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await page.text()
    expect(html).toContain('<svg class="chart"')
    expect(html).not.toMatch(/<script|style=/i)
  })

  it('answers a missing, wrong or unknown token with the same 401', async () => {
    const { app } = createNodeApp({ env: await envFor(':memory:'), log: silentLogger })
    const bodies = new Set<string>()
    for (const token of [undefined, 'x', 'wrong-token-0123456789abcdef', ORG_TOKEN.toUpperCase()]) {
      for (const path of ['/api/insight', '/insight', '/api/insight?organisation=gemeente-a']) {
        const res = await get(app, path, token)
        expect(res.status).toBe(401)
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
        bodies.add(await res.text())
      }
    }
    expect(bodies.size).toBe(1)
  })

  it('counts on across a restart on the same file', async () => {
    const db = join(dir, 'restart.sqlite')
    const first = createNodeApp({ env: await envFor(db), log: silentLogger })
    for (let i = 0; i < 3; i++) await walk(first.app)
    await first.insight!.close()
    const second = createNodeApp({ env: await envFor(db), log: silentLogger })
    for (let i = 0; i < 3; i++) await walk(second.app)
    await second.insight!.recorder.flush()
    const all = await (await get(second.app, '/api/insight', ADMIN_TOKEN)).json()
    expect(all.total.started).toBe(6)
  })

  it('counts a call button pressed in the widget, for a conversation it knows only', async () => {
    const { app, insight } = createNodeApp({ env: await envFor(':memory:'), log: silentLogger })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await chat(app, { action: 'menu' })).conversationId)
    const press = (body: object) => app.request('/api/press', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    for (const id of ids) expect((await press({ conversationId: id, button: '112' })).status).toBe(204)
    expect((await press({ conversationId: 'onbekend-gesprek', button: '112' })).status).toBe(204)
    expect((await press({ conversationId: ids[0], button: 'iets-anders' })).status).toBe(400)
    await insight!.recorder.flush()
    const rows = await insight!.store.read('-')
    expect(rows.filter((r) => r.metric === 'press:112').reduce((s, r) => s + r.n, 0)).toBe(5)
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
    const counting = createNodeApp({ env: await envFor(':memory:'), log, insightStore: failing })
    const plain = createNodeApp({ env: { ...(await envFor(':memory:')), INSIGHT_DB: 'off' }, log: silentLogger })
    expect(plain.insight).toBeUndefined()
    const script = [{ action: 'c:start/menu/professional' }, { text: 'mijn buurman Jan de Vries slaat zijn kind' }, { action: 'flow:stap-1' }, { text: 'ik twijfel' }]
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
