/**
 * Security headers on every response, whatever the route or outcome, and CORS only for the
 * configured origins. The CSP must keep allowing the widget (`<script src="/widget.js">` from
 * our own origin, fetch to our own /api/chat) while refusing inline script and framing.
 */
import { describe, expect, it } from 'vitest'
import { nodeApp } from './support.js'

const ALLOWED = 'https://school.example.nl'
const { app } = nodeApp({ env: { ALLOWED_ORIGINS: `${ALLOWED}, https://club.example.org` } })

const requests: Array<[string, RequestInit]> = [
  ['/healthz', {}],
  ['/', {}],
  ['/widget.js', {}],
  ['/bestaat-niet', {}],
  ['/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"menu"}' }],
  ['/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{kapot' }],
  ['/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hoi' }],
  ['/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(20_000) }) }],
  ['/api/chat', { method: 'GET' }],
  ['/api/chat', { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } }],
]

describe('security headers', () => {
  it.each(requests)('%s %o carries them', async (path, init) => {
    const res = await app.request(path, init)
    expect(res.status).toBeLessThan(500)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    const csp = res.headers.get('content-security-policy') ?? ''
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]))
    expect(directives.get('default-src')).toEqual(["'self'"])
    // The widget is a same-origin script file: 'self' loads it; nothing inline, no eval.
    expect(directives.get('script-src')).toContain("'self'")
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'")
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'")
    expect(directives.get('connect-src')).toContain("'self'")
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
  })
})

describe('CORS on /api/chat', () => {
  const post = (origin?: string) =>
    app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body: '{"action":"menu"}',
    })

  it('allows an origin on the list', async () => {
    const res = await post(ALLOWED)
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    const pre = await app.request('/api/chat', { method: 'OPTIONS', headers: { origin: 'https://club.example.org', 'access-control-request-method': 'POST' } })
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://club.example.org')
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it.each(['https://evil.example', 'https://school.example.nl.evil.example', 'null', 'http://school.example.nl'])('refuses %s', async (origin) => {
    const res = await post(origin)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const pre = await app.request('/api/chat', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } })
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('never allows credentials or a wildcard', async () => {
    const res = await post(ALLOWED)
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*')
  })

  it('with no list configured, no origin is allowed', async () => {
    const { app: closed } = nodeApp({ env: {} })
    const res = await closed.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', origin: ALLOWED }, body: '{"action":"menu"}' })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('the CSP fits the widget', () => {
  it('the demo page loads the widget as a same-origin script file, with no inline script or style', async () => {
    const page = await app.request('/')
    expect(page.status).toBe(200)
    const html = await page.text()
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, body] of scripts) {
      // script-src 'self': a src on our own origin, nothing inline.
      expect(attrs).toMatch(/\bsrc="\/[^/]/)
      expect(body!.trim()).toBe('')
    }
    expect(html).not.toMatch(/<style\b/i)
    expect(html).not.toMatch(/\sstyle="/i)
    expect(html).not.toMatch(/\son[a-z]+="/i)
  })

  it('serves widget.js and its stylesheet from our origin under the same headers', async () => {
    for (const [path, type] of [['/widget.js', /javascript/], ['/widget.css', /css/]] as const) {
      const res = await app.request(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type') ?? '').toMatch(type)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    }
  })
})
