/**
 * The allow-list for `serviceUrl`. A channel token names the serviceUrl it was issued for, but
 * we still refuse to send our own bearer token anywhere but the connector hosts we know.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function isAllowedServiceUrl(serviceUrl: string, hosts: readonly string[]): boolean {
  let url: URL
  try {
    url = new URL(serviceUrl)
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase()
  if (url.username || url.password) return false
  // Plain http only for a loopback stand-in that was allow-listed on purpose (local testing).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(host))) return false
  return hosts.includes(host)
}

/** `{serviceUrl}v3/...` with exactly one slash in between; Teams sends serviceUrls with and without one. */
export const connectorUrl = (serviceUrl: string, path: string) => `${serviceUrl.replace(/\/+$/, '')}/${path}`
