/**
 * The speed-ups of a text turn change no answer. Each is checked against the plain way of
 * computing the same thing, over the messages of the evaluation:
 *  - the danger classifier's features, hashed straight from the characters and remembered per word,
 *    against hashing every feature string as the definition in features.ts says;
 *  - the search, which remembers each term's scores, against a fresh index that has seen nothing;
 *  - the edit distance of the typo checks, on rows kept between calls, against fresh arrays per call;
 *  - the search's fuzzy lookups (fuzzy-terms.ts), against minisearch's walk over its term tree;
 *  - the search's top hits, added up from the remembered term scores (top-results.ts), against
 *    minisearch's own search, sliced;
 *  - short-string matching (commands, button labels), which skips fuse.js when no entry can be
 *    close enough, against fuse.js on every call;
 *  - the danger terms tried per message (TermIndex), against trying every term;
 *  - the classifier's weights read from a flat array, against the weights in a Map as packed;
 *  - a flow node's reply, made once per audience, sector and organisation, against rendering it again.
 */
import Fuse from 'fuse.js'
import type MiniSearch from 'minisearch'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ShortStringMatcher } from '../../bot/core/nlp/fuzzy.js'
import { editDistance } from '../../bot/core/nlp/edit-distance.js'
import { fold } from '../../bot/core/nlp/normalize.js'
import { searchDocuments } from '../../bot/core/search/documents.js'
import { prepareQuery } from '../../bot/core/search/query.js'
import { MiniSearchIndex } from '../../bot/core/search/search-index.js'
import { fuzzyTerms } from '../../bot/core/search/fuzzy-terms.js'
import { topResults } from '../../bot/core/search/top-results.js'
import { DangerClassifier, decodeBase64, sigmoid } from '../../bot/core/understanding/classifier.js'
import { featuresOf, hashFeature, sentenceWords, words } from '../../bot/core/understanding/features.js'
import { TermIndex, compileTerm, termPosition, type CompiledTerm } from '../../bot/core/understanding/terms.js'
import { stemWord } from '../../bot/core/understanding/stem.js'
import { scanPii, scanPiiPlain } from '../../bot/core/understanding/privacy.js'
import { readFileSync } from 'node:fs'
import { loadEvalSet } from '../eval/eval-set.js'
import { realBundle } from '../support/engine.js'
import type { Flow, FlowNode } from '../../bot/content/schema.js'
import type { Organisation } from '../../bot/content/organisation-schema.js'
import type { Reply, Session } from '../../bot/core/types.js'

const texts = [...new Set(loadEvalSet().flatMap((i) => [i.text, ...(i.turns ?? [])].filter((t): t is string => typeof t === 'string')))]

/** The features as features.ts defines them: every feature as a string, hashed, distinct, sorted. */
function plainFeatures(tokens: readonly string[], facts: readonly string[]): number[] {
  const out = new Set<number>()
  for (const f of facts) out.add(hashFeature(`r:${f}`))
  let previous = '^'
  for (const w of tokens) {
    const s = stemWord(w)
    out.add(hashFeature(`w:${w}`))
    out.add(hashFeature(`s:${s}`))
    out.add(hashFeature(`b:${previous}_${s}`))
    previous = s
    const padded = `<${w}>`
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(hashFeature(`c:${padded.slice(i, i + n)}`))
  }
  out.add(hashFeature(`b:${previous}_$`))
  return [...out].sort((a, b) => a - b)
}

/** Optimal-string-alignment distance with early exit, as edit-distance.ts first wrote it: fresh arrays per call. */
function plainEditDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const prev2 = new Array<number>(b.length + 1).fill(0)
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  let cur = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}

