/**
 * Cross-reference rule for `sectorNotes` on flow nodes: every key must be a sector id from
 * knowledge/. Kept apart from check.ts so that file keeps its three passes in one place; it is
 * called from pass 3 with the same `at` reporter, so problems read like all others.
 */
import type { Path } from './positions.js'
import type { Flow } from './schema.js'
import { suggestion } from './suggest.js'

export function checkSectorNotes<P extends { data: Flow }>(
  flows: readonly P[],
  sectors: ReadonlyMap<string, unknown>,
  at: (p: P, path: Path, message: string) => void,
): void {
  for (const f of flows) {
    for (const [i, n] of f.data.nodes.entries()) {
      for (const key of Object.keys(n.sectorNotes ?? {})) {
        if (!sectors.has(key))
          at(f, ['nodes', i, 'sectorNotes', key], `unknown sector "${key}".${suggestion(key, sectors.keys())} Use a sector id from knowledge/sectoren.yaml.`)
      }
    }
  }
}
