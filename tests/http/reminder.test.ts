/**
 * GET /api/reminder.ics through the real Node app (app.request): the file, its headers, the
 * JSON 400 for anything but weeks and kind, and that nothing is stored or logged.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { errorBody } from '../../bot/http/errors.js'
import type { Logger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import { MemoryStore } from '../../bot/store/memory-store.js'

const lines: string[] = []
const log: Logger = {
  info: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
  warn: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
  error: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
}
const store = new MemoryStore({ now: Date.now, ttlMs: 60_000 })
// 30 November 2026, 23:30 UTC: already 1 December in Amsterdam.
const { app } = createNodeApp({ env: { RATE_LIMIT_PER_MINUTE: '0' }, log, store, now: () => Date.UTC(2026, 10, 30, 23, 30) })

const get = (query: string, init?: RequestInit) => app.request(`/api/reminder.ics${query}`, init)

describe('GET /api/reminder.ics', () => {
  it('downloads an all-day event N weeks from today in Europe/Amsterdam, never cached', async () => {
    const res = await get('?weeks=6&kind=na-melding')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="meldcode-herinnering-na-melding.ics"')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const event = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')!
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2027-01-12')
    expect(String(event.getFirstPropertyValue('description'))).toContain('0800-2000')
  })

  it('gives each download its own UID, and stores and logs nothing', async () => {
    const before = store.size
    lines.length = 0
    const uids = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const text = await (await get('?weeks=2&kind=afweging-5')).text()
      const uid = String(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid'))
      expect(uid).toMatch(/^[0-9a-f-]{36}@meldwijzer$/)
      uids.add(uid)
    }
    expect(uids.size).toBe(3)
    expect(store.size).toBe(before)
    expect(lines).toEqual([])
  })

  it('refuses anything but one weeks (2, 4, 6, 8) and one kind with 400 and the JSON error body', async () => {
    const bad = ['', '?weeks=4', '?kind=stap-5', '?weeks=5&kind=stap-5', '?weeks=four&kind=stap-5', '?weeks=4&kind=onbekend',
      '?weeks=4&kind=stap-5&conversationId=abc', '?weeks=4&kind=stap-5&naam=Jan', '?weeks=4&weeks=6&kind=stap-5', '?weeks=4&kind=stap-5&kind=stap-5',
      '?weeks=-2&kind=stap-5', '?weeks=4&kind=stap-5%00']
    for (const q of bad) {
      const res = await get(q)
      expect(res.status, q).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      const body = (await res.json()) as ReturnType<typeof errorBody>
      expect(body).toEqual(errorBody('bad_request', body.error.message))
      expect(body.veiligThuis).toContain('0800-2000')
      // The refused value is not echoed back.
      expect(JSON.stringify(body)).not.toContain('Jan')
    }
  })

  it('answers other methods with 405 and the JSON error body', async () => {
    const res = await get('?weeks=4&kind=stap-5', { method: 'POST' })
    expect(res.status).toBe(405)
    expect(((await res.json()) as { veiligThuis: string }).veiligThuis).toContain('0800-2000')
  })
})
