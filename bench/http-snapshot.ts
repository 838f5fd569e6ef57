/**
 * `npx tsx bench/http-snapshot.ts OUT.txt`: every conversation of the eval through the Node HTTP
 * app (POST /api/chat, with an allowed Origin), fresh and inside a flow: per request the status,
 * the headers (Content-Length aside: app.request does not add it, the socket does), the body and
 * the stored session, then the log lines. Ids are written as U, the clock is fixed. A change to
 * the HTTP layer must leave this file byte-identical (its wire bytes: tests/unit/http-speedups).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { createNodeApp } from '../bot/runtime/node/create-node-app.js'
import { REPO_ROOT } from '../bot/runtime/node/content-files.js'
import { MemoryStore } from '../bot/store/memory-store.js'
import type { LogFields, Logger } from '../bot/http/logger.js'
const [out] = process.argv.slice(2)
if (!out) throw new Error('usage: bench/http-snapshot.ts OUT.txt')
const root = REPO_ROOT
const logs: string[] = []
const keep = (level: string) => (event: string, fields: LogFields = {}) => void logs.push(JSON.stringify([level, event, { ...fields, ...('ms' in fields ? { ms: 0 } : {}) }]))
const log: Logger = { info: keep('info'), warn: keep('warn'), error: keep('error') }
const store = new MemoryStore({ now: () => 1_800_000_000_000 })
const { app } = createNodeApp({ env: { RATE_LIMIT_PER_MINUTE: '0', ALLOWED_ORIGINS: 'https://p.example', CONTENT_CACHE: '0' }, store, log, now: () => 1_800_000_000_000 })
const yamlFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? yamlFiles(p) : f.endsWith('.yaml') ? [p] : [] })
const convs: Array<Array<string | { action: string }>> = []
for (const f of yamlFiles(join(root, 'tests', 'eval')).sort()) {
  const items = parse(readFileSync(f, 'utf8'))
  if (!Array.isArray(items)) continue
  for (const i of items) if (Array.isArray(i.turns)) convs.push(i.turns); else if (typeof i.text === 'string') convs.push([i.text])
}
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
const lines: string[] = []
let n = 0
for (const turns of convs)
  for (const start of [[], [{ action: 'flow:stap-1' }]]) {
    let id: string | undefined
    for (const t of [...start, ...turns]) {
      const body = JSON.stringify({ ...(id ? { conversationId: id } : {}), ...(typeof t === 'string' ? { text: t } : t) })
      const res = await app.request('/api/chat', { method: 'POST', body, headers: { 'content-type': 'application/json', origin: 'https://p.example' } })
      const text = await res.text()
      const h = [...res.headers].filter(([k]) => k !== 'content-length')
      id = (JSON.parse(text) as { conversationId: string }).conversationId
      lines.push(`${res.status} ${JSON.stringify(h)} ${text.replace(uuid, 'U')} ${JSON.stringify(await store.get(id)).replace(uuid, 'U')}`)
      n++
    }
  }
writeFileSync(out, lines.join('\n') + '\n---logs\n' + logs.join('\n'))
console.log(`${convs.length} conversations, ${n} requests -> ${out}`)
