/**
 * A one-event iCalendar file (RFC 5545), written by hand: an all-day event is a dozen lines,
 * and the `ics` package (with the `yup` validator it pulls in) was about 23 KB of the Worker's
 * gzip budget. Read back in the tests with a real parser (ical.js).
 */
import { utf8Length } from './owed-headers.js'

export type CalendarDate = [year: number, month: number, day: number]

export interface AllDayEvent {
  productId: string
  uid: string
  /** DTSTAMP, epoch milliseconds (UTC). */
  stamp: number
  start: CalendarDate
  /** Exclusive, as RFC 5545 wants for an all-day event: the day after the last day. */
  end: CalendarDate
  title: string
  description: string
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const date = ([y, m, d]: CalendarDate) => `${pad(y, 4)}${pad(m)}${pad(d)}`
const utcStamp = (ms: number) => {
  const t = new Date(ms)
  return `${date([t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()])}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space,
 * which counts towards their 75. Never splits a character, so "é" or "–" stays whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const n = utf8Length(ch)
    if (size + n > 75) {
      parts.push(current)
      current = ' '
      size = 1
    }
    current += ch
    size += n
  }
  parts.push(current)
  return parts.join('\r\n')
}

export function allDayEventIcs(event: AllDayEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${event.productId}`,
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${date(event.start)}`,
    `DTEND;VALUE=DATE:${date(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
