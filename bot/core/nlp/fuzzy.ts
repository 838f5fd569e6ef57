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
  /** Per entry, the length of its folded key. */
  private readonly lengthOf: number[]
  /** Per entry, how often each character and each pair of characters occurs in it (for the cheap tests in `match`). */
  private readonly counts: Array<Map<string, number>>
  private readonly pairs: Array<Map<number, number>>

  constructor(entries: ReadonlyArray<readonly [string, T]>, private readonly threshold = 0.3) {
    const items = entries.map(([key, value]) => ({ key: fold(key), value }))
    for (const it of items) if (!this.exact.has(it.key)) this.exact.set(it.key, it.value)
    this.lengths = [...new Set(items.map((it) => it.key.length))]
    this.lengthOf = items.map((it) => it.key.length)
    this.counts = items.map((it) => charCounts(it.key))
    this.pairs = items.map((it) => pairCounts(it.key))
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
    if (!this.anyWithin(key)) return undefined
    const best = this.fuse.search(key, { limit: 1 })[0]
    if (!best || (best.score ?? 1) > this.threshold) return undefined
    if (!this.closeInLength(best.item.key.length, key.length)) return undefined
    return best.item.value
  }

  /**
   * Whether some entry could be the accepted match at all. fuse.js (Bitap, location ignored) accepts
   * an entry when the typed key occurs in it with e edits (insertions, deletions, substitutions) and
   * e / length <= threshold, and `match` then also wants that entry close in length. So an entry
   * can only be the answer when it is close in length and, with e edits allowed:
   *  - at least length - e of the typed characters occur in it (every edit spends at most one);
   *  - at least length - 1 - 2e of the typed key's pairs of adjacent characters occur in it (every
   *    edit breaks at most two pairs; the q-gram lemma of approximate string matching, q = 2).
   * When no entry passes, fuse.js could find nothing `match` would keep: the scan, the costly part
   * of a typed turn that is neither a command nor a button, is skipped. Keys over 32 characters
   * are split into chunks by fuse.js and always scanned. tests/unit/speedups.test.ts checks the
   * answers against fuse.js on every call.
   */
  private anyWithin(key: string): boolean {
    const length = key.length
    if (length > 32) return true
    let errors = 0
    while (errors + 1 < length && (errors + 1) / length <= this.threshold) errors++
    const need = length - errors
    const needPairs = length - 1 - 2 * errors
    const typed = charCounts(key)
    const typedPairs = needPairs > 0 ? pairCounts(key) : undefined
    return this.counts.some((entry, k) => {
      if (!this.closeInLength(this.lengthOf[k]!, length)) return false
      let shared = 0
      for (const [c, n] of typed) shared += Math.min(n, entry.get(c) ?? 0)
      if (shared < need) return false
      if (!typedPairs) return true
      const pairs = this.pairs[k]!
      let sharedPairs = 0
      for (const [p, n] of typedPairs) sharedPairs += Math.min(n, pairs.get(p) ?? 0)
      return sharedPairs >= needPairs
    })
  }

  /** Guard against a short typed word matching inside a long label ("ja" in "jaloers"). */
  private closeInLength(entry: number, typed: number): boolean {
    return Math.abs(entry - typed) <= Math.max(2, typed * 0.4)
  }
}

/** By UTF-16 unit, as fuse.js's Bitap reads strings (charAt), not by code point. */
function charCounts(s: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i < s.length; i++) counts.set(s[i]!, (counts.get(s[i]!) ?? 0) + 1)
  return counts
}

/** Pairs of adjacent UTF-16 units (as fuse.js reads strings), each as one number. */
function pairCounts(s: string): Map<number, number> {
  const counts = new Map<number, number>()
  for (let i = 0; i + 1 < s.length; i++) {
    const p = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)
    counts.set(p, (counts.get(p) ?? 0) + 1)
  }
  return counts
}
