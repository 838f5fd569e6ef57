/**
 * Counts as they leave the server: per week and in total, with every count under 5 shown as
 * "< 5" (so a single conversation can never be picked out), and shares only where both sides
 * are at least 5. Both the JSON (/api/insight) and the page (/insight) are made from this.
 */
import type { CountRow } from './insight-store.js'
import { AUDIENCES, CHANNELS, COUNTED_TAGS, type Audience, type Channel } from './metrics.js'

export const SMALL = '< 5'
export const MIN_COUNT = 5
export type Shown = number | typeof SMALL

export const shown = (n: number): Shown => (n < MIN_COUNT ? SMALL : n)

/** The five steps of the meldcode and the afwegingskader, in funnel order. */
export const FUNNEL_FLOWS = ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'afwegingskader', 'stap-5'] as const
const AFWEGINGEN = ['afweging-1', 'afweging-2', 'afweging-3', 'afweging-4', 'afweging-5'] as const

export interface WeekFigures {
  week: string
  started: Shown
  byAudience: Record<Audience | 'onbekend', Shown>
  byChannel: Record<Channel, Shown>
  turns: Shown
  unanswered: Shown
  /** Share of turns with a fallback reply (no answer found), in %, when both counts are ≥ 5. */
  unansweredPercent: number | null
}

export interface InsightReport {
  /** An organisation id, or "alle" for the operator's overall view. */
  organisation: string
  weeks: WeekFigures[]
  total: Omit<WeekFigures, 'week'>
  funnel: Array<{ flow: string; title: string; started: Shown }>
  afwegingen: Array<{ key: string; ja: Shown; nee: Shown }>
  replies: Array<{ tag: string; turns: Shown }>
  presses: { '112': Shown; 'veilig-thuis': Shown }
  /** Most shown knowledge entries, most first (at most 15); entries shown fewer than 5 times are left out. */
  topics: Array<{ ref: string; title: string; shown: Shown }>
  /** Flow nodes reached, per flow, in content order where known. */
  nodes: Array<{ node: string; reached: Shown }>
  note: string
}

export interface ReportOptions {
  organisation: string
  /** Titles of flows and entries by ref ("flow:stap-1", "topic:kindcheck"). */
  titleOf?: (ref: string) => string | undefined
  /** The latest weeks shown (default 12). */
  weeks?: number
}

export function buildReport(rows: readonly CountRow[], o: ReportOptions): InsightReport {
  const byWeek = new Map<string, Map<string, number>>()
  const total = new Map<string, number>()
  for (const r of rows) {
    let m = byWeek.get(r.week)
    if (!m) byWeek.set(r.week, (m = new Map()))
    m.set(r.metric, (m.get(r.metric) ?? 0) + r.n)
    total.set(r.metric, (total.get(r.metric) ?? 0) + r.n)
  }
  const weekIds = [...byWeek.keys()].sort().slice(-(o.weeks ?? 12))
  const title = (ref: string) => o.titleOf?.(ref) ?? ref.slice(ref.indexOf(':') + 1)
  const get = (m: Map<string, number>, k: string) => m.get(k) ?? 0

  const figures = (m: Map<string, number>): Omit<WeekFigures, 'week'> => {
    const started = CHANNELS.reduce((s, c) => s + get(m, `started:${c}`), 0)
    const audience = (a: Audience) => CHANNELS.reduce((s, c) => s + get(m, `audience:${a}:${c}`), 0)
    const known = AUDIENCES.reduce((s, a) => s + audience(a), 0)
    const turns = get(m, 'turns')
    const unanswered = get(m, 'tag:fallback')
    return {
      started: shown(started),
      byAudience: {
        professional: shown(audience('professional')),
        sport: shown(audience('sport')),
        wmo: shown(audience('wmo')),
        onbekend: shown(Math.max(0, started - known)),
      },
      byChannel: { web: shown(get(m, 'started:web')), teams: shown(get(m, 'started:teams')) },
      turns: shown(turns),
      unanswered: shown(unanswered),
      unansweredPercent: turns >= MIN_COUNT && unanswered >= MIN_COUNT ? Math.round((unanswered / turns) * 1000) / 10 : null,
    }
  }

  const topics = [...total]
    .filter(([k, n]) => k.startsWith('shown:') && n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 15)
    .map(([k, n]) => ({ ref: k.slice('shown:'.length), title: title(k.slice('shown:'.length)), shown: n }))

  return {
    organisation: o.organisation,
    weeks: weekIds.map((week) => ({ week, ...figures(byWeek.get(week)!) })),
    total: figures(total),
    funnel: FUNNEL_FLOWS.map((flow) => ({ flow, title: title(`flow:${flow}`), started: shown(get(total, `flow:${flow}`)) })),
    afwegingen: AFWEGINGEN.map((key) => ({ key, ja: shown(get(total, `answer:${key}:ja`)), nee: shown(get(total, `answer:${key}:nee`)) })),
    replies: COUNTED_TAGS.map((tag) => ({ tag, turns: shown(get(total, `tag:${tag}`)) })),
    presses: { '112': shown(get(total, 'press:112')), 'veilig-thuis': shown(get(total, 'press:veilig-thuis')) },
    topics,
    nodes: [...total]
      .filter(([k]) => k.startsWith('node:'))
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, n]) => ({ node: k.slice('node:'.length), reached: shown(n) })),
    note: 'Alleen tellingen per week; aantallen onder 5 staan als "< 5". Er wordt niets bewaard van wat mensen typen.',
  }
}