describe('speed-ups give the same results as the plain computation', () => {
  it('classifier features, twice over every eval message (remembered words the second time)', () => {
    expect(texts.length).toBeGreaterThan(500)
    for (let pass = 0; pass < 2; pass++)
      for (const t of [...texts, '', 'één', 'Veilig Thuis 0800-2000']) {
        const facts = pass ? ['concept:wurging', 'urgent'] : []
        expect(featuresOf(words(t), facts)).toEqual(plainFeatures(words(t), facts))
      }
  })

  it('privacy scan: the same kinds and redaction with and without the venue-name shortcut, on every eval message, the privacy tests and case variants', () => {
    const { understanding } = realBundle()
    const quoted = ['safety-privacy.test.ts', 'understanding-privacy.test.ts'].flatMap((f) =>
      [...readFileSync(new URL(f, import.meta.url), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){6,})'|"((?:[^"\\\n]|\\.){6,})"/g)].map((m) => m[1] ?? m[2]!),
    )
    expect(quoted.length).toBeGreaterThan(200)
    const all = [...texts, ...quoted]
    for (const t of [...all, ...all.map((x) => x.toLowerCase()), ...all.map((x) => x.charAt(0).toUpperCase() + x.slice(1).toLowerCase())])
      expect(scanPii(t, understanding.ownNumbers, understanding.knownWords)).toEqual(scanPiiPlain(t, understanding.ownNumbers, understanding.knownWords))
  })

  it('search hits, on an index that has answered every question before, in the other order', () => {
    const docs = searchDocuments(realBundle().content)
    const warm = MiniSearchIndex.build(docs)
    for (const t of [...texts].reverse()) warm.search(t, 8)
    // A fresh index per slice: nothing remembered from the other questions.
    for (let i = 0; i < texts.length; i += 100) {
      const fresh = MiniSearchIndex.build(docs)
      for (const t of texts.slice(i, i + 100)) expect(warm.search(t, 8)).toEqual(fresh.search(t, 8))
    }
  }, 60_000)

  it('edit distance: the same number as with fresh arrays, for eval words against each other and typos, at every bound', () => {
    const vocabulary = [...new Set(texts.flatMap((t) => words(t)))].slice(0, 400)
    const typos = vocabulary.flatMap((w) => [w.slice(1), `${w}e`, w.length > 2 ? w[1]! + w[0]! + w.slice(2) : w, w.replace(/[aeiou]/, 'x')])
    const all = [...vocabulary, ...typos, '', 'a', 'ab', 'ba', 'abc', 'cab', 'één', 'a'.repeat(70), 'b'.repeat(69)]
    let compared = 0
    let differ = 0
    for (let i = 0; i < all.length; i++)
      for (let k = i % 7; k < all.length; k += 7) {
        for (const max of [0, 1, 2, 3, Infinity]) {
          compared++
          if (editDistance(all[i]!, all[k]!, max) !== plainEditDistance(all[i]!, all[k]!, max)) differ++
        }
      }
    expect(compared).toBeGreaterThan(500_000)
    expect(differ).toBe(0)
  }, 60_000)

  it("fuzzy lookups: the same terms, data, distances and order as minisearch's own, for every eval word and typos of it", () => {
    type Lookup = (term: string, d: number) => Map<string, [unknown, number]>
    const mini = (MiniSearchIndex.build(searchDocuments(realBundle().content)) as unknown as { mini: MiniSearch<never> }).mini
    const inner = (mini as unknown as { _index: { _tree: Map<string, unknown> } })._index
    const own = (Object.getPrototypeOf(inner) as { fuzzyGet: Lookup }).fuzzyGet
    const options = (mini as unknown as { _options: { tokenize: (t: string) => string[]; processTerm: (t: string) => string | string[] | null } })._options
    const terms = new Set<string>()
    for (const t of texts)
      for (const token of options.tokenize(t)) for (const term of [options.processTerm(token) ?? []].flat()) terms.add(term)
    // Typos: every word with one letter left out, and a few made-up words.
    for (const t of [...terms]) for (let k = 0; k < t.length; k += 2) terms.add(t.slice(0, k) + t.slice(k + 1))
    for (const t of ['', 'x', 'zzzzzzzzzzzz', 'vertrouwenscontactpersoonnn', '12345', 'ééé']) terms.add(t)
    expect(terms.size).toBeGreaterThan(3000)
    const lookup = fuzzyTerms(inner._tree, (t, d) => own.call(inner, t, d))
    // While its list of terms is incomplete it asks minisearch itself; from then on it compares on its own.
    let listing = 0
    const listed = fuzzyTerms(inner._tree, (t, d) => (listing++, own.call(inner, t, d)))
    for (let i = 0; i < 100; i++) listed('kindermishandeling', 2)
    expect(listing).toBeGreaterThan(0)
    expect(listing).toBeLessThan(100)
    let differ = 0
    let found = 0
    for (const d of [1, 2, 3])
      for (const t of terms) {
        const want = [...own.call(inner, t, d)]
        const got = [...lookup(t, d)]
        found += got.length
        // Keys and distances equal, the data the very same object, in the same order.
        if (got.length !== want.length || got.some(([k, [data, dist]], i) => k !== want[i]![0] || data !== want[i]![1][0] || dist !== want[i]![1][1])) differ++
      }
    expect(found).toBeGreaterThan(10_000)
    expect(differ).toBe(0)
  }, 120_000)

  it('top results and the lean hits, warm, against minisearch ranking every entry (repeated words, 3 and 8 hits)', () => {
    const docs = searchDocuments(realBundle().content)
    const miniOf = (i: MiniSearchIndex) => (i as unknown as { mini: MiniSearch<never> }).mini
    const plain = miniOf(MiniSearchIndex.build(docs))
    const top = topResults(miniOf(MiniSearchIndex.build(docs)))
    const queries = [...texts.map(prepareQuery), 'stap 4 of stap 5 stap', 'kind kind kind', '', 'veilig thuis', 'xyzzy qwerty']
    let differ = 0
    let strongSeen = 0
    for (let pass = 0; pass < 2; pass++)
      for (const q of queries) {
        const all = plain.search(q)
        for (const limit of [3, 8]) {
          const got = top(q, limit)
          // Deep and strict: the same entries in the same order, bit-identical scores, the same matches.
          if (!isDeepStrictEqual(got.top, all.slice(0, limit)) || !isDeepStrictEqual(got.known, new Set(all.flatMap((r) => r.queryTerms)))) differ++
          // The lean hits the search index reads: the same entries, scores, query terms and strength.
          const lean = top.lean(q, limit)
          const want = all.slice(0, limit).map((r) => ({
            ref: r.id,
            title: r.title,
            score: r.score,
            queryTerms: r.queryTerms,
            strong: Object.values(r.match).some((fields) => fields.includes('title') || fields.includes('keywords')),
          }))
          const leanGot = lean.top.map((r) => ({ ref: r.ref, title: r.fields.title, score: r.score, queryTerms: r.queryTerms, strong: r.strong }))
          if (!isDeepStrictEqual(leanGot, want) || !isDeepStrictEqual(lean.known, got.known)) differ++
          strongSeen += want.filter((w) => w.strong).length
        }
      }
    expect(differ).toBe(0)
    expect(strongSeen).toBeGreaterThan(1000)
  }, 60_000)

  it('danger terms: the candidates of a message include every term that occurs in it, twice over the eval', () => {
    const { safety } = realBundle().content
    const owners = [...safety.concepts, ...safety.markers].map((o) => o.terms.map(compileTerm))
    const index = new TermIndex(owners)
    let occurring = 0
    for (let pass = 0; pass < 2; pass++)
      for (const t of [...texts, 'gewurgd', 'hij wurgt haar nu']) {
        const tokens = sentenceWords(t)
        const plain: string[] = []
        owners.forEach((terms, owner) => terms.forEach((term) => termPosition(term, tokens) >= 0 && plain.push(`${owner}:${term.source}`)))
        const tried: string[] = []
        index.forCandidates(new Set(tokens), (owner, term: CompiledTerm) => termPosition(term, tokens) >= 0 && tried.push(`${owner}:${term.source}`))
        expect(tried.sort()).toEqual(plain.sort())
        occurring += plain.length
      }
    expect(occurring).toBeGreaterThan(500)
  })

  it('classifier probability, bit-identical to summing the packed weights from a Map', () => {
    const model = realBundle().content.safety.model!
    const classifier = new DangerClassifier(model)
    const weights = plainWeights(model.weights, model.size, model.scale)
    for (const t of texts) {
      const tokens = words(t)
      const features = featuresOf(tokens, ['urgent'])
      let z = 0
      for (const f of features) z += weights.get(f) ?? 0
      const expected = features.length ? sigmoid(model.bias + z / Math.sqrt(features.length)) : 0
      expect(Object.is(classifier.probability(tokens, ['urgent']), expected)).toBe(true)
    }
  })

  it('short-string matching, on word sequences and short messages from the eval and typos of every button label', () => {
    const { content } = realBundle()
    const lists = [...content.nodes.values()].flatMap((n) => (n.choices?.length ? [n.choices.map((c) => c.label)] : []))
    const sequences = new Set<string>()
    const ws = texts.slice(0, 100).flatMap((t) => fold(t).split(' '))
    for (let i = 0; i < ws.length; i++) for (let n = 1; n <= 3; n++) sequences.add(ws.slice(i, i + n).join(' '))
    // Whole messages of up to six words, as the buttons on screen are matched against them.
    for (const t of texts) if (fold(t).split(' ').length <= 6) sequences.add(t)
    let fused = 0
    for (const labels of lists.slice(0, 12))
      for (const threshold of [0.2, 0.35]) {
        const entries = labels.map((l, i) => [l, i] as const)
        const matcher = new ShortStringMatcher(entries, threshold)
        const plainMatch = plainMatcher(entries, threshold)
        const typos = labels.flatMap((l) => {
          const f = fold(l)
          return [f.slice(1), f.slice(0, -2), `${f.slice(0, 3)}x${f.slice(4)}`, f.split(' ')[0]!, f.split(' ').slice(0, 2).join(' ')]
        })
        for (const typed of [...typos, ...sequences]) {
          const expected = plainMatch(typed)
          if (expected !== undefined) fused++
          expect(matcher.match(typed)).toBe(expected)
        }
      }
    // The comparison includes real fuzzy matches, not only misses.
    expect(fused).toBeGreaterThan(50)
  }, 60_000)
})

