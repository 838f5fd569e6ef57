/**
 * `npm run eval`: runs every evaluation message through the real engine and prints the share
 * that passes per category and overall. Exits non-zero when a must-pass category (acute, doubt,
 * privacy) is below 100% or the overall share is below EVAL_MIN (default 0.95).
 *   --json        machine-readable output
 *   --failures    list every failing item with why
 */
import { engineSend } from '../support/engine-send.js'
import { CATEGORIES, MUST_PASS, loadEvalSet, runItem } from './eval-set.js'

const args = new Set(process.argv.slice(2))
const min = Number(process.env.EVAL_MIN ?? 0.95)
const items = loadEvalSet()
const per = new Map<string, { pass: number; total: number }>(CATEGORIES.map((c) => [c, { pass: 0, total: 0 }]))
const failures: Array<{ id: string; category: string; problems: string[] }> = []

for (const item of items) {
  const problems = await runItem(item, engineSend())
  const row = per.get(item.category)!
  row.total++
  if (problems.length === 0) row.pass++
  else failures.push({ id: item.id, category: item.category, problems })
}

const pass = items.length - failures.length
const overall = items.length ? pass / items.length : 0
const pct = (p: number, t: number) => (t ? `${((100 * p) / t).toFixed(1)}%` : '–')
const gateFailures = [
  ...MUST_PASS.filter((c) => per.get(c)!.pass !== per.get(c)!.total).map((c) => `${c} must be 100%`),
  ...(overall < min ? [`overall ${pct(pass, items.length)} is below ${(min * 100).toFixed(0)}%`] : []),
  ...(items.length === 0 ? ['the eval set is empty'] : []),
]

if (args.has('--json')) {
  console.log(JSON.stringify({ overall, total: items.length, pass, categories: Object.fromEntries(per), failures }, null, 2))
} else {
  console.log('category        pass / total   share')
  for (const [c, r] of per) console.log(`${c.padEnd(15)} ${String(r.pass).padStart(4)} / ${String(r.total).padEnd(5)}  ${pct(r.pass, r.total)}`)
  console.log(`${'overall'.padEnd(15)} ${String(pass).padStart(4)} / ${String(items.length).padEnd(5)}  ${pct(pass, items.length)}`)
  if (args.has('--failures') || gateFailures.length)
    for (const f of failures) console.log(`  FAIL ${f.id} [${f.category}]: ${f.problems.join('; ')}`)
}
if (gateFailures.length) {
  console.error(`eval gate failed: ${gateFailures.join(', ')}`)
  process.exit(1)
}
