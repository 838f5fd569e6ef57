/**
 * The Worker mounts the Teams endpoint with its own env (vars and secrets under the Node names).
 * The protocol itself is tested in teams-auth.test.ts; this is about the wiring.
 */
import { SELF, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createWorkerApp } from '../../bot/runtime/worker/create-worker-app.js'
import { silentLogger } from '../../bot/http/logger.js'

const activity = JSON.stringify({ type: 'message', id: 'a1', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'c1' }, text: 'hoi' })

describe('Teams endpoint on the Worker', () => {
  it('without credentials /api/messages answers 503 with the Veilig Thuis line', async () => {
    const res = await SELF.fetch('https://meldwijzer.test/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity })
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('0800-2000')
  })

  it('with credentials in the env it checks the token first (401 without one, nothing fetched)', async () => {
    const app = createWorkerApp(
      { ...env, MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000002' },
      { log: silentLogger },
    )
    const res = await app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity }, env)
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('0800-2000')
  })
})