/** ShortStringMatcher.match without its shortcuts: fuse.js on every call. */
function plainMatcher<T>(entries: ReadonlyArray<readonly [string, T]>, threshold: number): (typed: string) => T | undefined {
  const items = entries.map(([key, value]) => ({ key: fold(key), value }))
  const fuse = new Fuse(items, { keys: ['key'], includeScore: true, ignoreLocation: true, threshold, minMatchCharLength: 2 })
  return (typed) => {
    const key = fold(typed)
    if (!key) return undefined
    const exact = items.find((it) => it.key === key)
    if (exact) return exact.value
    const close = (entry: number) => Math.abs(entry - key.length) <= Math.max(2, key.length * 0.4)
    const best = fuse.search(key, { limit: 1 })[0]
    if (!best || (best.score ?? 1) > threshold || !close(best.item.key.length)) return undefined
    return best.item.value
  }
}

/** The classifier's weights as it kept them before: a Map from feature to byte x scale. */
function plainWeights(packed: string, size: number, scale: number): Map<number, number> {
  const bytes = decodeBase64(packed)
  const out = new Map<number, number>()
  let at = 0
  let feature = 0
  for (let n = 0; n < size; n++) {
    let gap = 0
    let shift = 0
    for (;;) {
      const b = bytes[at++]!
      gap |= (b & 0x7f) << shift
      if (b < 0x80) break
      shift += 7
    }
    feature += gap
    const v = bytes[at++]!
    out.set(feature, (v > 127 ? v - 256 : v) * scale)
  }
  return out
}

