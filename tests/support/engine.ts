/** Test helpers: the real content and engine, a fixed clock and predictable ids. */
import { type Bundle } from '../../bot/compose/bundle.js'
import { buildBundle } from '../../bot/compose/build-bundle.js'
import type { Input, Reply, Session } from '../../bot/core/types.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'

let cached: Bundle | undefined
export function realBundle(): Bundle {
  cached ??= buildBundle(readContentFiles())
  return cached
}

export const FIXED_NOW = Date.UTC(2026, 10, 23, 10, 0, 0)

export function ctx(now = FIXED_NOW) {
  let n = 0
  return { now, newId: () => `test-${++n}` }
}

/** Runs inputs one after another through the real engine, as one conversation. */
export function converse(inputs: Array<string | { action: string }>) {
  const { engine } = realBundle()
  const c = ctx()
  let session: Session | undefined
  const turns: Array<{ input: Input; replies: Reply[]; session: Session }> = []
  for (const i of inputs) {
    const input: Input = typeof i === 'string' ? { type: 'text', text: i } : { type: 'action', id: i.action }
    const r = engine.step(session, input, c)
    session = r.session
    turns.push({ input, replies: r.replies, session })
  }
  return turns
}

export const allText = (replies: Reply[]) => replies.map((r) => r.text).join('\n\n')
