import { buildBundle } from '../bot/compose/bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { searchDocuments } from '../bot/core/search/documents.js'
import { stem } from '../bot/core/search/search-index.js'
import { normalize, SEARCH_STOP_WORDS } from '../bot/core/nlp/normalize.js'
const b = buildBundle(readContentFiles(undefined))
const docs = searchDocuments(b.content)
const df = new Map<string, number>()
for (const d of docs) {
  const terms = new Set(normalize(`${d.title} ${d.keywords} ${d.text}`).split(' ').filter((w) => w && !SEARCH_STOP_WORDS.has(w)).map(stem))
  for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1)
}
console.log(docs.length)
console.log([...df.entries()].sort((a, b) => b[1] - a[1]).slice(0, 120).map(([t, n]) => `${t}:${n}`).join(' '))
for (const w of ['zegt', 'gewurgd', 'terugkomt', 'afspraken', 'kind', 'vaak']) console.log(w, stem(w), df.get(stem(w)))
