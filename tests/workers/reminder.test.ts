/**
 * GET /api/reminder.ics inside workerd, through the Worker's own fetch handler (SELF): the same
 * file as on Node (our own writer, no Node built-ins), the same 400s, nothing stored.
 */
import { SELF } from 'cloudflare:test'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { addDays, amsterdamDate } from '../../bot/http/reminder.js'

const get = (query: string, init?: RequestInit) => SELF.fetch(`https://meldwijzer.test/api/reminder.ics${query}`, init)

describe('GET /api/reminder.ics on Workers', () => {
  it('downloads one all-day event N weeks ahead in Europe/Amsterdam, with a fresh UID each time', async () => {
    const uids = new Set<string>()
    for (const weeks of [2, 8]) {
      const before = addDays(amsterdamDate(Date.now()), weeks * 7)
      const res = await get(`?weeks=${weeks}&kind=afweging-5`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="meldcode-herinnering-afweging-5.ics"')
      expect(res.headers.get('cache-control')).toBe('no-store')
      const calendar = new ICAL.Component(ICAL.parse(await res.text()))
      const events = calendar.getAllSubcomponents('vevent')
      expect(events).toHaveLength(1)
      const event = events[0]!
      expect(event.getAllProperties().map((p) => p.name).sort()).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'summary', 'uid'])
      expect(event.getFirstPropertyValue('summary')).toBe('Meldcode: werkt de hulp? (afweging 5)')
      expect(String(event.getFirstPropertyValue('description'))).toContain('Veilig Thuis: 0800-2000')
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
      expect(start.isDate).toBe(true)
      const after = addDays(amsterdamDate(Date.now()), weeks * 7)
      expect([before, after].map((d) => d.join('-'))).toContain(`${start.year}-${start.month}-${start.day}`)
      uids.add(String(event.getFirstPropertyValue('uid')))
    }
    expect(uids.size).toBe(2)
  })

  it('refuses other parameters and values with 400 and the JSON error body, other methods with 405', async () => {
    for (const q of ['', '?weeks=3&kind=stap-5', '?weeks=4&kind=stap-5&conversationId=x', '?weeks=4&weeks=4&kind=stap-5', '?weeks=4&kind=iets']) {
      const res = await get(q)
      expect(res.status, q).toBe(400)
      const body = (await res.json()) as { error: { code: string }; veiligThuis: string }
      expect(body.error.code).toBe('bad_request')
      expect(body.veiligThuis).toContain('0800-2000')
    }
    const post = await get('?weeks=4&kind=stap-5', { method: 'POST' })
    expect(post.status).toBe(405)
    await post.text()
  })
})
