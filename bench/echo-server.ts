/**
 * The baseline: a bare Hono app on @hono/node-server that echoes a JSON body, nothing else. It
 * shows what the framework and Node can do on this machine, so the chat figures have a scale.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { allowListCors } from '../bot/http/cors.js'
import { securityHeaders } from '../bot/http/security-headers.js'

const app = new Hono()
// ECHO_MIDDLEWARE=1 adds the same security headers, CORS and body limit as bot/http/app.ts, so
// the bench can tell the cost of that middleware apart from the cost of a chat turn.
if (process.env.ECHO_MIDDLEWARE === '1') {
  app.use('*', securityHeaders())
  app.use('/echo', allowListCors({ allowedOrigins: ['https://example.nl'], methods: ['POST', 'OPTIONS'], headers: ['Content-Type'], maxAgeSeconds: 600 }))
  // As bot/http/app.ts: decide on Content-Length, stream-limit only chunked bodies.
  const streaming = bodyLimit({ maxSize: 16 * 1024 })
  app.use('/echo', (c, next) => {
    const length = Number(c.req.header('content-length') ?? NaN)
    if (Number.isFinite(length) && c.req.header('transfer-encoding') === undefined) return length > 16 * 1024 ? Promise.resolve(c.json({ error: 'too large' }, 413)) : next()
    return streaming(c, next)
  })
}
app.post('/echo', async (c) => c.json(await c.req.json()))
app.get('/healthz', (c) => c.json({ status: 'ok' }))

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`echo op http://127.0.0.1:${info.port}`)
})
