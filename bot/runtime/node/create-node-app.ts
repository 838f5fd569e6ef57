/**
 * The Node app with its content read from disk: checked and indexed, or from the startup cache
 * when nothing changed (bundle-cache.ts). Tests and tools use this; the server (server.ts) reads
 * the cache itself and loads the content checker only when the cache misses.
 */
import { loadOrBuildBundle } from './bundle-cache.js'
import { readContentFiles } from './content-files.js'
import { nodeApp, type NodeAppOptions } from './node-app.js'

export { PUBLIC_DIR, type NodeAppOptions } from './node-app.js'

export function createNodeApp(options: NodeAppOptions = {}) {
  const env = options.env ?? process.env
  const bundle = loadOrBuildBundle(readContentFiles(options.contentRoot ?? env.CONTENT_ROOT ?? undefined), env.CONTENT_CACHE !== '0')
  return nodeApp(bundle, options)
}
