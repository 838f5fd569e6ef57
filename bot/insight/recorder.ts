/**
 * Counting never slows or fails a turn: a turn only adds to counts held in memory, and they are
 * written to the store in batches, off the turn's path. A failing store is logged (a short
 * reason, never content) and the batch is dropped: counts are nice to have, answers are not.
 */
import type { CountRow, InsightStore } from './insight-store.js'
import { isoWeek } from './week.js'

export interface InsightRecorderOptions {
  store: InsightStore
  now: () => number
  /** A batch is written once its oldest count is this old (default 5 s; 0 writes after every turn). */
  flushAfterMs?: number
  /** Or once this many distinct counts wait (default 500). */
  maxPending?: number
  onError?: (reason: string) => void
}

/**
 * INSIGHT_FLUSH_MS as the recorder's batch age: a number of milliseconds ≥ 0, else the default
 * (5 s). Read once here for Node and Workers, so a typo cannot reach a timer as NaN.
 */
export function flushAfterMsFrom(value: unknown): number {
  const ms = Number(value ?? 5000)
  return Number.isFinite(ms) && ms >= 0 ? ms : 5000
}

/** Counts waiting beyond this are dropped (a store that is down for long must not eat memory). */
const HARD_LIMIT = 20_000

export class InsightRecorder {
  private pending = new Map<string, CountRow>()
  private oldest = 0
  private writing: Promise<void> | undefined
  private dropped = 0

  constructor(private readonly o: InsightRecorderOptions) {}

  /** Adds one to each metric, for this organisation in this week. Never throws. */
  count(organisation: string, metrics: readonly string[]): void {
    try {
      const now = this.o.now()
      const week = isoWeek(now)
      if (this.pending.size === 0) this.oldest = now
      const prefix = `${organisation}\u0000${week}\u0000`
      for (const metric of metrics) {
        const key = prefix + metric
        const row = this.pending.get(key)
        if (row) row.n += 1
        else if (this.pending.size < HARD_LIMIT) this.pending.set(key, { organisation, week, metric, n: 1 })
        else this.dropped += 1
      }
    } catch (err) {
      this.o.onError?.(reason(err))
    }
  }

  /** Whether a batch should be written now (the runtime then calls flush, off the turn's path). */
  get due(): boolean {
    if (this.pending.size === 0) return false
    return this.pending.size >= (this.o.maxPending ?? 500) || this.o.now() - this.oldest >= (this.o.flushAfterMs ?? 5000)
  }

  /** Writes what is pending. Never rejects; one write at a time. */
  flush(): Promise<void> {
    if (this.writing) return this.writing.then(() => this.flush())
    if (this.pending.size === 0) return Promise.resolve()
    const batch = [...this.pending.values()]
    this.pending = new Map()
    if (this.dropped) {
      this.o.onError?.(`${this.dropped} counts dropped: too many waiting`)
      this.dropped = 0
    }
    this.writing = (async () => {
      try {
        await this.o.store.add(batch)
      } catch (err) {
        this.o.onError?.(reason(err))
      } finally {
        this.writing = undefined
      }
    })()
    return this.writing
  }

  /** Flushes when due; returns the write to wait for (Workers: ctx.waitUntil), or undefined. */
  flushIfDue(): Promise<void> | undefined {
    return this.due ? this.flush() : undefined
  }
}

const reason = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 160)
