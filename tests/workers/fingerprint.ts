/**
 * A SHA-256 over the content a bundle runs on, with Web Crypto only, so Node (global setup)
 * and workerd compute it the same way: proves the Worker serves exactly the content Node
 * loads from YAML, and catches a stale generated module.
 */
import type { Content } from '../../bot/content/model.js'

export async function contentFingerprint(content: Content): Promise<string> {
  const keys = Object.keys(content).sort() as Array<keyof Content>
  const json = JSON.stringify(keys.map((k) => { const v = content[k]; return [k, v instanceof Map ? [...v.entries()] : v] }))
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
