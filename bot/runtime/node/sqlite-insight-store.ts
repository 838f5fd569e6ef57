/**
 * Anonymous counts in a SQLite file on Node (better-sqlite3): INSIGHT_DB; `npm start` defaults
 * to data/insight.sqlite (gitignored), an app built without it (tests) counts in memory
 * (":memory:"); "off" counts nothing. The schema and
 * SQL are shared with the Durable Object (bot/insight/sql-counts.ts).
 */
import Database, { type Database as Db, type Statement } from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import type { CountRow, InsightStore } from '../../insight/insight-store.js'
import { SqlCounts, storableRows, type SqlRunner } from '../../insight/sql-counts.js'
import { REPO_ROOT } from './content-files.js'
import { InsightWriterThread } from './insight-writer-thread.js'

export const DEFAULT_INSIGHT_DB = join(REPO_ROOT, 'data', 'insight.sqlite')

/** Where the counts file is, or undefined when counting is off. */
export function insightDbPath(env: Record<string, string | undefined>): string | undefined {
  const value = env.INSIGHT_DB?.trim()
  if (value === 'off') return undefined
  if (!value) return ':memory:'
  return value === ':memory:' || isAbsolute(value) ? value : join(process.cwd(), value)
}

/** A second process on the same file (npm start next to a test run) waits this long rather than fails. */
const BUSY_TIMEOUT_MS = 2000

export interface SqliteInsightStoreOptions {
  /**
   * Where add() writes a file's counts: on a worker thread (default; insight-writer-thread.ts) or
   * on the calling thread. ":memory:" is always written on the calling thread: another
   * connection would not see it.
   */
  writer?: 'thread' | 'inline'
}

/**
 * The counts file. This connection opens it (so a file that cannot be opened is known at once),
 * makes the schema, and serves reads (the /insight pages, tests); add() goes to the writer thread,
 * whose commits this connection sees (WAL: readers and the writer do not block each other).
 */
export class SqliteInsightStore implements InsightStore {
  private readonly db: Db
  private readonly counts: SqlCounts
  private readonly statements = new Map<string, Statement>()
  private readonly writer: InsightWriterThread | undefined

  constructor(
    readonly path: string,
    options: SqliteInsightStoreOptions = {},
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS })
    if (path !== ':memory:') {
      this.db.pragma('journal_mode = WAL')
      // No fsync on every batch (only at checkpoints): better-sqlite3 is synchronous, and a slow
      // disk must not hold up turns. A power cut may cost the last few seconds of counts.
      this.db.pragma('synchronous = NORMAL')
    }
    const statement = (sql: string) => {
      let s = this.statements.get(sql)
      if (!s) this.statements.set(sql, (s = this.db.prepare(sql)))
      return s
    }
    const runner: SqlRunner = {
      run: (sql, ...params) => void (params.length ? statement(sql).run(...params) : this.db.exec(sql)),
      all: <T>(sql: string, ...params: Array<string | number>) => statement(sql).all(...params) as T[],
      transaction: (fn) => this.db.transaction(fn)(),
    }
    this.counts = new SqlCounts(runner)
    if (path !== ':memory:' && options.writer !== 'inline') this.writer = new InsightWriterThread(path, BUSY_TIMEOUT_MS)
  }

  async add(rows: readonly CountRow[]): Promise<void> {
    if (this.writer) return this.writer.write(storableRows(rows))
    this.counts.add(rows)
  }

  async read(organisation: string): Promise<CountRow[]> {
    return this.counts.read(organisation)
  }

  /** Every row (tests read the whole store). */
  all(): CountRow[] {
    return this.counts.all()
  }

  /** Waits for the batches on their way, then closes the file. */
  async close(): Promise<void> {
    try {
      await this.writer?.close()
    } finally {
      if (this.db.open) this.db.close()
    }
  }
}
