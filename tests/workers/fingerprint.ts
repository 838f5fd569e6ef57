/**
 * A SHA-256 over the content a bundle runs on, with Web Crypto only, so Node (global setup)
 * and workerd compute it the same way: proves the Worker serves exactly the content Node
 * loads from YAML, and catches a stale generated module.
 */
import { SEARCH_ONLY_KEYS } from '../../bot/compose/bundle.js'
import type { Content } from '../../bot/content/model.js'

export async function contentFingerprint(content: Content): Promise<string> {
  // The example and typed questions only feed the search index at build time and are left out of
  // the serialised bundle (bot/compose/bundle.ts, SEARCH_ONLY_KEYS): a freshly built bundle has
  // them, a loaded one (the Worker's, or Node's from its startup cache) does not. Counting them
  // made this test fail whenever Node's cache was cold, i.e. on the first run after any content or
  // code edit (the typed questions were missed when they were added).
  const skip: ReadonlySet<string> = new Set(SEARCH_ONLY_KEYS)
  const keys = (Object.keys(content) as Array<keyof Content>).filter((k) => !skip.has(k)).sort()
  const json = JSON.stringify(keys.map((k) => { const v = content[k]; return [k, v instanceof Map ? [...v.entries()] : v] }))
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
