/**
 * Per-client rate limiting for the web chat API: a token bucket per client key.
 *
 * A bucket holds up to `burst` tokens and refills at `perMinute` tokens a minute; each request
 * takes one. A typing human never notices (a turn every few seconds), a script hammering the
 * API gets 429 with the Veilig Thuis line and `Retry-After`.
 *
 * Runtime-neutral: the runtime passes in how to find the client (Node: the socket address via
 * getConnInfo; Workers: cf-connecting-ip). Memory is bounded: the bucket map keeps LRU order
 * (like the MemoryStore) and drops the least recently seen client beyond `maxClients`. A dropped
 * client starts again with a full bucket, which at worst lets one burst through; that is the
 * price of never growing without bound under a flood of spoofed or rotating addresses.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { errorResponse } from './errors.js'

export interface RateLimitConfig {
  /** Sustained requests a minute per client; 0 switches rate limiting off. */
  perMinute: number
  /** Requests a client may make at once before the sustained rate applies. */
  burst: number
  /** Most clients tracked at once; the least recently seen is forgotten first. */
  maxClients: number
}

export type Verdict = { ok: true; remaining: number } | { ok: false; retryAfterS: number }

interface Bucket {
  tokens: number
  at: number
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>()
  private readonly perMs: number

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = config.perMinute / 60_000
  }

  get size(): number {
    return this.buckets.size
  }

  take(key: string): Verdict {
    const now = this.now()
    const { burst, maxClients } = this.config
    const b = this.buckets.get(key)
    let tokens = burst
    if (b) {
      tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) * this.perMs)
      this.buckets.delete(key)
    }
    const ok = tokens >= 1
    if (ok) tokens -= 1
    this.buckets.set(key, { tokens, at: now })
    while (this.buckets.size > maxClients) this.buckets.delete(this.buckets.keys().next().value!)
    this.sweep(now)
    if (ok) return { ok: true, remaining: Math.floor(tokens) }
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) }
  }

  /** A bucket that has refilled completely is the same as no bucket: drop a few from the old end. */
  private sweep(now: number, limit = 8): void {
    const fullAfterMs = this.config.burst / this.perMs
    let n = 0
    for (const [key, b] of this.buckets) {
      if (n++ >= limit || now - b.at < fullAfterMs) break
      this.buckets.delete(key)
    }
  }
}

/**
 * The client key: the first `X-Forwarded-For` hop only behind a proxy we trust (otherwise any
 * client could pick its own key per request), else what the runtime says about the connection.
 */
export function clientKeyOf(c: Context, trustProxy: boolean, fromRuntime?: (c: Context) => string | undefined): string | undefined {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (first) return first.slice(0, 64)
  }
  return fromRuntime?.(c)
}

/**
 * A request without a client key is not limited. That only happens without a network
 * connection (app.request() in tests, in-process channels): a real Node socket always has an
 * address, and Workers always set cf-connecting-ip.
 */
export function rateLimit(limiter: TokenBuckets, key: (c: Context) => string | undefined): MiddlewareHandler {
  return async (c, next) => {
    // Preflights cost nothing and carry no turn; only real turns use tokens.
    if (c.req.method === 'OPTIONS') return next()
    const k = key(c)
    if (k === undefined) return next()
    const verdict = limiter.take(k)
    if (!verdict.ok) {
      c.header('Retry-After', String(verdict.retryAfterS))
      return errorResponse(c, 429, 'rate_limited', `Je stuurt te veel berichten kort na elkaar. Probeer het over ${verdict.retryAfterS} seconden opnieuw.`)
    }
    await next()
  }
}
