/** Activity → input and Reply → Teams message, without any network. */
import { describe, expect, it } from 'vitest'
import { activityToInput, stripMentions } from '../../bot/channels/teams/activity.js'
import { readTeamsConfig } from '../../bot/channels/teams/config.js'
import { engineConversationId } from '../../bot/channels/teams/index.js'
import { replyToMessage } from '../../bot/channels/teams/render.js'
import { call112, callVT } from '../../bot/core/render.js'

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
  it('markdown text, sources line, Action.Submit answers and tel: buttons for 112 and Veilig Thuis', () => {
    const m = replyToMessage({
      text: '**Stap 1**\n\n- kijk\n- luister\n\nTwijfel je? Bel **Veilig Thuis: 0800-2000**.',
      sources: [{ title: 'Meldcode [Rijksoverheid]', url: 'https://www.rijksoverheid.nl/meldcode', reviewed: '2026-11-23' }, { title: 'Augeo', reviewed: '2026-11-20' }],
      actions: [call112, callVT, { id: 'stap-2', label: 'Naar stap 2' }],
    })
    expect(m).toMatchObject({ type: 'message', textFormat: 'markdown' })
    expect(m.text).toBe(
      '**Stap 1**\n\n- kijk\n- luister\n\nTwijfel je? Bel **Veilig Thuis: 0800-2000**.\n\n' +
        'Bron: [Meldcode \\[Rijksoverheid\\]](https://www.rijksoverheid.nl/meldcode), gecontroleerd 2026-11-23\n\nBron: Augeo, gecontroleerd 2026-11-20',
    )
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
          ],
        },
      },
    ])
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
