/** Loads the regression evaluation set (tests/eval/regression/*.yaml) and runs it through a transcript `send`. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { ExpectSchema, checkExpect, type Send, type WireMessage } from '../support/transcripts.js'

export const CATEGORIES = ['acute', 'doubt', 'steps', 'signals', 'sport', 'wmo', 'legal', 'privacy', 'out-of-scope'] as const

const Item = z
  .strictObject({
    id: z.string(),
    category: z.enum(CATEGORIES),
    /** A single message, or several (the last one is judged); `{action: id}` presses a button. */
    text: z.string().optional(),
    turns: z.array(z.union([z.string(), z.strictObject({ action: z.string() })])).optional(),
    /** The search document that should rank first, for the engine comparison (tests/eval/engines.ts). */
    ref: z.string().optional(),
    expect: ExpectSchema,
  })
  .refine((i) => (i.text === undefined) !== (i.turns === undefined), { message: 'give text or turns' })
export type EvalItem = z.infer<typeof Item>

export function loadEvalSet(dir = join(REPO_ROOT, 'tests', 'eval', 'regression')): EvalItem[] {
  const items: EvalItem[] = []
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    // Name the file in the error: with several eval files a bare zod path is hard to find.
    const parsed = z.array(Item).safeParse(parse(readFileSync(join(dir, f), 'utf8')))
    if (!parsed.success) throw new Error(`tests/eval/regression/${f}: ${z.prettifyError(parsed.error)}`)
    items.push(...parsed.data)
  }
  const ids = new Set<string>()
  for (const i of items) {
    if (ids.has(i.id)) throw new Error(`duplicate eval id ${i.id}`)
    ids.add(i.id)
  }
  return items
}

export async function runItem(item: EvalItem, send: Send): Promise<string[]> {
  const turns = item.turns ?? [item.text!]
  let messages: Awaited<ReturnType<Send>> = []
  for (const t of turns) messages = await send(typeof t === 'string' ? { text: t } : t)
  return judge(item, messages)
}

/**
 * Structural first: an acute item's FIRST message is the acute reply (or the question whether
 * someone is in direct danger now, whose first line names 112); any other item's first message is
 * not the acute reply. Looking for "112" in the text proved nothing: the menu says "Bel 112" too.
 * Then the item's own expectations.
 */
export function judge(item: EvalItem, messages: WireMessage[]): string[] {
  const first = messages[0]?.tag
  const problems: string[] = []
  if (item.category === 'acute' && first !== 'acute' && first !== 'acute-check') problems.push(`first message is "${first}", not the acute reply or the danger question`)
  if (item.category !== 'acute' && first === 'acute') problems.push('first message is the acute reply (false alarm)')
  const { first: _firstText, ...rest } = item.expect
  // For acute items the structural check replaces the old `first: "112"`.
  return [...problems, ...checkExpect(messages, item.category === 'acute' ? rest : item.expect)]
}
