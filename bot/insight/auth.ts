/**
 * Who may read usage counts. An organisation's settings (organisations/<id>.yaml) hold only the
 * sha256 of its token, as `insight: { tokenHash }` (`npm run insight:token -- <organisation>`
 * makes one); the operator's overall view uses INSIGHT_ADMIN_TOKEN. The bearer token alone says
 * which organisation is asking, so a missing or wrong token, or one of an organisation that is not
 * (or no longer) in the settings, gets the same 401.
 */
import type { EnvLike } from '../http/config.js'
import type { OrganisationDirectory } from '../organisations/directory.js'

export interface InsightAuth {
  /** The organisation whose insight token has this sha256 (hex), if any. */
  organisationByTokenHash(hash: string): Promise<string | undefined>
  /** Every organisation id whose counts the operator's overall view adds up. */
  organisations(): Promise<readonly string[]>
  /** sha256 (hex) of the operator's token (INSIGHT_ADMIN_TOKEN), if set. */
  adminTokenHash?(): Promise<string | undefined>
}

export type Reader = { kind: 'organisation'; organisation: string } | { kind: 'admin' }

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

/**
 * The reader a bearer token belongs to, or undefined (then 401, whatever the reason).
 *
 * Organisations are found by the token's hash, not by comparing the token: how long a lookup of
 * sha256(token) takes can only tell a caller about hashes of tokens it already has, which does not
 * bring it closer to a real token (that would take a preimage of the hash).
 */
export async function readerFor(authorization: string | undefined, auth: InsightAuth): Promise<Reader | undefined> {
  const token = /^Bearer ([A-Za-z0-9._~+/=-]{16,200})$/.exec(authorization ?? '')?.[1]
  if (!token) return undefined
  const hash = await sha256Hex(token)
  const admin = await auth.adminTokenHash?.()
  if (admin && sameDigest(hash, admin)) return { kind: 'admin' }
  const organisation = await auth.organisationByTokenHash(hash)
  return organisation ? { kind: 'organisation', organisation } : undefined
}

/**
 * Token hashes from the organisation settings, and INSIGHT_ADMIN_TOKEN from the environment (the
 * token itself: it is the operator's secret, set as a Worker secret).
 */
export function directoryInsightAuth(directory: OrganisationDirectory, env: EnvLike): InsightAuth {
  const adminToken = env.INSIGHT_ADMIN_TOKEN?.trim()
  // A short admin token is refused: it would be guessable.
  let admin: Promise<string | undefined> | undefined
  return {
    organisationByTokenHash: async (hash) => (await directory.byInsightTokenHash(hash))?.id,
    organisations: () => directory.ids(),
    adminTokenHash: () => (admin ??= adminToken && adminToken.length >= 16 ? sha256Hex(adminToken) : Promise.resolve(undefined)),
  }
}
