/** sectorNotes keys must be sector ids; the checker says which one is wrong and what was meant. */
import { describe, expect, it } from 'vitest'
import { checkAfterEdit } from '../support/fixtures.js'

describe('sectorNotes cross-reference', () => {
  it('rejects a note for a sector that does not exist, with a suggestion', () => {
    const result = checkAfterEdit('flows/stap-2.yaml', '      artsen: "', '      artsn: "')
    expect(result.ok).toBe(false)
    const lines = result.problems
    expect(lines.some((l) => /^flows\/stap-2\.yaml:\d+:\d+ nodes\[0\]\.sectorNotes\.artsn: unknown sector "artsn"\. Did you mean "artsen"\?/.test(l))).toBe(true)
  })
})
