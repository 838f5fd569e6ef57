/**
 * "Zet een herinnering" in Teams: an Action.OpenUrl button to the .ics download, with an
 * absolute https URL, in a card that Microsoft's Adaptive Cards SDK (adaptivecards 3.0.6) reads
 * as version 1.5 without a single warning and writes back unchanged. Then the real endpoint,
 * against the stand-in Microsoft services, sends that card for the end of step 5.
 */
import type { Activity } from 'botframework-schema'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicBase, withAbsoluteLinks } from '../../bot/channels/teams/index.js'
import { actionsCard, replyToMessage } from '../../bot/channels/teams/render.js'
import { silentLogger } from '../../bot/http/logger.js'
import { realBundle } from '../support/engine.js'
import { TENANT_ID, cardSubmit } from './support/activities.js'
import type { FakeMicrosoft } from './support/fake-microsoft.js'
import { startTeamsServer, type TeamsServer } from './support/teams-server.js'

// The SDK's ESM build imports without file extensions, which Node does not resolve; its UMD build loads fine.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards')

/** Problems Microsoft's SDK finds in a card read as Adaptive Cards 1.5; empty means valid. */
function adaptiveCard15Problems(json: Record<string, unknown>): string[] {
  const card = new AC.AdaptiveCard()
  const context = new AC.SerializationContext(AC.Versions.v1_5)
  card.parse(json, context)
  const problems: string[] = []
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`)
  for (const e of card.validateProperties().validationEvents) problems.push(`validate: ${e.message}`)
  // Written back by the SDK, the card is the same: no property it does not know in 1.5 was dropped.
  const theirs = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)) as Record<string, unknown>
  if (JSON.stringify(sortKeys(theirs)) !== JSON.stringify(sortKeys(json))) problems.push(`round trip: ${JSON.stringify(theirs)} != ${JSON.stringify(json)}`)
  return problems
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]))
  return v
}

const ctx = { now: Date.UTC(2026, 10, 30), newId: () => 's1' }

describe('the reminder in an Adaptive Card 1.5', () => {
  it('the SDK catches what is not 1.5 (the check can fail)', () => {
    expect(adaptiveCard15Problems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'x' }] }] }).length).toBeGreaterThan(0)
    expect(adaptiveCard15Problems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'ActionSet', actions: [{ type: 'Action.Bogus', title: 'x' }] }] }).length).toBeGreaterThan(0)
    expect(adaptiveCard15Problems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', colour: 'red' }] }).length).toBeGreaterThan(0)
  })

  it('end of step 5, hulp bieden and after melden: Action.OpenUrl to the https download, in a valid 1.5 card', () => {
    const engine = realBundle().engine
    for (const [id, kind] of [['flow:stap-5/melden', 'stap-5'], ['flow:afwegingskader/hulp-bieden', 'afweging-5'], ['flow:afwegingskader/melden-norm-3', 'na-melding']] as const) {
      const reply = engine.step(undefined, { type: 'action', id }, ctx).replies[0]!
      const message = replyToMessage(withAbsoluteLinks(reply, 'https://meldwijzer.example.nl'))
      const card = (message.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content
      expect(adaptiveCard15Problems(card)).toEqual([])
      const actions = (card.body as { actions: Record<string, unknown>[] }[]).flatMap((s) => s.actions)
      const links = actions.filter((a) => typeof a.url === 'string' && String(a.url).includes('/api/reminder.ics'))
      expect(links).toEqual([2, 4, 6, 8].map((w) => ({ type: 'Action.OpenUrl', title: `Herinnering over ${w} weken`, url: `https://meldwijzer.example.nl/api/reminder.ics?weeks=${w}&kind=${kind}` })))
      // The doubt button stays.
      expect(actions.some((a) => a.type === 'Action.Submit' && (a.data as { action: string }).action.includes('twijfel'))).toBe(true)
    }
  })

  it('the public base: PUBLIC_BASE_URL, else the origin Teams posted to as https; links that cannot be https are left out', () => {
    expect(publicBase({ PUBLIC_BASE_URL: 'https://meldwijzer.example.nl/' }, 'http://10.0.0.5:3000/api/messages')).toBe('https://meldwijzer.example.nl')
    expect(publicBase({}, 'http://meldwijzer.example.nl/api/messages')).toBe('https://meldwijzer.example.nl')
    expect(publicBase({ PUBLIC_BASE_URL: 'not a url' }, 'https://bot.example/api/messages')).toBe('https://bot.example')
    const reply = { text: 'x', actions: [{ id: 'l', label: 'L', kind: 'link' as const, url: 'http://elders.example/x.ics' }, { id: 'menu', label: 'Menu' }] }
    expect(withAbsoluteLinks(reply, 'https://a.example').actions).toEqual([{ id: 'menu', label: 'Menu' }])
    expect(adaptiveCard15Problems(actionsCard(withAbsoluteLinks(reply, 'https://a.example').actions!))).toEqual([])
  })
})

describe('through the Teams endpoint (stand-in Microsoft services)', () => {
  let teams: TeamsServer
  let fake: FakeMicrosoft
  let base: string
  beforeAll(async () => {
    teams = await startTeamsServer({ env: { PUBLIC_BASE_URL: 'https://meldwijzer.example.nl' }, log: silentLogger })
    ;({ fake, base } = teams)
  })
  afterAll(async () => {
    await teams?.close()
  })

  it('a press that ends step 5 gets a card with the reminder buttons', async () => {
    const press = cardSubmit(fake.serviceUrl, 'flow:stap-5/melden', { conversation: { id: 'a:conv-reminder', conversationType: 'personal', tenantId: TENANT_ID } as Activity['conversation'] })
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await fake.sign()}` },
      body: JSON.stringify(press),
    })
    expect(res.status).toBe(200)
    const cards = fake.activities
      .filter((a) => a.body.type === 'message')
      .flatMap((m) => (m.body.attachments as { content: Record<string, unknown> }[] | undefined) ?? [])
      .map((a) => a.content)
    expect(cards).toHaveLength(1)
    expect(adaptiveCard15Problems(cards[0]!)).toEqual([])
    const urls = (cards[0]!.body as { actions: { url?: string }[] }[]).flatMap((s) => s.actions).map((a) => a.url).filter(Boolean)
    expect(urls).toContain('https://meldwijzer.example.nl/api/reminder.ics?weeks=4&kind=stap-5')
  })
})
