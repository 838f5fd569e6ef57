/**
 * The body limit over a real socket, where requests carry Content-Length and the app decides on
 * it without reading the body (bot/http/app.ts), and with chunked bodies, which are counted as
 * they stream. Either way: 413 JSON with the Veilig Thuis line, and normal turns still work.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeApp } from './support.js'

let url = ''
let close = () => {}
beforeAll(async () => {
  const { app } = nodeApp()
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      url = `http://127.0.0.1:${info.port}`
      resolve()
    })
    close = () => server.close()
  })
})
afterAll(() => close())

const post = (body: BodyInit, init: RequestInit = {}) =>
  fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, ...init })

describe('body limit over a socket', () => {
  it('refuses a body over 16 KB by its Content-Length', async () => {
    const res = await post(JSON.stringify({ text: 'a'.repeat(17 * 1024) }))
    expect(res.status).toBe(413)
    const text = await res.text()
    expect(JSON.parse(text).error.code).toBe('payload_too_large')
    expect(text).toContain('0800-2000')
  })

  it('refuses a chunked body once it passes 16 KB', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(4096))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const res = await post(stream, { duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('0800-2000')
  })

  it('answers a normal turn, sent with Content-Length or chunked', async () => {
    const ok = await post(JSON.stringify({ action: 'menu' }))
    expect(ok.status).toBe(200)
    const body = new TextEncoder().encode(JSON.stringify({ text: 'wat is de kindcheck' }))
    const chunked = await post(new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(body), c.close()) }), { duplex: 'half' } as RequestInit)
    expect(chunked.status).toBe(200)
    expect(await chunked.text()).toContain('0800-2000')
  })
})
