/** Rate limiting on /api/chat: one client hammering gets 429s, another client still gets through. */
import { describe, expect, it } from 'vitest'
import { readAppConfig } from '../../bot/http/config.js'
import { TokenBuckets } from '../../bot/http/rate-limit.js'
import { chat, nodeApp } from './support.js'

describe('TokenBuckets', () => {
  it('allows a burst, then the sustained rate, and says when to retry', () => {
    let now = 0
    const b = new TokenBuckets({ perMinute: 60, burst: 5, maxClients: 100 }, () => now)
    for (let i = 0; i < 5; i++) expect(b.take('a').ok).toBe(true)
    const denied = b.take('a')
    expect(denied).toEqual({ ok: false, retryAfterS: 1 })
    now += 1000
    expect(b.take('a').ok).toBe(true)
    expect(b.take('a').ok).toBe(false)
    expect(b.take('b').ok).toBe(true)
  })

  it('keeps at most maxClients buckets however many clients appear', () => {
    const b = new TokenBuckets({ perMinute: 60, burst: 5, maxClients: 500 }, () => 0)
    for (let i = 0; i < 100_000; i++) b.take(`10.0.${i >> 8}.${i & 255}`)
    expect(b.size).toBe(500)
  })

  it('drops buckets that have refilled completely', () => {
    let now = 0
    const b = new TokenBuckets({ perMinute: 60, burst: 5, maxClients: 10_000 }, () => now)
    for (let i = 0; i < 50; i++) b.take(`c${i}`)
    now += 60_000
    for (let i = 0; i < 10; i++) b.take(`late${i}`)
    expect(b.size).toBeLessThan(60)
  })
})

describe('readAppConfig rate limit settings', () => {
  it('reads the environment, with safe defaults for nonsense', () => {
    expect(readAppConfig({}).rateLimit).toEqual({ perMinute: 60, burst: 20, maxClients: 10_000 })
    expect(readAppConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimit?.perMinute).toBe(0)
    expect(readAppConfig({ RATE_LIMIT_PER_MINUTE: 'veel', RATE_LIMIT_BURST: '-3' }).rateLimit).toMatchObject({ perMinute: 60, burst: 20 })
    expect(readAppConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true)
    expect(readAppConfig({}).trustProxy).toBe(false)
  })
})

describe('/api/chat under a flood', () => {
  const env = { TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '30', RATE_LIMIT_BURST: '10' }

  it('answers 429 JSON with the Veilig Thuis line and Retry-After to the flooding client; another client gets through', async () => {
    const { app } = nodeApp({ env, now: () => 0 })
    const flooder = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }
    const statuses: number[] = []
    for (let i = 0; i < 200; i++) {
      const { res, body } = await chat(app, { action: 'menu' }, flooder)
      statuses.push(res.status)
      if (res.status === 429) {
        expect(res.headers.get('content-type')).toMatch(/application\/json/)
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
        expect(body.error?.code).toBe('rate_limited')
        expect(JSON.stringify(body)).toContain('0800-2000')
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(190)

    const other = await chat(app, { action: 'menu' }, { 'x-forwarded-for': '198.51.100.2' })
    expect(other.res.status).toBe(200)
    expect(JSON.stringify(other.body)).toContain('0800-2000')
  })

  it('ignores X-Forwarded-For unless TRUST_PROXY is set, so a client cannot pick a fresh key per request', async () => {
    const { app } = nodeApp({ env: { RATE_LIMIT_PER_MINUTE: '30', RATE_LIMIT_BURST: '3' }, now: () => 0 })
    // Without a socket (app.request) and without trusting the proxy header there is no key: not limited.
    for (let i = 0; i < 10; i++) {
      const { res } = await chat(app, { action: 'menu' }, { 'x-forwarded-for': `192.0.2.${i}` })
      expect(res.status).toBe(200)
    }
  })

  it('limits on the runtime-provided key (the socket address on Node)', async () => {
    const { createApp } = await import('../../bot/http/app.js')
    const { service } = nodeApp()
    const app = createApp({
      service,
      config: { ...readAppConfig({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '2' }) },
      clientKey: (c) => c.req.header('x-test-socket'),
      now: () => 0,
    })
    const a = { 'x-test-socket': '127.0.0.1' }
    expect((await chat(app, { action: 'menu' }, a)).res.status).toBe(200)
    expect((await chat(app, { action: 'menu' }, a)).res.status).toBe(200)
    expect((await chat(app, { action: 'menu' }, a)).res.status).toBe(429)
    expect((await chat(app, { action: 'menu' }, { 'x-test-socket': '::1' })).res.status).toBe(200)
    // Health checks are never limited.
    expect((await app.request('/healthz', { headers: a })).status).toBe(200)
  })
})
