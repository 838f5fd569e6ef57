/**
 * "Zet een herinnering": calendar reminders for the follow-up the meldcode asks for (afweging 5,
 * after a melding, after step 5). The engine offers them as link actions; the file itself comes
 * from GET /api/reminder.ics (bot/http/reminder.ts). The request carries only the kind and the
 * number of weeks, so nothing about the conversation reaches the server or the calendar.
 */
import type { ReminderKind } from '../content/schema.js'
import type { Action } from './types.js'

/** The only numbers of weeks offered and accepted. */
export const REMINDER_WEEKS = [2, 4, 6, 8] as const
export type ReminderWeeks = (typeof REMINDER_WEEKS)[number]

export const REMINDER_PATH = '/api/reminder.ics'
/** Shown above the links by channels that group them. */
export const REMINDER_GROUP = 'Zet een herinnering'

/** The download's path, relative to the server that answered the chat. */
export function reminderPath(kind: ReminderKind, weeks: ReminderWeeks): string {
  return `${REMINDER_PATH}?weeks=${weeks}&kind=${kind}`
}

/** One link action per number of weeks: "Herinnering over 2 weken", … */
export function reminderActions(kind: ReminderKind): Action[] {
  return REMINDER_WEEKS.map((weeks) => ({
    id: `reminder:${kind}:${weeks}`,
    label: `Herinnering over ${weeks} weken`,
    kind: 'link' as const,
    url: reminderPath(kind, weeks),
    group: REMINDER_GROUP,
  }))
}
