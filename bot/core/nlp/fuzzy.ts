/**
 * Fuzzy matching of short strings with fuse.js: a typed word against a vocabulary, a typed
 * answer against button labels. Built once per list; lookups on short strings are cheap.
 */
import Fuse from 'fuse.js'
import { fold } from './normalize.js'

export class ShortStringMatcher<T> {
  private readonly fuse: Fuse<{ key: string; value: T }>
  private readonly exact = new Map<string, T>()

  constructor(entries: ReadonlyArray<readonly [string, T]>, private readonly threshold = 0.3) {
    const items = entries.map(([key, value]) => ({ key: fold(key), value }))
    for (const it of items) if (!this.exact.has(it.key)) this.exact.set(it.key, it.value)
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
    const best = this.fuse.search(key, { limit: 1 })[0]
    if (!best || (best.score ?? 1) > this.threshold) return undefined
    // Guard against a short typed word matching inside a long label ("ja" in "jaloers").
    if (Math.abs(best.item.key.length - key.length) > Math.max(2, key.length * 0.4)) return undefined
    return best.item.value
  }
}
