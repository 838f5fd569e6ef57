/**
 * Anonymous counts on Workers: the same InsightStore contract as on Node, on the Durable Object
 * (one per organisation), and counting through the Worker's own app into /api/insight, per
 * organisation of the bundled settings. A real restart of workerd on the same state is checked by
 * scripts/worker-figures.ts --check.
 */
import { createExecutionContext, env, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../bot/http/logger.js'
import { createWorkerApp } from '../../bot/runtime/worker/create-worker-app.js'
import { DurableObjectInsightStore } from '../../bot/runtime/worker/durable-object-insight-store.js'
import { insightStoreContract } from '../support/insight-store-contract.js'

let run = 0
insightStoreContract('Durable Object per organisation (workerd)', async () => {
  // Each test its own namespace of organisations: object names carry a run number.
  const prefix = `run-${++run}-`
  const wrap = (store: DurableObjectInsightStore) => ({
    add: (rows: Parameters<DurableObjectInsightStore['add']>[0]) => store.add(rows.map((r) => ({ ...r, organisation: prefix + r.organisation }))),
    read: async (organisation: string) => (await store.read(prefix + organisation)).map((r) => ({ ...r, organisation: r.organisation.slice(prefix.length) })),
  })
  return { store: wrap(new DurableObjectInsightStore(env.INSIGHT!)), reopen: async () => wrap(new DurableObjectInsightStore(env.INSIGHT!)) }
})

describe('counting on Workers', () => {
  it('counts turns of /api/chat into the objects, per organisation, and shows them on /api/insight, with "< 5"', async () => {
    const admin = 'operator-token-0123456789abcdef'
    const workerEnv = { ...env, INSIGHT_FLUSH_MS: '0', INSIGHT_ADMIN_TOKEN: admin, RATE_LIMIT_PER_MINUTE: '0' }
    const app = createWorkerApp(workerEnv, { log: silentLogger })
    const call = async (path: string, init?: RequestInit) => {
      const ctx = createExecutionContext()
      const res = await app.fetch(new Request(`https://meldwijzer.test${path}`, init), workerEnv, ctx)
      const body = await res.text()
      await waitOnExecutionContext(ctx)
      return { status: res.status, body }
    }
    const club = 'voorbeeld-voetbalclub'
    const asAdmin = { headers: { authorization: `Bearer ${admin}` } }
    const started = async (query = '') => {
      const n = JSON.parse((await call(`/api/insight${query}`, asAdmin)).body).total.started
      return n === '< 5' ? 0 : (n as number)
    }
    const [allBefore, clubBefore] = [await started(), await started(`?organisation=${club}`)]
    const post = async (body: object) => JSON.parse((await call('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).body)
    for (let i = 0; i < 6; i++) {
      const first = await post({ action: 'c:start/menu/wmo' })
      await post({ conversationId: first.conversationId, text: 'Piet Jansen woont op de Dorpsstraat 12 en ik twijfel' })
    }
    // The example club of organisations/, named on the first turn (as its widget would).
    for (let i = 0; i < 5; i++) {
      const first = await post({ action: 'menu', organisation: club })
      await post({ conversationId: first.conversationId, text: 'ik twijfel of ik iets moet doen' })
    }
    const res = await call('/api/insight', asAdmin)
    expect(res.status).toBe(200)
    const after = JSON.parse(res.body)
    expect(after.total.started).toBe(allBefore + 11)
    const clubReport = JSON.parse((await call(`/api/insight?organisation=${club}`, asAdmin)).body)
    expect(clubReport.organisation).toBe(club)
    expect(clubReport.total.started).toBe(clubBefore + 5)
    expect(clubReport.total.byAudience.wmo).toBe('< 5')
    expect(after.total.byAudience.wmo).toBeGreaterThanOrEqual(6)
    expect(after.total.byChannel.teams).toBe('< 5')
    expect(res.body).not.toMatch(/Piet|Jansen|Dorpsstraat/)

    const stored = await runInDurableObject(new DurableObjectInsightStore(env.INSIGHT!).stub('-'), async (_o, state) =>
      JSON.stringify(state.storage.sql.exec('SELECT * FROM counts').toArray()),
    )
    expect(stored).toContain('audience:wmo:web')
    expect(stored).not.toMatch(/Piet|Jansen|Dorpsstraat/)
    // The club's own object: its conversations, none of the others'.
    const clubRows = await runInDurableObject(new DurableObjectInsightStore(env.INSIGHT!).stub(club), async (_o, state) =>
      state.storage.sql.exec<{ metric: string; n: number }>('SELECT metric, n FROM counts').toArray(),
    )
    expect(clubRows.filter((r) => r.metric === 'started:web').reduce((n, r) => n + r.n, 0)).toBe(clubBefore + 5)
    expect(clubRows.some((r) => r.metric.startsWith('audience:wmo'))).toBe(false)

    expect((await call('/api/insight', { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401)
    expect((await call('/insight')).status).toBe(401)
  })
})
