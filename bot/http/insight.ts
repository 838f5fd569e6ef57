/**
 * Anonymous usage counts, for the organisation whose token it is (or all, for the operator):
 *   GET /insight       an HTML page with charts drawn on the server (no script)
 *   GET /api/insight   the same figures as JSON
 *   POST /api/press    {"conversationId", "button": "112" | "veilig-thuis"}: the widget says a
 *                      call button (a tel: link, which never reaches us) was pressed; 204
 * Counts under 5 leave the server as "< 5" (report.ts). A missing or wrong token is a 401 that
 * does not say whether the organisation exists. Token hashes are in the organisation settings.
 */
import { Hono, type Context } from 'hono'
import * as z from 'zod/mini'
import { readerFor, type InsightAuth, type Reader } from '../insight/auth.js'
import { NO_ORGANISATION, type CountRow, type InsightStore } from '../insight/insight-store.js'
import { buildReport, type InsightReport } from '../insight/report.js'
import { insightPage } from '../insight/page.js'
import type { ConversationService } from '../service/conversation-service.js'
import { errorResponse } from './errors.js'
import { readJsonBody } from './json-body.js'
import type { Logger } from './logger.js'

export interface InsightDeps {
  store: InsightStore
  auth: InsightAuth
  /** Titles of flows and entries by ref, for the charts' labels. */
  titleOf?: (ref: string) => string | undefined
  log: Logger
}

export const PressRequestSchema = z.strictObject({
  conversationId: z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9:_-]+$/)),
  button: z.enum(['112', 'veilig-thuis']),
})

export function insightRoutes(deps: InsightDeps): Hono {
  const app = new Hono()
  const report = async (c: Context): Promise<InsightReport | Response> => {
    c.header('Cache-Control', 'no-store')
    let reader: Reader | undefined
    try {
      reader = await readerFor(c.req.header('authorization'), deps.auth)
    } catch (err) {
      // The organisation settings could not be read (a remote directory): no answer either way.
      return unavailable(c, err)
    }
    if (!reader) {
      c.header('WWW-Authenticate', 'Bearer realm="meldwijzer-insight"')
      return errorResponse(c, 401, 'unauthorized', 'Geef een geldig token mee (Authorization: Bearer …).')
    }
    try {
      return await reportFor(reader, c.req.query('organisation'))
    } catch (err) {
      return unavailable(c, err)
    }
  }
  const unavailable = (c: Context, err: unknown) => {
    deps.log.error('insight_read', { name: err instanceof Error ? err.name : 'unknown' })
    return errorResponse(c, 503, 'insight_unavailable', 'De gebruikscijfers zijn nu niet te lezen. Probeer het later nog eens.')
  }
  const reportFor = async (reader: Reader, asked: string | undefined): Promise<InsightReport> => {
    // An organisation sees only its own counts, whatever it asks for.
    if (reader.kind === 'organisation') return buildReport(await deps.store.read(reader.organisation), { organisation: reader.organisation, titleOf: deps.titleOf })
    const known = [...(await deps.auth.organisations()), NO_ORGANISATION]
    if (asked && known.includes(asked)) return buildReport(await deps.store.read(asked), { organisation: asked, titleOf: deps.titleOf })
    const rows: CountRow[] = (await Promise.all(known.map((o) => deps.store.read(o)))).flat()
    return buildReport(rows, { organisation: 'alle', titleOf: deps.titleOf })
  }
  app.get('/api/insight', async (c) => {
    const r = await report(c)
    return r instanceof Response ? r : c.json(r)
  })
  app.get('/insight', async (c) => {
    const r = await report(c)
    return r instanceof Response ? r : c.html(insightPage(r))
  })
  return app
}

export function pressRoute(service: ConversationService): Hono {
  const app = new Hono()
  app.post('/', async (c) => {
    const read = await readJsonBody(c, PressRequestSchema)
    if ('error' in read) return read.error
    await service.press(read.data.conversationId, read.data.button)
    // The same answer whether or not the conversation exists.
    return c.body(null, 204)
  })
  return app
}
