/**
 * The ISO week a moment falls in ("2026-W07"): the finest time anonymous counts are kept at.
 * Computed in UTC: a turn late on Sunday evening in the Netherlands may count in the next week,
 * which matters nothing for weekly figures and keeps this free of time-zone data.
 */
export function isoWeek(ms: number): string {
  // Every turn asks; the answer changes once a day at most (UTC days, as below).
  const day = Math.floor(ms / 86_400_000)
  if (day !== lastDay) [lastDay, lastWeek] = [day, isoWeekOf(ms)]
  return lastWeek
}
let lastDay = NaN
let lastWeek = ''

function isoWeekOf(ms: number): string {
  const d = new Date(ms)
  const day = d.getUTCDay() || 7
  // The Thursday of this week decides the ISO year.
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day)
  const year = new Date(thursday).getUTCFullYear()
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

export const WEEK_PATTERN = /^\d{4}-W\d{2}$/
