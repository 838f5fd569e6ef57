/** The InsightStore contract on Node: better-sqlite3 on a real file in a temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { SqliteInsightStore } from '../../bot/runtime/node/sqlite-insight-store.js'
import { insightStoreContract } from '../support/insight-store-contract.js'

const dir = mkdtempSync(join(tmpdir(), 'insight-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

insightStoreContract('SQLite file (Node)', async () => {
  const path = join(dir, `counts-${n++}.sqlite`)
  return { store: new SqliteInsightStore(path), reopen: async () => new SqliteInsightStore(path) }
})
