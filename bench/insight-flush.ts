/**
 * `npx tsx bench/insight-flush.ts [--batches=N] [--rows=N]`: how long one batch of counts holds
 * the main thread, written on it (better-sqlite3, synchronous) and handed to the writer thread
 * (bot/runtime/node/insight-writer-thread.ts), alternating, on a real file in /tmp. A batch is
 * what the recorder writes every 5 s: up to 500 distinct counts. Prints the median, p99 and max of
 * the main thread's time per batch (for the thread: the synchronous part of add(), the message).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CountRow } from '../bot/insight/insight-store.js'
import { SqliteInsightStore } from '../bot/runtime/node/sqlite-insight-store.js'
import { arg, fmt, quantile } from './lib.js'

const batches = arg('batches', 200)
const rowsPerBatch = arg('rows', 500)
const dir = mkdtempSync(join(tmpdir(), 'insight-flush-'))
const stores = { inline: new SqliteInsightStore(join(dir, 'inline.sqlite'), { writer: 'inline' }), thread: new SqliteInsightStore(join(dir, 'thread.sqlite')) }
const held: Record<keyof typeof stores, number[]> = { inline: [], thread: [] }
const batch = (b: number): CountRow[] =>
  Array.from({ length: rowsPerBatch }, (_, i) => ({ organisation: `org-${i % 20}`, week: `2026-W${String(1 + (b % 52)).padStart(2, '0')}`, metric: `node:flow-${i}/stap-${b % 7}`, n: 1 + (i % 3) }))
for (let b = 0; b < batches; b++)
  for (const name of (b % 2 ? ['thread', 'inline'] : ['inline', 'thread']) as Array<keyof typeof stores>) {
    const rows = batch(b)
    const t0 = performance.now()
    const written = stores[name].add(rows)
    held[name].push(performance.now() - t0)
    await written
  }
for (const [name, xs] of Object.entries(held)) {
  const s = xs.sort((a, b) => a - b)
  console.log(`${name}: main thread held per batch of ${rowsPerBatch}: median ${fmt(quantile(s, 0.5))} ms, p99 ${fmt(quantile(s, 0.99))} ms, max ${fmt(s.at(-1)!)} ms (${batches} batches)`)
}
await stores.inline.close()
await stores.thread.close()
rmSync(dir, { recursive: true, force: true })
