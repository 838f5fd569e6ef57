/**
 * `npm run eval:typed`: what the questions typed in earlier rounds do for search on a round they
 * did not come from. For each round in regression, the generator (scripts/generate-typed-questions.ts)
 * runs on all other rounds; the round's questions are searched without and with those, and the
 * top hit (and top three) is judged by the question's `must` patterns, as the hold-out eval does.
 */
import { existsSync, readFileSync, mkdtempSync, symlinkSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { parse } from 'yaml'
import { realBundle, ctx } from '../support/engine.js'
import type { Reply } from '../../bot/core/types.js'
import { buildBundle } from '../../bot/compose/build-bundle.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'
import { typedQuestionsYaml, TYPED_FILE } from '../../scripts/generate-typed-questions.js'
const files = readContentFiles().filter((f) => f.path !== TYPED_FILE)
const b = buildBundle(files)
const textOf = (rs: Reply[]) => rs.map((r) => `${r.text}\n${(r.actions ?? []).map((a) => a.label).join('\n')}`).join('\n\n')
const refs: string[] = []
for (const [k, m] of [['topic', b.content.topics], ['signal', b.content.signals], ['sector', b.content.sectors], ['contact', b.content.contacts]] as const) for (const id of (m as Map<string, unknown>).keys()) refs.push(`${k}:${id}`)
for (const f of b.content.flows.values()) refs.push(`flow:${f.id}`)
const entryText = new Map<string, string>()
for (const r of refs) entryText.set(r, textOf(b.engine.step(undefined, { type: 'action', id: r }, ctx()).replies.filter(x => !['acute','acute-check','privacy'].includes(x.tag ?? ''))))
const R = resolve('tests/eval/regression/rounds')
const ROUNDS = readdirSync(R).filter((d) => /^\d+$/.test(d) && existsSync(join(R, d, 'questions.yaml'))).sort()
let tb = 0, tn = 0, N = 0, t3b = 0, t3n = 0
for (const held of ROUNDS) {
  const dir = mkdtempSync(join(tmpdir(), 'loro-'))
  for (const d of readdirSync(R)) if (d !== held) symlinkSync(join(R, d), join(dir, d))
  const typed = typedQuestionsYaml(files, dir)
  rmSync(dir, { recursive: true })
  const withTyped = buildBundle([...files, { path: TYPED_FILE, text: typed }])
  let base = 0, neu = 0, n = 0, b3 = 0, n3 = 0
  for (const q of parse(readFileSync(`${R}/${held}/questions.yaml`, 'utf8')) as any[]) {
    const sat = new Set(refs.filter((x) => q.must.every((m: string) => new RegExp(m, 'i').test(entryText.get(x)!))))
    if (!sat.size || sat.size > 100) continue
    n++
    const h0 = b.index.search(q.text, 3).map((h) => h.ref), h1 = withTyped.index.search(q.text, 3).map((h) => h.ref)
    if (sat.has(h0[0] ?? '')) base++; if (sat.has(h1[0] ?? '')) neu++
    if (h0.some((x) => sat.has(x))) b3++; if (h1.some((x) => sat.has(x))) n3++
  }
  console.log(held, n, 'first', base, '->', neu, ' top3', b3, '->', n3)
  tb += base; tn += neu; N += n; t3b += b3; t3n += n3
}
console.log('all', N, 'first', (100*tb/N).toFixed(1), '->', (100*tn/N).toFixed(1), ' top3', (100*t3b/N).toFixed(1), '->', (100*t3n/N).toFixed(1))
