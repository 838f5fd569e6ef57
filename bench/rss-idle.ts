/**
 * RSS for idle conversations: runs N new conversations (default 100,000, spread over menu,
 * flows and buttons so sessions carry trails and answers) through the real service into the
 * MemoryStore, then measures resident memory after a full GC. Prints one JSON line.
 *
 * It measures what the server holds: the app is wired exactly as `npm start` wires it
 * (bot/runtime/node/server.ts: content from the startup cache when it is warm, the checker loaded
 * only when it is not; CONTENT_CACHE=0 checks and builds it here), and it runs as bundled JavaScript on plain node like the server, without the tsx loader
 * and its second V8 isolate. bench/rss-command.ts builds it and gives the command:
 * `node --expose-gc dist/rss-idle.mjs`. Under tsx it still runs, with about 30 MB more RSS.
 */
import { silentLogger } from '../bot/http/logger.js'
import { readCachedBundle } from '../bot/runtime/node/cached-bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { nodeApp } from '../bot/runtime/node/node-app.js'
import { MemoryStore } from '../bot/store/memory-store.js'
import { flowActions } from './flow-actions.js'

const count = Number(process.env.RSS_CONVERSATIONS ?? 100_000)
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const rss = () => process.memoryUsage().rss / 1024 / 1024
const heap = () => process.memoryUsage().heapUsed / 1024 / 1024

const files = readContentFiles()
const cacheOn = process.env.CONTENT_CACHE !== '0'
const bundle = (cacheOn ? readCachedBundle(files) : undefined) ?? (await import('../bot/runtime/node/bundle-cache.js')).loadOrBuildBundle(files, cacheOn)
const { service, store } = nodeApp(bundle, { log: silentLogger })
if (!(store instanceof MemoryStore)) throw new Error('expected the MemoryStore')
const actions = flowActions(bundle)
gc()
const before = { rss: rss(), heap: heap() }

for (let i = 0; i < count; i++) {
  // First turn opens the conversation, a second one moves it into a flow and records a choice.
  const first = await service.turn(undefined, { type: 'action', id: 'menu' })
  await service.turn(first.conversationId, { type: 'action', id: actions[i % actions.length]! })
}
// Idle means idle: give V8's memory reducer a moment to hand freed pages back, as it would in
// a server between bursts, then collect fully.
gc()
await new Promise((r) => setTimeout(r, 2000))
gc()
gc()
const after = { rss: rss(), heap: heap() }
const m = process.memoryUsage()
const mb = (n: number) => Math.round(n / 1024 / 1024)
console.log(
  JSON.stringify({
    conversations: store.size,
    before,
    after,
    breakdown: { heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) },
    perConversationBytes: Math.round(((after.heap - before.heap) * 1024 * 1024) / Math.max(1, store.size)),
  }),
)
