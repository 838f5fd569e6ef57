/** `npm start`: the service on http://127.0.0.1:8787 (PORT and HOST override), in-memory store. */
import { serve } from '@hono/node-server'
import { ContentError } from '../../content/bundle.js'
import { createNodeApp } from './create-node-app.js'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'

try {
  const { app, bundle } = createNodeApp()
  serve({ fetch: app.fetch, port, hostname }, (info) => {
    console.log(
      `Meldwijzer luistert op http://${hostname}:${info.port} (${bundle.content.flows.size} flows, ` +
        `${bundle.content.topics.size + bundle.content.signals.size + bundle.content.sectors.size} kennisitems; geheugenopslag)`,
    )
  })
} catch (err) {
  if (err instanceof ContentError) {
    console.error('Meldwijzer start niet: de inhoud bevat fouten.\n')
    console.error(err.message)
    process.exit(1)
  }
  throw err
}
