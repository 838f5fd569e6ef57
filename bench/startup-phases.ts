/**
 * Where startup time goes, phase by phase, in a fresh process (run by bench/startup.ts):
 * module loading, reading the content, the content check (YAML, zod, references), building the
 * search index, wiring the app. Prints one JSON line.
 */
const t0 = performance.now()
const since = (t: number) => Math.round((performance.now() - t) * 10) / 10
const { readContentFiles } = await import('../bot/runtime/node/content-files.js')
const { checkContent } = await import('../bot/content/check.js')
const { searchDocuments } = await import('../bot/core/search/documents.js')
const { MiniSearchIndex } = await import('../bot/core/search/search-index.js')
await import('../bot/runtime/node/create-node-app.js')
const importMs = since(t0)
let t = performance.now()
const files = readContentFiles()
const readMs = since(t)
t = performance.now()
const checked = checkContent(files)
const checkMs = since(t)
if (!checked.ok) throw new Error('content has problems')
t = performance.now()
MiniSearchIndex.build(searchDocuments(checked.content))
const indexMs = since(t)
console.log(JSON.stringify({ beforeFirstLineMs: Math.round(t0), importMs, readMs, checkMs, indexMs, files: files.length, kb: Math.round(files.reduce((n, f) => n + f.text.length, 0) / 1024) }))
