/**
 * Where anonymous counts live. One interface, one schema (sql-counts.ts), two stores: a SQLite
 * file on Node (bot/runtime/node/sqlite-insight-store.ts) and a SQLite-backed Durable Object per
 * organisation on Workers (bot/runtime/worker/insight-object.ts). A row is a count of one metric
 * for one organisation in one ISO week: nothing finer, nothing typed, no conversation ids.
 */

/** The organisation of conversations that came without one (a plain widget, the demo page). */
export const NO_ORGANISATION = '-'

export interface CountRow {
  organisation: string
  /** ISO week, "2026-W07". */
  week: string
  metric: string
  n: number
}

export interface InsightStore {
  /** Adds the counts (n is added to what is stored). */
  add(rows: readonly CountRow[]): Promise<void>
  /** The counts of one organisation. */
  read(organisation: string): Promise<CountRow[]>
  close?(): Promise<void> | void
}