describe('a button turn shares what cannot change', () => {
  it("a flow node's reply, made once per audience, sector and organisation, is the plain rendering, and frozen", async () => {
    const { engine, content, organisations } = realBundle()
    // Every flow node, every audience (role) and every sector a choice names, without and with
    // each example organisation: the remembered reply (asked twice) against rendering it again.
    type Render = (s: Session, f: Flow, n: FlowNode) => Reply
    const e = engine as unknown as { nodeReply: Render; renderNodeReply: Render; turn: { organisation?: Organisation } }
    const sectors = new Set<string | undefined>([undefined, ''])
    for (const f of content.flows.values()) for (const n of f.nodes) for (const c of n.choices ?? []) if (c.set?.sector) sectors.add(c.set.sector)
    const orgs: Array<Organisation | undefined> = [undefined, ...(await Promise.all(['voorbeeld-basisschool', 'voorbeeld-voetbalclub'].map((id) => organisations.byId(id))))]
    expect(orgs.filter(Boolean)).toHaveLength(2)
    let checked = 0
    for (const organisation of orgs)
      for (const role of [undefined, 'professional', 'sport', 'wmo'])
        for (const sector of sectors)
          for (const flow of content.flows.values())
            for (const node of flow.nodes) {
              const session: Session = { id: 'x', createdAt: 0, updatedAt: 0, trail: [], answers: {}, turns: 2, ...(role ? { role } : {}), ...(sector !== undefined ? { sector } : {}), ...(organisation ? { organisation: organisation.id } : {}) }
              e.turn = { ...e.turn, organisation }
              const first = e.nodeReply(session, flow, node)
              expect(e.nodeReply(session, flow, node)).toBe(first)
              expect(first).toStrictEqual(e.renderNodeReply(session, flow, node))
              expect(Object.isFrozen(first) && Object.isFrozen(first.actions ?? []) && (first.actions ?? []).every((a) => Object.isFrozen(a))).toBe(true)
              checked++
            }
    expect(checked).toBeGreaterThan(1000)
  })

  it('the doubt reply, made once per audience and organisation, is the plain rendering, and frozen', async () => {
    const { engine, organisations } = realBundle()
    type Render = (s?: Session) => Reply
    const e = engine as unknown as { doubtReply: Render; renderDoubtReply: Render; turn: { organisation?: Organisation; shown: string[] } }
    const orgs: Array<Organisation | undefined> = [undefined, ...(await Promise.all(['voorbeeld-basisschool', 'voorbeeld-voetbalclub'].map((id) => organisations.byId(id))))]
    expect(orgs.filter(Boolean)).toHaveLength(2)
    const texts = new Set<string>()
    for (const organisation of orgs)
      for (const role of [undefined, 'professional', 'sport', 'wmo', 'none'])
        for (const sector of [undefined, 'onderwijs']) {
          const session: Session | undefined =
            role === 'none' ? undefined : { id: 'x', createdAt: 0, updatedAt: 0, trail: [], answers: {}, turns: 2, ...(role ? { role } : {}), ...(sector ? { sector } : {}), ...(organisation ? { organisation: organisation.id } : {}) }
          e.turn = { ...e.turn, organisation, shown: [] }
          const first = e.doubtReply(session)
          expect(e.turn.shown).toEqual(['topic:twijfel-veilig-thuis'])
          expect(e.doubtReply(session)).toBe(first)
          expect(first).toStrictEqual(e.renderDoubtReply(session))
          expect(Object.isFrozen(first) && Object.isFrozen(first.actions ?? []) && (first.actions ?? []).every((a) => Object.isFrozen(a))).toBe(true)
          texts.add(first.text)
        }
    // The audiences' plain-language texts and the organisations' own contact lines differ.
    expect(texts.size).toBeGreaterThan(3)
  })
})
