/**
 * `npm run questions:typed`: writes knowledge/vragen/getypt.generated.yaml, the questions blind
 * writers typed in hold-out rounds that are already reported and moved to regression
 * (tests/eval/regression/rounds/NN/questions.yaml), each under the entry that answers it.
 *
 * Why: search ranks by words, and the words people use for a subject are not the entry's. The
 * questions of earlier rounds are exactly that vocabulary. Measured leaving one round out at a
 * time (`npm run eval:typed`: this generator on all other rounds, the held-out round searched
 * without and with its output): right entry first 71.5 → 75.7%, in the top three 85.8 → 87.5%,
 * over 1,403 questions of rounds 01–11. They get a search field of their own: a word found only
 * there does not count as known to the knowledge, so out-of-scope questions stay out of scope.
 * A round still counts only on its first run, before it is moved here; on rounds already moved,
 * the question figures are training figures.
 *
 * Which entry answers a question: an entry whose reply matches every `must` pattern of the
 * question (as the hold-out eval judges it), the one search ranks highest; a question that more
 * than 20 entries would satisfy says too little to teach anything and is left out, and so is one
 * with identifying details. Run after content changes (the test in tests/unit/typed-questions.test.ts
 * fails when this file is out of date). Deterministic: the same content and rounds give the same file.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { buildBundle } from '../bot/compose/build-bundle.js'
import type { ContentFile } from '../bot/content/check.js'
import type { Reply } from '../bot/core/types.js'
import { REPO_ROOT, readContentFiles } from '../bot/runtime/node/content-files.js'
import { scanPii } from '../bot/core/understanding/privacy.js'

export const TYPED_FILE = 'knowledge/vragen/getypt.generated.yaml'
const ROUNDS = join(REPO_ROOT, 'tests', 'eval', 'regression', 'rounds')
/** More entries than this satisfy the question's patterns: it does not say which one it wants. */
const MAX_SATISFYING = 20

type Question = { text: string; must: string[] }

/** The file's text for the given content (without an earlier version of this file) and rounds. */
export function typedQuestionsYaml(files: ContentFile[] = readContentFiles(), roundsDir = ROUNDS): string {
  const bundle = buildBundle(files.filter((f) => f.path !== TYPED_FILE))
  const ctx = { now: Date.UTC(2026, 0, 1), newId: () => 'x' }
  const textOf = (rs: Reply[]) => rs.map((r) => `${r.text}\n${(r.actions ?? []).map((a) => a.label).join('\n')}`).join('\n\n')
  const refs = [
    ...[...bundle.content.topics.keys()].map((id) => `topic:${id}`),
    ...[...bundle.content.signals.keys()].map((id) => `signal:${id}`),
    ...[...bundle.content.sectors.keys()].map((id) => `sector:${id}`),
    ...[...bundle.content.contacts.keys()].map((id) => `contact:${id}`),
    ...[...bundle.content.flows.keys()].map((id) => `flow:${id}`),
  ]
  const replyText = new Map<string, string>()
  for (const ref of refs) {
    const replies = bundle.engine.step(undefined, { type: 'action', id: ref }, ctx).replies
    replyText.set(ref, textOf(replies.filter((r) => r.tag !== 'acute' && r.tag !== 'acute-check' && r.tag !== 'privacy')))
  }

  const byRef = new Map<string, string[]>()
  for (const round of readdirSync(roundsDir).sort()) {
    const file = join(roundsDir, round, 'questions.yaml')
    if (!/^\d+(-[a-z]+)?$/.test(round) || !existsSync(file)) continue
    for (const q of parse(readFileSync(file, 'utf8')) as Question[]) {
      const patterns = q.must.map((m) => new RegExp(m, 'i'))
      const satisfying = new Set(refs.filter((ref) => patterns.every((p) => p.test(replyText.get(ref)!))))
      if (satisfying.size === 0 || satisfying.size > MAX_SATISFYING) continue
      if (scanPii(q.text, bundle.understanding.ownNumbers, bundle.understanding.knownWords).kinds.length > 0) continue
      const ref = bundle.index.search(q.text, 50).find((h) => satisfying.has(h.ref))?.ref ?? (satisfying.size <= 3 ? [...satisfying][0] : undefined)
      if (!ref) continue
      byRef.set(ref, [...(byRef.get(ref) ?? []), q.text.replace(/\s+/g, ' ').trim()])
    }
  }
  const typed = Object.fromEntries([...byRef].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ref, list]) => [ref, [...new Set(list)]]))
  return [
    '# Gegenereerd door scripts/generate-typed-questions.ts (npm run questions:typed): niet met de hand bewerken.',
    '# Vragen zoals blinde schrijvers ze typten in rondes die al gemeten en naar regression verplaatst zijn,',
    '# per onderwerp dat ze beantwoordt. Alleen voor het zoeken, nooit getoond.',
    stringify({ typed }, { lineWidth: 0 }),
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = typedQuestionsYaml()
  writeFileSync(join(REPO_ROOT, TYPED_FILE), out)
  const n = (out.match(/^ {4}- /gm) ?? []).length
  console.log(`questions:typed: ${n} questions → ${TYPED_FILE}`)
}
