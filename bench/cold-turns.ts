/**
 * `node scripts/build.mjs bench/cold-turns.ts && node [--cpu-prof] dist/cold-turns.mjs [--passes=N]`:
 * the engine step over every distinct typed message of the evaluation (regression items, seen and
 * hold-out rounds, multi-turn items: several thousand), each from a fresh conversation, in a fixed
 * shuffled order. The first pass meets each message, and most of its words, for the first time
 * (cold per-word memos, as a real user's message is); later passes are warm. Reports the CPU per
 * step for each pass and the time in GC. Built, not through tsx, so the profile is of the code as
 * `npm start` runs it. `--bench`: only the messages `npm run bench` sends. `--profile=N` writes a CPU profile of pass N alone to /tmp/cold-turns-N.cpuprofile.
 */
import { Session as Inspector } from 'node:inspector/promises'
import { PerformanceObserver } from 'node:perf_hooks'
import { writeFileSync } from 'node:fs'
import { ctx, realBundle } from '../tests/support/engine.js'
import { evalTexts, workload } from './workload.js'
import { prng } from './prng.js'

// Not bench/lib.ts: it imports scripts/build.mjs, whose command-line entry would run inside this bundle.
const flag = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const passes = flag('passes', 3)
const profiled = flag('profile', 0)
const inspector = new Inspector()
inspector.connect()
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
const texts = new Set(evalTexts())
const bundle = realBundle()
const { engine } = bundle
const rnd = prng(7)
// --bench: the 732 messages `npm run bench` sends (they repeat there, so its turns are warm).
const order = [...(process.argv.includes('--bench') ? workload(bundle).texts : texts)].sort(() => rnd() - 0.5)
const c = ctx()
// Compile the step's code paths on a few messages that are not in the set, so pass 1 measures
// cold words, not a cold JIT alone.
for (const t of ['hallo', 'wat is de meldcode', 'mijn buurman slaat zijn hond']) engine.step(undefined, { type: 'text', text: t }, c)
let gcMs = 0
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) gcMs += e.duration
}).observe({ entryTypes: ['gc'] })
/** Per message, its fastest step after the first pass: steadier than means on a shared machine. */
const fastest = order.map(() => Infinity)
for (let p = 1; p <= passes; p++) {
  await new Promise((r) => setImmediate(r))
  const gc0 = gcMs
  if (p === profiled) {
    await inspector.post('Profiler.setSamplingInterval', { interval: 100 })
    await inspector.post('Profiler.enable')
    await inspector.post('Profiler.start')
  }
  const times: number[] = []
  const cpu0 = process.cpuUsage()
  for (const [k, text] of order.entries()) {
    const t = performance.now()
    engine.step(undefined, { type: 'text', text }, c)
    const d = performance.now() - t
    times.push(d)
    if (p > 1) fastest[k] = Math.min(fastest[k]!, d)
  }
  const cpu = process.cpuUsage(cpu0)
  if (p === profiled) writeFileSync(`/tmp/cold-turns-${p}.cpuprofile`, JSON.stringify((await inspector.post('Profiler.stop')).profile))
  await new Promise((r) => setImmediate(r))
  times.sort((a, b) => a - b)
  const perStep = (cpu.user + cpu.system) / order.length
  console.log(
    `pass ${p}: ${order.length} messages, CPU ${perStep.toFixed(0)} µs a step, p50 ${quantile(times, 0.5).toFixed(3)} ms, p99 ${quantile(times, 0.99).toFixed(3)} ms, GC ${(gcMs - gc0).toFixed(0)} ms`,
  )
}
if (passes > 1) console.log(`warm floor (each message's fastest step after pass 1, mean): ${((1000 * fastest.reduce((a, b) => a + b, 0)) / order.length).toFixed(0)} µs`)
