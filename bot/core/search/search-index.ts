/**
 * Search over the knowledge, behind one small interface so the engine does not care which
 * library ranks. minisearch ranks (BM25 with fuzzy and prefix matching): measured in
 * shared/stack.md §5 and in tests/eval/engines.ts it is 50–300x faster than fuse.js over text
 * with equal or better recall.
 */
import MiniSearch from 'minisearch'
import { SEARCH_STOP_WORDS, normalize } from '../nlp/normalize.js'
import type { SearchDoc } from './documents.js'
import { prepareQuery } from './query.js'
import { withDutchSearchWords } from '../nlp/english.js'
import { BoundedMemo, perWord } from '../nlp/per-word.js'
import { topResults, type LeanResult } from './top-results.js'
import { fuzzyTerms } from './fuzzy-terms.js'
import { splitCompound, type Vocabulary } from './compounds.js'

export interface SearchHit {
  ref: string
  kind: SearchDoc['kind']
  title: string
  score: number
  /** Distinct query terms that matched this document. */
  matched: number
  /** Query terms that carry meaning (after stop words). */
  queryTerms: number
  /** True when a query term matched the title or keywords, not only body text. */
  strong: boolean
  /** Query terms that match no document at all: words from outside the knowledge ("laptop"). */
  unknownTerms: number
  /**
   * The hit shares one word with the question, and it is a word that stands in many entries
   * ("zegt", "kind", "bang"): on its own it says nothing about whether the entry fits.
   */
  onlyCommon: boolean
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[]
  toJSON(): unknown
}

/** Very light Dutch stemming: enough to meet plural and verb forms halfway; prefix search does the rest. */
export function stem(term: string): string {
  return term.length <= 4 ? term : stemRemembered(term)
}
// Five regular expressions per word, on every word of every question and of every document at build.
const stemRemembered = perWord((term: string) => stemUncached(term))

function stemUncached(term: string): string {
  return term
    .replace(/(heden|igheden)$/, 'heid')
    .replace(/(ingen)$/, 'ing')
    .replace(/(tjes|pjes|jes)$/, '')
    .replace(/([^aeiou])\1en$/, '$1')
    .replace(/(en|es|s)$/, '')
}

/**
 * "Veilig Thuis" is one name: kept as one term, so "thuis" keeps meaning "at home" instead of
 * matching the organisation that nearly every entry mentions.
 */
const joinNames = (text: string) => text.replace(/\bveilig\s+thuis\b/gi, 'veiligthuis')

const processTerm = (term: string): string | string[] | null => {
  const words = joinNames(normalize(term)).split(' ').filter((w) => w && !SEARCH_STOP_WORDS.has(w))
  if (words.length === 0) return null
  // Single digits stay: "stap 2" must not become "stap".
  const out = words.map(stem).filter((w) => w.length > 1 || /\d/.test(w))
  return out.length === 1 ? out[0]! : out.length ? out : null
}

const OPTIONS = {
  fields: ['title', 'keywords', 'text', 'asked', 'typed'],
  // Only the title: the ref is the document's id already, and the kind is the ref's prefix (the
  // Worker bundle carries the serialised index; ref and kind stored again cost about 4 KB gzip).
  storeFields: ['title'],
  idField: 'ref',
  processTerm,
  tokenize: (text: string) => joinNames(text).split(/[\s\n]+/),
  searchOptions: {
    boost: { title: 3, keywords: 2.5, text: 1, asked: 1, typed: 1 },
    fuzzy: (term: string) => (term.length >= 7 ? 0.2 : term.length >= 5 ? 1 : 0),
    // Two typos is what people make in one word; more mostly finds other words, and each extra
    // edit multiplies the cost of the walk over the term tree (profiled: the bulk of a text turn).
    maxFuzzy: 2,
    // From five letters: "test" must not find "testament".
    prefix: (term: string) => term.length >= 4,
    combineWith: 'OR' as const,
  },
}

/** Typed questions rank, but a word found only there is still unknown to the knowledge (isConfident). */
const NOT_KNOWN_FROM: ReadonlySet<string> = new Set(['typed'])

