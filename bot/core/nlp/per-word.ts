/**
 * Remembers a pure function of one word, bounded (oldest out first). Used for work done on every
 * word of every message (stemming, typo checks). A lone word identifies no one, so keeping words
 * is no privacy concern; the bound keeps memory flat whatever users type.
 */
export function perWord<T>(fn: (word: string) => T, max = 8192): (word: string) => T {
  const memo = new Map<string, T>()
  return (word) => {
    let out = memo.get(word)
    if (out === undefined) {
      out = fn(word)
      if (memo.size >= max) memo.delete(memo.keys().next().value!)
      memo.set(word, out)
    }
    return out
  }
}
