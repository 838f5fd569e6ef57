import { realBundle, ctx } from '../tests/support/engine.js'
import { loadEvalSet } from '../tests/eval/eval-set.js'
import type { DangerTriage } from '../bot/core/understanding/triage.js'
const { engine, understanding } = realBundle()
const tri = understanding.triage as DangerTriage
const texts = loadEvalSet().map((i) => i.text).filter((t): t is string => !!t)
// Per text the fastest of 7 runs: what it costs when the machine is not busy elsewhere.
const time = (f: (t: string) => void) => { for (const t of texts) f(t); const xs: number[] = []; for (const t of texts) { let best = Infinity; for (let r = 0; r < 7; r++) { const a = performance.now(); f(t); best = Math.min(best, performance.now() - a) } xs.push(best) } xs.sort((a, b) => a - b); return `p50 ${xs[Math.floor(xs.length * 0.5)]!.toFixed(3)} p99 ${xs[Math.floor(xs.length * 0.99)]!.toFixed(3)} max ${xs.at(-1)!.toFixed(3)} ms` }
console.log('rules ', time((t) => tri.facts(t)))
console.log('triage', time((t) => tri.assess(t)))
console.log('turn  ', time((t) => engine.step(undefined, { type: 'text', text: t }, ctx())))
