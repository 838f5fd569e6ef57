/** The InsightStore contract on Node: better-sqlite3 on a real file in a temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { CountRow } from '../../bot/insight/insight-store.js'
import { InsightWriterThread } from '../../bot/runtime/node/insight-writer-thread.js'
import { SqliteInsightStore } from '../../bot/runtime/node/sqlite-insight-store.js'
import { insightStoreContract } from '../support/insight-store-contract.js'

const dir = mkdtempSync(join(tmpdir(), 'insight-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

insightStoreContract('SQLite file (Node)', async () => {
  const path = join(dir, `counts-${n++}.sqlite`)
  return { store: new SqliteInsightStore(path), reopen: async () => new SqliteInsightStore(path) }
})

describe('SqliteInsightStore: the writer thread', () => {
  it('stores exactly what writing on the calling thread stores', async () => {
    const rows = (seed: number): CountRow[] =>
      Array.from({ length: 300 }, (_, i) => ({
        organisation: ['-', 'gemeente-a', 'club-b'][(i * 7 + seed) % 3]!,
        week: i % 41 === 0 ? '2026-03-14' : `2026-W${String(1 + ((i + seed) % 5)).padStart(2, '0')}`,
        metric: `node:flow-${(i * 13 + seed) % 37}/stap`,
        n: i % 53 === 0 ? 0 : 1 + (i % 4),
      }))
    const threaded = new SqliteInsightStore(join(dir, 'threaded.sqlite'))
    const inline = new SqliteInsightStore(join(dir, 'inline.sqlite'), { writer: 'inline' })
    for (let seed = 0; seed < 5; seed++) await Promise.all([threaded.add(rows(seed)), inline.add(rows(seed))])
    expect(threaded.all()).toEqual(inline.all())
    expect(threaded.all().length).toBeGreaterThan(100)
    await threaded.close()
    await inline.close()
    const reopened = new SqliteInsightStore(join(dir, 'threaded.sqlite'))
    expect(reopened.all()).toEqual(new SqliteInsightStore(join(dir, 'inline.sqlite'), { writer: 'inline' }).all())
    await reopened.close()
  })
})

describe('InsightWriterThread', () => {
  it('fails a batch, rather than leaving it waiting, when the thread cannot open the file; the next batch tries a new thread', async () => {
    const writer = new InsightWriterThread(join(dir, 'no-such-folder', 'counts.sqlite'), 100)
    const row: CountRow = { organisation: 'gemeente-a', week: '2026-W10', metric: 'turns', n: 1 }
    await expect(writer.write([row])).rejects.toThrow()
    await expect(writer.write([row])).rejects.toThrow()
    await writer.close()
  })
})