/** A term in at least this share of the entries is common: shared alone, it does not make a hit relevant. */
const COMMON_SHARE = 0.05

export class MiniSearchIndex implements SearchIndex {
  /** Speed only: `mini.search(query).slice(0, limit)` and the terms that matched (top-results.ts). */
  private readonly top: ReturnType<typeof topResults>
  /** The terms of the index (as processed), to split compounds it does not know into parts it does. */
  private readonly vocabulary: Vocabulary

  private constructor(
    private readonly mini: MiniSearch<SearchDoc>,
    private readonly common: ReadonlySet<string>,
  ) {
    rememberFuzzyLookups(mini)
    this.top = topResults(mini as MiniSearch<never>, undefined, NOT_KNOWN_FROM)
    this.vocabulary = vocabularyOf(mini)
  }

  static build(docs: SearchDoc[]): MiniSearchIndex {
    const mini = new MiniSearch<SearchDoc>(OPTIONS)
    mini.addAll(docs)
    return new MiniSearchIndex(mini, commonTerms(docs))
  }

  /** Loads an index serialised with toJSON() (built at build time for Workers). */
  static load(json: unknown): MiniSearchIndex {
    const data = json as { mini: unknown; common: string[] }
    return new MiniSearchIndex(MiniSearch.loadJS(data.mini as never, OPTIONS), new Set(data.common))
  }

  toJSON(): unknown {
    return { mini: this.mini.toJSON(), common: [...this.common] }
  }

  search(raw: string, limit = 5): SearchHit[] {
    const query = prepareQuery(withDutchSearchWords(raw))
    const terms = new Set(meaningfulWords(query).map(stem))
    if (terms.size === 0) return []
    const ranked = this.top.lean(query, limit)
    // Asked again with its parts when a compound the knowledge does not know has parts that name an entry.
    const { text, compounds } = this.withCompoundsSplit(query, ranked.known)
    if (compounds.length === 0) return ranked.top.map((r) => toHit(r, terms.size, Math.max(0, terms.size - ranked.known.size), this.common))
    const again = this.top.lean(text, limit)
    // A compound is one word the user typed: known once split, and matched once however many parts an entry has.
    const unknownTerms = Math.max(0, terms.size - ranked.known.size - compounds.length)
    return again.top.map((r) => toHit(r, terms.size, unknownTerms, this.common, compounds))
  }

  /** The query with each unknown compound replaced by its two known parts (compounds.ts), and those parts as terms. */
  private withCompoundsSplit(query: string, known: ReadonlySet<string>): { text: string; compounds: Array<[string, string]> } {
    const compounds: Array<[string, string]> = []
    const words = joinNames(normalize(query))
      .split(' ')
      .map((w) => {
        if (!w || SEARCH_STOP_WORDS.has(w) || known.has(stem(w))) return w
        const parts = splitCompound(w, this.vocabulary, stem)
        if (!parts) return w
        compounds.push([stem(parts[0]), stem(parts[1])])
        return parts.join(' ')
      })
    return { text: compounds.length ? words.join(' ') : query, compounds }
  }
}

/**
 * The index's terms, and whether an entry is about both parts of a compound: read from
 * minisearch's own term index (term → field → entries), which a serialised index keeps as well.
 */
function vocabularyOf(mini: MiniSearch<SearchDoc>): Vocabulary {
  type ByField = Map<number, Map<number, number>>
  const internals = mini as unknown as {
    _index: { get(term: string): ByField | undefined; atPrefix(prefix: string): Iterable<[string, ByField]> }
    _fieldIds: Record<string, number>
  }
  const index = internals._index
  const strong = [internals._fieldIds.title!, internals._fieldIds.keywords!]
  const entries = (byField: ByField | undefined, fields: number[]) => fields.flatMap((f) => [...(byField?.get(f)?.keys() ?? [])])
  return {
    has: (term) => index.get(term) !== undefined,
    together: (head, tail) => {
      const about = new Set(entries(index.get(head), strong))
      if (about.size === 0) return false
      // A short tail must be the word itself: "huis" is not "huisbezoek".
      const like: Iterable<[string, ByField]> = tail.length > SHARED_START ? index.atPrefix(tail.slice(0, SHARED_START)) : [[tail, index.get(stem(tail))!]]
      for (const [, byField] of like) if (entries(byField, strong).some((e) => about.has(e))) return true
      return false
    },
  }
}

