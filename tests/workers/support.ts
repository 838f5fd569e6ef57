/** Helpers for the workerd tests: talk to the Worker exactly as the widget does. */
import { SELF } from 'cloudflare:test'
import type { WireMessage } from '../support/transcripts.js'

export interface ChatBody {
  conversationId: string
  messages: Array<WireMessage & { sources?: unknown[] }>
}

let ip = 0
/** A fresh client address per conversation, so the per-client rate limit never mixes tests. */
export const newClientIp = () => `198.51.100.${(++ip % 250) + 1}`

/**
 * One POST /api/chat. With a client address the per-client rate limit applies, as behind
 * Cloudflare; without one it does not, as with app.request() in the Node tests.
 */
export async function chat(body: Record<string, unknown>, clientIp?: string): Promise<{ status: number; body: ChatBody }> {
  const res = await SELF.fetch('https://meldwijzer.test/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(clientIp ? { 'cf-connecting-ip': clientIp } : {}) },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as ChatBody }
}

export const text = (b: ChatBody) => b.messages.map((m) => m.text).join('\n\n')
