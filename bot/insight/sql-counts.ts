/**
 * The one schema and the SQL of the counts, shared by the Node file (better-sqlite3) and the
 * Durable Object (ctx.storage.sql): each runtime hands in a small SQL runner.
 */
import type { CountRow } from './insight-store.js'
import { WEEK_PATTERN } from './week.js'

export interface SqlRunner {
  run(sql: string, ...params: Array<string | number>): void
  all<T>(sql: string, ...params: Array<string | number>): T[]
  /** Runs fn in one transaction: a batch is added whole or not at all. */
  transaction(fn: () => void): void
}

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS counts (
  organisation TEXT NOT NULL CHECK (length(organisation) BETWEEN 1 AND 64),
  week TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
  metric TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 140),
  n INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (organisation, week, metric)
) WITHOUT ROWID`

export const UPSERT =
  'INSERT INTO counts (organisation, week, metric, n) VALUES (?, ?, ?, ?) ON CONFLICT (organisation, week, metric) DO UPDATE SET n = n + excluded.n'

/** The rows add() writes: a week, never a finer time, and a positive whole count. */
export function storableRows(rows: readonly CountRow[]): CountRow[] {
  return rows.filter((r) => WEEK_PATTERN.test(r.week) && Number.isInteger(r.n) && r.n > 0)
}

export class SqlCounts {
  constructor(private readonly sql: SqlRunner) {
    sql.run(SCHEMA)
  }

  add(rows: readonly CountRow[]): void {
    const valid = storableRows(rows)
    if (valid.length === 0) return
    this.sql.transaction(() => {
      for (const r of valid) this.sql.run(UPSERT, r.organisation, r.week, r.metric, r.n)
    })
  }

  read(organisation: string): CountRow[] {
    return this.sql.all<CountRow>('SELECT organisation, week, metric, n FROM counts WHERE organisation = ? ORDER BY week, metric', organisation)
  }

  /** Every row, for tests that read the whole store. */
  all(): CountRow[] {
    return this.sql.all<CountRow>('SELECT organisation, week, metric, n FROM counts ORDER BY organisation, week, metric')
  }
}
