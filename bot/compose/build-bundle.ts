/**
 * From content files to a bundle: the three-pass content checker, then the search index. Node and
 * the build scripts use it; the Worker loads what serializeBundle wrote (bundle.ts) instead.
 */
import { checkContent, formatProblem, type ContentFile, type Problem } from '../content/check.js'
import { searchDocuments } from '../core/search/documents.js'
import { MiniSearchIndex } from '../core/search/search-index.js'
import { compose, type Bundle } from './bundle.js'

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentError'
  }
}

export function buildBundle(files: ContentFile[]): Bundle {
  const result = checkContent(files)
  if (!result.ok) throw new ContentError(result.problems)
  const index = MiniSearchIndex.build(searchDocuments(result.content))
  return compose(result.content, index, result.organisations)
}
