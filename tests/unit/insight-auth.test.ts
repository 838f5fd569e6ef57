/** Which reader a bearer token belongs to, with a stand-in for the organisation settings (issue 14). */
import { describe, expect, it } from 'vitest'
import { envInsightAuth, readerFor, sha256Hex, type InsightAuth } from '../../bot/insight/auth.js'

const tokens = { 'gemeente-a': 'token-of-gemeente-a-0123456789', 'club-b': 'token-of-club-b-0123456789' }

async function directoryDouble(): Promise<InsightAuth> {
  const hashes = new Map<string, string>()
  for (const [org, token] of Object.entries(tokens)) hashes.set(org, await sha256Hex(token))
  hashes.set('no-token-yet', '')
  hashes.set('bad-hash', 'not-a-sha256')
  return { organisations: () => [...hashes.keys()], tokenHashFor: (o) => hashes.get(o), adminTokenHash: () => sha256Hex('the-operators-token-0123456789') }
}

describe('readerFor', () => {
  it('finds the organisation a token belongs to, and the operator', async () => {
    const auth = await directoryDouble()
    expect(await readerFor(`Bearer ${tokens['club-b']}`, auth)).toEqual({ kind: 'organisation', organisation: 'club-b' })
    expect(await readerFor(`Bearer ${tokens['gemeente-a']}`, auth)).toEqual({ kind: 'organisation', organisation: 'gemeente-a' })
    expect(await readerFor('Bearer the-operators-token-0123456789', auth)).toEqual({ kind: 'admin' })
  })

  it('knows no one for a missing, short, wrong or differently written token, or an empty or bad hash', async () => {
    const auth = await directoryDouble()
    for (const header of [undefined, '', 'Bearer', `Basic ${tokens['club-b']}`, 'Bearer short', `Bearer ${tokens['club-b'].toUpperCase()}`, `Bearer ${tokens['club-b']} `, 'Bearer not-a-sha256'])
      expect(await readerFor(header, auth), String(header)).toBeUndefined()
  })

  it('reads hashes from INSIGHT_TOKEN_HASHES and refuses an operator token under 16 characters', async () => {
    const hash = await sha256Hex(tokens['gemeente-a'])
    const auth = envInsightAuth({ INSIGHT_TOKEN_HASHES: ` gemeente-a=${hash.toUpperCase()} , kapot=xyz`, INSIGHT_ADMIN_TOKEN: 'kort' })
    expect(auth.organisations()).toEqual(['gemeente-a'])
    expect(await readerFor(`Bearer ${tokens['gemeente-a']}`, auth)).toEqual({ kind: 'organisation', organisation: 'gemeente-a' })
    expect(await auth.adminTokenHash?.()).toBeUndefined()
  })
})
