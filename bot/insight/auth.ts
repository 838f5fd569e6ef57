/**
 * Who may read an organisation's counts. An organisation's settings hold only the sha256 of its
 * token (`npm run insight:token -- <organisation>` makes one); the operator's overall view uses
 * INSIGHT_ADMIN_TOKEN. The bearer token alone says which organisation is asking, so a wrong or
 * missing token gets the same 401 whether or not an organisation exists.
 *
 * InsightAuth is the seam to the organisation settings (issue 14): until they land, hashes come
 * from the environment (INSIGHT_TOKEN_HASHES), through envInsightAuth below.
 */
import type { EnvLike } from '../http/config.js'

export interface InsightAuth {
  /** Organisation ids that may have a token (the operator's view lists these). */
  organisations(): readonly string[]
  /** sha256 (hex) of the organisation's insight token, if it has one. */
  tokenHashFor(organisation: string): string | undefined
  /** sha256 (hex) of the operator's token (INSIGHT_ADMIN_TOKEN), if set. */
  adminTokenHash?(): string | undefined | Promise<string | undefined>
}

export type Reader = { kind: 'organisation'; organisation: string } | { kind: 'admin' }

const HEX64 = /^[0-9a-f]{64}$/

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Compares two hex digests in time that does not depend on where they differ. */
function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** The reader a bearer token belongs to, or undefined (then 401, whatever the reason). */
export async function readerFor(authorization: string | undefined, auth: InsightAuth): Promise<Reader | undefined> {
  const token = /^Bearer ([A-Za-z0-9._~+/=-]{16,200})$/.exec(authorization ?? '')?.[1]
  if (!token) return undefined
  const hash = await sha256Hex(token)
  const admin = await auth.adminTokenHash?.()
  let found: Reader | undefined
  // Every organisation is compared, so the time taken does not tell which one matched.
  if (admin && sameDigest(hash, admin)) found = { kind: 'admin' }
  for (const organisation of auth.organisations()) {
    const expected = auth.tokenHashFor(organisation)
    if (expected && HEX64.test(expected) && sameDigest(hash, expected) && !found) found = { kind: 'organisation', organisation }
  }
  return found
}

/**
 * Token hashes from the environment: INSIGHT_TOKEN_HASHES="org-a=<sha256 hex>,org-b=<…>" and
 * INSIGHT_ADMIN_TOKEN (the token itself: it is a secret of the operator's, set as a Worker secret).
 */
export function envInsightAuth(env: EnvLike): InsightAuth {
  const hashes = new Map<string, string>()
  for (const pair of (env.INSIGHT_TOKEN_HASHES ?? '').split(',')) {
    const [org, hash] = pair.split('=').map((s) => s.trim())
    if (org && hash && HEX64.test(hash.toLowerCase())) hashes.set(org, hash.toLowerCase())
  }
  const adminToken = env.INSIGHT_ADMIN_TOKEN?.trim()
  // A short admin token is refused: it would be guessable.
  let admin: Promise<string | undefined> | undefined
  return {
    organisations: () => [...hashes.keys()],
    tokenHashFor: (organisation) => hashes.get(organisation),
    adminTokenHash: () => (admin ??= adminToken && adminToken.length >= 16 ? sha256Hex(adminToken) : Promise.resolve(undefined)),
  }
}
