/**
 * `npx tsx scripts/privacy-figures.ts`: what the privacy check costs.
 * - time per message of scanPii (p50, p99, max) over every line of flows/ and knowledge/ plus typed
 *   messages with names, numbers and addresses, after a warm-up; and on messages of 100-2,000 characters;
 * - a whole engine text turn on the regression set's questions, and scanPii's share of it;
 * - the gzip size it adds to a bundle: esbuild --bundle --minify of a tiny entry that imports it,
 *   against the same entry without it, and the name lists on their own.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { parse } from 'yaml'
import { buildBundle } from '../bot/compose/build-bundle.js'
import { scanPii } from '../bot/core/understanding/privacy.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { loadEvalSet } from '../tests/eval/eval-set.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

const messages: string[] = [
  'Ik maak me zorgen om een oudere dame die verwaarloosd lijkt door haar zoon. Wat kan ik doen?',
  'het gaat om Sanne de Jong uit groep 5, ze heeft vaak honger en bsn 123456782',
  'bel de vader op 06-12345678 of +31 (0)20 123 45 67, ze wonen op de Kerkstraat 14, 1234 AB',
  'geboren op 3 maart 2016, mail moeder.jansen@gmail.com, NL91 ABNA 0417 1643 00',
  'my client Sarah Johnson, phone +44 7700 900123',
]
const walk = (v: unknown): void => {
  if (typeof v === 'string') messages.push(...v.split(/\n+/).filter((l) => l.trim()))
  else if (Array.isArray(v)) v.forEach(walk)
  else if (v && typeof v === 'object') Object.values(v).forEach(walk)
}
for (const dir of ['flows', 'knowledge'])
  for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.yaml')) walk(parse(readFileSync(join(ROOT, dir, f), 'utf8')))

/** Each item's time in ms over `rounds` rounds after one warm-up round, sorted. */
const timeEach = (items: string[], f: (s: string) => unknown, rounds: number): number[] => {
  for (const s of items) f(s)
  const out: number[] = []
  for (let round = 0; round < rounds; round++)
    for (const s of items) {
      const t0 = process.hrtime.bigint()
      f(s)
      out.push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
  return out.sort((a, b) => a - b)
}
const quantile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!

const times = timeEach(messages, (m) => scanPii(m), 3)
const at = (q: number) => quantile(times, q)
const chars = messages.reduce((n, m) => n + m.length, 0) / messages.length
console.log(
  `scanPii: ${times.length} messages (mean ${chars.toFixed(0)} chars): p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, p99.9 ${at(0.999).toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms (rare outliers are the machine: rerun alone, each message takes microseconds)`,
)

// Typed messages up to the engine's limit (2,000 characters): time grows with length.
const prose = messages.filter((m) => m.length > 100).join(' ')
for (const n of [100, 500, 2000]) {
  const m = prose.slice(0, n)
  for (let i = 0; i < 100; i++) scanPii(m)
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < 1000; i++) scanPii(m)
  console.log(`scanPii on ${n} characters: ${(Number(process.hrtime.bigint() - t0) / 1e6 / 1000).toFixed(3)} ms`)
}

// A whole text turn of the engine on the regression set's questions, and scanPii's share of it.
const questions = [...new Set(loadEvalSet().flatMap((i) => [i.text, ...(i.turns ?? [])].filter((t): t is string => typeof t === 'string' && !!t)))]
const bundle = buildBundle(readContentFiles())
let ids = 0
const ctx = { now: Date.UTC(2026, 10, 23), newId: () => `figures-${++ids}` }
const q = (xs: number[], p: number) => quantile(xs, p).toFixed(3)
const turns = timeEach(questions, (text) => bundle.engine.step(undefined, { type: 'text', text }, ctx), 5)
const scans = timeEach(questions, (text) => scanPii(text), 5)
console.log(`engine text turn on ${questions.length} regression questions: p50 ${q(turns, 0.5)} ms, p99 ${q(turns, 0.99)} ms; scanPii on the same: p50 ${q(scans, 0.5)} ms, p99 ${q(scans, 0.99)} ms`)

async function gzipOfBundle(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  })
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length
}
const base = await gzipOfBundle('console.log(globalThis.x)')
const withScan = await gzipOfBundle(
  "import { scanPii } from './bot/core/understanding/privacy.ts'; console.log(scanPii(String(globalThis.x)).kinds)",
)
const names = gzipSync(readFileSync(join(ROOT, 'bot', 'core', 'understanding', 'namen.generated.ts')), { level: 9 }).length
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
console.log(`bundle gzip: privacy check adds ${kb(withScan - base)} (name and street lists alone ${kb(names)})`)
