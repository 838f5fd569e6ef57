/** Reads flows/*.yaml and knowledge/*.yaml from disk, with paths relative to the repo root. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ContentFile } from '../../content/check.js'

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..')

export function readContentFiles(root = process.env.CONTENT_ROOT || REPO_ROOT, dirs = ['flows', 'knowledge']): ContentFile[] {
  const files: ContentFile[] = []
  for (const dir of dirs) {
    let names: string[]
    try {
      names = readdirSync(join(root, dir))
    } catch {
      continue
    }
    for (const name of names.sort()) {
      if (!/\.ya?ml$/.test(name)) continue
      const full = join(root, dir, name)
      files.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') })
    }
  }
  return files
}
