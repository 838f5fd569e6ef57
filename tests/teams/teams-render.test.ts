/** Activity → input and Reply → Teams message, without any network. */
import { describe, expect, it } from 'vitest'
import { activityToInput, stripMentions } from '../../bot/channels/teams/activity.js'
import { readTeamsConfig } from '../../bot/channels/teams/config.js'
import { engineConversationId } from '../../bot/channels/teams/index.js'
import { VT_FOOTER, replyToMessage } from '../../bot/channels/teams/render.js'
import { VT_LINE } from '../../bot/core/messages.js'
import { call112, callVT } from '../../bot/core/render.js'
import type { Input } from '../../bot/core/types.js'
import { ctx, realBundle } from '../support/engine.js'

type Msg = ReturnType<typeof replyToMessage>
const cardOfMaybe = (m: Msg) => (m.attachments as Array<{ content: unknown }> | undefined)?.[0]?.content
const cardOf = (m: Msg) => cardOfMaybe(m)!

describe('activity → engine input', () => {
  it('strips <at> mentions using the mention entities, and leftover tags', () => {
    expect(
      stripMentions({
        text: '<at>Meldwijzer</at>&nbsp;wat is de kindcheck? <at>Collega</at>',
        entities: [{ type: 'mention', text: '<at>Meldwijzer</at>' }],
      }),
    ).toBe('wat is de kindcheck?')
  })

  it('a card press (value.action) is an action; a bot install is a start; the user joining is not', () => {
    expect(activityToInput({ type: 'message', value: { action: 'stap-1' } })).toEqual({ type: 'action', id: 'stap-1' })
    expect(activityToInput({ type: 'message', text: 'hoi' })).toEqual({ type: 'text', text: 'hoi' })
    expect(activityToInput({ type: 'conversationUpdate', recipient: { id: '28:bot', name: '' }, membersAdded: [{ id: '28:bot', name: '' }] })).toEqual({ type: 'start' })
    expect(activityToInput({ type: 'conversationUpdate', recipient: { id: '28:bot', name: '' }, membersAdded: [{ id: '29:user', name: '' }] })).toBeUndefined()
    expect(activityToInput({ type: 'invoke', name: 'adaptiveCard/action' })).toBeUndefined()
    expect(activityToInput({ type: 'message', value: { action: 'x'.repeat(500) }, text: '' })).toEqual({ type: 'text', text: '' })
  })

  it('the engine conversation id is stable per Teams conversation but does not contain it', async () => {
    const a = await engineConversationId('a:1personal-conversation-id')
    expect(a).toMatch(/^teams:[0-9a-f]{64}$/)
    expect(a).toBe(await engineConversationId('a:1personal-conversation-id'))
    expect(a).not.toBe(await engineConversationId('a:2other'))
  })
})

