/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), with early exit:
 * once every cell of a row exceeds `max`, the answer is `max + 1`.
 *
 * Typo checks call this for hundreds of candidate words per new word, so the three matrix rows
 * are kept between calls (grown when a longer word comes) instead of three arrays per call; the
 * computation and every result are the same (tests/unit/speedups.test.ts holds it to the plain one).
 */
let rows = new Int32Array(3 * 64)

export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const w = b.length + 1
  if (rows.length < 3 * w) rows = new Int32Array(3 * w * 2)
  const r = rows
  // Three rows in one array: two rows back, the previous row and the current row, at these offsets.
  let prev2 = 0
  let prev = w
  let cur = 2 * w
  for (let j = 0; j < w; j++) {
    r[prev2 + j] = 0
    r[prev + j] = j
    r[cur + j] = 0
  }
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1)
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1
    r[cur] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      const cost = ai === bj ? 0 : 1
      let v = r[prev + j]! + 1
      const insert = r[cur + j - 1]! + 1
      if (insert < v) v = insert
      const substitute = r[prev + j - 1]! + cost
      if (substitute < v) v = substitute
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const transpose = r[prev2 + j - 2]! + 1
        if (transpose < v) v = transpose
      }
      r[cur + j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    // The previous row becomes two rows back (a copy, as before), the current row the previous.
    for (let j = 0; j < w; j++) r[prev2 + j] = r[prev + j]!
    const t = prev
    prev = cur
    cur = t
  }
  return r[prev + b.length]!
}

/** How many typos a word of this length may carry and still count as the word. */
export const typoBudget = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0)
