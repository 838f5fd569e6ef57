/**
 * The baseline: a bare Hono app on @hono/node-server that echoes a JSON body, nothing else. It
 * shows what the framework and Node can do on this machine, so the chat figures have a scale.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/echo', async (c) => c.json(await c.req.json()))
app.get('/healthz', (c) => c.json({ status: 'ok' }))

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`echo op http://127.0.0.1:${info.port}`)
})
