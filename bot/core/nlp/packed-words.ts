/**
 * A word list kept as the one string it is written as (words separated by single spaces), looked
 * up in place by binary search over where each word starts. The name and word lists of the privacy
 * check hold about 20,000 words: as Sets they were about 20,000 small strings and a hash table,
 * 1.2 MB of heap that every full garbage collection marks; this is the string plus one Int32Array.
 * Only `has` is offered, which is all the lists are asked.
 */
export class PackedWords {
  private readonly text: string
  /** Where each word starts in `text`, in the order of the words (ascending by UTF-16 code units). */
  private readonly starts: Int32Array

  constructor(packed: string) {
    this.text = isSortedList(packed) ? packed : [...new Set(packed.split(' '))].sort().join(' ')
    const starts: number[] = this.text.length > 0 ? [0] : []
    for (let i = this.text.indexOf(' '); i >= 0; i = this.text.indexOf(' ', i + 1)) starts.push(i + 1)
    this.starts = Int32Array.from(starts)
  }

  get size(): number {
    return this.starts.length
  }

  has(word: string): boolean {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = this.compareAt(mid, word)
      if (c === 0) return true
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }

  /** The word at `k` against `word`, as `<` compares strings: negative, 0 or positive. */
  private compareAt(k: number, word: string): number {
    const start = this.starts[k]!
    const end = k + 1 < this.starts.length ? this.starts[k + 1]! - 1 : this.text.length
    const n = Math.min(end - start, word.length)
    for (let i = 0; i < n; i++) {
      const d = this.text.charCodeAt(start + i) - word.charCodeAt(i)
      if (d !== 0) return d
    }
    return end - start - word.length
  }
}

/** Each word strictly after the one before it (code-unit order), and no empty word. */
function isSortedList(packed: string): boolean {
  if (packed.length === 0) return true
  let prevStart = 0
  let prevEnd = packed.indexOf(' ')
  if (prevEnd === 0) return false
  while (prevEnd >= 0) {
    const start = prevEnd + 1
    let end = packed.indexOf(' ', start)
    if (end < 0) end = packed.length
    if (end === start) return false
    let c = 0
    const n = Math.min(prevEnd - prevStart, end - start)
    for (let i = 0; i < n && c === 0; i++) c = packed.charCodeAt(prevStart + i) - packed.charCodeAt(start + i)
    if (c > 0 || (c === 0 && prevEnd - prevStart >= end - start)) return false
    prevStart = start
    prevEnd = end === packed.length ? -1 : end
  }
  return true
}
