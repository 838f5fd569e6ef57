/**
 * Outbound: an app token by client credentials (cached until shortly before it expires) and
 * replies through the Bot Connector REST API. Only ever called with an allow-listed serviceUrl.
 */
import type { TeamsConfig } from './config.js'
import type { FetchLike } from './fetch.js'
import { connectorUrl, isAllowedServiceUrl } from './service-url.js'

export interface ConnectorOptions {
  config: Pick<TeamsConfig, 'appId' | 'appPassword' | 'tenant' | 'loginUrl' | 'oauthScope' | 'serviceUrlHosts'>
  fetch: FetchLike
  now?: () => number
  /** Renew this long before the token expires. Default 5 min. */
  renewBeforeMs?: number
  /**
   * Longest wait for the login service or the connector. Default 10 s: a hung Microsoft endpoint
   * must end in an error we log and answer, not in a request that never finishes.
   */
  timeoutMs?: number
}

export class ConnectorError extends Error {
  constructor(
    readonly reason: string,
    readonly status?: number,
  ) {
    super(status ? `${reason} (${status})` : reason)
  }
}

export interface OutboundActivity {
  type: 'message' | 'typing'
  [field: string]: unknown
}

export interface Connector {
  /** POST {serviceUrl}v3/conversations/{id}/activities[/{replyToId}] */
  send(serviceUrl: string, conversationId: string, replyToId: string | undefined, activity: OutboundActivity): Promise<void>
  token(): Promise<string>
}

export function createConnector(o: ConnectorOptions): Connector {
  const now = o.now ?? Date.now
  const renewBeforeMs = o.renewBeforeMs ?? 5 * 60 * 1000
  const timeoutMs = o.timeoutMs ?? 10_000
  let cached: { token: string; renewAt: number } | undefined
  let inFlight: Promise<string> | undefined

  async function fetchToken(): Promise<string> {
    const url = `${o.config.loginUrl}/${encodeURIComponent(o.config.tenant)}/oauth2/v2.0/token`
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: o.config.appId,
      client_secret: o.config.appPassword,
      scope: o.config.oauthScope,
    })
    let res: Response
    try {
      res = await o.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, signal: AbortSignal.timeout(timeoutMs) })
    } catch (err) {
      throw new ConnectorError(isTimeout(err) ? 'token_request_timeout' : 'token_request_failed')
    }
    if (!res.ok) throw new ConnectorError('token_request_rejected', res.status)
    const json = (await res.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown }
    if (typeof json.access_token !== 'string' || !json.access_token) throw new ConnectorError('token_response_invalid')
    const lifetimeMs = Math.max(0, Number(json.expires_in) || 0) * 1000
    cached = { token: json.access_token, renewAt: now() + Math.max(0, lifetimeMs - renewBeforeMs) }
    return json.access_token
  }

  function token(): Promise<string> {
    if (cached && now() < cached.renewAt) return Promise.resolve(cached.token)
    inFlight ??= fetchToken().finally(() => (inFlight = undefined))
    return inFlight
  }

  async function send(serviceUrl: string, conversationId: string, replyToId: string | undefined, activity: OutboundActivity) {
    // Checked again here so no future caller can leak the token to an unknown host.
    if (!isAllowedServiceUrl(serviceUrl, o.config.serviceUrlHosts)) throw new ConnectorError('service_url_not_allowed')
    const path = `v3/conversations/${encodeURIComponent(conversationId)}/activities${replyToId ? `/${encodeURIComponent(replyToId)}` : ''}`
    const bearer = await token()
    let res: Response
    try {
      res = await o.fetch(connectorUrl(serviceUrl, path), {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (err) {
      throw new ConnectorError(isTimeout(err) ? 'send_timeout' : 'send_failed')
    }
    // Drain the body so the connection can be reused.
    await res.arrayBuffer().catch(() => undefined)
    if (res.status === 401 || res.status === 403) cached = undefined
    if (!res.ok) throw new ConnectorError('send_rejected', res.status)
  }

  return { send, token }
}

/** fetch rejects with a TimeoutError when AbortSignal.timeout fires (Node and workerd alike). */
export const isTimeout = (err: unknown): boolean => err instanceof Error && err.name === 'TimeoutError'
