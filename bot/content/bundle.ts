/**
 * From content files to what the engine runs on: checked content plus its search index.
 * Pure; the Node runtime feeds it files from disk, the Workers build feeds it at build time.
 */
import { Engine } from '../core/engine.js'
import { searchDocuments } from '../core/search/documents.js'
import { MiniSearchIndex } from '../core/search/search-index.js'
import { checkContent, formatProblem, type ContentFile, type Problem } from './check.js'
import type { Content } from './model.js'

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentError'
  }
}

export interface Bundle {
  content: Content
  index: MiniSearchIndex
  engine: Engine
}

export function buildBundle(files: ContentFile[]): Bundle {
  const result = checkContent(files)
  if (!result.ok) throw new ContentError(result.problems)
  const index = MiniSearchIndex.build(searchDocuments(result.content))
  return { content: result.content, index, engine: new Engine(result.content, index) }
}
