/** Content fixtures: a minimal valid base plus, per fixture, the files that break it. */
import { join } from 'node:path'
import type { ContentFile } from '../../bot/content/check.js'
import { REPO_ROOT, readContentFiles } from '../../bot/runtime/node/content-files.js'

export const FIXTURE_ROOT = join(REPO_ROOT, 'tests', 'fixtures', 'content')

/** The base files, with the fixture's files replacing or adding to them by path. */
export function fixtureFiles(name: string): ContentFile[] {
  const byPath = new Map(readContentFiles(join(FIXTURE_ROOT, '_base')).map((f) => [f.path, f]))
  for (const f of readContentFiles(join(FIXTURE_ROOT, name))) byPath.set(f.path, f)
  return [...byPath.values()]
}
