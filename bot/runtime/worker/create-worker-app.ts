/**
 * Wires the app for Workers: content and search index from the module written at build time,
 * conversations in Durable Objects, widget files from Workers Static Assets, the Teams endpoint.
 * The Hono app is the same one Node serves.
 */
import type { Hono, MiddlewareHandler } from 'hono'
import type { StatusCode } from 'hono/utils/http-status'
import { mountTeams } from '../../channels/teams/index.js'
import { loadBundle, type Bundle } from '../../compose/bundle.js'
import { createApp } from '../../http/app.js'
import { readAppConfig, readConversationTtlSeconds, type EnvLike } from '../../http/config.js'
import { jsonLogger, type Logger } from '../../http/logger.js'
import { ConversationService } from '../../service/conversation-service.js'
import { DurableObjectStore } from './durable-object-store.js'
import { DurableObjectInsightStore } from './durable-object-insight-store.js'
import { directoryInsightAuth } from '../../insight/auth.js'
import { InsightRecorder, flushAfterMsFrom } from '../../insight/recorder.js'
import { contentTitles } from '../../insight/titles.js'
import { envStrings, type Env } from './env.js'
import { SERIALIZED_BUNDLE } from './generated/content.js'

export interface WorkerAppOptions {
  log?: Logger
  /** Adds more routes before the fallbacks, with the Worker's env (the Teams endpoint is built in). */
  extend?: (app: Hono, env: Env) => void
}

let bundle: Bundle | undefined
/** Loaded once per isolate (index.ts does it at start-up) and kept for the isolate's life. */
export function workerBundle(): Bundle {
  bundle ??= loadBundle(SERIALIZED_BUNDLE)
  return bundle
}

export function ttlSeconds(env: Env): number {
  return readConversationTtlSeconds(env as unknown as EnvLike)
}

/**
 * `CONVERSATION_JURISDICTION` (wrangler.toml: `eu`): conversation objects are created, run and
 * stored in the EU only. Local workerd cannot restrict jurisdictions and throws, so dev and the
 * tests set it to `none`; anything else unknown is refused rather than silently ignored.
 */
export function jurisdiction(env: Env): DurableObjectJurisdiction | undefined {
  const value = (env.CONVERSATION_JURISDICTION ?? '').trim().toLowerCase()
  if (value === '' || value === 'none') return undefined
  if (value === 'eu' || value === 'fedramp') return value
  throw new Error(`CONVERSATION_JURISDICTION must be eu, fedramp or none (got "${value.slice(0, 20)}")`)
}

export function conversationStore(env: Env): DurableObjectStore {
  return new DurableObjectStore(env.CONVERSATIONS, { ttlMs: ttlSeconds(env) * 1000, jurisdiction: jurisdiction(env) })
}

/**
 * Counting on Workers: turns add to counts in the isolate's memory; after a request, a batch
 * that is due (INSIGHT_FLUSH_MS, default 5 s) goes to the organisations' objects. An isolate that
 * is evicted loses at most that batch.
 */
function workerInsight(env: Env, log: Logger) {
  if (!env.INSIGHT) return undefined
  const store = new DurableObjectInsightStore(env.INSIGHT, jurisdiction(env))
  const recorder = new InsightRecorder({
    store,
    now: Date.now,
    flushAfterMs: flushAfterMsFrom(env.INSIGHT_FLUSH_MS),
    onError: (reason) => log.error('insight', { reason }),
  })
  return { store, recorder }
}

export function createWorkerApp(env: Env, options: WorkerAppOptions = {}): Hono {
  const log = options.log ?? jsonLogger()
  const strings = envStrings(env)
  const insight = workerInsight(env, log)
  const service = new ConversationService({
    engine: workerBundle().engine,
    store: conversationStore(env),
    now: Date.now,
    newId: () => crypto.randomUUID(),
    onStoreError: (reason) => log.error('store', { reason: reason.slice(0, 120) }),
    // Bundled at build time with the content; a KV or D1 directory would be built here instead.
    organisations: workerBundle().organisations,
    ...(insight ? { insight: insight.recorder } : {}),
  })
  const assets: MiddlewareHandler = async (c, next) => {
    // Pages and widget files come here first (run_worker_first) to get the app's headers; other
    // files never reach the Worker. In the test pool SELF skips the asset layer, so all do.
    const res = await env.ASSETS.fetch(c.req.raw)
    if (res.status === 404) return next()
    // Through the context, so the app's security headers (set before the handler) apply, and
    // headers the asset layer sets win where both set one (content type, caching).
    const headers: Record<string, string> = {}
    res.headers.forEach((value, name) => (headers[name] = value))
    return c.newResponse(res.body, res.status as StatusCode, headers)
  }
  return createApp({
    service,
    config: readAppConfig(strings),
    log,
    assets,
    content: workerBundle().content,
    ...(insight
      ? {
          insight: { store: insight.store, auth: directoryInsightAuth(workerBundle().organisations, strings), titleOf: contentTitles(workerBundle().content) },
          // A due batch of counts is written after the response, kept alive by waitUntil.
          afterApi: (c) => {
            const write = insight.recorder.flushIfDue()
            if (write) c.executionCtx.waitUntil(write)
          },
        }
      : {}),
    // Cloudflare sets this on every request from the internet; clients cannot forge it.
    clientKey: (c) => c.req.header('cf-connecting-ip') ?? undefined,
    extend: (app) => {
      // POST /api/messages, configured by the same MicrosoftApp* / BOT_* names as on Node (as
      // Worker secrets); without them it answers 503 with the Veilig Thuis line.
      mountTeams(app, { service, env: strings, log, organisations: workerBundle().organisations })
      options.extend?.(app, env)
    },
  })
}
