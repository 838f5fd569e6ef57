/** Reads flows/*.yaml, knowledge/*.yaml, knowledge/safety/, knowledge/vragen/ and organisations/ from disk, with paths relative to the repo root. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ContentError } from '../../compose/build-bundle.js'
import type { ContentFile } from '../../content/check.js'
import { findRepoRoot } from './repo-root.js'

/**
 * The repo root, from bot/runtime/node under tsx and from dist/ when bundled (repo-root.ts).
 * Where there is no disk to walk (test helpers loaded inside workerd), the source layout's own
 * path is used, as before bundling.
 */
export const REPO_ROOT = findRepoRoot(import.meta.dirname, existsSync, join(import.meta.dirname, '..', '..', '..'))

export function readContentFiles(root = process.env.CONTENT_ROOT || REPO_ROOT, dirs = ['flows', 'knowledge', 'knowledge/safety', 'knowledge/vragen', 'organisations']): ContentFile[] {
  const files: ContentFile[] = []
  for (const dir of dirs) {
    let names: string[]
    try {
      names = readdirSync(join(root, dir))
    } catch {
      continue
    }
    for (const name of names.sort()) {
      // The safety folder also holds the trained danger model (JSON is YAML too, checked the same way).
      if (!/\.ya?ml$/.test(name) && !(dir === 'knowledge/safety' && name.endsWith('.json'))) continue
      const full = join(root, dir, name)
      files.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') })
    }
  }
  return files
}

/**
 * Runs `build`; when the content is invalid, prints every problem after `preamble` and exits 1
 * (server, terminal chat and the Workers build refuse invalid content the same way).
 */
export function orExitOnContentError<T>(build: () => T, preamble: string): T {
  try {
    return build()
  } catch (err) {
    // By name, not instanceof: importing the class would load the content checker with it, which
    // a server started from the startup cache never needs (server.ts).
    if (!(err instanceof Error) || err.name !== 'ContentError') throw err
    console.error(`${preamble}\n\n${(err as ContentError).message}`)
    process.exit(1)
  }
}
