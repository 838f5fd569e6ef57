/**
 * The real Node app on a free port, with its Teams settings pointed at the stand-ins for
 * Microsoft's login and connector services (fake-microsoft.ts). For describe blocks that talk to
 * /api/messages over HTTP.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Logger } from '../../../bot/http/logger.js'
import { createNodeApp } from '../../../bot/runtime/node/create-node-app.js'
import { APP_ID, TENANT_ID } from './activities.js'
import { startFakeMicrosoft, type FakeMicrosoft } from './fake-microsoft.js'

export interface TeamsServer {
  fake: FakeMicrosoft
  base: string
  close(): Promise<void>
}

export async function startTeamsServer(opts: { env?: Record<string, string>; log: Logger }): Promise<TeamsServer> {
  const fake = await startFakeMicrosoft({ appId: APP_ID, tenant: TENANT_ID })
  const { app } = createNodeApp({
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-client-secret',
      MicrosoftAppTenantId: TENANT_ID,
      MicrosoftAppType: 'SingleTenant',
      BOT_OPENID_METADATA_URL: fake.openIdMetadataUrl,
      BOT_LOGIN_URL: fake.base,
      BOT_SERVICE_URL_ALLOWLIST: '127.0.0.1',
      ...opts.env,
    },
    log: opts.log,
  })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  return {
    fake,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await fake.close()
    },
  }
}
