/**
 * In Teams the tenant id of the activity picks the organisation (its `teamsTenants` in
 * organisations/*.yaml). The real Node app behind the real endpoint, with the stand-in Microsoft
 * services (tests/teams/support/fake-microsoft.ts) for login and connector.
 */
import type { Activity } from 'botframework-schema'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jsonLogger } from '../../bot/http/logger.js'
import { TENANT_ID, teamsActivity } from './support/activities.js'
import type { FakeMicrosoft } from './support/fake-microsoft.js'
import { startTeamsServer, type TeamsServer } from './support/teams-server.js'

/** The example school's tenant (organisations/voorbeeld-basisschool.yaml). */
const SCHOOL_TENANT = '00000000-0000-4000-8000-00000000e001'
const QUESTION = 'wie is bij ons de aandachtsfunctionaris?'

describe('Teams: the tenant id selects the organisation (stand-in Microsoft services)', () => {
  let teams: TeamsServer
  let fake: FakeMicrosoft
  let base: string
  const logLines: string[] = []

  beforeAll(async () => {
    teams = await startTeamsServer({ log: jsonLogger((l) => logLines.push(l)) })
    ;({ fake, base } = teams)
  })
  afterAll(async () => {
    await teams?.close()
  })
  beforeEach(() => {
    fake.reset()
    logLines.length = 0
  })

  async function ask(tenant: string, conversationId: string) {
    const activity = teamsActivity(fake.serviceUrl, {
      text: QUESTION,
      conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant } as Activity['conversation'],
      channelData: { tenant: { id: tenant } },
    })
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await fake.sign()}` },
      body: JSON.stringify(activity),
    })
    expect(res.status).toBe(200)
    const messages = fake.activities.filter((a) => a.body.type === 'message').map((a) => a.body)
    const cards = messages.flatMap((m) => (m.attachments as { content: { body: { actions?: Record<string, unknown>[] }[] } }[] | undefined) ?? [])
    return { text: messages.map((m) => String(m.text)).join('\n\n'), actions: cards.flatMap((c) => c.content.body.flatMap((b) => b.actions ?? [])) }
  }

  it("the school's tenant gets the school's aandachtsfunctionaris, with a call, mail and Teams button", async () => {
    const { text, actions } = await ask(SCHOOL_TENANT, 'a:conv-school')
    expect(text).toContain('Aandachtsfunctionaris van OBS De Voorbeeldschool')
    // The number in the text is a tel: link too (desktop Teams ignores tel: buttons).
    expect(text).toContain('[030-000 00 00](tel:0300000000)')
    expect(actions).toContainEqual(expect.objectContaining({ type: 'Action.OpenUrl', url: 'tel:0300000000' }))
    expect(actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Mail de aandachtsfunctionaris', url: 'mailto:aandachtsfunctionaris@voorbeeldschool.example' })
    expect(actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Teams: de aandachtsfunctionaris', url: 'https://teams.microsoft.com/l/channel/voorbeeld-aandachtsfunctionaris' })
    expect(text).toContain('0800-2000')
    const turn = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'teams_turn')
    expect(turn).toMatchObject({ organisation: 'voorbeeld-basisschool' })
  })

  it('a tenant without settings gets the general answer, as before', async () => {
    const { text, actions } = await ask(TENANT_ID, 'a:conv-other-tenant')
    expect(text).not.toContain('Voorbeeldschool')
    expect(text).toContain('Aandachtsfunctionaris')
    expect(actions.some((a) => String(a.url ?? '').startsWith('mailto:'))).toBe(false)
  })
})
