/**
 * `npm run eval:engines`: minisearch (what Meldwijzer ranks with) against fuse.js on the same
 * evaluation queries and the same documents. Items in tests/eval/regression/*.yaml that carry
 * `ref: kind:id` name the document that should rank first; we report recall@1 and recall@5 and
 * the time per query (p50/p99) for each engine.
 *
 * fuse.js is configured as shared/stack.md §5 recommends when it must be used: extended search
 * over short fields only (title, keywords; never body text), ignoreLocation, ignoreDiacritics,
 * threshold 0.35, stop words stripped from the query, and the index prebuilt with
 * Fuse.createIndex. Extended search joins terms with AND (every word must match); we also show
 * the OR form ("a | b"), which long chat questions need. A plain bitap fuse over all fields is
 * listed for contrast.
 *   --json       machine-readable output
 *   --misses     list the queries each engine ranks wrong
 *   --seconds=N  minimum timing time per engine (default 1)
 */
import Fuse, { type IFuseOptions } from 'fuse.js'
import { buildBundle } from '../../bot/compose/build-bundle.js'
import { contentTokens } from '../../bot/core/nlp/normalize.js'
import { searchDocuments } from '../../bot/core/search/documents.js'
import { MiniSearchIndex } from '../../bot/core/search/search-index.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'
import { loadEvalSet } from './eval-set.js'

const args = process.argv.slice(2)
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 1)

interface Engine {
  name: string
  buildMs: number
  search(query: string): string[]
}

const bundle = buildBundle(readContentFiles())
const docs = searchDocuments(bundle.content)
const known = new Set(docs.map((d) => d.ref))

/** The query of an item: its text, or the last typed turn of a multi-turn item. */
const queries = loadEvalSet()
  .filter((i) => i.ref)
  .map((i) => ({ id: i.id, ref: i.ref!, query: i.text ?? [...(i.turns ?? [])].reverse().find((t): t is string => typeof t === 'string') ?? '' }))
  .filter((q) => q.query)
const unknownRefs = queries.filter((q) => !known.has(q.ref))

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now()
  const out = fn()
  return [out, performance.now() - t]
}

function minisearch(): Engine {
  const [index, ms] = timed(() => MiniSearchIndex.build(docs))
  return { name: 'minisearch 7.2 (production config)', buildMs: ms, search: (q) => index.search(q, 5).map((h) => h.ref) }
}

/** fuse scores each string of an array on its own, so keywords go in as a list of short strings. */
interface FuseDoc {
  ref: string
  title: string
  keywords: string[]
  text: string
}
const fuseDocs: FuseDoc[] = docs.map((d) => ({ ref: d.ref, title: d.title, keywords: d.keywords.split(/\s*\n\s*/).filter(Boolean), text: d.text }))

function fuse(name: string, keys: IFuseOptions<FuseDoc>['keys'], options: IFuseOptions<FuseDoc>, toQuery: (q: string) => string): Engine {
  const [engine, ms] = timed(() => {
    const index = Fuse.createIndex(keys!, fuseDocs)
    return new Fuse(fuseDocs, { ...options, keys }, index)
  })
  return {
    name,
    buildMs: ms,
    search: (q) => {
      const query = toQuery(q)
      return query ? engine.search(query, { limit: 5 }).map((r) => r.item.ref) : []
    },
  }
}

const SHORT_FIELDS = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2 },
]
const EXTENDED: IFuseOptions<FuseDoc> = { useExtendedSearch: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.35 }
const terms = (q: string) => [...new Set(contentTokens(q))]

const engines: Engine[] = [
  minisearch(),
  fuse('fuse.js 7.5 extended, short fields, AND', SHORT_FIELDS, EXTENDED, (q) => terms(q).join(' ')),
  fuse('fuse.js 7.5 extended, short fields, OR', SHORT_FIELDS, EXTENDED, (q) => terms(q).join(' | ')),
  fuse('fuse.js 7.5 bitap, all fields (contrast)', [...SHORT_FIELDS, { name: 'text', weight: 1 }], { ignoreLocation: true, ignoreDiacritics: true, threshold: 0.4 }, (q) => terms(q).join(' ')),
]

interface Row {
  engine: string
  buildMs: number
  queries: number
  recallAt1: number
  recallAt5: number
  p50: number
  p99: number
  misses: Array<{ id: string; ref: string; got: string[] }>
}

const rows: Row[] = engines.map((e) => {
  let at1 = 0
  let at5 = 0
  const misses: Row['misses'] = []
  for (const q of queries) {
    const got = e.search(q.query)
    if (got[0] === q.ref) at1++
    if (got.includes(q.ref)) at5++
    else misses.push({ id: q.id, ref: q.ref, got: got.slice(0, 3) })
  }
  // Time every query repeatedly until `seconds` have passed (at least three rounds).
  const samples: number[] = []
  const until = performance.now() + seconds * 1000
  for (let round = 0; round < 3 || performance.now() < until; round++)
    for (const q of queries) {
      const t = performance.now()
      e.search(q.query)
      samples.push(performance.now() - t)
    }
  samples.sort((a, b) => a - b)
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? NaN
  const n = Math.max(1, queries.length)
  return { engine: e.name, buildMs: e.buildMs, queries: queries.length, recallAt1: at1 / n, recallAt5: at5 / n, p50: at(0.5), p99: at(0.99), misses }
})

if (args.includes('--json')) {
  console.log(JSON.stringify({ documents: docs.length, queries: queries.length, unknownRefs: unknownRefs.map((q) => q.id), rows }, null, 2))
} else {
  const f = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(3))
  console.log(`${docs.length} documents, ${queries.length} eval queries with a ref${unknownRefs.length ? ` (${unknownRefs.length} name an unknown document: ${unknownRefs.map((q) => q.id).join(', ')})` : ''}\n`)
  const head = ['engine', 'recall@1', 'recall@5', 'p50 ms', 'p99 ms', 'build ms']
  const body = rows.map((r) => [r.engine, r.recallAt1.toFixed(2), r.recallAt5.toFixed(2), f(r.p50), f(r.p99), f(r.buildMs)])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n'))
  if (args.includes('--misses'))
    for (const r of rows) {
      console.log(`\n${r.engine}: ${r.misses.length} not in the top 5`)
      for (const m of r.misses) console.log(`  ${m.id}: want ${m.ref}, got ${m.got.join(', ') || '(nothing)'}`)
    }
}