describe('reply → Teams message with an Adaptive Card 1.5', () => {
  // Issue 18 changed this output: sources fold behind a "Bronnen" ShowCard with Dutch dates, the
  // Veilig Thuis line is one short footer with a tel: link, and numbers in the text are tel: links.
  it('markdown text with tel: links and a short footer; Action.Submit answers, tel: buttons and a Bronnen ShowCard', () => {
    const m = replyToMessage({
      text: `**Stap 1**\n\n- kijk\n- luister naar 0900-44 45 444\n\n${VT_LINE}`,
      sources: [{ title: 'Meldcode [Rijksoverheid]', url: 'https://www.rijksoverheid.nl/meldcode', reviewed: '2026-11-23' }, { title: 'Augeo', reviewed: '2026-11-20' }],
      actions: [callVT, call112, { id: 'stap-2', label: 'Naar stap 2' }],
    })
    expect(m).toMatchObject({ type: 'message', textFormat: 'markdown' })
    expect(m.text).toBe(`**Stap 1**\n\n- kijk\n- luister naar [0900-44 45 444](tel:09004445444)\n\n${VT_FOOTER}`)
    expect(m.text).toContain('[0800-2000](tel:08002000)')
    expect(m.attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body: [
            { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: call112.label, url: 'tel:112', style: 'destructive' }] },
            { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: callVT.label, url: 'tel:08002000', style: 'positive' }] },
            { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Naar stap 2', data: { action: 'stap-2' } }] },
            {
              type: 'ActionSet',
              actions: [
                {
                  type: 'Action.ShowCard',
                  title: 'Bronnen',
                  card: {
                    type: 'AdaptiveCard',
                    body: [
                      {
                        type: 'TextBlock',
                        text: 'Bron: [Meldcode \\[Rijksoverheid\\]](https://www.rijksoverheid.nl/meldcode), gecontroleerd 23 november 2026\n\nBron: Augeo, gecontroleerd 20 november 2026',
                        wrap: true,
                        size: 'Small',
                        isSubtle: true,
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
      },
    ])
  })

  it('an acute reply: "Bel 112" first on the card, its text under it, 112 and Veilig Thuis as tel: links in the text', () => {
    const { engine } = realBundle()
    const { replies } = engine.step(undefined, { type: 'text', text: 'hij heeft een mes en staat nu voor de deur' }, ctx())
    const acute = replies.find((r) => r.tag === 'acute')!
    const m = replyToMessage(acute)
    expect(m.text).toContain('[112](tel:112)')
    expect(m.text).toContain('[0800-2000](tel:08002000)')
    const body = (cardOf(m) as { body: Array<{ type: string; text?: string; actions?: Array<{ title: string; url?: string }> }> }).body
    expect(body[0]!.actions![0]).toMatchObject({ title: 'Bel 112', url: 'tel:112' })
    expect(body[1]!.type).toBe('TextBlock')
    expect(body[1]!.text).toContain('[112](tel:112)')
    expect(JSON.stringify(body)).toContain('tel:08002000')
  })

  it('the acute-check tag (the lead\'s "Is iemand nu in direct gevaar?") also puts 112 first', () => {
    const m = replyToMessage({
      text: `Is iemand nu in direct gevaar? Bel dan meteen 112.\n\n${VT_LINE}`,
      tag: 'acute-check',
      actions: [{ id: 'acute-check:ja', label: 'Ja, nu' }, { id: 'acute-check:nee', label: 'Nee, niet nu' }],
    })
    const body = (cardOf(m) as { body: Array<{ actions?: Array<{ title: string; url?: string }> }> }).body
    expect(body[0]!.actions![0]).toMatchObject({ url: 'tel:112' })
    expect(m.text).toContain('0800-2000')
  })

  it('over every reply of a walk through the flows and common questions: 112 first, labels at most 40, every call a tel: action', () => {
    const { engine, content } = realBundle()
    const inputs: Input[] = [
      { type: 'start' },
      ...['blauwe plekken', 'moet ik melden?', 'wat is de kindcheck?', 'LECK', 'hij dreigt haar te wurgen', 'eergerelateerd geweld'].map((text) => ({ type: 'text', text }) as Input),
      ...[...content.flows.keys()].map((f) => ({ type: 'action', id: `flow:${f}` }) as Input),
      { type: 'action', id: 'contact:leck' },
      { type: 'action', id: 'contact:alarmnummer' },
    ]
    let session
    let checked = 0
    for (const input of inputs) {
      const r = engine.step(session, input, ctx())
      session = r.session
      for (const reply of r.replies) {
        const m = replyToMessage(reply)
        const card = cardOfMaybe(m) as { body: Array<{ actions?: Array<{ type: string; title: string; url?: string }> }> } | undefined
        const buttons = (card?.body ?? []).flatMap((b) => b.actions ?? []).filter((a) => a.type !== 'Action.ShowCard')
        for (const b of buttons) expect(b.title.length, b.title).toBeLessThanOrEqual(40)
        const i112 = buttons.findIndex((b) => b.url === 'tel:112')
        if (i112 >= 0) expect(i112).toBe(0)
        for (const a of reply.actions ?? []) if (a.id.startsWith('call:')) expect(buttons.find((b) => b.title === a.label)?.url).toMatch(/^tel:\+?\d+$/)
        for (const n of reply.text.match(/0800-2000|0900-44 45 444/g) ?? []) expect(m.text + JSON.stringify(card ?? {})).toContain(`](tel:${n.replace(/\D/g, '')})`)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(15)
  })

  it('no card without actions', () => {
    expect(replyToMessage({ text: 'x' }).attachments).toBeUndefined()
  })
})

describe('configuration', () => {
  it('off without credentials, with the reason', () => {
    expect(readTeamsConfig({})).toEqual({ enabled: false, reason: 'MicrosoftAppId and MicrosoftAppPassword are not set' })
    expect(readTeamsConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppType: 'SingleTenant' })).toMatchObject({ enabled: false })
    expect(readTeamsConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppType: 'UserAssignedMSI' })).toMatchObject({ enabled: false })
  })

  it("defaults to Microsoft's public endpoints; single-tenant uses the tenant id", () => {
    const r = readTeamsConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppTenantId: 'T-1', BOT_TENANT_ALLOWLIST: 'T-1, t-2' })
    expect(r).toEqual({
      enabled: true,
      config: {
        appId: 'a',
        appPassword: 'b',
        tenant: 'T-1',
        openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
        tokenIssuer: 'https://api.botframework.com',
        loginUrl: 'https://login.microsoftonline.com',
        oauthScope: 'https://api.botframework.com/.default',
        serviceUrlHosts: ['smba.trafficmanager.net'],
        tenantAllowlist: ['t-1', 't-2'],
      },
    })
  })
})
