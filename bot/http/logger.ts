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

/** One JSON line per event on stdout/stderr. */
export function jsonLogger(write: (line: string) => void = (l) => console.log(l)): Logger {
  const emit = (level: string) => (event: string, fields: LogFields = {}) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }))
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}
