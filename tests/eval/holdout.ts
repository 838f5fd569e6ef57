/**
 * `npm run eval:holdout -- NN`: runs blind hold-out round NN (tests/eval/holdout/NN/) once
 * through the real engine and prints its figures against the targets of issue 19. Checks are
 * structural, so no item passes on a generic reply:
 *
 *  - acute.yaml: the FIRST message is tagged `acute` (or `acute-check`, which also counts as asked);
 *  - calm.yaml: the first message is not tagged `acute` (and how often it is `acute-check`);
 *  - pii.yaml: some message is tagged `privacy`, and no reply repeats any of the item's secrets;
 *  - clean.yaml: no message is tagged `privacy`;
 *  - questions.yaml: every `must` regex matches the answer (after "Nee, niet nu" when the bot
 *    asked about danger first); "top three" also tries the first two entries the answer offers
 *    as buttons. An item whose regexes also match the menu, the fallback, the doubt or the acute
 *    reply cannot fail, so it is reported and left out of the figures.
 *  - out-of-scope.yaml: the reply is an honest "I don't know", the menu, or (asked to pass a melding
 *    on) "Meldwijzer takes no meldingen" (`not-a-channel`); not an answer.
 *
 *   --json      machine-readable output      --misses   list every miss (read only after the first run)
 *   --dir PATH  a round elsewhere (a round moved to tests/eval/regression/rounds/ is found by its number too)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import type { Reply } from '../../bot/core/types.js'
import type { Engine } from '../../bot/core/engine.js'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { ctx, realBundle } from '../support/engine.js'

const Group = z.enum(['professional', 'sport', 'wmo']).optional()
const Plain = z.array(z.object({ text: z.string(), group: Group }).passthrough())
const Pii = z.array(z.object({ text: z.string(), group: Group, secrets: z.array(z.string()).min(1) }).passthrough())
const Questions = z.array(z.object({ text: z.string(), group: Group, topic: z.string().optional(), must: z.array(z.string()).min(1) }).passthrough())

export type Send = (input: { text: string } | { action: string }) => Reply[]

/** A new conversation with `engine` (the real content's by default), as one user would have it. */
export function conversationWith(engine: Engine = realBundle().engine): Send {
  const c = ctx()
  let session: Parameters<typeof engine.step>[0]
  return (input) => {
    const r = engine.step(session, 'text' in input ? { type: 'text', text: input.text } : { type: 'action', id: input.action }, c)
    session = r.session
    return r.replies
  }
}

const conversation = () => conversationWith()

/** The replies a generic path gives: any item that passes on one of these cannot fail. */
export function genericReplies(conversation: () => Send = () => conversationWith()): Reply[][] {
  const replies: Reply[][] = []
  for (const action of ['menu', 'twijfel', 'acuut']) replies.push(conversation()({ action }))
  replies.push(conversation()({ text: 'qwxzv plorf snerk' }))
  return replies
}

export const textOf = (rs: Reply[]) => rs.map((r) => `${r.text}\n${(r.actions ?? []).map((a) => a.label).join('\n')}`).join('\n\n')
/**
 * Whether replies repeat a secret: as a whole word, so the name "Bo" is not found inside
 * "geboortedata" (round 04's one "echo" on its first run was exactly that).
 */
