/**
 * What the load scenarios send: real questions from the evaluation set (they hit search) and
 * real button ids from the flows (they walk guided flows), so the figures reflect real turns.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT, readContentFiles } from '../bot/runtime/node/content-files.js'
import type { Bundle } from '../bot/compose/bundle.js'
import { buildBundle } from '../bot/compose/build-bundle.js'
import { loadEvalSet } from '../tests/eval/eval-set.js'
import { flowActions } from './flow-actions.js'

export { flowActions }

export interface Workload {
  texts: string[]
  actions: string[]
}

export function workload(bundle: Bundle = buildBundle(readContentFiles())): Workload {
  const texts = [
    ...new Set(
      loadEvalSet().flatMap((i) => [i.text, ...(i.turns ?? []).filter((t): t is string => typeof t === 'string')].filter((t): t is string => !!t)),
    ),
  ]
  return { texts, actions: flowActions(bundle) }
}

/**
 * Typed messages for warming a server up before its text turns are measured: every other typed
 * message of the eval (seen and hold-out rounds, multi-turn items), none of which the text scenario
 * sends. A server that has run for a while has compiled its hot code and met the common words;
 * one just started meets both during the measurement (see docs/performance.md, fourth pass).
 */
export function warmupTexts(work: Workload): string[] {
  const measured = new Set(work.texts)
  return evalTexts().filter((t) => !measured.has(t))
}

/** Every typed message of the eval (seen and hold-out rounds, multi-turn items), once, in file order. */
export function evalTexts(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f)
      return statSync(p).isDirectory() ? files(p) : f.endsWith('.yaml') ? [p] : []
    })
  const out = new Set<string>()
  for (const f of files(join(REPO_ROOT, 'tests', 'eval')).sort()) {
    const items: unknown = parse(readFileSync(f, 'utf8'))
    if (!Array.isArray(items)) continue
    for (const i of items as Array<{ text?: unknown; turns?: unknown }>)
      for (const t of [i.text, ...(Array.isArray(i.turns) ? i.turns : [])]) if (typeof t === 'string') out.add(t)
  }
  return [...out]
}

/** Opens conversations over HTTP so text and action turns continue existing ones. */
export async function openConversations(url: string, n: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"menu"}' })
    const body = (await res.json()) as { conversationId: string }
    ids.push(body.conversationId)
  }
  return ids
}
