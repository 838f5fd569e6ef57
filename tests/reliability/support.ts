/** Shared helpers for the reliability suites: the real Node app with injectable store, clock and log. */
import type { Hono } from 'hono'
import type { EnvLike } from '../../bot/http/config.js'
import type { LogFields, Logger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import type { ConversationStore } from '../../bot/store/conversation-store.js'

export interface LogLine {
  level: string
  event: string
  fields: LogFields
}

export function capturingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  const at = (level: string) => (event: string, fields: LogFields = {}) => void lines.push({ level, event, fields })
  return { lines, info: at('info'), warn: at('warn'), error: at('error') }
}

export function nodeApp(options: { env?: EnvLike; store?: ConversationStore; now?: () => number } = {}) {
  const log = capturingLogger()
  return { ...createNodeApp({ env: options.env ?? {}, log, ...(options.store ? { store: options.store } : {}), ...(options.now ? { now: options.now } : {}) }), log }
}

export interface ChatBody {
  conversationId?: string
  messages?: Array<{ text: string; actions?: Array<{ id: string; label: string }>; tag?: string }>
  error?: { code: string; message: string }
  veiligThuis?: string
}

export async function chat(app: Hono, body: unknown, headers: Record<string, string> = {}) {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { res, body: (await res.json()) as ChatBody }
}

export const allText = (b: ChatBody) => (b.messages ?? []).map((m) => m.text).join('\n\n')
