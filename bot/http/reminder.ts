/**
 * GET /api/reminder.ics?weeks=N&kind=K: an all-day calendar event N weeks from today (Europe/
 * Amsterdam) with what to check then, what to do if the answer is no, and the Veilig Thuis line.
 * The text comes from the flows' `reminders:`. The request carries only the kind and the number
 * of weeks; anything else is refused with 400. Nothing is stored or logged, and the file holds
 * no conversation id and nothing personal. Written by ./icalendar.ts (RFC 5545), on Node and
 * on Workers alike.
 */
import { Hono } from 'hono'
import { REMINDER_KINDS, type ReminderKind } from '../content/reminder-kinds.js'
import type { Reminder, Source } from '../content/schema.js'
import { VT_LINE_PLAIN } from '../core/messages.js'
import { REMINDER_WEEKS } from '../core/reminder.js'
import { errorResponse } from './errors.js'
import { allDayEventIcs, type CalendarDate } from './icalendar.js'

export interface ReminderDeps {
  reminders: ReadonlyMap<ReminderKind, Reminder>
  sources: ReadonlyMap<string, Source>
  /** The clock: "today" in Europe/Amsterdam. Tests move it. */
  now: () => number
  /** A fresh id per download, for the event's UID. */
  newId: () => string
}

const BAD = `Ongeldig verzoek: gebruik alleen weeks (${REMINDER_WEEKS.join(', ')}) en kind (${REMINDER_KINDS.join(', ')}), elk één keer.`

/** The query, or undefined when it has anything but exactly one weeks and one kind with allowed values. */
export function parseReminderQuery(search: URLSearchParams): { weeks: number; kind: ReminderKind } | undefined {
  const keys = [...search.keys()].sort()
  if (keys.length !== 2 || keys[0] !== 'kind' || keys[1] !== 'weeks') return undefined
  const weeks = REMINDER_WEEKS.find((w) => String(w) === search.get('weeks'))
  const kind = REMINDER_KINDS.find((k) => k === search.get('kind'))
  return weeks !== undefined && kind !== undefined ? { weeks, kind } : undefined
}

export function reminderApi(deps: ReminderDeps): Hono {
  const api = new Hono()
  api.get('/', async (c) => {
    const query = parseReminderQuery(new URL(c.req.url).searchParams)
    if (!query) return errorResponse(c, 400, 'bad_request', BAD)
    const reminder = deps.reminders.get(query.kind)
    // The content checker requires every kind; this only happens with hand-built content.
    if (!reminder) return errorResponse(c, 404, 'not_found', 'Deze herinnering bestaat niet.')
    const ics = reminderIcs(reminder, deps.sources, query.weeks, deps.now(), deps.newId())
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="meldcode-herinnering-${query.kind}.ics"`,
      // Each download has its own UID and date: never from a cache.
      'Cache-Control': 'no-store',
    })
  })
  return api
}

/** Today's date in Europe/Amsterdam, as [year, month, day]. */
export function amsterdamDate(now: number): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(now))
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  return [get('year'), get('month'), get('day')]
}

export function addDays([y, m, d]: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]
}


/** The description: the questions, what to do if not, the Veilig Thuis line, the sources. */
export function reminderDescription(reminder: Reminder, sources: ReadonlyMap<string, Source>): string {
  const bron = reminder.sources.flatMap((id) => {
    const s = sources.get(id)
    return s ? [`Bron: ${s.title}${s.url ? ` (${s.url})` : ''}, gecontroleerd ${reminder.reviewed}`] : []
  })
  return [
    'Kijk vandaag:',
    ...reminder.questions.map((q) => `- ${q}`),
    '',
    'Is het antwoord nee?',
    reminder.ifNot.trim(),
    '',
    VT_LINE_PLAIN,
    '',
    ...bron,
    '',
    'Gemaakt met Meldwijzer. Zet geen namen of andere herkenbare gegevens in deze afspraak.',
  ].join('\n')
}

/** The .ics file: one all-day event, `weeks` weeks after today in Europe/Amsterdam. */
export function reminderIcs(reminder: Reminder, sources: ReadonlyMap<string, Source>, weeks: number, now: number, id: string): string {
  const start = addDays(amsterdamDate(now), weeks * 7)
  return allDayEventIcs({
    productId: '-//Meldwijzer//Herinnering meldcode//NL',
    uid: `${id}@meldwijzer`,
    stamp: now,
    start,
    end: addDays(start, 1),
    title: reminder.title,
    description: reminderDescription(reminder, sources),
  })
}
