/**
 * The calendar reminders Meldwijzer offers ("Zet een herinnering"): the `kind` in
 * `GET /api/reminder.ics?weeks=N&kind=K`. Each is written once, in a flow's `reminders:`.
 * Apart from schema.ts so the request path reads them without the content checker's zod schemas
 * (the Worker bundle has a size limit).
 */
export const REMINDER_KINDS = ['afweging-5', 'na-melding', 'stap-5'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]
