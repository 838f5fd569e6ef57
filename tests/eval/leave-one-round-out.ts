/**
 * `npm run eval:loro -- 18 19 … 27`: how search answers questions of a round it has not learned
 * from. For each round given, the typed questions (scripts/generate-typed-questions.ts) are made
 * from all other rounds, and the round's questions are answered by the real engine and judged as
 * the hold-out eval judges them (tests/eval/holdout.ts): right first, right in the top three.
 *
 * Why: once a round is seen, its own questions teach search through the typed questions, so its
 * figures are training figures. Left out, a round is a fair stand-in for a blind first run between
 * blind rounds (round 26: 47.8 / 56.6% left out against 49.3 / 57.4% on its blind first run).
 *
 *   -v    print every question: round, OK / T3 (top three only) / NO, the question, the first line of the answer
 */
import { readFileSync, mkdtempSync, symlinkSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { parse } from 'yaml'
import { buildBundle } from '../../bot/compose/build-bundle.js'
import { REPO_ROOT, readContentFiles } from '../../bot/runtime/node/content-files.js'
import { typedQuestionsYaml, TYPED_FILE } from '../../scripts/generate-typed-questions.js'
import { askQuestion, conversationWith, genericReplies, matchesAll, textOf } from './holdout.js'

const ROUNDS = join(REPO_ROOT, 'tests', 'eval', 'regression', 'rounds')

export function leaveOneRoundOut(rounds: string[], onQuestion?: (line: string) => void) {
  const files = readContentFiles().filter((f) => f.path !== TYPED_FILE)
  const results: Array<{ round: string; valid: number; first: number; top3: number }> = []
  for (const held of rounds) {
    const dir = mkdtempSync(join(tmpdir(), 'loro-'))
    for (const d of readdirSync(ROUNDS)) if (d !== held && !d.startsWith(`${held}-`)) symlinkSync(join(ROUNDS, d), join(dir, d))
    const typed = typedQuestionsYaml(files, dir)
    rmSync(dir, { recursive: true })
    const { engine } = buildBundle([...files, { path: TYPED_FILE, text: typed }])
    const conversation = () => conversationWith(engine)
    const generic = genericReplies(conversation).map(textOf)
    let valid = 0, first = 0, top3 = 0
    for (const q of parse(readFileSync(join(ROUNDS, held, 'questions.yaml'), 'utf8')) as Array<{ text: string; must: string[] }>) {
      if (generic.some((g) => matchesAll(g, q.must))) continue
      valid++
      const { candidates, answer } = askQuestion(conversation, q.text)
      const ok = matchesAll(candidates[0]!, q.must)
      const inTop3 = candidates.some((c) => matchesAll(c, q.must))
      if (ok) first++
      if (inTop3) top3++
      onQuestion?.(`${held}\t${ok ? 'OK' : inTop3 ? 'T3' : 'NO'}\t${q.text.slice(0, 120)}\t${(answer[0]?.text ?? '').split('\n')[0]!.slice(0, 60)}`)
    }
    results.push({ round: held, valid, first, top3 })
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const rounds = args.filter((a) => /^\d+$/.test(a))
  if (!rounds.length) {
    console.error('usage: npm run eval:loro -- 18 19 20   (rounds under tests/eval/regression/rounds/)')
    process.exit(2)
  }
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`
  const results = leaveOneRoundOut(rounds, args.includes('-v') ? (l) => console.log(l) : undefined)
  for (const r of results) console.log(`round ${r.round}: ${r.valid} questions · right first ${pct(r.first, r.valid)} · in the top three ${pct(r.top3, r.valid)}`)
  const sum = (k: 'valid' | 'first' | 'top3') => results.reduce((a, r) => a + r[k], 0)
  console.log(`all: ${sum('valid')} questions · right first ${sum('first')} (${pct(sum('first'), sum('valid'))}) · in the top three ${sum('top3')} (${pct(sum('top3'), sum('valid'))})`)
}
