/**
 * Where an organisation's settings are looked up: by the id a client names ("organisation" in
 * the chat API, `data-organisation` on the widget), by a Teams tenant id, or by the hash of the
 * token it reads its usage counts with. One small interface, so moving the settings elsewhere (a
 * KV namespace or D1 on Workers, once there are more than a few hundred organisations) means one
 * new implementation of it and nothing else: the service and the Teams channel call byId and
 * byTenant once per turn at most; the insight routes call byInsightTokenHash and ids.
 *
 * Lookups are async because such a store is remote; the static directory answers at once.
 */
import type { Organisation } from '../content/organisation-schema.js'

export interface OrganisationDirectory {
  /** True when lookups settle at once (in this process): the service then sets no timeout around them. */
  readonly local?: boolean
  byId(id: string): Promise<Organisation | undefined>
  byTenant(tenantId: string): Promise<Organisation | undefined>
  /** The organisation whose `insight.tokenHash` this is (sha256 hex of its insight token). */
  byInsightTokenHash(hash: string): Promise<Organisation | undefined>
  /** Every organisation id: the operator's overall usage view adds up their counts. */
  ids(): Promise<readonly string[]>
}

/**
 * The organisations checked with the content (organisations/*.yaml): read from disk on Node,
 * bundled at build time on Workers. The checker has made sure ids, tenant ids and insight token
 * hashes are unique.
 */
export class StaticOrganisationDirectory implements OrganisationDirectory {
  readonly local = true
  private readonly byIds = new Map<string, Organisation>()
  private readonly tenants = new Map<string, Organisation>()
  private readonly insightHashes = new Map<string, Organisation>()

  constructor(organisations: Iterable<Organisation>) {
    for (const o of organisations) {
      this.byIds.set(o.id, o)
      for (const t of o.teamsTenants ?? []) this.tenants.set(t.toLowerCase(), o)
      if (o.insight) this.insightHashes.set(o.insight.tokenHash, o)
    }
  }

  byId(id: string): Promise<Organisation | undefined> {
    return Promise.resolve(this.byIds.get(id))
  }

  byTenant(tenantId: string): Promise<Organisation | undefined> {
    return Promise.resolve(this.tenants.get(tenantId.toLowerCase()))
  }

  byInsightTokenHash(hash: string): Promise<Organisation | undefined> {
    return Promise.resolve(this.insightHashes.get(hash))
  }

  ids(): Promise<readonly string[]> {
    return Promise.resolve([...this.byIds.keys()])
  }

  /** The organisations as a list, for serialising into the Workers bundle. */
  list(): Organisation[] {
    return [...this.byIds.values()]
  }
}
