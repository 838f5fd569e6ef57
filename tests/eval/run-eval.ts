/**
 * `npm run eval`: runs every regression item through the real engine and prints the share that
 * passes per category and overall. A ratchet, not a target: it exits non-zero when any category
 * passes fewer items than recorded in tests/eval/regression/baseline.json, so nothing that worked
 * breaks unnoticed, while the items the bot does not yet answer right stay in the set, honestly
 * failing. `--record` writes the current figures as the new baseline (after an improvement).
 *   --json        machine-readable output
 *   --failures    list every failing item with why
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { engineSend } from '../support/engine-send.js'
import { CATEGORIES, loadEvalSet, runItem } from './eval-set.js'
import { runRound } from './holdout.js'

const args = new Set(process.argv.slice(2))
const BASELINE = join(REPO_ROOT, 'tests', 'eval', 'regression', 'baseline.json')
const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, number>
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

// Blind rounds already reported live on in tests/eval/regression/rounds/NN/ with their own checks.
const ROUNDS = join(REPO_ROOT, 'tests', 'eval', 'regression', 'rounds')
const roundPasses = new Map<string, number>()
for (const r of readdirSync(ROUNDS).filter((d) => /^\d+(-[a-z]+)?$/.test(d)).sort())
  for (const [k, v] of Object.entries(runRound(join(ROUNDS, r)).passes)) roundPasses.set(`round${r}.${k}`, v)

const pass = items.length - failures.length
const overall = items.length ? pass / items.length : 0
const pct = (p: number, t: number) => (t ? `${((100 * p) / t).toFixed(1)}%` : '–')
const counts = new Map<string, number>([...[...per].map(([c, r]) => [c, r.pass] as [string, number]), ...roundPasses])
const gateFailures = [
  ...[...counts].filter(([c, n]) => n < (baseline[c] ?? 0)).map(([c, n]) => `${c} passes ${n}, fewer than the ${baseline[c]} recorded`),
  ...(items.length === 0 ? ['the eval set is empty'] : []),
]
if (args.has('--record')) {
  writeFileSync(BASELINE, `${JSON.stringify(Object.fromEntries(counts), null, 2)}\n`)
  console.log(`recorded ${BASELINE}`)
}

if (args.has('--json')) {
  console.log(JSON.stringify({ overall, total: items.length, pass, categories: Object.fromEntries(per), rounds: Object.fromEntries(roundPasses), failures }, null, 2))
} else {
  console.log('category        pass / total   share')
  for (const [c, r] of per) console.log(`${c.padEnd(15)} ${String(r.pass).padStart(4)} / ${String(r.total).padEnd(5)}  ${pct(r.pass, r.total)}`)
  console.log(`${'overall'.padEnd(15)} ${String(pass).padStart(4)} / ${String(items.length).padEnd(5)}  ${pct(pass, items.length)}`)
  for (const [k, n] of roundPasses) console.log(`${k.padEnd(30)} ${String(n).padStart(4)}`)
  if (args.has('--failures') || gateFailures.length)
    for (const f of failures) console.log(`  FAIL ${f.id} [${f.category}]: ${f.problems.join('; ')}`)
}
if (gateFailures.length && !args.has('--record')) {
  console.error(`eval gate failed: ${gateFailures.join(', ')}`)
  process.exit(1)
}
