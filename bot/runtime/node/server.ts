/** `npm start`: the service on http://127.0.0.1:8787 (PORT and HOST override), in-memory store. */
import { serve } from '@hono/node-server'
import { orExitOnContentError } from './content-files.js'
import { createNodeApp } from './create-node-app.js'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'

const { app, bundle } = orExitOnContentError(() => createNodeApp(), 'Meldwijzer start niet: de inhoud bevat fouten.')
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(
    `Meldwijzer luistert op http://${hostname}:${info.port} (${bundle.content.flows.size} flows, ` +
      `${bundle.content.topics.size + bundle.content.signals.size + bundle.content.sectors.size} kennisitems; geheugenopslag)`,
  )
})

// Stop cleanly on Ctrl-C or a supervisor's TERM: finish open requests, flush the logs (exit
// handlers run), and exit 0. A second signal, or 5 s, ends it at once.
const stop = () => {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 5000).unref()
  process.once('SIGINT', () => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
