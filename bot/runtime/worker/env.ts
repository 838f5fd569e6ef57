/** What the Worker gets from wrangler.toml: bindings, plus vars and secrets named as on Node. */
import type { ConversationObject } from './conversation-object.js'
import type { InsightObject } from './insight-object.js'

export interface Env {
  CONVERSATIONS: DurableObjectNamespace<ConversationObject>
  /** Anonymous usage counts, one object per organisation; without it nothing is counted. */
  INSIGHT?: DurableObjectNamespace<InsightObject>
  ASSETS: Fetcher
  ALLOWED_ORIGINS?: string
  CONVERSATION_TTL_SECONDS?: string
  /** Workers only: `eu` keeps conversation objects in the EU; `none` locally (workerd cannot). */
  CONVERSATION_JURISDICTION?: string
  RATE_LIMIT_PER_MINUTE?: string
  RATE_LIMIT_BURST?: string
  RATE_LIMIT_MAX_CLIENTS?: string
  /** Any other var or secret (Teams credentials and the like), read by name. */
  [name: string]: unknown
}

/** Only the string vars and secrets, in the shape readAppConfig and the channels read on Node. */
export function envStrings(env: Env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v
  return out
}
