/**
 * The one Hono app, served by Node (bot/runtime/node) and by Workers (bot/runtime/worker).
 * It knows Web-standard Request/Response only: runtimes hand in the service, the config and
 * how to serve static files.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Content } from '../content/model.js'
import { REMINDER_PATH } from '../core/reminder.js'
import type { ConversationService } from '../service/conversation-service.js'
import { chatApi } from './chat-api.js'
import type { AppConfig } from './config.js'
import { allowListCors } from './cors.js'
import { securityHeaders } from './security-headers.js'
import { owedOnChatPost } from './owed-headers.js'
import { errorResponse } from './errors.js'
import { TokenBuckets, clientKeyOf, rateLimit } from './rate-limit.js'
import { silentLogger, type Logger } from './logger.js'
import { reminderApi } from './reminder.js'
import { insightRoutes, pressRoute, type InsightDeps } from './insight.js'

export interface AppDeps {
  service: ConversationService
  config: AppConfig
  log?: Logger
  /** Serves static files (the widget and the demo page); calls next() when there is no such file. */
  assets?: MiddlewareHandler
  /** Lets a runtime add routes, such as the Teams endpoint, before the fallbacks. */
  extend?: (app: Hono) => void
  /**
   * Who is calling, for rate limiting: the runtime knows the connection (Node: socket address
   * via getConnInfo; Workers: cf-connecting-ip). Requests without a key are not limited.
   */
  clientKey?: (c: Context) => string | undefined
  /** The rate limiter's clock, and "today" for calendar reminders; tests move it. */
  now?: () => number
  /** The reminders and the source registry: serves GET /api/reminder.ics when given. */
  content?: Pick<Content, 'reminders' | 'sources'>
  /** Ids for calendar reminders' UIDs (default crypto.randomUUID). */
  newId?: () => string
  /** Anonymous usage counts: serves /insight, /api/insight and /api/press when given. */
  insight?: Omit<InsightDeps, 'log'>
  /**
   * Runs after every /api/* request, with its context: Workers write a due batch of counts
   * with c.executionCtx.waitUntil, after the response has gone.
   */
  afterApi?: (c: Context) => void
  /**
   * The chat's 200 answers carry their headers in one plain object made once (owed-headers.ts):
   * @hono/node-server writes it as it is. Node turns this on, with Buffer.byteLength for the
   * Content-Length; the bytes sent are the same.
   */
  plainAnswerHeaders?: { byteLength: (s: string) => number }
}

export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? silentLogger
  const { config } = deps
  const app = new Hono()

  app.use('*', deps.plainAnswerHeaders ? owedOnChatPost(securityHeaders(), deps.plainAnswerHeaders.byteLength) : securityHeaders())
  // Partner sites load the widget's script and CSS cross-origin: after the security headers, so
  // these replace their CORP same-origin, which would block them. They are public files with no
  // credentials, so any origin may read them (and use SRI).
  const widgetFile: MiddlewareHandler = async (c, next) => {
    c.header('Cross-Origin-Resource-Policy', 'cross-origin')
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=600')
    await next()
  }
  app.use('/widget.js', widgetFile)
  app.use('/widget.css', widgetFile)
  const chatCors = allowListCors({ allowedOrigins: config.allowedOrigins, methods: ['POST', 'OPTIONS'], headers: ['Content-Type'], maxAgeSeconds: 600 })
  app.use('/api/chat', chatCors)
  app.use('/api/press', chatCors)
  const limits = config.rateLimit
  if (limits && limits.perMinute > 0) {
    // After CORS, so a browser can read the 429 and show its Veilig Thuis line.
    const buckets = new TokenBuckets(limits, deps.now)
    const limit = rateLimit(buckets, (c) => clientKeyOf(c, !!config.trustProxy, deps.clientKey))
    app.use('/api/chat', limit)
    app.use('/api/press', limit)
  }
  const limitBody = (maxSize: number): MiddlewareHandler => {
    const tooLarge = (c: Context) => errorResponse(c, 413, 'payload_too_large', `Het verzoek is te groot (maximaal ${maxSize / 1024} KB).`)
    const streaming = bodyLimit({ maxSize, onError: tooLarge })
    // Decide on Content-Length when there is one (the HTTP parser holds the body to it), as
    // hono's bodyLimit does, but without touching c.req.raw.body first: on @hono/node-server
    // that turns the light request into a full undici Request with a stream body, which cost
    // two thirds of the throughput (bench: echo behind our middleware). Chunked bodies still
    // go through the streaming limit.
    return (c, next) => {
      const length = Number(c.req.header('content-length') ?? NaN)
      if (Number.isFinite(length) && c.req.header('transfer-encoding') === undefined) return length > maxSize ? Promise.resolve(tooLarge(c)) : next()
      return streaming(c, next)
    }
  }
  // Chat messages are short; Bot Framework activities carry entities and attachment metadata
  // and are larger, so the Teams endpoint gets more room.
  const teamsLimit = limitBody(256 * 1024)
  const chatLimit = limitBody(config.maxBodyBytes)
  app.use('/api/*', (c, next) => (c.req.path === '/api/messages' ? teamsLimit : chatLimit)(c, next))

  if (deps.afterApi) {
    const after = deps.afterApi
    app.use('/api/*', async (c, next) => {
      await next()
      after(c)
    })
  }
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.route('/api/chat', chatApi(deps.service, log))
  app.all('/api/chat', (c) => errorResponse(c, 405, 'method_not_allowed', 'Gebruik POST voor /api/chat.'))
  if (deps.content) {
    const { reminders, sources } = deps.content
    app.route(REMINDER_PATH, reminderApi({ reminders, sources, now: deps.now ?? Date.now, newId: deps.newId ?? (() => crypto.randomUUID()) }))
    app.all(REMINDER_PATH, (c) => errorResponse(c, 405, 'method_not_allowed', `Gebruik GET voor ${REMINDER_PATH}.`))
  }
  if (deps.insight) {
    app.route('/', insightRoutes({ ...deps.insight, log }))
    app.route('/api/press', pressRoute(deps.service))
  }
  deps.extend?.(app)

  if (deps.assets) app.get('*', deps.assets)

  app.notFound((c) => errorResponse(c, 404, 'not_found', 'Dit adres bestaat niet. De chat staat op POST /api/chat.'))
  app.onError((err, c) => {
    // Only the error's name: messages can quote request data.
    log.error('unhandled', { name: err.name })
    return errorResponse(c, 500, 'internal', 'Er ging iets mis aan onze kant.')
  })
  return app
}
