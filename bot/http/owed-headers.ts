/**
 * The chat's own 200 answers on Node, with their headers in one plain object built from parts
 * made once, instead of about fifteen `c.header()` calls into an undici `Headers` per request
 * that @hono/node-server then sorts and copies into a plain object again (about a tenth of a
 * button turn's server CPU in a profile).
 *
 * How: for `POST /api/chat` the security-headers and CORS middleware do not set their headers;
 * they record them here as owed. The chat handler's answer (`jsonAnswer`) carries them in a plain
 * object, which @hono/node-server writes as it is. Every other response of such a request (a 4xx
 * or 5xx through errorResponse) pays them with `c.header()` first, as before; and the security
 * middleware pays whatever is still owed once the handler is done, so no response can leave
 * without them.
 *
 * The wire bytes are the same as through `Headers`: lower-case names in the sorted order that
 * `Headers` iterates in, then `Content-Length`. Only the Node runtime turns this on
 * (AppDeps.plainAnswerHeaders); on Workers every header goes through the context, as before.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { SECURITY_HEADERS } from './security-headers.js'

interface Owed {
  /** The CORS middleware ran: `Vary: Origin`, and the allowed origin if the request's is allowed. */
  cors: boolean
  origin: string | undefined
  /** The UTF-8 length of the answer, for its Content-Length (Node: Buffer.byteLength). */
  byteLength: (s: string) => number
}

const owed = new WeakMap<Context, Owed>()
const SECURITY_ENTRIES = Object.entries(SECURITY_HEADERS)

/**
 * The security-headers middleware for the Node runtime: on `POST /api/chat` the headers are owed
 * (and paid after the handler if nothing paid them); on every other request `setNow` sets them.
 */
export function owedOnChatPost(setNow: MiddlewareHandler, byteLength: (s: string) => number = utf8Length): MiddlewareHandler {
  return async function securityHeadersOwed(c, next) {
    if (c.req.method !== 'POST' || c.req.path !== '/api/chat') return setNow(c, next)
    owed.set(c, { cors: false, origin: undefined, byteLength })
    await next()
    payOwedHeaders(c)
  }
}

/** Called by the CORS middleware: true when the security headers are owed, so CORS is owed too. */
export function oweCors(c: Context, origin: string | undefined): boolean {
  const o = owed.get(c)
  if (!o) return false
  o.cors = true
  o.origin = origin
  return true
}

/** Sets what is owed through the context, for a response built with c.json or c.body. */
export function payOwedHeaders(c: Context): void {
  const o = owed.get(c)
  if (!o) return
  owed.delete(c)
  for (const [name, value] of SECURITY_ENTRIES) c.header(name, value)
  if (o.cors) {
    c.header('Vary', 'Origin')
    if (o.origin !== undefined) c.header('Access-Control-Allow-Origin', o.origin)
  }
}

/** The headers `Headers` would hold for an answer, by name, lower-case. */
function answerHeaderBase(origin: string | undefined, cors: boolean): Array<[string, string]> {
  const all: Array<[string, string]> = SECURITY_ENTRIES.map(([name, value]) => [name.toLowerCase(), value])
  all.push(['content-type', 'application/json'])
  if (cors) {
    all.push(['vary', 'Origin'])
    if (origin !== undefined) all.push(['access-control-allow-origin', origin])
  }
  // Headers iterates in code-unit order of the lower-cased names.
  return all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

const withoutCors = Object.fromEntries(answerHeaderBase(undefined, false))
const corsNoOrigin = Object.fromEntries(answerHeaderBase(undefined, true))
/** The allowed origins are a short configured list: their header objects are made once each. */
const corsByOrigin = new Map<string, Record<string, string>>()

/**
 * A 200 answer with this JSON text. With headers owed: a Response whose headers are one plain
 * object; otherwise exactly c.json's answer.
 */
export function jsonAnswer(c: Context, json: string): Response {
  const o = owed.get(c)
  if (!o) return c.body(json, 200, { 'Content-Type': 'application/json' })
  owed.delete(c)
  let base = withoutCors
  if (o.cors) {
    if (o.origin === undefined) base = corsNoOrigin
    else {
      let known = corsByOrigin.get(o.origin)
      if (!known) corsByOrigin.set(o.origin, (known = Object.fromEntries(answerHeaderBase(o.origin, true))))
      base = known
    }
  }
  return new Response(json, { status: 200, headers: { ...base, 'Content-Length': String(o.byteLength(json)) } })
}

/** The UTF-8 length of a well-formed string (JSON.stringify's output always is). */
export function utf8Length(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i)
    if (u < 0x80) continue
    if (u < 0x800) n += 1
    else if (u >= 0xd800 && u <= 0xdbff) {
      n += 2 // a surrogate pair: 4 bytes for its 2 units
      i++
    }
    else n += 2
  }
  return n
}
