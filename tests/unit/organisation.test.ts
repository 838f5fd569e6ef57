/**
 * The user's organisation in the answer (issue 14), through the real service, engine and content
 * with the example organisations: chosen once, only its id stored, 112 and Veilig Thuis before
 * its contact, and without settings every answer exactly as without the feature.
 */
import { describe, expect, it } from 'vitest'
import { organisationQuestion } from '../../bot/core/organisation.js'
import type { Input, Session } from '../../bot/core/types.js'
import { fold } from '../../bot/core/nlp/normalize.js'
import { jsonLogger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import { ConversationService } from '../../bot/service/conversation-service.js'
import { MemoryStore } from '../../bot/store/memory-store.js'
import { FIXED_NOW, realBundle } from '../support/engine.js'

function service(withOrganisations = true) {
  const { engine, organisations } = realBundle()
  const store = new MemoryStore({ now: () => FIXED_NOW })
  let n = 0
  const s = new ConversationService({ engine, store, now: () => FIXED_NOW, newId: () => `c-${++n}`, ...(withOrganisations ? { organisations } : {}) })
  return { service: s, store }
}
const text = (i: string): Input => ({ type: 'text', text: i })

describe('organisation settings in a conversation', () => {
  it('stores only the id in the session, and the organisation never changes mid-conversation', async () => {
    const { service: s, store } = service()
    const first = await s.turn(undefined, { type: 'action', id: 'menu' }, false, 'voorbeeld-basisschool')
    const id = first.conversationId
    // Another organisation named later is ignored: still the school's aandachtsfunctionaris.
    const later = await s.turn(id, text('wie is bij ons de aandachtsfunctionaris?'), false, 'voorbeeld-voetbalclub')
    expect(later.replies[0]!.text).toContain('OBS De Voorbeeldschool')
    expect(later.replies[0]!.text).not.toContain('Voorbeeldclub')
    const session = (await store.get(id)) as Session
    expect(session.organisation).toBe('voorbeeld-basisschool')
    expect(session.sector).toBe('onderwijs')
    const stored = JSON.stringify(session)
    for (const detail of ['Voorbeeldschool', '030-000', '@', 'teams.microsoft.com']) expect(stored).not.toContain(detail)
  })

  it('the acute reply names 112, then Veilig Thuis, then the organisation, in text and buttons', async () => {
    const { service: s } = service()
    const out = await s.turn(undefined, text('hij staat nu met een mes voor de deur'), false, 'voorbeeld-voetbalclub')
    const acute = out.replies[0]!
    expect(acute.tag).toBe('acute')
    const at = (needle: string) => acute.text.indexOf(needle)
    expect(at('112')).toBeGreaterThanOrEqual(0)
    expect(at('112')).toBeLessThan(at('0800-2000'))
    expect(at('0800-2000')).toBeLessThan(at('020-000 00 00'))
    const calls = acute.actions!.map((a) => a.id).filter((id) => id.startsWith('call:'))
    expect(calls).toEqual(['call:112', 'call:0800-2000', 'call:020-000 00 00'])
    expect(acute.actions![0]!.id).toBe('call:112')
  })

  it('without an organisation every reply is exactly what a service without settings says', async () => {
    const inputs: Input[] = [
      { type: 'action', id: 'menu' },
      text('wie is de aandachtsfunctionaris?'),
      text('bij wie kan ik terecht bij de club?'),
      text('wie is ons wijkteam?'),
      text('stap 2'),
      { type: 'action', id: 'c:stap-2/begin/klaar' },
      { type: 'action', id: 'dossier' },
      text('ik twijfel'),
      text('er is nu direct gevaar'),
    ]
    const a = service(true).service
    const b = service(false).service
    let ia: string | undefined, ib: string | undefined
    for (const input of inputs) {
      const ra = await a.turn(ia, input)
      const rb = await b.turn(ib, input)
      ;[ia, ib] = [ra.conversationId, rb.conversationId]
      expect(ra.replies).toEqual(rb.replies)
    }
  })

  it('recognises questions about the own organisation, and leaves others to the knowledge', () => {
    const q = (t: string) => organisationQuestion(fold(t))
    expect(q('wie is bij ons de aandachtsfunctionaris?')).toBe('contact')
    expect(q('bij wie kan ik terecht bij de club?')).toBe('contact')
    expect(q('wie is onze vcp')).toBe('contact')
    expect(q('wie is ons wijkteam?')).toBe('wijkteam')
    expect(q('waar staat onze meldcode')).toBe('meldcode')
    expect(q('wat doet een aandachtsfunctionaris')).toBe(undefined)
    expect(q('wat is de kindcheck')).toBe(undefined)
  })
})

describe('POST /api/chat with "organisation"', () => {
  const lines: string[] = []
  const { app } = createNodeApp({ env: { RATE_LIMIT_PER_MINUTE: '0' }, log: jsonLogger((l) => lines.push(l)) })
  const post = (body: unknown) => app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  it('an unknown id: the normal answer plus one line, and the id (never the text) in the log', async () => {
    lines.length = 0
    const res = await post({ text: 'wat is de kindcheck?', organisation: 'obs-bestaat-niet' })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { messages: Array<{ text: string; tag?: string }> }
    expect(body.messages.filter((m) => m.tag === 'notice')).toHaveLength(1)
    expect(body.messages.at(-1)!.tag).toBe('notice')
    expect(body.messages[0]!.text).toContain('indcheck')
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(logged).toContainEqual(expect.objectContaining({ event: 'organisation_unknown', organisation: 'obs-bestaat-niet' }))
    expect(lines.join('\n')).not.toContain('kindcheck?')
  })

  it('an id that is not an id is a 400 with the Veilig Thuis line', async () => {
    const res = await post({ text: 'hallo', organisation: 'OBS De Linde <script>' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('0800-2000')
  })

  it('a known id on a later turn of an existing conversation changes nothing', async () => {
    const first = (await (await post({ action: 'menu' })).json()) as { conversationId: string }
    const res = await post({ conversationId: first.conversationId, text: 'wie is ons wijkteam?', organisation: 'voorbeeld-basisschool' })
    const body = (await res.json()) as { messages: Array<{ text: string }> }
    expect(body.messages.map((m) => m.text).join('\n')).not.toContain('Wijkteam Voorbeeldstad')
  })
})
