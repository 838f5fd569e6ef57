/**
 * Wires the app for Node around a bundle: the in-memory store, counting, static files from
 * bot/web/public. Where the bundle comes from is create-node-app.ts (tests, tools) or server.ts
 * (the startup cache first; the content checker is loaded only when it misses).
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import { serveStatic } from '@hono/node-server/serve-static'
import { randomUUID } from 'node:crypto'
import { join, relative } from 'node:path'
import { mountTeams } from '../../channels/teams/index.js'
import { createApp } from '../../http/app.js'
import { readAppConfig, readConversationTtlSeconds, type EnvLike } from '../../http/config.js'
import { jsonLogger, type Logger } from '../../http/logger.js'
import { batchedStdout } from './batched-stdout.js'
import { ConversationService } from '../../service/conversation-service.js'
import type { ConversationStore } from '../../store/conversation-store.js'
import { MemoryStore } from '../../store/memory-store.js'
import type { Bundle } from '../../compose/bundle.js'
import { REPO_ROOT } from './content-files.js'
import { directoryInsightAuth } from '../../insight/auth.js'
import type { InsightStore } from '../../insight/insight-store.js'
import { InsightRecorder, flushAfterMsFrom } from '../../insight/recorder.js'
import { contentTitles } from '../../insight/titles.js'
import { SqliteInsightStore, insightDbPath } from './sqlite-insight-store.js'

export interface NodeAppOptions {
  env?: EnvLike
  store?: ConversationStore
  log?: Logger
  now?: () => number
  /** Where flows/ and knowledge/ live; defaults to the repo (env CONTENT_ROOT overrides). Read by createNodeApp. */
  contentRoot?: string
  /** Where anonymous counts go; default the SQLite file INSIGHT_DB (`off`: no counting). */
  insightStore?: InsightStore
}

export const PUBLIC_DIR = join(REPO_ROOT, 'bot', 'web', 'public')

export function nodeApp(bundle: Bundle, options: NodeAppOptions = {}) {
  const env = options.env ?? process.env
  const now = options.now ?? Date.now
  const log = options.log ?? jsonLogger(batchedStdout())
  const store = options.store ?? new MemoryStore({ now, ttlMs: readConversationTtlSeconds(env) * 1000 })
  const insight = nodeInsight(env, now, log, options.insightStore)
  const service = new ConversationService({
    engine: bundle.engine,
    store,
    now,
    newId: randomUUID,
    onStoreError: (reason) => log.error('store', { reason }),
    organisations: bundle.organisations,
    ...(insight ? { insight: insight.recorder } : {}),
  })
  const app = createApp({
    service,
    config: readAppConfig(env),
    log,
    now,
    content: bundle.content,
    newId: randomUUID,
    plainAnswerHeaders: { byteLength: (s) => Buffer.byteLength(s) },
    ...(insight ? { insight: { store: insight.store, auth: directoryInsightAuth(bundle.organisations, env), titleOf: contentTitles(bundle.content) } } : {}),
    // The socket address; app.request() in tests has none, and is then not rate limited.
    clientKey: (c) => {
      try {
        return getConnInfo(c).remote.address
      } catch {
        return undefined
      }
    },
    // Teams: POST /api/messages; off (and logged so) without MicrosoftAppId/MicrosoftAppPassword.
    extend: (a) => void mountTeams(a, { service, env, log, now, organisations: bundle.organisations }),
    // serveStatic resolves its root against the working directory.
    assets: serveStatic({ root: relative(process.cwd(), PUBLIC_DIR) || '.' }),
  })
  return { app, bundle, store, service, insight }
}

/**
 * Counting on Node: turns add to counts in memory, and a timer writes them to SQLite in batches
 * (every INSIGHT_FLUSH_MS, default 5 s). A store that cannot open is logged and counting is off:
 * the chat works without it.
 */
function nodeInsight(env: EnvLike, now: () => number, log: Logger, given?: InsightStore) {
  let store = given
  if (!store) {
    const path = insightDbPath(env)
    if (!path) return undefined
    try {
      store = new SqliteInsightStore(path)
    } catch (err) {
      log.error('insight_store', { reason: err instanceof Error ? err.message.slice(0, 160) : 'unknown' })
      return undefined
    }
  }
  const flushAfterMs = flushAfterMsFrom(env.INSIGHT_FLUSH_MS)
  const recorder = new InsightRecorder({
    store,
    now,
    flushAfterMs,
    onError: (reason) => log.error('insight', { reason }),
  })
  const timer = setInterval(() => void recorder.flushIfDue(), Math.min(1000, Math.max(50, flushAfterMs)))
  timer.unref()
  /** Writes what is left and closes the store (on shutdown). */
  const close = async () => {
    clearInterval(timer)
    await recorder.flush()
    await store.close?.()
  }
  return { store, recorder, close }
}
