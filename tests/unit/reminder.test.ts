/**
 * Calendar reminders: the .ics file read back with a real iCalendar parser (ical.js), its date
 * in Europe/Amsterdam on a moved clock, a fresh UID per download and no other fields; the
 * content checker on reminders; where the engine offers them.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { checkContent, formatProblem } from '../../bot/content/check.js'
import { REMINDER_KINDS } from '../../bot/content/schema.js'
import { reminderActions } from '../../bot/core/reminder.js'
import { allDayEventIcs, escapeText, foldLine } from '../../bot/http/icalendar.js'
import { amsterdamDate, parseReminderQuery, reminderIcs } from '../../bot/http/reminder.js'
import { fixtureFiles } from '../support/fixtures.js'
import { realBundle } from '../support/engine.js'

const content = () => realBundle().content

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent')
  expect(events).toHaveLength(1)
  return { calendar, event: events[0]! }
}

const ics = (kind: (typeof REMINDER_KINDS)[number], weeks: number, now: number, id = 'id-1') =>
  reminderIcs(content().reminders.get(kind)!, content().sources, weeks, now, id)

describe('the .ics file', () => {
  it('is one all-day event with the title, the questions, what to do if not and the Veilig Thuis line, and nothing else', async () => {
    const reminder = content().reminders.get('afweging-5')!
    const { calendar, event } = parse(await ics('afweging-5', 4, Date.UTC(2026, 10, 30, 12)))
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vevent'])
    expect(event.getAllSubcomponents()).toEqual([]) // no alarms, no attendees' components
    expect(event.getAllProperties().map((p) => p.name).sort()).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'summary', 'uid'])
    expect(calendar.getAllProperties().map((p) => p.name).sort()).toEqual(['calscale', 'method', 'prodid', 'version'])
    expect(event.getFirstPropertyValue('summary')).toBe('Meldcode: werkt de hulp? (afweging 5)')
    expect(event.getFirstPropertyValue('summary')).toBe(reminder.title)
    const description = String(event.getFirstPropertyValue('description'))
    for (const q of reminder.questions) expect(description).toContain(`- ${q}`)
    expect(description).toContain(reminder.ifNot.trim())
    expect(description).toContain('Veilig Thuis: 0800-2000')
    expect(description).toContain('Bron: ')
    expect(description).not.toContain('**')
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time
    expect(start.isDate).toBe(true)
    expect(end.isDate).toBe(true)
    expect(end.toString()).toBe('2026-12-29')
  })

  it('falls N weeks after today in Europe/Amsterdam, also just after midnight there and across DST', async () => {
    const day = async (kind: (typeof REMINDER_KINDS)[number], weeks: number, now: number) => String(parse(await ics(kind, weeks, now)).event.getFirstPropertyValue('dtstart'))
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam (UTC+1).
    expect(amsterdamDate(Date.UTC(2026, 10, 30, 23, 30))).toEqual([2026, 12, 1])
    expect(await day('afweging-5', 2, Date.UTC(2026, 10, 30, 23, 30))).toBe('2026-12-15')
    expect(await day('afweging-5', 2, Date.UTC(2026, 10, 30, 22, 59))).toBe('2026-12-14')
    // Summer time (UTC+2): 22:30 UTC on 30 June is 00:30 on 1 July.
    expect(await day('na-melding', 8, Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-08-26')
    // Over the change to winter time and over a year's end.
    expect(await day('stap-5', 6, Date.UTC(2026, 9, 20, 10))).toBe('2026-12-01')
    expect(await day('stap-5', 4, Date.UTC(2026, 11, 20, 10))).toBe('2027-01-17')
    expect(await day('afweging-5', 4, Date.UTC(2028, 1, 10, 10))).toBe('2028-03-09') // leap year
  })

  it('stamps the moved clock and the given id: a fresh UID per download, nothing else from the request', async () => {
    const now = Date.UTC(2026, 10, 30, 9, 15, 7)
    const a = parse(await ics('na-melding', 2, now, 'aaa')).event
    const b = parse(await ics('na-melding', 2, now, 'bbb')).event
    expect(a.getFirstPropertyValue('uid')).toBe('aaa@meldwijzer')
    expect(b.getFirstPropertyValue('uid')).toBe('bbb@meldwijzer')
    expect(String(a.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T09:15:07Z')
  })

  it('every kind is written, with CRLF line ends and no line over 75 octets', async () => {
    const bytes = new TextEncoder()
    for (const kind of REMINDER_KINDS) {
      const text = await ics(kind, 2, Date.UTC(2026, 10, 30, 12))
      expect(text.endsWith('\r\n')).toBe(true)
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      for (const line of text.split('\r\n')) expect(bytes.encode(line).length).toBeLessThanOrEqual(75)
      expect(parse(text).event.getFirstPropertyValue('summary')).toBe(content().reminders.get(kind)!.title)
    }
  })
})

describe('the iCalendar writer', () => {
  const event = (title: string, description: string) =>
    allDayEventIcs({ productId: '-//t//NL', uid: 'u@t', stamp: Date.UTC(2026, 0, 2, 3, 4, 5), start: [2026, 1, 9], end: [2026, 1, 10], title, description })

  it('escapes backslash, semicolon, comma and line breaks, and a parser reads the text back unchanged', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
    const description = 'Kijk: ja; nee, misschien\\ of niet.\nRegel twee – één keer'
    const { event: e } = parse(event('Titel; met, tekens', description))
    expect(e.getFirstPropertyValue('summary')).toBe('Titel; met, tekens')
    expect(e.getFirstPropertyValue('description')).toBe(description)
    expect(String(e.getFirstPropertyValue('dtstamp'))).toBe('2026-01-02T03:04:05Z')
    expect(String(e.getFirstPropertyValue('dtstart'))).toBe('2026-01-09')
  })

  it('folds at 75 octets without splitting a character, and unfolding gives the line back', () => {
    for (const text of ['x'.repeat(200), 'é'.repeat(100), 'a' + '–'.repeat(60) + 'b', '😀'.repeat(40)]) {
      const line = `DESCRIPTION:${text}`
      const folded = foldLine(line)
      for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
      expect(folded.replace(/\r\n /g, '')).toBe(line)
      expect(String(parse(event('t', text)).event.getFirstPropertyValue('description'))).toBe(text)
    }
    expect(foldLine('kort')).toBe('kort')
  })
})

describe('the query', () => {
  it('takes exactly one weeks (2, 4, 6, 8) and one kind, nothing else', () => {
    const q = (s: string) => parseReminderQuery(new URLSearchParams(s))
    expect(q('weeks=4&kind=afweging-5')).toEqual({ weeks: 4, kind: 'afweging-5' })
    expect(q('kind=stap-5&weeks=8')).toEqual({ weeks: 8, kind: 'stap-5' })
    for (const bad of ['', 'weeks=4', 'kind=stap-5', 'weeks=3&kind=stap-5', 'weeks=04&kind=stap-5', 'weeks=4.0&kind=stap-5', 'weeks=+4&kind=stap-5',
      'weeks=4&kind=Stap-5', 'weeks=4&kind=stap-5&conversationId=x', 'weeks=4&weeks=4&kind=stap-5', 'weeks=4&kind=stap-5&kind=stap-5', 'weeks=4&kind=', 'weeks=4&kind=dossier'])
      expect(q(bad), bad).toBeUndefined()
  })
})

describe('where the engine offers it', () => {
  it('as link actions to the download, one per number of weeks', () => {
    expect(reminderActions('stap-5').map((a) => [a.label, a.kind, a.url])).toEqual([
      ['Herinnering over 2 weken', 'link', '/api/reminder.ics?weeks=2&kind=stap-5'],
      ['Herinnering over 4 weken', 'link', '/api/reminder.ics?weeks=4&kind=stap-5'],
      ['Herinnering over 6 weken', 'link', '/api/reminder.ics?weeks=6&kind=stap-5'],
      ['Herinnering over 8 weken', 'link', '/api/reminder.ics?weeks=8&kind=stap-5'],
    ])
  })

  it('under hulp bieden (afweging 4 and 5), after melden and at the end of step 5', () => {
    const offered = [...content().nodes.entries()].filter(([, n]) => n.reminder).map(([k, n]) => `${k} ${n.reminder}`)
    expect(offered.sort()).toEqual([
      'afwegingskader/afsluiten-hulp afweging-5',
      'afwegingskader/hulp-bieden afweging-5',
      'afwegingskader/melden-norm-1 na-melding',
      'afwegingskader/melden-norm-2 na-melding',
      'afwegingskader/melden-norm-2-acceptatie na-melding',
      'afwegingskader/melden-norm-3 na-melding',
      'stap-5/melden stap-5',
    ])
    const engine = realBundle().engine
    const ctx = { now: Date.UTC(2026, 10, 30), newId: () => 's1' }
    const end = engine.step(undefined, { type: 'action', id: 'flow:stap-5/melden' }, ctx).replies[0]!
    const ids = end.actions!.map((a) => a.id)
    // Between the dossier button and menu/doubt, with the doubt option still there; "Terug" last (issue 18).
    expect(ids).toEqual(['dossier', 'reminder:stap-5:2', 'reminder:stap-5:4', 'reminder:stap-5:6', 'reminder:stap-5:8', 'menu', 'twijfel', 'back'])
    const help = engine.step(undefined, { type: 'action', id: 'flow:afwegingskader/hulp-bieden' }, ctx).replies[0]!
    expect(help.actions!.map((a) => a.id)).toEqual([
      'c:afwegingskader/hulp-bieden/ja', 'c:afwegingskader/hulp-bieden/nee', 'c:afwegingskader/hulp-bieden/twijfel',
      'reminder:afweging-5:2', 'reminder:afweging-5:4', 'reminder:afweging-5:6', 'reminder:afweging-5:8', 'back',
    ])
    // A topic offers it through related: "ik heb gemeld, wat nu?"
    const after = engine.step(undefined, { type: 'action', id: 'topic:melden-is-niet-overdragen' }, ctx).replies[0]!
    expect(after.actions!.filter((a) => a.kind === 'link').map((a) => a.url)).toContain('/api/reminder.ics?weeks=4&kind=na-melding')
  })
})

describe('the content checker on reminders', () => {
  const withFlow = (yaml: string) => {
    const files = fixtureFiles('_base').filter((f) => f.path !== 'flows/stap-2.yaml')
    const result = checkContent([...files, { path: 'flows/stap-2.yaml', text: yaml }])
    return result.ok ? [] : result.problems.map(formatProblem)
  }
  const flow = (reminders: string, node = '') => `id: stap-2
title: Stap 2
start: begin
nodes:
  - id: begin
    text: Klaar.${node}
    end: true
reminders:
${reminders}`
  const reminder = (kind: string, extra = '') => `  - kind: ${kind}
    title: "Meldcode: check"
    questions: [Werkt het?]
    ifNot: Bel Veilig Thuis.
    sources: [bron-a]
    reviewed: 2026-11-30${extra}
`
  const all = REMINDER_KINDS.map((k) => reminder(k)).join('')

  it('accepts all three kinds, offered from a node', () => {
    expect(withFlow(flow(all, '\n    reminder: stap-5'))).toEqual([])
  })

  it('reports an unknown kind, a missing kind, a duplicate, an unknown source and markdown, with file:line:col', () => {
    expect(withFlow(flow(reminder('afweging-6')))).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:9:11 reminders[0].kind: Invalid option: expected one of "afweging-5"|"na-melding"|"stap-5".",
      ]
    `)
    expect(withFlow(flow(reminder('stap-5'), '\n    reminder: afweging-5'))).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:7:15 nodes[0].reminder: reminder "afweging-5" is not written in any flow's "reminders:". Add it there (kind, title, questions, ifNot, sources, reviewed).",
        "flows/stap-2.yaml:10:3 reminders: reminder "afweging-5" is required: the reminder download offers it. Write it in a flow's "reminders:".",
        "flows/stap-2.yaml:10:3 reminders: reminder "na-melding" is required: the reminder download offers it. Write it in a flow's "reminders:".",
      ]
    `)
    expect(withFlow(flow(all + reminder('stap-5').replace('bron-a', 'bron-b').replace('Werkt het?', '"**Werkt** het?"')))).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:27:11 reminders[3].kind: reminder "stap-5" is written twice; write each reminder once.",
        "flows/stap-2.yaml:31:15 reminders[3].sources[0]: unknown source "bron-b". Did you mean "bron-a"? Add it to knowledge/bronnen.yaml or fix the id.",
        "flows/stap-2.yaml:29:17 reminders[3].questions[0]: a reminder is plain text in a calendar: no **bold** and no "- " lists (questions are a list already).",
      ]
    `)
  })
})
