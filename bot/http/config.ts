/**
 * Settings of the HTTP app, read by the runtime entry points from the environment (Node) or
 * from Worker vars and secrets (Workers), under the same names.
 */
import type { RateLimitConfig } from './rate-limit.js'

export interface AppConfig {
  /** Origins allowed to embed the widget and call the chat API (`ALLOWED_ORIGINS`, comma-separated). */
  allowedOrigins: string[]
  /** Largest request body, in bytes. */
  maxBodyBytes: number
  /**
   * Token bucket per client on /api/chat: `RATE_LIMIT_PER_MINUTE` (default 60; 0 switches it
   * off), `RATE_LIMIT_BURST` (default 20) and `RATE_LIMIT_MAX_CLIENTS` (default 10,000).
   * Optional so hand-built configs (tests) stay valid; absent means no limit.
   */
  rateLimit?: RateLimitConfig
  /** `TRUST_PROXY=1`: take the client from the first `X-Forwarded-For` hop (only behind your own proxy). */
  trustProxy?: boolean
}

export type EnvLike = Record<string, string | undefined>

export function readAppConfig(env: EnvLike): AppConfig {
  return {
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    maxBodyBytes: 16 * 1024,
    rateLimit: {
      perMinute: count(env.RATE_LIMIT_PER_MINUTE, 60),
      burst: Math.max(1, count(env.RATE_LIMIT_BURST, 20)),
      maxClients: Math.max(1, count(env.RATE_LIMIT_MAX_CLIENTS, 10_000)),
    },
    trustProxy: /^(1|true|yes)$/i.test(env.TRUST_PROXY ?? ''),
  }
}

/** A non-negative whole number from the environment; anything else falls back to the default. */
const count = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback
}

export const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/** Idle time before a conversation is forgotten, on Node and on Workers alike. */
export const DEFAULT_CONVERSATION_TTL_SECONDS = 30 * 60

/** `CONVERSATION_TTL_SECONDS`: a positive number of seconds, else the default. */
export function readConversationTtlSeconds(env: EnvLike): number {
  const n = Number(env.CONVERSATION_TTL_SECONDS)
  return env.CONVERSATION_TTL_SECONDS && Number.isFinite(n) && n > 0 ? n : DEFAULT_CONVERSATION_TTL_SECONDS
}
