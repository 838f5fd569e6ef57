/**
 * `npx tsx bench/reply-snapshot.ts OUT.json [--reverse]`: the engine's replies and sessions for every
 * message in the evaluation (regression items, seen rounds, hold-out rounds, whole multi-turn items),
 * each from a fresh conversation and from inside a flow, as one JSON file. A performance change must
 * leave this file byte-identical; --reverse runs the messages in the opposite order, so a cache that
 * leaks one message's result into another shows up as a difference.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Input, Session } from '../bot/core/types.js'
import { REPO_ROOT } from '../bot/runtime/node/content-files.js'
import { ctx, realBundle } from '../tests/support/engine.js'

type Turn = string | { action: string }

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? yamlFiles(p) : f.endsWith('.yaml') ? [p] : []
  })
}

/** Every conversation in the eval files: an item's `turns`, or its `text` alone. */
function conversations(): Turn[][] {
  const out: Turn[][] = []
  for (const f of yamlFiles(join(REPO_ROOT, 'tests', 'eval')).sort()) {
    const items: unknown = parse(readFileSync(f, 'utf8'))
    if (!Array.isArray(items)) continue
    for (const i of items as Array<{ text?: unknown; turns?: unknown }>) {
      if (Array.isArray(i.turns)) out.push(i.turns as Turn[])
      else if (typeof i.text === 'string') out.push([i.text])
    }
  }
  return out
}

const [outFile, ...flags] = process.argv.slice(2)
if (!outFile) throw new Error('usage: bench/reply-snapshot.ts OUT.json [--reverse]')
const { engine } = realBundle()
const c = ctx()
const inFlow = engine.step(undefined, { type: 'action', id: 'flow:stap-1' }, c).session
const all = conversations()
const order = flags.includes('--reverse') ? [...all.keys()].reverse() : [...all.keys()]
const results: unknown[] = new Array(all.length)
for (const k of order) {
  const runs = [undefined, inFlow].map((start) => {
    let session: Session | undefined = start
    const turns = all[k]!.map((t) => {
      const input: Input = typeof t === 'string' ? { type: 'text', text: t } : { type: 'action', id: t.action }
      const r = engine.step(session, input, { now: c.now, newId: () => 'id' })
      session = r.session
      return r
    })
    return turns
  })
  results[k] = { turns: all[k], runs }
}
writeFileSync(outFile, JSON.stringify(results, null, 1))
console.log(`${all.length} conversations, ${all.flat().length} turns -> ${outFile}`)
