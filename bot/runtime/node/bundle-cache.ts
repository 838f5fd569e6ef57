/**
 * Startup cache for the content bundle on Node. Checking 300 KB of YAML (syntax, zod shape,
 * references) and building the search index take most of the start time (bench/startup-phases.ts),
 * yet they give the same result as long as the content and the code that checks and indexes it
 * are unchanged. So a checked bundle is written once (serializeBundle, as the Workers build does)
 * under node_modules/.cache and loaded on later starts.
 *
 * The key is a hash over every content file, every source file under bot/content and bot/core
 * and the dependency versions: any edit misses the cache and runs the full check, so invalid
 * content is still refused at start, with every problem listed. Only checked bundles are
 * written. CONTENT_CACHE=0 switches the cache off.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadBundle, serializeBundle, type Bundle, type SerializedBundle } from '../../compose/bundle.js'
import { buildBundle } from '../../compose/build-bundle.js'
import type { ContentFile } from '../../content/check.js'
import { REPO_ROOT } from './content-files.js'

const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'meldwijzer')

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

export function loadOrBuildBundle(files: ContentFile[], enabled = true): Bundle {
  if (!enabled) return buildBundle(files)
  let file: string | undefined
  try {
    file = join(CACHE_DIR, `bundle-${bundleKey(files)}.json`)
    return loadBundle(JSON.parse(readFileSync(file, 'utf8')) as SerializedBundle)
  } catch {
    // No cache yet (or unreadable): check and build, then try to keep the result.
  }
  const bundle = buildBundle(files)
  if (file) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      writeFileSync(tmp, JSON.stringify(serializeBundle(bundle)))
      renameSync(tmp, file)
      // Keep only the current bundle: every content edit writes a new one.
      for (const name of readdirSync(CACHE_DIR)) if (name.startsWith('bundle-') && join(CACHE_DIR, name) !== file) rmSync(join(CACHE_DIR, name), { force: true })
    } catch {
      // A read-only install just starts without the cache.
    }
  }
  return bundle
}