export const echoes = (replies: string, secret: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${secret.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(replies.toLowerCase())
export const matchesAll = (text: string, must: string[]) => must.every((m) => new RegExp(m, 'i').test(text))
/** The answer part of a turn: without the danger, privacy and expiry messages in front of it. */
const answerOf = (rs: Reply[]) => rs.filter((r) => !['acute', 'acute-check', 'privacy', 'expired'].includes(r.tag ?? ''))

/**
 * A question asked as a user would: after the danger question, "Nee, niet nu"; then the answer's
 * text and the texts of the first two entries it offers as buttons ("Meer:" first), the three
 * candidates "in the top three" is judged on. `dangerFirst`: the acute reply or the danger question came first.
 */
export function askQuestion(conversation: () => Send, text: string): { candidates: string[]; dangerFirst: boolean; answer: Reply[] } {
  const send = conversation()
  let rs = send({ text })
  const check = rs.find((r) => r.tag === 'acute-check')
  const dangerFirst = rs[0]?.tag === 'acute' || check !== undefined
  if (check) rs = send({ action: check.actions!.find((a) => a.id.startsWith('acute-check:nee'))!.id })
  const answer = answerOf(rs)
  const candidates = [textOf(answer)]
  const entryButtons = answer.flatMap((r) => r.actions ?? []).filter((a) => /^(topic|signal|sector|contact|flow):/.test(a.id))
  const ordered = [...entryButtons.filter((a) => a.label.startsWith('Meer:')), ...entryButtons.filter((a) => !a.label.startsWith('Meer:'))]
  for (const b of ordered.slice(0, 2)) candidates.push(textOf(answerOf(conversation()({ action: b.id }))))
  return { candidates, dangerFirst, answer }
}

function load<T>(dir: string, file: string, schema: z.ZodType<T>): T | undefined {
  const path = join(dir, file)
  return existsSync(path) ? schema.parse(parse(readFileSync(path, 'utf8'))) : undefined
}

export function runRound(dir: string) {
  const misses: Record<string, string[]> = { acute: [], calm: [], pii: [], clean: [], questions: [], outOfScope: [] }
  const figures: Record<string, unknown> = {}
  /** Items that passed, per check: what the regression ratchet counts once a round is seen. */
  const passes: Record<string, number> = {}
  const generic = genericReplies().map(textOf)

  const acute = load(dir, 'acute.yaml', Plain)
  if (acute) {
    let outright = 0, asked = 0
    for (const i of acute) {
      const tag = conversation()({ text: i.text })[0]?.tag
      if (tag === 'acute') outright++
      if (tag === 'acute' || tag === 'acute-check') asked++
      else misses.acute!.push(i.text)
    }
    figures.acute = { n: acute.length, acuteOrCheckFirst: asked / acute.length, acuteFirst: outright / acute.length }
    Object.assign(passes, { 'acute.asked': asked, 'acute.outright': outright })
  }
  const calm = load(dir, 'calm.yaml', Plain)
  if (calm) {
    let alarmed = 0, checked = 0
    for (const i of calm) {
      const tag = conversation()({ text: i.text })[0]?.tag
      if (tag === 'acute') (alarmed++, misses.calm!.push(`[acute] ${i.text}`))
      if (tag === 'acute-check') (checked++, misses.calm!.push(`[check] ${i.text}`))
    }
    figures.calm = { n: calm.length, acuteFirst: alarmed / calm.length, checkFirst: checked / calm.length }
    Object.assign(passes, { 'calm.noAlarm': calm.length - alarmed, 'calm.notAsked': calm.length - alarmed - checked })
  }
  const pii = load(dir, 'pii.yaml', Pii)
  if (pii) {
    let flagged = 0, echoed = 0
    for (const i of pii) {
      const rs = conversation()({ text: i.text })
      const all = textOf(rs).toLowerCase()
      const leak = i.secrets.filter((s) => echoes(all, s))
      if (rs.some((r) => r.tag === 'privacy')) flagged++
      else misses.pii!.push(i.text)
      if (leak.length) (echoed++, misses.pii!.push(`[echoed] ${i.text}`))
    }
    figures.pii = { n: pii.length, flagged: flagged / pii.length, echoed }
    Object.assign(passes, { 'pii.flagged': flagged, 'pii.notEchoed': pii.length - echoed })
  }
  const clean = load(dir, 'clean.yaml', Plain)
  if (clean) {
    let notice = 0
    for (const i of clean) {
      if (conversation()({ text: i.text }).some((r) => r.tag === 'privacy')) (notice++, misses.clean!.push(i.text))
    }
    figures.clean = { n: clean.length, privacyNotice: notice / clean.length }
    passes['clean.noNotice'] = clean.length - notice
  }
  const questions = load(dir, 'questions.yaml', Questions)
  if (questions) {
    let first = 0, top3 = 0, valid = 0, askedFirst = 0
    const cannotFail: string[] = []
    for (const q of questions) {
      if (generic.some((g) => matchesAll(g, q.must))) {
        cannotFail.push(q.text)
        continue
      }
      valid++
      const { candidates, dangerFirst } = askQuestion(conversation, q.text)
      if (dangerFirst) askedFirst++
      if (matchesAll(candidates[0]!, q.must)) first++
      if (candidates.some((c) => matchesAll(c, q.must))) top3++
      else misses.questions!.push(`${q.text}  ⟶ must ${JSON.stringify(q.must)}`)
    }
    figures.questions = { n: questions.length, valid, cannotFail: cannotFail.length, rightFirst: first / valid, rightInTop3: top3 / valid, dangerFirst: askedFirst }
    if (cannotFail.length) misses.cannotFail = cannotFail
    Object.assign(passes, { 'questions.first': first, 'questions.top3': top3 })
  }
  const oos = load(dir, 'out-of-scope.yaml', Plain)
  if (oos) {
    let honest = 0
    for (const i of oos) {
      const rs = answerOf(conversation()({ text: i.text }))
      // Asked to send a melding on, "I take no meldingen" is the honest answer (not-a-channel).
      if (rs.every((r) => r.tag === 'fallback' || r.tag === 'menu' || r.tag === 'not-a-channel')) honest++
      else misses.outOfScope!.push(`${i.text}  ⟶ ${rs.map((r) => r.tag).join(',')}`)
    }
    figures.outOfScope = { n: oos.length, honest: honest / oos.length }
    passes['outOfScope.honest'] = honest
  }
  return { figures, misses, passes }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const dirArg = args.indexOf('--dir')
  const round = args.find((a) => /^\d+$/.test(a))
  // A round that was reported and fixed lives on in regression/rounds/: found there by its number too.
  const held = join(REPO_ROOT, 'tests', 'eval', 'holdout', round ?? '')
  const moved = join(REPO_ROOT, 'tests', 'eval', 'regression', 'rounds', round ?? '')
  const dir = dirArg >= 0 ? args[dirArg + 1]! : !existsSync(held) && existsSync(moved) ? moved : held
  if (dirArg < 0 && dir === moved) console.error(`round ${round} was moved to regression: reading ${moved} (seen, not a first run)`)
  if (!round && dirArg < 0) {
    console.error('usage: npm run eval:holdout -- NN   (a round folder under tests/eval/holdout/)')
    process.exit(2)
  }
  const { figures, misses } = runRound(dir)
  const COUNTS = new Set(['n', 'valid', 'cannotFail', 'echoed', 'dangerFirst'])
  const show = (k: string, v: unknown) => (typeof v === 'number' && !COUNTS.has(k) ? `${(v * 100).toFixed(1)}%` : String(v))
  if (args.includes('--json')) console.log(JSON.stringify({ figures, misses: args.includes('--misses') ? misses : undefined }, null, 2))
  else {
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(11)} ${Object.entries(v as object).map(([a, b]) => `${a} ${show(a, b)}`).join(' · ')}`)
    if (args.includes('--misses')) for (const [k, list] of Object.entries(misses)) for (const m of list) console.log(`  MISS ${k}: ${m}`)
  }
}
