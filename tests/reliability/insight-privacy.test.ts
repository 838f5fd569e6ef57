/**
 * Privacy of the usage counts: conversations full of names, BSNs, addresses, phone numbers and
 * free text go through the real app; then the whole store (every row, and the file's raw bytes)
 * and everything /api/insight and /insight give out are searched. None of those strings may be
 * there, nor a conversation id, nor any count under 5.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, onTestFinished } from 'vitest'
import { silentLogger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import type { SqliteInsightStore } from '../../bot/runtime/node/sqlite-insight-store.js'
import { contentWith, insightLines } from '../support/insight-content.js'

const dir = mkdtempSync(join(tmpdir(), 'insight-privacy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SECRETS = [
  'Jan de Vries', 'Fatima El Amrani', 'Kees', 'Annelies Bakker', '123456782', '111222333', 'Dorpsstraat 12', 'Kerkweg 7b', '1234 AB',
  '06-12345678', 'jan.devries@example.nl', 'NL91ABNA0417164300', 'blauwe trui', 'zolderkamer', 'Heerhugowaard', 'sinds de kerstvakantie',
]
const MESSAGES = [
  'Mijn buurman Jan de Vries (BSN 123456782) slaat zijn dochter, ze woont op de Dorpsstraat 12, 1234 AB Heerhugowaard',
  'Fatima El Amrani heeft blauwe plekken sinds de kerstvakantie, haar telefoon is 06-12345678',
  'Kees zit elke avond op de zolderkamer en durft niet naar huis, mail jan.devries@example.nl',
  'Annelies Bakker, Kerkweg 7b, BSN 111222333, rekening NL91ABNA0417164300, draagt steeds een blauwe trui',
  'ik twijfel over Kees',
  'hoe laat gaat de bibliotheek open',
]

const SCHOOL_TOKEN = 'basisschool-token-0123456789abcdef'
const CLUB_TOKEN = 'voetbalclub-token-0123456789abcdef'
const ADMIN_TOKEN = 'operator-token-0123456789abcdef'

describe('insight privacy', () => {
  it('keeps and shows no typed text, no ids and no count under 5', async () => {
    const db = join(dir, 'insight.sqlite')
    const env = { INSIGHT_DB: db, INSIGHT_FLUSH_MS: '0', INSIGHT_ADMIN_TOKEN: ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '0', CONTENT_CACHE: '0' }
    // Both example organisations, each with an insight token: volunteers talk for the club.
    const content = contentWith({ 'voorbeeld-basisschool': await insightLines(SCHOOL_TOKEN), 'voorbeeld-voetbalclub': await insightLines(CLUB_TOKEN) })
    onTestFinished(() => content.remove())
    const { app, insight } = createNodeApp({ env, log: silentLogger, contentRoot: content.root })
    const chat = async (body: object) => (await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()
    const ids: string[] = []
    for (let i = 0; i < 7; i++) {
      const sport = i % 3 === 0
      const start = await chat({ action: sport ? 'c:start/menu/sport' : 'c:start/menu/professional', organisation: sport ? 'voorbeeld-voetbalclub' : 'voorbeeld-basisschool' })
      const id = start.conversationId as string
      ids.push(id)
      for (const text of MESSAGES) await chat({ conversationId: id, text })
      await chat({ conversationId: id, action: 'flow:stap-1' })
      await chat({ conversationId: id, action: 'call:112' })
    }
    await insight!.recorder.flush()

    const store = insight!.store as SqliteInsightStore
    const rows = store.all()
    expect(rows.length).toBeGreaterThan(10)
    const outputs = [JSON.stringify(rows)]
    for (const file of [db, `${db}-wal`]) if (existsSync(file)) outputs.push(readFileSync(file).toString('latin1'))
    const reports: Array<Record<string, unknown>> = []
    for (const [token, query] of [[ADMIN_TOKEN, ''], [ADMIN_TOKEN, '?organisation=voorbeeld-voetbalclub'], [SCHOOL_TOKEN, ''], [CLUB_TOKEN, '']] as const) {
      for (const path of ['/api/insight', '/insight']) {
        const res = await app.request(`${path}${query}`, { headers: { authorization: `Bearer ${token}` } })
        expect(res.status).toBe(200)
        const text = await res.text()
        outputs.push(text)
        if (path === '/api/insight') reports.push(JSON.parse(text))
        else for (const cell of text.matchAll(/<td class="n">([^<]*)<\/td>/g)) expect(cell[1] === '&#60; 5' || Number(cell[1]!.replace('.', '')) >= 5, cell[1]).toBe(true)
      }
    }

    for (const out of outputs) {
      const folded = out.toLowerCase()
      for (const secret of [...SECRETS, ...ids]) expect(folded, `"${secret}" left the conversation`).not.toContain(secret.toLowerCase())
      // No time finer than a week: no dates or clock times.
      expect(out).not.toMatch(/\b20\d\d-\d\d-\d\d|T\d\d:\d\d/)
    }
    expect(rows.every((r) => /^\d{4}-W\d{2}$/.test(r.week))).toBe(true)

    // Every count in the JSON is "< 5" or at least 5 (a share in % is not a count).
    const counts: number[] = []
    const walk = (v: unknown, key = ''): void => {
      if (typeof v === 'number' && key !== 'unansweredPercent') counts.push(v)
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
    }
    reports.forEach((r) => walk(r))
    expect(counts.length).toBeGreaterThan(20)
    expect(counts.filter((n) => n < 5)).toEqual([])
    // Small counts are there, and shown as such: the club had 3 conversations.
    expect(reports.some((r) => JSON.stringify(r).includes('"< 5"'))).toBe(true)
  })
})
