/**
 * Anonymous counts on Workers: one SQLite-backed Durable Object per organisation
 * (idFromName(organisation)), with the same schema and SQL as the Node file
 * (bot/insight/sql-counts.ts). It holds weekly counts only, never conversations.
 */
import { DurableObject } from 'cloudflare:workers'
import type { CountRow } from '../../insight/insight-store.js'
import { SqlCounts } from '../../insight/sql-counts.js'

export class InsightObject extends DurableObject {
  private readonly counts: SqlCounts

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env as never)
    const sql = ctx.storage.sql
    this.counts = new SqlCounts({
      run: (query, ...params) => void sql.exec(query, ...params).toArray(),
      all: <T>(query: string, ...params: Array<string | number>) => sql.exec(query, ...params).toArray() as T[],
      transaction: (fn) => ctx.storage.transactionSync(fn),
    })
  }

  add(rows: CountRow[]): void {
    this.counts.add(rows)
  }

  read(organisation: string): CountRow[] {
    return this.counts.read(organisation)
  }
}
