/**
 * Speed only, same results: minisearch's `fuzzyGet(term, maxDistance)` (every term of the index
 * within that Levenshtein distance, mapped to [its data, the distance], in the order of minisearch's
 * walk over its term tree) without the walk.
 *
 * The walk keeps a Levenshtein matrix row per tree level and prunes a branch when its row's
 * minimum exceeds the distance. For a word it has not seen, it was the largest single cost of a
 * typed turn: about 50 µs a term at distance 1 and 230 µs at distance 2 over the 3,800 terms of
 * the real knowledge (a long word of a new message is looked up at distance 2). Here the index's
 * terms are listed once (in steps, over the first lookups), in the walk's order, with their length and the set of characters they
 * hold (a bit mask). A term is compared only when its length is within the distance and its
 * characters allow it: each character of the typed word that the term lacks needs an edit of its
 * own, and so does each character of the term the word lacks. The few that remain get a banded
 * Levenshtein that stops as soon as every cell of a row exceeds the distance.
 *
 * Within the distance, minisearch's banded matrix gives the exact Levenshtein distance, and so does
 * this; beyond it neither reports the term. tests/unit/speedups.test.ts compares the two maps
 * (keys, order, data and distances) for every term of the evaluation's messages.
 */

/** minisearch's radix tree: a Map per node, '' (its LEAF) holding a term's data. */
type TreeNode = Map<string, unknown>
const LEAF = ''

export type FuzzyLookup = (term: string, maxDistance: number) => Map<string, [unknown, number]>

/** Bit per character: a–z each their own, digits and everything else share the last bits. */
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97)
  if (code >= 48 && code <= 57) return 1 << (26 + (code % 5))
  return 1 << 31
}

function maskOf(s: string): number {
  let m = 0
  for (let i = 0; i < s.length; i++) m |= charBit(s.charCodeAt(i))
  return m
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

/**
 * Nodes of the term tree listed per lookup while the list is not complete. Listing the whole tree
 * at once took about 8 ms (run once, so never compiled): too much for one request of a Worker
 * isolate. In steps, the first lookups each add about half a millisecond and use `walk` meanwhile.
 */
const NODES_PER_STEP = 400

/**
 * A fuzzy lookup over `tree` (the index must not change after this is made). `walk` is
 * minisearch's own lookup, used until the list of terms is complete.
 */
export function fuzzyTerms(tree: TreeNode, walk: FuzzyLookup): FuzzyLookup {
  let listed: { terms: string[]; data: unknown[]; masks: Int32Array; byLength: Int32Array[] } | undefined
  // Rows of the banded matrix, reused (grown for a longer word).
  let previous = new Uint16Array(64)
  let current = new Uint16Array(64)

  // The listing so far: every term with its data, in the order minisearch's walk meets them
  // (node.keys() order, depth first), and where the depth-first walk stands.
  const terms: string[] = []
  const data: unknown[] = []
  const stack: Array<{ node: TreeNode; keys: string[]; at: number; prefix: string }> = [{ node: tree, keys: [...tree.keys()], at: 0, prefix: '' }]

  /** Lists up to NODES_PER_STEP more nodes; true when the list is complete. */
  const listSome = (): boolean => {
    for (let n = 0; n < NODES_PER_STEP && stack.length > 0; ) {
      const top = stack[stack.length - 1]!
      if (top.at === top.keys.length) {
        stack.pop()
        continue
      }
      const key = top.keys[top.at++]!
      if (key === LEAF) {
        terms.push(top.prefix)
        data.push(top.node.get(key))
      } else {
        const child = top.node.get(key) as TreeNode
        stack.push({ node: child, keys: [...child.keys()], at: 0, prefix: top.prefix + key })
        n++
      }
    }
    return stack.length === 0
  }

  const finish = () => {
    // Per length, the terms' positions in that order: a word is compared only with the lengths its distance allows.
    const byLength: number[][] = []
    terms.forEach((t, k) => (byLength[t.length] ??= []).push(k))
    return { terms, data, masks: Int32Array.from(terms, maskOf), byLength: Array.from(byLength, (ks) => Int32Array.from(ks ?? [])) }
  }

  /** Levenshtein distance of a and b when it is at most d, else d + 1. */
  const distance = (a: string, b: string, d: number): number => {
    const n = a.length
    if (previous.length <= n + 1) {
      previous = new Uint16Array(n * 2 + 2)
      current = new Uint16Array(n * 2 + 2)
    }
    const over = d + 1
    for (let j = 0; j <= n; j++) previous[j] = j <= d ? j : over
    for (let i = 1; i <= b.length; i++) {
      const c = b.charCodeAt(i - 1)
      const from = Math.max(1, i - d)
      const to = Math.min(n, i + d)
      current[from - 1] = from - 1 === 0 ? (i <= d ? i : over) : over
      let rowMin = current[from - 1]!
      for (let j = from; j <= to; j++) {
        const substitute = previous[j - 1]! + (a.charCodeAt(j - 1) === c ? 0 : 1)
        const remove = (j < i + d ? previous[j]! : over) + 1
        const insert = current[j - 1]! + 1
        let v = substitute < remove ? substitute : remove
        if (insert < v) v = insert
        if (v > over) v = over
        current[j] = v
        if (v < rowMin) rowMin = v
      }
      if (to < n) current[to + 1] = over
      if (rowMin > d) return over
      const swap = previous
      previous = current
      current = swap
    }
    const v = previous[n]!
    return v > d ? over : v
  }

  return (term, maxDistance) => {
    if (!listed) {
      if (!listSome()) return walk(term, maxDistance)
      listed = finish()
    }
    const { masks, byLength } = listed
    const n = term.length
    const mask = maskOf(term)
    const matched: number[] = []
    const distances: number[] = []
    for (let length = Math.max(0, n - maxDistance); length <= n + maxDistance && length < byLength.length; length++) {
      const bucket = byLength[length]!
      for (let i = 0; i < bucket.length; i++) {
        const k = bucket[i]!
        const m = masks[k]!
        if (bitCount(mask & ~m) > maxDistance || bitCount(m & ~mask) > maxDistance) continue
        const d = distance(term, terms[k]!, maxDistance)
        if (d <= maxDistance) (matched.push(k), distances.push(d))
      }
    }
    // In the walk's order, as minisearch's map has them.
    const order = matched.map((_, i) => i).sort((x, y) => matched[x]! - matched[y]!)
    const results = new Map<string, [unknown, number]>()
    for (const i of order) results.set(terms[matched[i]!]!, [data[matched[i]!], distances[i]!])
    return results
  }
}
