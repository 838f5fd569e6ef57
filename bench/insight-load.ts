/**
 * `npm run bench:insight`: does counting slow a turn? The built server (as `npm start` runs it)
 * with counting off (INSIGHT_DB=off) and on (a SQLite file, batches every second), taking
 * turns A B A B, each under the same evenly paced load of typed questions and button presses in
 * open conversations (bench/paced.ts: latency from when a request was due). Prints p50 and p99
 * per run and the median of each side. Before that, in process (not disturbed by other load on
 * the machine): what counting adds to a turn (metrics of the turn and the in-memory count), and
 * how long one batch takes to write to SQLite (off the turn's path, but on Node's one thread).
 * Options: --seconds=N (default 8), --rate=N (default 100), --rounds=N (default 3).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildBundle } from '../bot/compose/build-bundle.js'
import type { Input } from '../bot/core/types.js'
import { metricsOfTurn, type TurnFacts } from '../bot/insight/metrics.js'
import { InsightRecorder } from '../bot/insight/recorder.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { SqliteInsightStore } from '../bot/runtime/node/sqlite-insight-store.js'
import { arg, fmt, pinBenchToItsCore, startProcess, table, timeCalls } from './lib.js'
import { paced } from './paced.js'
import { openConversations, workload } from './workload.js'

const seconds = arg('seconds', 8)
const rate = arg('rate', 100)
const rounds = arg('rounds', 3)
pinBenchToItsCore()
const bundle = buildBundle(readContentFiles())
const work = workload(bundle)

// 1. In process: real turns of the engine, then what counting does with each.
{
  const ctx = { now: Date.now(), newId: () => crypto.randomUUID() }
  const facts: TurnFacts[] = []
  for (let i = 0; i < 2000; i++) {
    const before = i % 10 === 0 ? undefined : bundle.engine.step(undefined, { type: 'action', id: 'c:start/menu/professional' }, ctx).session
    const input: Input = i % 2 ? { type: 'text', text: work.texts[i % work.texts.length]! } : { type: 'action', id: work.actions[i % work.actions.length]! }
    const r = bundle.engine.step(before, input, ctx)
    facts.push({ before, after: r.session, input, replies: r.replies, shown: r.shown, channel: 'web' })
  }
  const store = new SqliteInsightStore(':memory:')
  const recorder = new InsightRecorder({ store, now: Date.now, flushAfterMs: 1e9, maxPending: 1e9 })
  const count = timeCalls(facts, (f) => recorder.count('gemeente-a', metricsOfTurn(f)), 3)
  const step = timeCalls(facts, (f) => bundle.engine.step(f.before, f.input, ctx), 3)
  console.log(`In process, per turn: engine step p50 ${fmt(step.p50 * 1000)} µs, p99 ${fmt(step.p99 * 1000)} µs; counting adds p50 ${fmt(count.p50 * 1000)} µs, p99 ${fmt(count.p99 * 1000)} µs`)
  const writes: number[] = []
  for (let i = 0; i < 20; i++) {
    for (const f of facts.slice(0, 200)) recorder.count(`org-${i % 4}`, metricsOfTurn(f))
    const t = performance.now()
    await recorder.flush()
    writes.push(performance.now() - t)
  }
  writes.sort((a, b) => a - b)
  console.log(`One batch of 200 turns' counts written to SQLite (in memory): median ${fmt(writes[10]!)} ms, max ${fmt(writes[19]!)} ms\n`)
  store.close()
}
const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-insight-bench-'))
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!

const rows: Array<Array<string | number>> = []
const p99s: Record<'off' | 'on', number[]> = { off: [], on: [] }
try {
  const sides = Array.from({ length: rounds }, () => ['off', 'on'] as const).flat()
  for (const [round, side] of sides.entries()) {
    const env: Record<string, string> =
      side === 'off' ? { RATE_LIMIT_PER_MINUTE: '0', INSIGHT_DB: 'off' } : { RATE_LIMIT_PER_MINUTE: '0', INSIGHT_DB: join(dir, `counts-${round}.sqlite`), INSIGHT_FLUSH_MS: '1000' }
    const server = await startProcess('bot/runtime/node/server.ts', env)
    try {
      const ids = await openConversations(server.url, 200)
      const body = () => JSON.stringify(Math.random() < 0.5 ? { conversationId: pick(ids), text: pick(work.texts) } : { conversationId: pick(ids), action: pick(work.actions) })
      await paced({ url: server.url, path: '/api/chat', rate, seconds: 2, connections: 50, body }) // warm-up
      const r = await paced({ url: server.url, path: '/api/chat', rate, seconds, connections: 50, body })
      p99s[side].push(r.p99)
      rows.push([round + 1, side, r.completed, r.errors + r.non2xx, fmt(r.p50), fmt(r.p99), fmt(r.max)])
    } finally {
      await server.stop()
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(`Over HTTP: turns at ${rate}/s for ${seconds} s each (half typed, half buttons), counting off and on:\n`)
console.log(table(['run', 'counting', 'turns', 'errors', 'p50 ms', 'p99 ms', 'max ms'], rows))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(`\np99: off ${fmt(median(p99s.off))} ms, on ${fmt(median(p99s.on))} ms (median of ${p99s.off.length} runs each)`)
