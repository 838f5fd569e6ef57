/**
 * RSS for idle conversations: runs N new conversations (default 100,000, spread over menu,
 * flows and buttons so sessions carry trails and answers) through the real service into the
 * MemoryStore, then measures resident memory after a full GC. Run in its own process with
 * --expose-gc (bench/run.ts does that); prints one JSON line.
 */
import { randomUUID } from 'node:crypto'
import { buildBundle } from '../bot/content/bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { ConversationService } from '../bot/service/conversation-service.js'
import { MemoryStore } from '../bot/store/memory-store.js'
import { workload } from './workload.js'

const count = Number(process.env.RSS_CONVERSATIONS ?? 100_000)
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const rss = () => process.memoryUsage().rss / 1024 / 1024
const heap = () => process.memoryUsage().heapUsed / 1024 / 1024

const bundle = buildBundle(readContentFiles())
const { actions } = workload(bundle)
const store = new MemoryStore()
const service = new ConversationService({ engine: bundle.engine, store, now: Date.now, newId: randomUUID })
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
