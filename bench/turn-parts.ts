/**
 * `npx tsx bench/turn-parts.ts [--rounds=N] [--scenario=action|new|both]`: where a button turn and a
 * new-conversation turn spend their time inside the process, part by part, warm: the whole
 * request through the Node app's Hono `fetch` (no socket), the service's turn (store get, engine
 * step, store set, counting), and each of those alone, plus the reply's JSON. The same turns the
 * bench's load scenarios send (a random button of any flow on one of 200 conversations; `{"action":"menu"}`).
 * What the server's socket and Node's HTTP parser cost is the bench's server CPU per request minus
 * the first row. Medians of per-call times over alternating rounds, in µs.
 */
import { createNodeApp } from '../bot/runtime/node/create-node-app.js'
import { jsonLogger } from '../bot/http/logger.js'
import { responseJson } from '../bot/http/chat-api.js'
import { MemoryStore } from '../bot/store/memory-store.js'
import type { Input, Session } from '../bot/core/types.js'
import { arg, prng } from './lib.js'
import { flowActions } from './workload.js'

const rounds = arg('rounds', 6)
const scenario = process.argv.find((a) => a.startsWith('--scenario='))?.slice('--scenario='.length) ?? 'both'
const store = new MemoryStore()
const { app, bundle, service } = createNodeApp({ env: { INSIGHT_DB: ':memory:', RATE_LIMIT_PER_MINUTE: '0' }, store, log: jsonLogger(() => {}) })
const actions = flowActions(bundle)
const rnd = prng(12)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!

const post = (body: string): Promise<Response> => Promise.resolve(app.fetch(new Request('http://x/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body })))
const ids: string[] = []
for (let i = 0; i < 200; i++) ids.push(((await (await post('{"action":"menu"}')).json()) as { conversationId: string }).conversationId)

type Part = [name: string, run: () => unknown]
const ctx = () => ({ now: Date.now(), newId: () => crypto.randomUUID() })
const parts: Part[] = []
if (scenario !== 'new')
  parts.push(
    ['button: whole request through app.fetch', () => post(JSON.stringify({ conversationId: pick(ids), action: pick(actions) })).then((r) => r.text())],
    ['button: service.turn (get, step, set, count)', () => service.turn(pick(ids), { type: 'action', id: pick(actions) })],
    ['button: store.get', () => store.get(pick(ids))],
    ['button: engine.step', stepOn(() => pick(ids), () => ({ type: 'action', id: pick(actions) }))],
    ['button: store.set', setOn(() => pick(ids))],
  )
if (scenario !== 'action')
  parts.push(
    ['new: whole request through app.fetch', () => post('{"action":"menu"}').then((r) => r.text())],
    ['new: service.turn (step, set, count)', () => service.turn(undefined, { type: 'action', id: 'menu' })],
    ['new: engine.step', () => bundle.engine.step(undefined, { type: 'action', id: 'menu' }, ctx())],
    ['new: the answer\'s JSON (responseJson)', replyJson()],
  )

/** The engine step alone, on the conversation's stored session (read before the clock starts). */
function stepOn(id: () => string, input: () => Input): () => Promise<number> {
  return async () => {
    const s = (await store.get(id()))!
    const i = input()
    const t = performance.now()
    bundle.engine.step(s, i, ctx())
    return performance.now() - t
  }
}
function setOn(id: () => string): () => Promise<number> {
  return async () => {
    const s: Session = (await store.get(id()))!
    const t = performance.now()
    void store.set(s)
    return performance.now() - t
  }
}
function replyJson(): () => unknown {
  return () => {
    const r = bundle.engine.step(undefined, { type: 'action', id: 'menu' }, ctx())
    const t = performance.now()
    responseJson(r.session.id, r.replies)
    return performance.now() - t
  }
}

const samples = new Map<string, number[]>(parts.map(([n]) => [n, []]))
for (let round = 0; round < rounds; round++)
  for (const [name, run] of parts) {
    const out = samples.get(name)!
    for (let i = 0; i < 4000; i++) {
      const t = performance.now()
      let r = run()
      if (r instanceof Promise) r = await r
      const ms = typeof r === 'number' ? r : performance.now() - t
      if (round > 0) out.push(ms)
    }
  }
for (const [name, xs] of samples) {
  xs.sort((a, b) => a - b)
  const q = (p: number) => (1000 * xs[Math.floor(p * (xs.length - 1))]!).toFixed(1)
  console.log(`${name.padEnd(48)} p50 ${q(0.5).padStart(6)} µs   p90 ${q(0.9).padStart(6)} µs`)
}
