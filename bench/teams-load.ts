/**
 * Load on the Teams endpoint (/api/messages) with the real Bot Framework protocol: every request
 * carries an RS256 channel token that the server verifies against a JWKS, and every answer goes
 * out to a connector with an app token. Microsoft's login and connector services are not on this
 * machine, so the stand-ins from the Teams tests play them (tests/teams/support/fake-microsoft.ts),
 * inside the bench process, on the load generator's core. What a Teams turn costs on top of a web
 * turn is the token check plus one connector call per reply, plus a typing indicator.
 */
import { randomUUID } from 'node:crypto'
import { APP_ID, TENANT_ID, teamsActivity } from '../tests/teams/support/activities.js'
import { startFakeMicrosoft } from '../tests/teams/support/fake-microsoft.js'
import { startProcess, type Server } from './lib.js'
import type { Workload } from './workload.js'

type Scenario = { name: string; target: 'teams'; request: (pick: <T>(xs: T[]) => T) => string; headers: Record<string, string> }

export async function teamsLoad(work: Workload, run: (s: Scenario, path: string, server: Server) => Promise<void>): Promise<void> {
  const fake = await startFakeMicrosoft({ appId: APP_ID, tenant: TENANT_ID })
  const server = await startProcess('bot/runtime/node/server.ts', {
    RATE_LIMIT_PER_MINUTE: '0',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'bench-client-secret',
    MicrosoftAppTenantId: TENANT_ID,
    MicrosoftAppType: 'SingleTenant',
    BOT_OPENID_METADATA_URL: fake.openIdMetadataUrl,
    BOT_LOGIN_URL: fake.base,
    BOT_SERVICE_URL_ALLOWLIST: '127.0.0.1',
  })
  // The stand-in keeps every activity it receives for the tests; the bench does not need them.
  const forget = setInterval(() => fake.reset(), 1000)
  try {
    const headers = { authorization: `Bearer ${await fake.sign()}` }
    const conversations = Array.from({ length: 200 }, () => ({ id: `a:bench-${randomUUID()}`, conversationType: 'personal', tenantId: TENANT_ID }))
    const activity = (pick: <T>(xs: T[]) => T, fields: Record<string, unknown>) =>
      JSON.stringify(teamsActivity(fake.serviceUrl, { conversation: pick(conversations) as never, ...fields }))
    const scenarios: Scenario[] = [
      { name: 'message (search; token check, connector replies)', target: 'teams', headers, request: (pick) => activity(pick, { text: pick(work.texts) }) },
      {
        name: 'card button (flow; token check, connector replies)',
        target: 'teams',
        headers,
        request: (pick) => activity(pick, { text: undefined, value: { action: pick(work.actions) } }),
      },
    ]
    for (const s of scenarios) await run(s, '/api/messages', server)
  } finally {
    clearInterval(forget)
    await server.stop()
    await fake.close()
  }
}
