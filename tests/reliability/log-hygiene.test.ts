/**
 * Safety rule 5: identifying details typed by a user never reach a log line, the console or the
 * stored conversation state, and the bot does not echo them. We run conversations full of names,
 * BSNs, phone numbers, e-mail and street addresses through the real HTTP app and search every
 * captured byte for them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Session } from '../../bot/core/types.js'
import type { ConversationStore } from '../../bot/store/conversation-store.js'
import { MemoryStore } from '../../bot/store/memory-store.js'
import { chat, nodeApp } from './support.js'

/** Every string below must never appear anywhere we keep or print. */
const SECRETS = [
  'Jan Jansen', 'Fatima el Amrani', 'Priscilla', 'Kevin de Vries', 'Sanne Bakker', 'Mohammed',
  '111222333', '123456782', '0612345678', '06-12345678', '+31 6 1234 5678', '020-5551234',
  'Dorpsstraat 12', 'Kerkweg 7b', '1234 AB', '3511AB', 'j.jansen@example.nl', 'ouder@voorbeeld.com',
  '12-03-2015', '03/04/2017',
]

const CONVERSATIONS: Array<Array<string | { action: string }>> = [
  ['Ik maak me zorgen over Jan Jansen, BSN 111222333, hij woont op Dorpsstraat 12, 1234 AB Utrecht', 'wat moet ik doen?'],
  ['Mijn leerling Fatima el Amrani (geboren 12-03-2015) heeft blauwe plekken', 'bel haar moeder op 0612345678?'],
  [{ action: 'menu' }, 'Kevin de Vries uit mijn team wordt thuis geslagen, vader belt vanaf 06-12345678', 'stap 2'],
  ['trainer Mohammed raakt meisjes aan, zijn mail is j.jansen@example.nl', 'ja'],
  ['hij heeft een mes, adres Kerkweg 7b 3511AB, bel +31 6 1234 5678'],
  ['Priscilla is 8, BSN 123456782, wonend Kerkweg 7b', { action: 'twijfel' }, 'Sanne Bakker 020-5551234'],
  ['afwegingskader', 'ja', 'ouder@voorbeeld.com geboren 03/04/2017', 'nee'],
]

class RecordingStore implements ConversationStore {
  readonly inner = new MemoryStore()
  readonly written: string[] = []
  async get(id: string) {
    return this.inner.get(id)
  }
  async set(s: Session) {
    this.written.push(JSON.stringify(s))
    return this.inner.set(s)
  }
  async delete(id: string) {
    return this.inner.delete(id)
  }
}

describe('log hygiene', () => {
  const printed: string[] = []
  beforeEach(() => {
    printed.length = 0
    for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const)
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')))
  })
  afterEach(() => vi.restoreAllMocks())

  it('no identifying detail reaches logs, the console, stored state or a reply', async () => {
    const store = new RecordingStore()
    const { app, log } = nodeApp({ store })
    const replies: string[] = []
    for (const conv of CONVERSATIONS) {
      let conversationId: string | undefined
      for (const turn of conv) {
        const input = typeof turn === 'string' ? { text: turn } : turn
        const { res, body } = await chat(app, { ...(conversationId ? { conversationId } : {}), ...input })
        expect(res.status).toBe(200)
        conversationId = body.conversationId
        replies.push(JSON.stringify(body))
      }
    }
    // Error paths too: a broken body that quotes the details, and a second conversation id with a name in it.
    for (const body of ['{"text": "Jan Jansen 111222333"', '{"text": "Jan Jansen", "action": "menu"}', '{"conversationId": "Jan Jansen", "text": "hoi"}'])
      await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

    const logged = log.lines.map((l) => JSON.stringify(l))
    expect(logged.length).toBeGreaterThanOrEqual(CONVERSATIONS.flat().length)
    expect(store.written.length).toBeGreaterThan(0)
    const haystacks = { logged, printed, stored: store.written, replies }
    for (const [where, lines] of Object.entries(haystacks)) {
      const all = lines.join('\n').toLowerCase()
      for (const secret of SECRETS) expect(all.includes(secret.toLowerCase()), `"${secret}" found in ${where}`).toBe(false)
    }
    // Stored state is flow position and choices only: no field can hold typed text.
    for (const s of store.written) {
      const session = JSON.parse(s) as Session
      expect(Object.keys(session).sort()).toEqual(expect.arrayContaining(['answers', 'createdAt', 'id', 'trail', 'turns', 'updatedAt']))
      for (const key of Object.keys(session)) expect(['id', 'createdAt', 'updatedAt', 'role', 'sector', 'flow', 'node', 'trail', 'answers', 'turns']).toContain(key)
    }
    // And the privacy notice was given.
    expect(replies.join('\n')).toContain('herkenbare gegevens')
  })
})
