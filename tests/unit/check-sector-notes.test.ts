/** sectorNotes keys must be sector ids; the checker says which one is wrong and what was meant. */
import { describe, expect, it } from 'vitest'
import { checkContent, formatProblem } from '../../bot/content/check.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'

describe('sectorNotes cross-reference', () => {
  it('rejects a note for a sector that does not exist, with a suggestion', () => {
    const files = readContentFiles().map((f) =>
      f.path === 'flows/stap-2.yaml' ? { ...f, text: f.text.replace('      artsen: "', '      artsn: "') } : f,
    )
    const result = checkContent(files)
    expect(result.ok).toBe(false)
    const lines = result.ok ? [] : result.problems.map(formatProblem)
    expect(lines.some((l) => /^flows\/stap-2\.yaml:\d+:\d+ nodes\[0\]\.sectorNotes\.artsn: unknown sector "artsn"\. Did you mean "artsen"\?/.test(l))).toBe(true)
  })
})
