/**
 * Where an organisation's settings are looked up: by the id a client names ("organisation" in
 * the chat API, `data-organisation` on the widget) or by a Teams tenant id. One small interface,
 * so moving the settings elsewhere (a KV namespace or D1 on Workers, once there are more than a
 * few hundred organisations) means one new implementation of it and nothing else: the service
 * and the Teams channel only call these two methods, once per turn at most.
 *
 * Lookups are async because such a store is remote; the static directory answers at once.
 */
import type { Organisation } from '../content/organisation-schema.js'

export interface OrganisationDirectory {
  /** True when lookups settle at once (in this process): the service then sets no timeout around them. */
  readonly local?: boolean
  byId(id: string): Promise<Organisation | undefined>
  byTenant(tenantId: string): Promise<Organisation | undefined>
}

/**
 * The organisations checked with the content (organisations/*.yaml): read from disk on Node,
 * bundled at build time on Workers. The checker has made sure ids and tenant ids are unique.
 */
export class StaticOrganisationDirectory implements OrganisationDirectory {
  readonly local = true
  private readonly ids = new Map<string, Organisation>()
  private readonly tenants = new Map<string, Organisation>()

  constructor(organisations: Iterable<Organisation>) {
    for (const o of organisations) {
      this.ids.set(o.id, o)
      for (const t of o.teamsTenants ?? []) this.tenants.set(t.toLowerCase(), o)
    }
  }

  byId(id: string): Promise<Organisation | undefined> {
    return Promise.resolve(this.ids.get(id))
  }

  byTenant(tenantId: string): Promise<Organisation | undefined> {
    return Promise.resolve(this.tenants.get(tenantId.toLowerCase()))
  }

  /** The organisations as a list, for serialising into the Workers bundle. */
  list(): Organisation[] {
    return [...this.ids.values()]
  }
}

/** No organisations: everything answers as without settings. */
export const NO_ORGANISATIONS: OrganisationDirectory = new StaticOrganisationDirectory([])
