/** What a turn adds to the anonymous counts, the ISO week, and how counts leave the server. */
import { describe, expect, it } from 'vitest'
import { metricsOfTurn } from '../../bot/insight/metrics.js'
import { buildReport } from '../../bot/insight/report.js'
import { isoWeek } from '../../bot/insight/week.js'
import { realBundle } from '../support/engine.js'

const engine = realBundle().engine

describe('isoWeek', () => {
  it('gives the ISO week, with the ISO year at the turn of the year', () => {
    expect(isoWeek(Date.UTC(2026, 0, 1))).toBe('2026-W01')
    expect(isoWeek(Date.UTC(2027, 0, 1))).toBe('2026-W53')
    expect(isoWeek(Date.UTC(2024, 11, 30))).toBe('2025-W01')
    expect(isoWeek(Date.UTC(2026, 10, 30, 23, 59))).toBe('2026-W49')
  })
})

describe('metricsOfTurn', () => {
  const ctx = { now: 0, newId: () => 'id-1' }
  const turn = (before: Parameters<typeof engine.step>[0], input: Parameters<typeof engine.step>[1]) => {
    const r = engine.step(before, input, ctx)
    return { r, metrics: metricsOfTurn({ before, after: r.session, input, replies: r.replies, shown: r.shown, channel: 'web' }) }
  }

  it('counts a conversation, its audience, the flow and nodes reached and the afweging answered', () => {
    const a = turn(undefined, { type: 'action', id: 'c:start/menu/professional' })
    expect(a.metrics).toEqual(expect.arrayContaining(['turns', 'started:web', 'audience:professional:web', 'flow:professional']))
    const b = turn(a.r.session, { type: 'action', id: 'flow:afwegingskader' })
    expect(b.metrics).toContain('flow:afwegingskader')
    expect(b.metrics).not.toContain('started:web')
    expect(b.metrics.filter((m) => m.startsWith('audience:'))).toEqual([])
    const c = turn(b.r.session, { type: 'action', id: 'c:afwegingskader/afweging-1/ja' })
    expect(c.metrics).toEqual(expect.arrayContaining(['answer:afweging-1:ja', 'node:afwegingskader/afweging-2']))
  })

  it('counts reply kinds and entries shown, never a word that was typed', () => {
    const a = turn(undefined, { type: 'text', text: 'Jan Jansen, BSN 123456782, wat is de kindcheck en ik twijfel' })
    expect(a.metrics).toEqual(expect.arrayContaining(['tag:privacy', 'tag:doubt']))
    expect(a.metrics.some((m) => m.startsWith('shown:topic:'))).toBe(true)
    expect(a.metrics.join(' ')).not.toMatch(/jan|123456782/i)
    const b = turn(undefined, { type: 'text', text: 'hoe laat gaat de bibliotheek open' })
    expect(b.metrics).toContain('tag:fallback')
    const c = turn(undefined, { type: 'action', id: 'call:112' })
    expect(c.metrics).toEqual(expect.arrayContaining(['press:112', 'tag:acute']))
  })
})

describe('buildReport', () => {
  it('shows every count under 5 as "< 5", and a share only when both sides are 5 or more', () => {
    const rows = [
      { organisation: 'a', week: '2026-W10', metric: 'started:web', n: 7 },
      { organisation: 'a', week: '2026-W10', metric: 'audience:sport:web', n: 4 },
      { organisation: 'a', week: '2026-W10', metric: 'turns', n: 40 },
      { organisation: 'a', week: '2026-W10', metric: 'tag:fallback', n: 3 },
      { organisation: 'a', week: '2026-W11', metric: 'turns', n: 20 },
      { organisation: 'a', week: '2026-W11', metric: 'tag:fallback', n: 5 },
      { organisation: 'a', week: '2026-W11', metric: 'shown:topic:kindcheck', n: 2 },
    ]
    const r = buildReport(rows, { organisation: 'a' })
    expect(r.weeks[0]).toMatchObject({ week: '2026-W10', started: 7, byAudience: { sport: '< 5', onbekend: '< 5' }, unanswered: '< 5', unansweredPercent: null })
    expect(r.weeks[1]).toMatchObject({ unanswered: 5, unansweredPercent: 25 })
    expect(r.topics).toEqual([])
  })
})
