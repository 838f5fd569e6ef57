/**
 * Speed only, same results: `mini.search(query).slice(0, limit)`, and the query terms that matched
 * any entry, without building and sorting a result for every matching entry.
 *
 * minisearch scores each query term (its prefix and fuzzy expansions, BM25 per entry), merges the
 * per-term maps into the first one in place, builds a result object for every entry that matched
 * (74 on average over the eval's questions, most of the 319 for common words), sorts them all,
 * and we kept 8. Profiled, that merging, building and sorting, and the copies the per-term memo
 * had to hand out because of the in-place merge, were about a quarter of a typed turn.
 *
 * Here each term's scores are remembered as minisearch computed them (bounded, because terms come
 * from users; the index never changes after it is built) and never handed to minisearch again,
 * so they need no copy. A query adds the scores per entry in the same order as minisearch's OR
 * merge (so every sum is the same floating-point number), multiplies by the number of distinct
 * query terms the entry matched (minisearch's "quality"), and keeps the best `limit` in the order
 * a stable sort gives (ties: the entry seen first). Only those get a full result object, merged
 * from the per-term results in the same order as minisearch merges them.
 *
 * Anything this does not reproduce exactly (a combination other than OR, a filter, a score that
 * is not a finite number) goes to `mini.search` itself. tests/unit/speedups.test.ts compares the
 * two over every eval message.
 */
import type MiniSearch from 'minisearch'
import type { SearchResult } from 'minisearch'
import { BoundedMemo, perWord } from '../nlp/per-word.js'

type Scored = { score: number; terms: string[]; match: Record<string, string[]> }
/**
 * One term's scores as flat arrays (the entries in the order minisearch gave them); `strong[k]`:
 * entry k matched in its title or keywords; `known`: it matched some entry in a field that makes
 * a word known (see `topResults`). minisearch's own result objects (one per entry, each with a
 * `terms` array and a `match` object of arrays, about 50 objects per entry) are not kept: held
 * for 4,000 terms they were about 15 MB and 250,000 objects of old space that every full garbage
 * collection had to mark, and an evicted term left them all as garbage. Every entry's `terms` is
 * the query term itself (minisearch scores one query term at a time); a term for which that does
 * not hold keeps its result objects (`byEntry`) and is read from them.
 */
type TermScores = { ids: Int32Array; scores: Float64Array; strong: Uint8Array; known: boolean; byEntry?: Map<number, Scored> }
type Spec = { term: string; fuzzy: unknown; prefix: boolean; termBoost: number }
type Options = {
  tokenize: (text: string) => string[]
  processTerm: (term: string) => string | string[] | null | undefined | false
  searchOptions: Record<string, unknown> & {
    tokenize?: Options['tokenize']
    processTerm?: Options['processTerm']
    fuzzy?: unknown
    prefix?: unknown
    boostTerm?: unknown
    combineWith?: string
    filter?: unknown
  }
}
/** The parts of minisearch this reads; all are its own, unchanged since 6.x. */
type Internals = {
  _options: Options
  _documentIds: Map<number, unknown>
  _storedFields: Map<number, Record<string, unknown> | undefined>
  executeQuerySpec(spec: Spec, options: object): Map<number, Scored>
}

export interface TopResults {
  /** What `mini.search(query).slice(0, limit)` returns. */
  top: SearchResult[]
  /** Every query term (as processed) that matched at least one entry. */
  known: Set<string>
}

/** One hit as the search index uses it (see `lean` below). */
export interface LeanResult {
  /** The entry's id: its ref ("topic:kindcheck"). */
  ref: string
  /** The entry's stored fields (its title). */
  fields: Record<string, unknown>
  score: number
  /** Distinct query terms that matched, in minisearch's order. */
  queryTerms: string[]
  /** A term matched the entry's title or keywords. */
  strong: boolean
}

export interface LeanResults {
  top: LeanResult[]
  known: Set<string>
}

/**
 * @param notKnownFrom fields whose matches score but do not make a query word "known" (the
 *   questions typed in earlier rounds: their everyday words are not what the knowledge is about).
 */
