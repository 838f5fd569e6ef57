/**
 * Fuzzy matching of short strings with fuse.js: a typed word against a vocabulary, a typed
 * answer against button labels. Built once per list; lookups on short strings are cheap.
 */
import Fuse from 'fuse.js'
import { fold } from './normalize.js'

export class ShortStringMatcher<T> {
  private readonly fuse: Fuse<{ key: string; value: T }>
  private readonly exact = new Map<string, T>()
  private readonly lengths: number[]

  constructor(entries: ReadonlyArray<readonly [string, T]>, private readonly threshold = 0.3) {
    const items = entries.map(([key, value]) => ({ key: fold(key), value }))
    for (const it of items) if (!this.exact.has(it.key)) this.exact.set(it.key, it.value)
    this.lengths = [...new Set(items.map((it) => it.key.length))]
    this.fuse = new Fuse(items, {
      keys: ['key'],
      includeScore: true,
      ignoreLocation: true,
      threshold,
      minMatchCharLength: 2,
    })
  }

  /** The best match for `typed`, or undefined when nothing is close enough. */
  match(typed: string): T | undefined {
    const key = fold(typed)
    if (!key) return undefined
    const hit = this.exact.get(key)
    if (hit !== undefined) return hit
    // When no entry is near the typed length, the guard below would refuse any match: skip the
    // fuzzy scan, which is the costly part (same answers, measured in bench/inprocess.ts).
    if (!this.lengths.some((n) => this.closeInLength(n, key.length))) return undefined
    const best = this.fuse.search(key, { limit: 1 })[0]
    if (!best || (best.score ?? 1) > this.threshold) return undefined
    if (!this.closeInLength(best.item.key.length, key.length)) return undefined
    return best.item.value
  }

  /** Guard against a short typed word matching inside a long label ("ja" in "jaloers"). */
  private closeInLength(entry: number, typed: number): boolean {
    return Math.abs(entry - typed) <= Math.max(2, typed * 0.4)
  }
}
