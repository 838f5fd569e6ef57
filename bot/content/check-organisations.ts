/**
 * Cross-reference rules for organisations/*.yaml, called from pass 3 of the content checker with
 * the same `at` reporter, so problems read like all others (file:line:col):
 *   - the id equals the file name, and is used once;
 *   - the sector is a sector id from knowledge/sectoren.yaml, for the same audience;
 *   - a Teams tenant id belongs to one organisation only (it picks the organisation in Teams);
 *   - an insight token hash belongs to one organisation only (the token says whose counts to show).
 * Returns the organisations that passed pass 2, in file order.
 */
import type { Organisation } from './organisation-schema.js'
import type { Path } from './positions.js'
import type { Sector } from './schema.js'
import { suggestion } from './suggest.js'

interface ParsedOrganisation {
  file: { path: string }
  data: Organisation
}

export function checkOrganisations<P extends ParsedOrganisation>(
  organisations: readonly P[],
  sectors: ReadonlyMap<string, Sector>,
  at: (p: P, path: Path, message: string) => void,
): Organisation[] {
  const ids = new Map<string, P>()
  const tenants = new Map<string, P>()
  const insightHashes = new Map<string, P>()
  for (const o of organisations) {
    const org = o.data
    const expected = o.file.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')
    if (org.id !== expected) at(o, ['id'], `organisation id "${org.id}" must match its file name "${expected}".`)
    const same = ids.get(org.id)
    if (same) at(o, ['id'], `duplicate organisation id "${org.id}" (also in ${same.file.path}).`)
    else ids.set(org.id, o)
    if (org.sector !== undefined) {
      const sector = sectors.get(org.sector)
      if (!sector) at(o, ['sector'], `unknown sector "${org.sector}".${suggestion(org.sector, sectors.keys())} Use a sector id from knowledge/sectoren.yaml.`)
      else if (org.audience && sector.audience !== org.audience)
        at(o, ['sector'], `sector "${org.sector}" is for audience "${sector.audience}", but this organisation's audience is "${org.audience}". Choose a sector of the same audience.`)
    }
    for (const [i, tenant] of (org.teamsTenants ?? []).entries()) {
      const owner = tenants.get(tenant)
      if (owner && owner !== o) at(o, ['teamsTenants', i], `tenant id "${tenant}" also belongs to organisation "${owner.data.id}" (${owner.file.path}); a Teams tenant picks one organisation.`)
      else if (owner) at(o, ['teamsTenants', i], `tenant id "${tenant}" is listed twice.`)
      else tenants.set(tenant, o)
    }
    const hash = org.insight?.tokenHash
    if (hash) {
      const owner = insightHashes.get(hash)
      if (owner) at(o, ['insight', 'tokenHash'], `token hash also used by organisation "${owner.data.id}" (${owner.file.path}); a token shows one organisation's counts. Make a new one: npm run insight:token -- ${org.id}`)
      else insightHashes.set(hash, o)
    }
  }
  return organisations.map((o) => o.data)
}
