/** Real Bot Framework Activity JSON, shaped as Teams sends it. */
import type { Activity } from 'botframework-schema'

export const APP_ID = '5b0c3f1e-7a2d-4c8e-9f61-2d4b8a7e9c10'
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47'

let seq = 0

export function teamsActivity(serviceUrl: string, overrides: Partial<Activity> & Record<string, unknown> = {}): Partial<Activity> {
  seq++
  return {
    type: 'message',
    id: `1700000000${String(seq).padStart(3, '0')}`,
    timestamp: new Date().toISOString() as unknown as Date,
    localTimestamp: new Date().toISOString() as unknown as Date,
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:1a-user-aad-object', name: 'Test Gebruiker', aadObjectId: '00000000-0000-0000-0000-000000000001' } as Activity['from'],
    conversation: { id: 'a:1personal-conversation-id', conversationType: 'personal', tenantId: TENANT_ID } as Activity['conversation'],
    recipient: { id: `28:${APP_ID}`, name: 'Meldwijzer' } as Activity['recipient'],
    textFormat: 'plain',
    locale: 'nl-NL',
    text: 'Wat zijn signalen van kindermishandeling?',
    entities: [{ type: 'clientInfo', locale: 'nl-NL', country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' }],
    channelData: { tenant: { id: TENANT_ID } },
    ...overrides,
  } as Partial<Activity>
}

export function cardSubmit(serviceUrl: string, action: string, overrides: Partial<Activity> = {}): Partial<Activity> {
  return teamsActivity(serviceUrl, { text: undefined, value: { action }, channelData: { tenant: { id: TENANT_ID }, source: { name: 'message' }, legacy: { replyToId: 'x' } }, ...overrides })
}

export function botAdded(serviceUrl: string, overrides: Partial<Activity> = {}): Partial<Activity> {
  return teamsActivity(serviceUrl, {
    type: 'conversationUpdate',
    text: undefined,
    membersAdded: [{ id: `28:${APP_ID}` }] as Activity['membersAdded'],
    channelData: { tenant: { id: TENANT_ID }, eventType: 'teamMemberAdded' },
    ...overrides,
  })
}
