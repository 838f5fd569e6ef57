/**
 * Teams settings from the environment (Node) or Worker vars and secrets, under the conventional
 * Bot Framework names. Without credentials the endpoint stays off; the web chat is unaffected.
 */
import { list, type EnvLike } from '../../http/config.js'

export interface TeamsConfig {
  appId: string
  appPassword: string
  /** Tenant in the token URL: the bot's own tenant for single-tenant bots. */
  tenant: string
  /** OpenID metadata of the Bot Framework channel tokens (points to the JWKS). */
  openIdMetadataUrl: string
  /** The `iss` every channel token must carry. */
  tokenIssuer: string
  /** Base of the token endpoint: `{loginUrl}/{tenant}/oauth2/v2.0/token`. */
  loginUrl: string
  /** Scope of the outbound app token. */
  oauthScope: string
  /** Hosts we may send a bearer token to. */
  serviceUrlHosts: string[]
  /** When non-empty, only these Microsoft Entra tenants may use the bot. */
  tenantAllowlist: string[]
}

export type TeamsConfigResult = { enabled: true; config: TeamsConfig } | { enabled: false; reason: string }

export const PUBLIC_CLOUD = {
  openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  tokenIssuer: 'https://api.botframework.com',
  loginUrl: 'https://login.microsoftonline.com',
  oauthScope: 'https://api.botframework.com/.default',
  // Teams' connector for the public cloud; other clouds configure their own hosts.
  serviceUrlHosts: ['smba.trafficmanager.net'],
} as const

export function readTeamsConfig(env: EnvLike): TeamsConfigResult {
  const appId = env.MicrosoftAppId?.trim()
  const appPassword = env.MicrosoftAppPassword?.trim()
  const tenantId = env.MicrosoftAppTenantId?.trim()
  const appType = (env.MicrosoftAppType?.trim() || (tenantId ? 'SingleTenant' : 'MultiTenant')).toLowerCase()
  if (!appId || !appPassword) return { enabled: false, reason: 'MicrosoftAppId and MicrosoftAppPassword are not set' }
  let tenant: string
  if (appType === 'singletenant') {
    if (!tenantId) return { enabled: false, reason: 'MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is not set' }
    tenant = tenantId
  } else if (appType === 'multitenant') {
    // Only bots registered before 2025-07-31 can still be multi-tenant.
    tenant = 'botframework.com'
  } else {
    return { enabled: false, reason: `MicrosoftAppType ${appType} is not supported (use SingleTenant with a client secret)` }
  }
  const hosts = list(env.BOT_SERVICE_URL_ALLOWLIST).map((h) => h.toLowerCase())
  return {
    enabled: true,
    config: {
      appId,
      appPassword,
      tenant,
      openIdMetadataUrl: env.BOT_OPENID_METADATA_URL?.trim() || PUBLIC_CLOUD.openIdMetadataUrl,
      tokenIssuer: env.BOT_TOKEN_ISSUER?.trim() || PUBLIC_CLOUD.tokenIssuer,
      loginUrl: (env.BOT_LOGIN_URL?.trim() || PUBLIC_CLOUD.loginUrl).replace(/\/+$/, ''),
      oauthScope: env.BOT_OAUTH_SCOPE?.trim() || PUBLIC_CLOUD.oauthScope,
      serviceUrlHosts: hosts.length ? hosts : [...PUBLIC_CLOUD.serviceUrlHosts],
      tenantAllowlist: list(env.BOT_TENANT_ALLOWLIST).map((t) => t.toLowerCase()),
    },
  }
}
