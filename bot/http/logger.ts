/**
 * Structured, content-free logging. Fields are numbers, booleans and short codes; the type
 * does not admit message text, and callers never pass any (safety rule 5).
 */
export type LogFields = Record<string, string | number | boolean>

export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }

/**
 * One JSON line per event on stdout/stderr: `{"t":…,"level":…,"event":…,…fields}`. The line is
 * put together from the fields' own JSON instead of a spread copy, and the time is formatted once
 * per millisecond (a turn line per request; both showed in a server profile). Fields named like
 * the line's own keys, or like array indices (which JSON puts first), take the plain path.
 */
export function jsonLogger(write: (line: string) => void = (l) => console.log(l)): Logger {
  let lastMs = NaN
  let lastIso = ''
  const emit = (level: string) => (event: string, fields: LogFields = {}) => {
    const now = Date.now()
    if (now !== lastMs) {
      lastMs = now
      lastIso = new Date(now).toISOString()
    }
    for (const key in fields) if (key === 't' || key === 'level' || key === 'event' || ARRAY_INDEX.test(key)) return write(JSON.stringify({ t: lastIso, level, event, ...fields }))
    const rest = JSON.stringify(fields)
    write(`{"t":"${lastIso}","level":${JSON.stringify(level)},"event":${JSON.stringify(event)}${rest.length > 2 ? `,${rest.slice(1)}` : '}'}`)
  }
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/
