/** The preset security headers stay what hono/secure-headers would set for the same options. */
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { describe, expect, it } from 'vitest'
import { SECURITY_HEADERS } from '../../bot/http/security-headers.js'

describe('SECURITY_HEADERS', () => {
  it('equals the output of hono/secure-headers with our options', async () => {
    const reference = new Hono()
    reference.use(
      '*',
      secureHeaders({
        xFrameOptions: 'DENY',
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'none'"],
        },
        referrerPolicy: 'no-referrer',
      }),
    )
    reference.get('/', (c) => c.body(null, 204))
    const res = await reference.request('/')
    const expected = Object.fromEntries([...res.headers].filter(([name]) => name !== 'content-type'))
    const ours = Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k.toLowerCase(), v]))
    expect(ours).toEqual(expected)
  })
})
