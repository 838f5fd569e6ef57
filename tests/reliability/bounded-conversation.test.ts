/**
 * A conversation has a size limit, whatever the client does (issue 12): the same button pressed
 * 10,000 times, or every button of every flow in turn, leaves a stored session under 4 KB, and
 * the last thousand turns cost no more than the first thousand. Concurrent turns on one
 * conversation are applied one after another: none is lost.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../bot/core/types.js'
import { MAX_TRAIL } from '../../bot/core/trail.js'
import { MemoryStore } from '../../bot/store/memory-store.js'
import { flowActions } from '../../bench/workload.js'
import { realBundle } from '../support/engine.js'
import { allText, chat, nodeApp } from './support.js'

const LIMIT = 4096
const sizeOf = (s: Session | undefined) => new TextEncoder().encode(JSON.stringify(s)).length

/** A store that waits a little on every call, as a real database would, so turns can interleave. */
class SlowStore extends MemoryStore {
  override readonly local = false
  override async get(id: string) {
    await new Promise((r) => setTimeout(r, Math.random() * 3))
    return super.get(id)
  }
  override async set(s: Session) {
    await new Promise((r) => setTimeout(r, Math.random() * 3))
    return super.set(s)
  }
}

describe('bounded conversations', () => {
  it('the same button pressed 10,000 times: the session stays under 4 KB and the last 1,000 turns cost no more than the first', { timeout: 120_000 }, async () => {
    const store = new MemoryStore()
    const { app } = nodeApp({ store, env: { RATE_LIMIT_PER_MINUTE: '0' } })
    const first = await chat(app, { text: 'wat zijn de stappen van de meldcode?' })
    const id = first.body.conversationId!
    const sizes: number[] = []
    const ms: number[] = []
    for (let i = 0; i < 10_000; i++) {
      const t0 = performance.now()
      const { res } = await chat(app, { conversationId: id, action: 'flow:professional' })
      ms.push(performance.now() - t0)
      expect(res.status).toBe(200)
      if (i % 250 === 0 || i >= 9_990) sizes.push(sizeOf(await store.get(id)))
    }
    const session = (await store.get(id))!
    expect(session.turns).toBe(10_001)
    expect(Math.max(...sizes)).toBeLessThan(LIMIT)
    // The size stops growing after the first turns: at turn 10,000 it is what it was at turn
    // 1,000, give or take the digits of the turn counter.
    expect(sizes.at(-1)! - sizes[4]!).toBeLessThanOrEqual(2)
    expect(session.trail.filter((k) => k === 'professional/sector')).toHaveLength(1)
    // Cost: medians of the first and last thousand (medians, so one GC pause does not decide).
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const firstK = median(ms.slice(0, 1000))
    const lastK = median(ms.slice(-1000))
    expect(lastK).toBeLessThanOrEqual(firstK * 1.25 + 0.05)
  })

  it('every button of every flow, over and over: the session never reaches 4 KB', { timeout: 120_000 }, async () => {
    const { engine } = realBundle()
    const actions = [...flowActions(realBundle()), 'dossier', 'twijfel', 'back', 'resume', 'menu']
    let session: Session | undefined
    let largest = 0
    let n = 0
    for (let round = 0; round < 20; round++)
      for (const id of actions) {
        session = engine.step(session, { type: 'action', id }, { now: 1_800_000_000_000 + n++, newId: () => 'x'.repeat(36) }).session
        largest = Math.max(largest, sizeOf(session))
      }
    expect(largest).toBeLessThan(LIMIT)
    expect(session!.trail.length).toBeLessThanOrEqual(MAX_TRAIL)
    expect(new Set(session!.trail).size).toBe(session!.trail.length)
  })

  it('50 turns at once on one conversation are applied one after another: the turn count and the dossier are complete', async () => {
    const store = new SlowStore()
    const { app } = nodeApp({ store, env: { RATE_LIMIT_PER_MINUTE: '0' } })
    const id = (await chat(app, { action: 'flow:afwegingskader' })).body.conversationId!
    // Five buttons that each record an afweging, among 45 harmless ones, all sent at once.
    const answers = ['afweging-1/ja', 'afweging-2/nee', 'afweging-3/ja', 'afweging-4/ja', 'hulp-bieden/nee'].map((a) => `c:afwegingskader/${a}`)
    const bodies = Array.from({ length: 50 }, (_, i) => ({ conversationId: id, action: i % 10 === 3 ? answers[Math.floor(i / 10)]! : 'twijfel' }))
    const results = await Promise.all(bodies.map((b) => chat(app, b)))
    for (const r of results) {
      expect(r.res.status).toBe(200)
      expect(r.body.conversationId).toBe(id)
      expect(allText(r.body)).toContain('0800-2000')
    }
    const session = (await store.get(id))!
    expect(session.turns).toBe(51)
    expect(session.answers).toMatchObject({ 'afweging-1': 'ja', 'afweging-2': 'nee', 'afweging-3': 'ja', 'afweging-4': 'ja', 'afweging-5': 'nee' })
    const dossier = allText((await chat(app, { conversationId: id, action: 'dossier' })).body)
    for (const line of ['Afweging 1 – vermoeden: ja', 'Afweging 2 – acute of structurele onveiligheid: nee', 'Afweging 5 – hulp leidt tot duurzame veiligheid: nee'])
      expect(dossier).toContain(line)
  })
})
