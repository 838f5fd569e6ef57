/**
 * Inbound authentication of Bot Framework channel requests, with Web Crypto through `jose`.
 * Runs unchanged on Node and Workers. It follows Microsoft's published rules (and
 * botframework-connector, which tests run as an oracle on the same tokens):
 * RS256 only; the key from the OpenID metadata's JWKS, whose endorsements must include the
 * activity's channel; issuer, audience, exp/nbf with 5 minutes' tolerance; the lower-case
 * `serviceurl` claim equal to the activity's serviceUrl. We add an allow-list of serviceUrl
 * hosts, because a reply sends our own app token to that URL.
 */
import { decodeProtectedHeader, errors, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose'
import type { TeamsConfig } from './config.js'
import type { FetchLike } from './fetch.js'
import { isAllowedServiceUrl } from './service-url.js'

export type AuthFailure =
  | 'missing_token'
  | 'malformed_token'
  | 'algorithm_not_allowed'
  | 'invalid_activity'
  | 'service_url_not_allowed'
  | 'metadata_unavailable'
  | 'unknown_key'
  | 'channel_not_endorsed'
  | 'bad_signature'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'expired'
  | 'not_yet_valid'
  | 'invalid_claims'
  | 'service_url_mismatch'

export type AuthResult = { ok: true; claims: JWTPayload } | { ok: false; reason: AuthFailure }

/** The two activity fields authentication depends on. */
export interface ActivityAuthFields {
  channelId?: unknown
  serviceUrl?: unknown
}

export interface ValidatorOptions {
  config: Pick<TeamsConfig, 'appId' | 'openIdMetadataUrl' | 'tokenIssuer' | 'serviceUrlHosts'>
  fetch: FetchLike
  now?: () => number
  /** How long metadata and keys are trusted before a refresh. Default 24 h. */
  keyCacheMs?: number
  /**
   * Least time between refetches forced by an unknown key id, so forged tokens with random
   * kids cannot make us hammer the login service. Default 5 min.
   */
  minRefetchMs?: number
  /** Longest wait for the OpenID metadata or the JWKS. Default 10 s. */
  timeoutMs?: number
  /** Tokens whose signature was checked and are remembered (see below). Default 256. */
  verifiedTokens?: number
}

export const CLOCK_TOLERANCE_S = 5 * 60

interface CachedKey {
  key: CryptoKey | Uint8Array
  endorsements: string[]
}

interface KeySet {
  keys: Map<string, CachedKey>
  fetchedAt: number
}

class AuthError extends Error {
  constructor(readonly reason: AuthFailure) {
    super(reason)
  }
}

export interface BotTokenValidator {
  validate(authorization: string | null | undefined, activity: ActivityAuthFields): Promise<AuthResult>
}

export function createBotTokenValidator(o: ValidatorOptions): BotTokenValidator {
  const now = o.now ?? Date.now
  const keyCacheMs = o.keyCacheMs ?? 24 * 60 * 60 * 1000
  const minRefetchMs = o.minRefetchMs ?? 5 * 60 * 1000
  let keySet: KeySet | undefined
  let inFlight: Promise<KeySet> | undefined
  /**
   * The channel sends the same token with every activity until it nears expiry (about an hour),
   * and an RS256 check through Web Crypto was a tenth of a Teams turn under load (bench). A token
   * is immutable, so a signature that verified once verifies again with the same key object:
   * remembered per token string, only after full success, only while that key object is still
   * the published one (a JWKS refresh that drops the key ends it). Expiry, not-before,
   * endorsement, serviceUrl and the allow-list are still checked on every request.
   */
  const verified = new Map<string, { key: CachedKey['key']; payload: JWTPayload }>()
  const maxVerified = Math.max(0, o.verifiedTokens ?? 256)

  async function loadKeys(): Promise<KeySet> {
    const timeoutMs = o.timeoutMs ?? 10_000
    const meta = await getJson(o.fetch, o.config.openIdMetadataUrl, timeoutMs)
    const jwksUri = typeof meta.jwks_uri === 'string' ? meta.jwks_uri : undefined
    if (!jwksUri) throw new AuthError('metadata_unavailable')
    const jwks = await getJson(o.fetch, jwksUri, timeoutMs)
    const keys = new Map<string, CachedKey>()
    for (const jwk of Array.isArray(jwks.keys) ? (jwks.keys as (JWK & { endorsements?: unknown })[]) : []) {
      if (jwk?.kty !== 'RSA' || typeof jwk.kid !== 'string' || (jwk.use && jwk.use !== 'sig')) continue
      try {
        const { endorsements, ...pub } = jwk
        keys.set(jwk.kid, {
          key: await importJWK(pub, 'RS256'),
          endorsements: Array.isArray(endorsements) ? endorsements.filter((e): e is string => typeof e === 'string') : [],
        })
      } catch {
        // One unusable key must not take the others down.
      }
    }
    return { keys, fetchedAt: now() }
  }

  function refresh(): Promise<KeySet> {
    inFlight ??= loadKeys()
      .then((ks) => (keySet = ks))
      .finally(() => (inFlight = undefined))
    return inFlight
  }

  async function findKey(kid: string): Promise<CachedKey> {
    if (!keySet || now() - keySet.fetchedAt > keyCacheMs) {
      try {
        await refresh()
      } catch (err) {
        // Keep serving with stale keys if Microsoft's endpoint is briefly unreachable.
        if (!keySet) throw err instanceof AuthError ? err : new AuthError('metadata_unavailable')
      }
    }
    let found = keySet!.keys.get(kid)
    if (!found && now() - keySet!.fetchedAt >= minRefetchMs) {
      // Key rollover: Microsoft published a new key since our last fetch.
      try {
        await refresh()
      } catch {
        throw new AuthError('metadata_unavailable')
      }
      found = keySet!.keys.get(kid)
    }
    if (!found) throw new AuthError('unknown_key')
    return found
  }

  async function verifiedPayload(token: string, key: CachedKey): Promise<JWTPayload> {
    const remembered = verified.get(token)
    if (remembered && remembered.key === key.key) {
      checkTimes(remembered.payload, now())
      return remembered.payload
    }
    let payload: JWTPayload
    try {
      ;({ payload } = await jwtVerify(token, key.key, {
        algorithms: ['RS256'],
        issuer: o.config.tokenIssuer,
        audience: o.config.appId,
        clockTolerance: CLOCK_TOLERANCE_S,
        currentDate: new Date(now()),
        requiredClaims: ['exp'],
      }))
    } catch (err) {
      throw new AuthError(joseReason(err))
    }
    if (maxVerified > 0) {
      if (verified.size >= maxVerified) verified.delete(verified.keys().next().value!)
      verified.set(token, { key: key.key, payload })
    }
    return payload
  }

  async function validate(authorization: string | null | undefined, activity: ActivityAuthFields): Promise<AuthResult> {
    try {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
      if (!token) throw new AuthError('missing_token')
      let header: ReturnType<typeof decodeProtectedHeader>
      try {
        header = decodeProtectedHeader(token)
      } catch {
        throw new AuthError('malformed_token')
      }
      if (header.alg !== 'RS256') throw new AuthError('algorithm_not_allowed')
      if (typeof header.kid !== 'string' || !header.kid) throw new AuthError('malformed_token')

      const { channelId, serviceUrl } = activity
      if (typeof channelId !== 'string' || !channelId || typeof serviceUrl !== 'string' || !serviceUrl) throw new AuthError('invalid_activity')
      if (!isAllowedServiceUrl(serviceUrl, o.config.serviceUrlHosts)) throw new AuthError('service_url_not_allowed')

      const key = await findKey(header.kid)
      if (!key.endorsements.includes(channelId)) throw new AuthError('channel_not_endorsed')

      const payload = await verifiedPayload(token, key)
      if (payload.serviceurl !== serviceUrl) throw new AuthError('service_url_mismatch')
      return { ok: true, claims: payload }
    } catch (err) {
      if (err instanceof AuthError) return { ok: false, reason: err.reason }
      return { ok: false, reason: 'malformed_token' }
    }
  }

  return { validate }
}

/** jose's own time rules (exp and nbf with the tolerance), for a token verified earlier. */
function checkTimes(payload: JWTPayload, nowMs: number): void {
  const t = Math.floor(nowMs / 1000)
  if (typeof payload.exp !== 'number' || payload.exp <= t - CLOCK_TOLERANCE_S) throw new AuthError('expired')
  if (typeof payload.nbf === 'number' && payload.nbf > t + CLOCK_TOLERANCE_S) throw new AuthError('not_yet_valid')
}

function joseReason(err: unknown): AuthFailure {
  if (err instanceof errors.JWTExpired) return 'expired'
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'iss') return 'wrong_issuer'
    if (err.claim === 'aud') return 'wrong_audience'
    if (err.claim === 'nbf') return 'not_yet_valid'
    return 'invalid_claims'
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature'
  if (err instanceof errors.JOSEAlgNotAllowed) return 'algorithm_not_allowed'
  return 'malformed_token'
}

async function getJson(f: FetchLike, url: string, timeoutMs: number): Promise<Record<string, unknown>> {
  let res: Response
  try {
    // A login service that never answers must not hold every Teams request (they wait on one refresh).
    res = await f(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) })
  } catch {
    throw new AuthError('metadata_unavailable')
  }
  if (!res.ok) throw new AuthError('metadata_unavailable')
  const body = (await res.json().catch(() => undefined)) as unknown
  if (!body || typeof body !== 'object') throw new AuthError('metadata_unavailable')
  return body as Record<string, unknown>
}
