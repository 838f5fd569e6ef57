import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { realBundle, ctx } from '../tests/support/engine.js'
const { engine } = realBundle()
const items = parse(readFileSync(process.argv[2]!, 'utf8')) as Array<{ kind: string; original: string; text: string; secrets?: string[] }>
const by = new Map<string, { ok: number; n: number; fails: string[] }>()
for (const i of items) {
  const rs = engine.step(undefined, { type: 'text', text: i.text }, ctx()).replies
  const tag = rs[0]?.tag
  const all = rs.map((r) => r.text).join(' ').toLowerCase()
  const ok = i.kind === 'acute' ? tag === 'acute' || tag === 'acute-check' : i.kind === 'calm' ? tag !== 'acute' : i.kind === 'pii' ? rs.some((r) => r.tag === 'privacy') && !(i.secrets ?? []).some((s) => all.includes(s.toLowerCase())) : !rs.some((r) => r.tag === 'privacy')
  const k = `${i.kind}: ${i.original.slice(0, 60)}`
  const e = by.get(k) ?? { ok: 0, n: 0, fails: [] }
  e.n++; if (ok) e.ok++; else e.fails.push(`[${tag}] ${i.text}`)
  by.set(k, e)
}
for (const [k, e] of by) console.log(`${e.ok}/${e.n}  ${k}${e.fails.length ? '\n     ' + e.fails.join('\n     ') : ''}`)
