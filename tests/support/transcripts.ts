/**
 * Conversation transcripts in YAML (tests/transcripts/*.yaml), written so a content editor can
 * add one without reading code. The same transcripts run through the engine, through the Node
 * HTTP API and inside workerd: each runner only supplies `send`.
 *
 *   name: Afwegingskader tot melden
 *   organisation: voorbeeld-basisschool   # optional: the conversation starts with this organisation
 *   turns:
 *     - user: stap 5                       # typed text
 *       expect: { contains: ["Stap 5"] }
 *     - press: Loop het afwegingskader door  # a button label from the previous reply
 *     - action: dossier                     # a raw action id
 *       expect:
 *         contains: [Samenvatting]
 *         notContains: [Jan]
 *         buttons: [Menu]                   # button labels that must be offered
 *         first: "112"                      # the first message of the turn contains this
 *         tag: dossier                      # some message of the turn has this tag
 *     - user: meisje komt in de winter zonder jas naar de training
 *       mayAskDanger: true                  # an everyday worry near the danger model's threshold:
 *       expect: { contains: [kapotte kleren] }  # the bot may first ask "Is iemand nu in direct
 *                                           # gevaar?" (never the red 112 reply); then "Nee, niet nu"
 *                                           # is pressed and the answer after it is checked
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'

/** What a turn's reply must (not) contain; shared by transcripts and the eval set. */
export const ExpectSchema = z.strictObject({
  contains: z.array(z.string()).optional(),
  anyOf: z.array(z.string()).optional(),
  notContains: z.array(z.string()).optional(),
  buttons: z.array(z.string()).optional(),
  first: z.string().optional(),
  tag: z.string().optional(),
})
export type Expect = z.infer<typeof ExpectSchema>

const Turn = z.union([
  z.strictObject({ user: z.string(), mayAskDanger: z.boolean().optional(), expect: ExpectSchema.optional() }),
  z.strictObject({ press: z.string(), expect: ExpectSchema.optional() }),
  z.strictObject({ action: z.string(), expect: ExpectSchema.optional() }),
])
export const TranscriptSchema = z.strictObject({ name: z.string(), organisation: z.string().optional(), turns: z.array(Turn).min(1) })
export type Transcript = z.infer<typeof TranscriptSchema>

export interface WireMessage {
  text: string
  actions?: Array<{ id: string; label: string; kind?: string; url?: string }>
  tag?: string
}
export type Send = (input: { text: string } | { action: string }) => Promise<WireMessage[]>

export const TRANSCRIPT_DIR = join(REPO_ROOT, 'tests', 'transcripts')

export function loadTranscripts(dir = TRANSCRIPT_DIR): Array<{ file: string; transcript: Transcript }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, transcript: TranscriptSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))) }))
}

/** Returns the problems found, one line each; empty means the transcript passed. */
export function checkExpect(messages: WireMessage[], expect: Expect | undefined): string[] {
  const problems: string[] = []
  const text = messages.map((m) => m.text).join('\n\n')
  const lower = text.toLowerCase()
  if (!text.includes('0800-2000')) problems.push('the turn does not name Veilig Thuis 0800-2000')
  if (!expect) return problems
  for (const c of expect.contains ?? []) if (!lower.includes(c.toLowerCase())) problems.push(`missing "${c}"`)
  if (expect.anyOf && !expect.anyOf.some((c) => lower.includes(c.toLowerCase()))) problems.push(`none of ${JSON.stringify(expect.anyOf)}`)
  for (const c of expect.notContains ?? []) if (lower.includes(c.toLowerCase())) problems.push(`must not contain "${c}"`)
  const labels = messages.flatMap((m) => m.actions ?? []).map((a) => a.label.toLowerCase())
  for (const b of expect.buttons ?? []) if (!labels.some((l) => l.includes(b.toLowerCase()))) problems.push(`no button "${b}" (have: ${labels.join(' | ')})`)
  if (expect.first && !messages[0]?.text.includes(expect.first)) problems.push(`first message does not contain "${expect.first}"`)
  if (expect.tag && !messages.some((m) => m.tag === expect.tag)) problems.push(`no message tagged "${expect.tag}"`)
  return problems
}

export async function runTranscript(t: Transcript, send: Send): Promise<string[]> {
  const problems: string[] = []
  // A transcript that opens with a button press starts from the menu, as the widget does.
  let previous: WireMessage[] = t.turns[0] && 'press' in t.turns[0] ? await send({ action: 'menu' }) : []
  for (const [i, turn] of t.turns.entries()) {
    let input: { text: string } | { action: string }
    if ('user' in turn) input = { text: turn.user }
    else if ('action' in turn) input = { action: turn.action }
    else {
      const want = turn.press.toLowerCase()
      const action = previous.flatMap((m) => m.actions ?? []).find((a) => a.label.toLowerCase().includes(want))
      if (!action) {
        problems.push(`turn ${i + 1}: no button "${turn.press}" to press (have: ${previous.flatMap((m) => m.actions ?? []).map((a) => a.label).join(' | ')})`)
        break
      }
      input = { action: action.id }
    }
    previous = await send(input)
    if ('mayAskDanger' in turn && turn.mayAskDanger) {
      // Retraining moves everyday messages near the threshold for asking between "asked" and "answered":
      // both are fine for such a message, the red acute reply is not.
      if (previous[0]?.tag === 'acute') problems.push(`turn ${i + 1}: the acute reply came first; at most the danger question may`)
      const notNow = previous[0]?.tag === 'acute-check' ? previous[0].actions?.find((a) => a.id.startsWith('acute-check:nee')) : undefined
      if (notNow) previous = await send({ action: notNow.id })
    }
    for (const p of checkExpect(previous, turn.expect)) problems.push(`turn ${i + 1}: ${p}`)
  }
  return problems
}
