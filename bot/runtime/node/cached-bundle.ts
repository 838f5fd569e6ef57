/**
 * Reading the startup cache (bundle-cache.ts writes it): what the server needs when nothing
 * changed. It imports no part of the content checker (YAML, zod, the schemas), so a server
 * started from the cache never loads them (server.ts).
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadBundle, type Bundle, type SerializedBundle } from '../../compose/bundle.js'
import type { ContentFile } from '../../content/check.js'
import { REPO_ROOT } from './content-files.js'

export const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'meldwijzer')

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name)
    if (e.isDirectory()) out.push(...sourceFiles(full))
    else if (e.name.endsWith('.ts')) out.push(full)
  }
  return out.sort()
}

export function bundleKey(files: ContentFile[]): string {
  const h = createHash('sha256')
  for (const f of files) h.update(`${f.path}\0${f.text}\0`)
  for (const dir of ['bot/content', 'bot/core']) for (const p of sourceFiles(join(REPO_ROOT, dir))) h.update(`${p}\0`).update(readFileSync(p)).update('\0')
  h.update(readFileSync(join(REPO_ROOT, 'package.json')))
  return h.digest('hex').slice(0, 32)
}

/** Where the bundle for these files is cached, or undefined when the key cannot be made. */
export function cacheFileFor(files: ContentFile[]): string | undefined {
  try {
    return join(CACHE_DIR, `bundle-${bundleKey(files)}.json`)
  } catch {
    return undefined
  }
}

/** The cached bundle for these files, or undefined when there is none (or it cannot be read). */
export function readCachedBundle(files: ContentFile[]): Bundle | undefined {
  const file = cacheFileFor(files)
  if (!file) return undefined
  try {
    return loadBundle(JSON.parse(readFileSync(file, 'utf8')) as SerializedBundle)
  } catch {
    return undefined
  }
}