/** How many first letters a word in the entry must share with the tail of a compound ("ontspo-"). */
const SHARED_START = 6

/** The words of a query that carry meaning (normalised, stop words out), each once. */
function meaningfulWords(query: string): string[] {
  return [...new Set(joinNames(normalize(query)).split(' ').filter((w) => w && !SEARCH_STOP_WORDS.has(w)))]
}

/** Terms (as the index processes them) that stand in at least COMMON_SHARE of the documents. */
function commonTerms(docs: SearchDoc[]): Set<string> {
  const df = new Map<string, number>()
  for (const d of docs) {
    const seen = new Set<string>()
    for (const field of [d.title, d.keywords, d.text, d.asked])
      for (const token of OPTIONS.tokenize(field)) {
        const t = processTerm(token)
        for (const term of t === null ? [] : Array.isArray(t) ? t : [t]) seen.add(term)
      }
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1)
  }
  return new Set([...df].filter(([, n]) => n >= docs.length * COMMON_SHARE).map(([t]) => t))
}

function toHit(r: LeanResult, queryTerms: number, unknownTerms: number, common: ReadonlySet<string>, compounds: Array<[string, string]> = []): SearchHit {
  const matchedQueryTerms = new Set(r.queryTerms)
  // Both parts of one typed compound are one matched word.
  for (const [head, tail] of compounds) if (matchedQueryTerms.has(head) && matchedQueryTerms.has(tail)) matchedQueryTerms.delete(tail)
  return {
    ref: r.ref,
    kind: r.ref.slice(0, r.ref.indexOf(':')) as SearchHit['kind'],
    title: r.fields.title as string,
    score: r.score,
    matched: matchedQueryTerms.size,
    queryTerms,
    // Found in what the entry is about (title, keywords) or in what people ask for it, not only in its body text.
    strong: r.strong,
    unknownTerms,
    onlyCommon: matchedQueryTerms.size === 1 && common.has([...matchedQueryTerms][0]!),
  }
}

/**
 * Speed only, same results: fuzzy lookups dominate the cost of a typed question (profiled under
 * load: minisearch's Levenshtein walk over the term tree was two thirds of a text turn), and
 * long words get up to 0.2 x length edits, so "vertrouwenscontactpersoon" walks with 5. A
 * lookup depends only on the term, the distance and the index, and the index never changes
 * after it is built, so results are remembered per (term, distance). Bounded, because terms
 * come from users.
 */
function rememberFuzzyLookups(mini: MiniSearch<SearchDoc>, max = 4000): void {
  type Lookup = (term: string, maxDistance: number) => Map<string, unknown>
  const index = (mini as unknown as { _index?: { fuzzyGet?: Lookup; _tree?: unknown } })._index
  if (!index || typeof index.fuzzyGet !== 'function') return
  // A term seen for the first time: the same lookup without the walk over the term tree (fuzzy-terms.ts).
  const own = index.fuzzyGet
  const walk = (term: string, d: number) => own.call(index, term, d) as Map<string, [unknown, number]>
  const lookup: Lookup = index._tree instanceof Map && index._tree.size > 0 ? fuzzyTerms(index._tree as Map<string, unknown>, walk) : walk
  const cache = new BoundedMemo<Map<string, unknown>>(max)
  index.fuzzyGet = (term, maxDistance) => {
    const key = `${maxDistance}\0${term}`
    let hit = cache.get(key)
    if (hit === undefined) {
      hit = lookup(term, maxDistance)
      cache.set(key, hit)
    }
    // A copy: minisearch deletes the terms it also found as prefixes from the map it gets.
    return new Map(hit)
  }
}
