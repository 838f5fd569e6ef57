/**
 * Remembers a pure function of one word, bounded (oldest out first). Used for work done on every
 * word of every message (stemming, typo checks). A lone word identifies no one, so keeping words
 * is no privacy concern; the bound keeps memory flat whatever users type.
 */
export function perWord<T>(fn: (word: string) => T, max = 8192): (word: string) => T {
  const memo = new BoundedMemo<T>(max)
  return (word) => {
    let out = memo.get(word)
    if (out === undefined) {
      out = fn(word)
      memo.set(word, out)
    }
    return out
  }
}

/**
 * A Map from strings that forgets its oldest entry when it is full. The keys are also kept in a
 * ring, in the order they came in, so the oldest is found at once: `map.keys().next()` walks past
 * every entry deleted since the Map last compacted itself, which in a full memo of 8,192 words
 * cost about 4 µs for each new word (measured), several times the work being remembered.
 * Forgets exactly what a Map evicting its first key would.
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>()
  private readonly ring: Array<string | undefined>
  /** Where the next key goes; once full, the slot of the oldest key. */
  private next = 0

  constructor(readonly max: number) {
    this.ring = new Array<string | undefined>(max)
  }

  get(key: string): V | undefined {
    return this.map.get(key)
  }

  set(key: string, value: V): void {
    if (this.map.has(key)) {
      this.map.set(key, value)
      return
    }
    if (this.map.size >= this.max) this.map.delete(this.ring[this.next]!)
    this.ring[this.next] = key
    this.next = this.next + 1 === this.max ? 0 : this.next + 1
    this.map.set(key, value)
  }

  get size(): number {
    return this.map.size
  }

  keys(): IterableIterator<string> {
    return this.map.keys()
  }

  /** (The ring keeps its old keys: each slot is written again before the Map is full and reads it.) */
  clear(): void {
    if (this.map.size === 0) return
    this.map.clear()
    this.next = 0
  }
}
