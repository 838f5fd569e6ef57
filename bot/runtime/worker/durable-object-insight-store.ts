/** InsightStore on Durable Objects: each organisation's counts in its own object. */
import type { CountRow, InsightStore } from '../../insight/insight-store.js'
import type { InsightObject } from './insight-object.js'

export class DurableObjectInsightStore implements InsightStore {
  private readonly ns: DurableObjectNamespace<InsightObject>

  constructor(namespace: DurableObjectNamespace<InsightObject>, jurisdiction?: DurableObjectJurisdiction) {
    this.ns = jurisdiction ? namespace.jurisdiction(jurisdiction) : namespace
  }

  stub(organisation: string): DurableObjectStub<InsightObject> {
    return this.ns.get(this.ns.idFromName(organisation))
  }

  async add(rows: readonly CountRow[]): Promise<void> {
    const byOrganisation = new Map<string, CountRow[]>()
    for (const r of rows) {
      const list = byOrganisation.get(r.organisation)
      if (list) list.push(r)
      else byOrganisation.set(r.organisation, [r])
    }
    await Promise.all([...byOrganisation].map(([organisation, list]) => this.stub(organisation).add(list)))
  }

  async read(organisation: string): Promise<CountRow[]> {
    return (await this.stub(organisation).read(organisation)) as CountRow[]
  }
}