export function topResults(
  mini: MiniSearch<never>,
  max = 4000,
  notKnownFrom: ReadonlySet<string> = new Set(),
): ((query: string, limit: number) => TopResults) & { lean: (query: string, limit: number) => LeanResults } {
  const m = mini as unknown as Internals
  const options = m._options
  const so = options.searchOptions
  const tokenize = so.tokenize ?? options.tokenize
  const processWord = so.processTerm ?? options.processTerm
  // A word's processed terms, remembered as the other per-word work is (a lone word identifies no
  // one; longer tokens are not kept). processTerm depends on the word only.
  const processRemembered = perWord(processWord)
  const processTerm = (t: string) => (t.length <= 32 ? processRemembered(t) : processWord(t))
  const exact = String(so.combineWith ?? 'or').toLowerCase() === 'or' && so.filter == null
  const memo = new BoundedMemo<TermScores>(max)
  const scoresOf = (spec: Spec): TermScores => {
    const key = `${String(spec.prefix)}\0${String(spec.fuzzy)}\0${String(spec.termBoost)}\0${spec.term}`
    let scored = memo.get(key)
    if (scored === undefined) {
      const byEntry = m.executeQuerySpec(spec, {})
      const known = notKnownFrom.size === 0 ? byEntry.size > 0 : [...byEntry.values()].some((s) => knownFrom(s.match, notKnownFrom))
      const onlyItsTerm = [...byEntry.values()].every((s) => s.terms.length === 1 && s.terms[0] === spec.term)
      scored = {
        ids: Int32Array.from(byEntry.keys()),
        scores: Float64Array.from(byEntry.values(), (s) => s.score),
        strong: Uint8Array.from(byEntry.values(), (s) => (strongMatch(s.match) ? 1 : 0)),
        known,
        ...(onlyItsTerm ? {} : { byEntry }),
      }
      memo.set(key, scored)
    }
    return scored
  }
  // Per entry (minisearch's short id), reused by every query: stamp says whether the slot belongs to this query.
  let score = new Float64Array(0)
  let distinct = new Uint16Array(0)
  let stamp = new Uint32Array(0)
  let counted = new Uint32Array(0)
  let hitStamp = new Uint32Array(0)
  let at = new Uint32Array(0)
  let met = new Int32Array(0)
  let query = 0
  let countRound = 0
  let hitRound = 0
  const grow = (id: number) => {
    if (id < stamp.length) return
    const n = Math.max(id + 1, stamp.length * 2, 64)
    const s = new Float64Array(n), d = new Uint16Array(n), t = new Uint32Array(n), c = new Uint32Array(n), h = new Uint32Array(n), a = new Uint32Array(n), o = new Int32Array(n)
    s.set(score), d.set(distinct), t.set(stamp), c.set(counted), h.set(hitStamp), a.set(at), o.set(met)
    ;[score, distinct, stamp, counted, hitStamp, at, met] = [s, d, t, c, h, a, o]
  }

  /**
   * The best `limit` entries for `text` (minisearch's short ids, best first, with their scores),
   * the per-term scores they came from, and the query terms that matched anything; undefined when
   * only minisearch itself can rank this query (a score that is not finite).
   */
  const rank = (text: string, limit: number) => {
    const terms = tokenize(text)
      .flatMap((t) => processTerm(t))
      .filter((t): t is string => !!t)
    const specs: Spec[] = terms.map((term, i) => ({
      term,
      fuzzy: typeof so.fuzzy === 'function' ? so.fuzzy(term, i, terms) : so.fuzzy || false,
      prefix: typeof so.prefix === 'function' ? so.prefix(term, i, terms) : so.prefix === true,
      termBoost: typeof so.boostTerm === 'function' ? so.boostTerm(term, i, terms) : 1,
    }))
    const scored = specs.map(scoresOf)
    if (++query === 0xffffffff) (stamp.fill(0), (query = 1))
    // Scores, added term by term as minisearch's OR merge adds them; entries in the order it meets
    // them, in `met` (kept between queries: an entry is met once per query, so it never overflows).
    let metCount = 0
    const known = new Set<string>()
    for (let i = 0; i < scored.length; i++) {
      const { ids, scores } = scored[i]!
      if (scored[i]!.known) known.add(terms[i]!)
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!
        grow(id)
        if (stamp[id] !== query) {
          stamp[id] = query
          score[id] = scores[k]!
          distinct[id] = 0
          met[metCount++] = id
        } else score[id] = score[id]! + scores[k]!
      }
    }
    // Distinct query terms per entry (a term typed twice counts once, as in minisearch's `terms`).
    // All occurrences of one term are counted in one round (from its first), so `counted` cannot
    // be overwritten in between.
    for (let i = 0; i < terms.length; i++) {
      if (terms.indexOf(terms[i]!) !== i) continue
      if (++countRound === 0xffffffff) (counted.fill(0), (countRound = 1))
      for (let j = i; j < terms.length; j++) {
        if (terms[j] !== terms[i]) continue
        const { ids } = scored[j]!
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!
          if (counted[id] !== countRound) {
            counted[id] = countRound
            distinct[id] = distinct[id]! + 1
          }
        }
      }
    }
    // The best `limit` by score; on equal scores the entry met first, as a stable sort keeps them.
    const best: number[] = []
    const bestScore: number[] = []
    for (let m = 0; m < metCount; m++) {
      const id = met[m]!
      const s = score[id]! * (distinct[id]! || 1)
      if (!Number.isFinite(s)) return undefined
      if (best.length === limit && !(s > bestScore[limit - 1]!)) continue
      let p = best.length
      while (p > 0 && bestScore[p - 1]! < s) p--
      best.splice(p, 0, id)
      bestScore.splice(p, 0, s)
      if (best.length > limit) (best.pop(), bestScore.pop())
    }
    return { best, bestScore, scored, specs, known }
  }

  const top = (text: string, limit: number): TopResults => {
    const ranked = exact ? rank(text, limit) : undefined
    if (!ranked) return plain(mini, text, limit, notKnownFrom)
    const { best, bestScore, specs, known } = ranked
    // minisearch's result objects again, for the few calls that want them whole (tests compare
    // them with minisearch's own): the index never changes, so they come out the same.
    const results = specs.map((spec) => m.executeQuerySpec(spec, {}))
    const top = best.map((id, k) => {
      const match: Record<string, string[]> = {}
      const queryTerms: string[] = []
      for (const r of results) {
        const s = r.get(id)
        if (!s) continue
        Object.assign(match, s.match)
        for (const t of s.terms) if (!queryTerms.includes(t)) queryTerms.push(t)
      }
      const result = { id: m._documentIds.get(id), score: bestScore[k]!, terms: Object.keys(match), queryTerms, match }
      return Object.assign(result, m._storedFields.get(id)) as SearchResult
    })
    return { top, known }
  }

  /**
   * What the search's hits need of `top`, without building minisearch's result objects: merging
   * every term's `match` into one object per hit (objects keyed by words, so slow ones) was about
   * a tenth of a warm typed turn. Whether a hit is strong is remembered on each term's own result.
   */
  const lean = (text: string, limit: number): LeanResults => {
    const ranked = exact ? rank(text, limit) : undefined
    if (!ranked) {
      const { top, known } = plain(mini, text, limit, notKnownFrom)
      return { top: top.map((r) => ({ ref: r.id as string, fields: r, score: r.score, queryTerms: r.queryTerms, strong: strongMatch(r.match) })), known }
    }
    const { best, bestScore, scored, specs, known } = ranked
    // Each hit's query terms (in the order minisearch merges them) and strength, in one pass over
    // the terms' entries: `at[id]` is the hit's place in `best` while this query's stamp is on it.
    if (++hitRound === 0xffffffff) (hitStamp.fill(0), (hitRound = 1))
    const queryTerms = best.map((id, k) => ((hitStamp[id] = hitRound), (at[id] = k), [] as string[]))
    const strong = best.map(() => false)
    for (let i = 0; i < scored.length; i++) {
      const r = scored[i]!
      const { ids } = r
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!
        if (hitStamp[id] !== hitRound) continue
        const j = at[id]!
        if (r.strong[k]) strong[j] = true
        const terms = r.byEntry ? r.byEntry.get(id)!.terms : [specs[i]!.term]
        for (const t of terms) if (!queryTerms[j]!.includes(t)) queryTerms[j]!.push(t)
      }
    }
    const top = best.map((id, k): LeanResult => ({ ref: m._documentIds.get(id) as string, fields: m._storedFields.get(id) ?? {}, score: bestScore[k]!, queryTerms: queryTerms[k]!, strong: strong[k]! }))
    return { top, known }
  }

  return Object.assign(top, { lean })
}

/** Found in what an entry is about (title, keywords), not only in its body text or in what people ask. */
function strongMatch(match: Record<string, string[]>): boolean {
  return Object.values(match).some((fields) => fields.includes('title') || fields.includes('keywords'))
}

function plain(mini: MiniSearch<never>, text: string, limit: number, notKnownFrom: ReadonlySet<string>): TopResults {
  const results = mini.search(text)
  const known = new Set<string>()
  for (const r of results) {
    // queryTerms[i] is the query term that found the entry through match's terms; with fields
    // that do not count, a term is known only when one of its matches is in another field.
    if (notKnownFrom.size === 0 || knownFrom(r.match, notKnownFrom)) for (const t of r.queryTerms) known.add(t)
  }
  return { top: results.slice(0, limit), known }
}

/** Some matched word stands in a field other than `notKnownFrom`. */
function knownFrom(match: Record<string, string[]>, notKnownFrom: ReadonlySet<string>): boolean {
  return Object.values(match).some((fields) => fields.some((f) => !notKnownFrom.has(f)))
}
