/** Which reader a bearer token belongs to, with token hashes from organisation settings. */
import { describe, expect, it } from 'vitest'
import { loadBundle, serializeBundle } from '../../bot/compose/bundle.js'
import { buildBundle } from '../../bot/compose/build-bundle.js'
import type { Organisation } from '../../bot/content/organisation-schema.js'
import { directoryInsightAuth, readerFor, sha256Hex } from '../../bot/insight/auth.js'
import { StaticOrganisationDirectory } from '../../bot/organisations/directory.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'
import { contentWith, insightLines } from '../support/insight-content.js'

const tokens = { 'obs-de-linde': 'token-of-obs-de-linde-0123456789', 'vv-de-bal': 'token-of-vv-de-bal-0123456789' }
const ADMIN = 'the-operators-token-0123456789'

/** Two organisations with a token, one without (its counts are the operator's to read only). */
async function settings(): Promise<StaticOrganisationDirectory> {
  const organisations: Organisation[] = [
    { id: 'obs-de-linde', name: 'OBS De Linde', kind: 'school', insight: { tokenHash: await sha256Hex(tokens['obs-de-linde']) } },
    { id: 'vv-de-bal', name: 'VV De Bal', kind: 'sportclub', insight: { tokenHash: await sha256Hex(tokens['vv-de-bal']) } },
    { id: 'wijkteam-zonder-token', name: 'Wijkteam', kind: 'gemeente' },
  ]
  return new StaticOrganisationDirectory(organisations)
}

describe('readerFor', () => {
  it("finds the organisation whose settings hold the token's hash, and the operator", async () => {
    const auth = directoryInsightAuth(await settings(), { INSIGHT_ADMIN_TOKEN: ADMIN })
    expect(await readerFor(`Bearer ${tokens['vv-de-bal']}`, auth)).toEqual({ kind: 'organisation', organisation: 'vv-de-bal' })
    expect(await readerFor(`Bearer ${tokens['obs-de-linde']}`, auth)).toEqual({ kind: 'organisation', organisation: 'obs-de-linde' })
    expect(await readerFor(`Bearer ${ADMIN}`, auth)).toEqual({ kind: 'admin' })
    // The operator's overall view covers every organisation, with a token or not.
    expect(await auth.organisations()).toEqual(['obs-de-linde', 'vv-de-bal', 'wijkteam-zonder-token'])
  })

  it('knows no one for a missing, short, wrong or differently written token, or a hash pasted as the token', async () => {
    const auth = directoryInsightAuth(await settings(), { INSIGHT_ADMIN_TOKEN: ADMIN })
    const hash = await sha256Hex(tokens['vv-de-bal'])
    for (const header of [undefined, '', 'Bearer', `Basic ${tokens['vv-de-bal']}`, 'Bearer short', `Bearer ${tokens['vv-de-bal'].toUpperCase()}`, `Bearer ${tokens['vv-de-bal']} `, `Bearer ${hash}`])
      expect(await readerFor(header, auth), String(header)).toBeUndefined()
  })

  it('knows no one without settings, and refuses an operator token under 16 characters', async () => {
    const none = directoryInsightAuth(new StaticOrganisationDirectory([]), { INSIGHT_ADMIN_TOKEN: 'kort' })
    expect(await readerFor(`Bearer ${tokens['vv-de-bal']}`, none)).toBeUndefined()
    expect(await none.adminTokenHash?.()).toBeUndefined()
    expect(await none.organisations()).toEqual([])
  })

  it('finds the example school by the hash in its file, also after the Workers build bundled it as JSON', async () => {
    const content = contentWith({ 'voorbeeld-basisschool': await insightLines('token-of-the-example-school-0123') })
    try {
      const bundle = buildBundle(readContentFiles(content.root))
      const bundled = loadBundle(JSON.parse(JSON.stringify(serializeBundle(bundle))))
      for (const b of [bundle, bundled]) {
        const auth = directoryInsightAuth(b.organisations, {})
        expect(await readerFor('Bearer token-of-the-example-school-0123', auth)).toEqual({ kind: 'organisation', organisation: 'voorbeeld-basisschool' })
        expect(await auth.organisations()).toEqual(['voorbeeld-basisschool', 'voorbeeld-voetbalclub'])
      }
    } finally {
      content.remove()
    }
  })
})
