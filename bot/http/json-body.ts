/**
 * Reads a JSON request body against a zod schema: the data, or the 4xx error response to send
 * (a non-JSON content type, malformed JSON, or the first problem the schema finds). Every error
 * body carries the Veilig Thuis line (errors.ts).
 */
import type { Context } from 'hono'
import { config } from 'zod/mini'
import { en } from 'zod/locales'
import { errorResponse } from './errors.js'

// The request schemas use zod/mini (zod's full API is about 100 KB gzip of the Worker's 500 KB),
// which words no error until a locale is loaded: English, as the full API does.
config(en())

/** What readJsonBody needs of a schema (zod/mini's and zod's both fit). */
interface Schema<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } }
}

/**
 * @param quick optional: a hand-written check that returns the data only for input the schema
 *   certainly accepts unchanged (else undefined, and the schema decides and words the error). A
 *   test holds it to the schema (tests/unit/http-speedups.test.ts).
 */
export async function readJsonBody<T>(c: Context, schema: Schema<T>, quick?: (raw: unknown) => T | undefined): Promise<{ data: T } | { error: Response }> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type) && type !== '')
    return { error: errorResponse(c, 415, 'unsupported_media_type', 'Stuur JSON (Content-Type: application/json).') }
  let raw: unknown
  try {
    raw = JSON.parse(await c.req.text())
  } catch {
    return { error: errorResponse(c, 400, 'invalid_json', 'Het verzoek is geen geldige JSON.') }
  }
  const fast = quick?.(raw)
  if (fast !== undefined) return { data: fast }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { data: parsed.data }
  const first = parsed.error.issues[0]
  const where = first?.path.length ? `${first.path.map(String).join('.')}: ` : ''
  return { error: errorResponse(c, 400, 'bad_request', `Ongeldig verzoek (${where}${first?.message ?? 'onbekend'}).`) }
}
