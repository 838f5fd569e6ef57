/** `npm start`: the service on http://127.0.0.1:8787 (PORT and HOST override), in-memory store. */
import { serve } from '@hono/node-server'
import { readCachedBundle } from './cached-bundle.js'
import { orExitOnContentError, readContentFiles } from './content-files.js'
import { nodeApp } from './node-app.js'
import { DEFAULT_INSIGHT_DB } from './sqlite-insight-store.js'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'

// The checked content from the startup cache when nothing changed. Only when it misses are the
// content checker (YAML, zod, the schemas) and the index builder loaded (their own chunk of the
// build), which saves their loading on every other start.
const files = readContentFiles(process.env.CONTENT_ROOT || undefined)
const cacheOn = process.env.CONTENT_CACHE !== '0'
let bundle = cacheOn ? readCachedBundle(files) : undefined
if (!bundle) {
  const { loadOrBuildBundle } = await import('./bundle-cache.js')
  bundle = orExitOnContentError(() => loadOrBuildBundle(files, cacheOn), 'Meldwijzer start niet: de inhoud bevat fouten.')
}
const { app, insight } = nodeApp(bundle, { env: { INSIGHT_DB: DEFAULT_INSIGHT_DB, ...process.env } })
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(
    `Meldwijzer luistert op http://${hostname}:${info.port} (${bundle.content.flows.size} flows, ` +
      `${bundle.content.topics.size + bundle.content.signals.size + bundle.content.sectors.size} kennisitems; geheugenopslag)`,
  )
})

// Stop cleanly on Ctrl-C or a supervisor's TERM: finish open requests, flush the logs (exit
// handlers run), and exit 0. A second signal, or 5 s, ends it at once.
const stop = () => {
  // Counts still in memory are written before the process ends.
  server.close(() => void (insight?.close() ?? Promise.resolve()).finally(() => process.exit(0)))
  setTimeout(() => process.exit(0), 5000).unref()
  process.once('SIGINT', () => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
