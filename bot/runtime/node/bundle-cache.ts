/**
 * Startup cache for the content bundle on Node. Checking 300 KB of YAML (syntax, zod shape,
 * references) and building the search index take most of the start time (bench/startup-phases.ts),
 * yet they give the same result as long as the content and the code that checks and indexes it
 * are unchanged. So a checked bundle is written once (serializeBundle, as the Workers build does)
 * under node_modules/.cache and loaded on later starts (cached-bundle.ts, which the server reads
 * without loading this module and the checker behind it).
 *
 * The key is a hash over every content file, every source file under bot/content and bot/core
 * and the dependency versions: any edit misses the cache and runs the full check, so invalid
 * content is still refused at start, with every problem listed. Only checked bundles are
 * written. CONTENT_CACHE=0 switches the cache off.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serializeBundle, type Bundle } from '../../compose/bundle.js'
import { buildBundle } from '../../compose/build-bundle.js'
import type { ContentFile } from '../../content/check.js'
import { CACHE_DIR, cacheFileFor, readCachedBundle } from './cached-bundle.js'

export { bundleKey, readCachedBundle } from './cached-bundle.js'

export function loadOrBuildBundle(files: ContentFile[], enabled = true): Bundle {
  if (!enabled) return buildBundle(files)
  const cached = readCachedBundle(files)
  if (cached) return cached
  // No cache yet (or unreadable): check and build, then try to keep the result.
  const file = cacheFileFor(files)
  const bundle = buildBundle(files)
  if (file) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      writeFileSync(tmp, JSON.stringify(serializeBundle(bundle, { knownWords: true })))
      renameSync(tmp, file)
      // Keep only the current bundle: every content edit writes a new one.
      for (const name of readdirSync(CACHE_DIR)) if (name.startsWith('bundle-') && join(CACHE_DIR, name) !== file) rmSync(join(CACHE_DIR, name), { force: true })
    } catch {
      // A read-only install just starts without the cache.
    }
  }
  return bundle
}
