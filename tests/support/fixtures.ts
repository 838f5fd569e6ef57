/** Content fixtures: a minimal valid base plus, per fixture, the files that break it. */
import { join } from 'node:path'
import { checkContent, formatProblem, type ContentFile } from '../../bot/content/check.js'
import { REPO_ROOT, readContentFiles } from '../../bot/runtime/node/content-files.js'

export const FIXTURE_ROOT = join(REPO_ROOT, 'tests', 'fixtures', 'content')

/** The base files, with the fixture's files replacing or adding to them by path. */
export function fixtureFiles(name: string): ContentFile[] {
  const byPath = new Map(readContentFiles(join(FIXTURE_ROOT, '_base')).map((f) => [f.path, f]))
  for (const f of readContentFiles(join(FIXTURE_ROOT, name))) byPath.set(f.path, f)
  return [...byPath.values()]
}

/**
 * The real content with one text replaced in one file, checked: whether it passes and its
 * problems as printed. Throws when `from` is not in the file, so a test cannot pass on an edit
 * that no longer happens.
 */
export function checkAfterEdit(path: string, from: string, to: string): { ok: boolean; problems: string[] } {
  let edited = false
  const files = readContentFiles().map((f) => {
    if (f.path !== path) return f
    if (!f.text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`)
    edited = true
    return { ...f, text: f.text.replace(from, to) }
  })
  if (!edited) throw new Error(`no content file ${path}`)
  const result = checkContent(files)
  return { ok: result.ok, problems: result.ok ? [] : result.problems.map(formatProblem) }
}
