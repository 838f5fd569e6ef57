/**
 * `npx tsx bench/text-turns.ts [--seconds=N]`: where an in-process text turn's time goes, and which
 * messages are slow. Runs the engine step over every typed message of the evaluation (questions,
 * acute and calm items, privacy items), each from a fresh conversation and from inside a flow,
 * round after round in a shuffled order, and reports:
 *   - p50/p99/max per step over the whole mix, and garbage-collection pauses seen meanwhile;
 *   - the slowest messages by their own median (slow every time, not only once);
 *   - what each stage costs on its own per message (privacy scan, danger triage, search, the smaller
 *     detectors), each run over all messages with its per-turn memos cleared as the engine does.
 * `--rounds=N` runs a fixed number of rounds instead of `--seconds`. Run it with `node --cpu-prof --import tsx bench/text-turns.ts` for a profile.
 */
import { PerformanceObserver } from 'node:perf_hooks'
import type { Input, Session } from '../bot/core/types.js'
import { arg, prng, quantile } from './lib.js'
import { ctx, realBundle } from '../tests/support/engine.js'
import { workload } from './workload.js'
import { scanPii } from '../bot/core/understanding/privacy.js'
import { detectDoubt } from '../bot/core/nlp/doubt.js'
import { detectAudience } from '../bot/core/nlp/audience.js'
import { detectInstitutional } from '../bot/core/safety/institutional.js'
import { forgetTurnMemos } from '../bot/core/nlp/normalize.js'

const seconds = arg('seconds', 10)
/** A fixed amount of work instead of a time (for comparing two versions of the code back to back). */
const fixedRounds = arg('rounds', 0)
const bundle = realBundle()
const { engine } = bundle
const c = ctx()
const inFlow: Session = engine.step(undefined, { type: 'action', id: 'flow:stap-1' }, c).session
const texts = workload(bundle).texts
const inputs = texts.flatMap((text): Array<[Session | undefined, Input]> => [
  [undefined, { type: 'text', text }],
  [inFlow, { type: 'text', text }],
])

// Warm up: every message twice, so code is compiled and per-word memos are filled as in a long run.
for (let r = 0; r < 2; r++) for (const [s, i] of inputs) engine.step(s, i, c)

const gcs: number[] = []
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push(e.duration)
})
obs.observe({ entryTypes: ['gc'] })

const rnd = prng(19)
const perInput: number[][] = inputs.map(() => [])
const all: number[] = []
const until = performance.now() + seconds * 1000
let rounds = 0
const cpu0 = process.cpuUsage()
while (fixedRounds ? rounds < fixedRounds : performance.now() < until) {
  // A pause between rounds lets the observer deliver GC entries (as an event loop between requests would).
  await new Promise((r) => setImmediate(r))
  const order = [...inputs.keys()].sort(() => rnd() - 0.5)
  for (const k of order) {
    const [s, i] = inputs[k]!
    const t = performance.now()
    engine.step(s, i, c)
    const d = performance.now() - t
    perInput[k]!.push(d)
    all.push(d)
  }
  rounds++
}
const cpu = process.cpuUsage(cpu0)
obs.disconnect()
all.sort((a, b) => a - b)
const ms = (n: number) => n.toFixed(3)
console.log(`${inputs.length} inputs (${texts.length} messages, fresh and in a flow), ${rounds} rounds, ${all.length} steps`)
console.log(`step ms: p50 ${ms(quantile(all, 0.5))}  p90 ${ms(quantile(all, 0.9))}  p99 ${ms(quantile(all, 0.99))}  max ${ms(all.at(-1)!)}  mean ${ms(all.reduce((a, b) => a + b, 0) / all.length)}`)
console.log(`process CPU per step: ${((cpu.user + cpu.system) / all.length).toFixed(0)} µs (user + system, GC included)`)
gcs.sort((a, b) => a - b)
console.log(`gc: ${gcs.length} pauses, total ${gcs.reduce((a, b) => a + b, 0).toFixed(0)} ms, p50 ${ms(quantile(gcs, 0.5))}, max ${ms(gcs.at(-1) ?? 0)}`)
const medians = perInput.map((xs, k) => ({ k, median: quantile([...xs].sort((a, b) => a - b), 0.5) })).sort((a, b) => b.median - a.median)
console.log('slowest messages by their own median (ms):')
for (const { k, median } of medians.slice(0, 12)) {
  const [s, i] = inputs[k]!
  console.log(`  ${ms(median)}  ${s ? 'in flow' : 'fresh  '}  ${(i as { text: string }).text.slice(0, 110)}`)
}
const over1 = medians.filter((m) => m.median > 1).length
console.log(`inputs with a median over 1 ms: ${over1} of ${inputs.length}`)

// Each stage alone, per message: the best of five passes over all messages (warm, memos per turn cleared).
const stage = (name: string, fn: (text: string) => unknown) => {
  let best = Infinity
  for (let pass = 0; pass < 5; pass++) {
    const t0 = performance.now()
    for (const t of texts) {
      fn(t)
      forgetTurnMemos()
    }
    best = Math.min(best, (performance.now() - t0) / texts.length)
  }
  console.log(`  ${name.padEnd(44)} ${(best * 1000).toFixed(1).padStart(6)} µs`)
}
console.log('each stage alone, per message (best of 5 passes):')
stage('privacy scan (scanPii)', (t) => scanPii(t, bundle.understanding.ownNumbers))
stage('danger triage (concept rules + classifier)', (t) => bundle.understanding.triage.assess(t))
stage('search (minisearch, 8 hits)', (t) => bundle.index.search(t, 8))
stage('doubt, audience, institutional detectors', (t) => (detectDoubt(t), detectAudience(t), detectInstitutional(t)))
stage('whole engine step, fresh conversation', (t) => engine.step(undefined, { type: 'text', text: t }, c))
