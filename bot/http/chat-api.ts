/**
 * POST /api/chat: the stable contract the widget, tests and outside clients rely on.
 *   request  {"conversationId"?: string, "text"?: string, "action"?: string, "organisation"?: string},
 *            exactly one of text and action; organisation counts only when the turn starts a conversation
 *   response {"conversationId": string, "messages": [{"text", "actions"?, "sources"?}]}
 */
import { Hono } from 'hono'
import * as z from 'zod/mini'
import type { Input, Reply } from '../core/types.js'
import type { ConversationService } from '../service/conversation-service.js'
import { isSharedReply } from '../core/render.js'
import { errorResponse } from './errors.js'
import { readJsonBody } from './json-body.js'
import { jsonAnswer } from './owed-headers.js'
import type { Logger } from './logger.js'

/** Text beyond this many characters is cut by the engine; the body limit (16 KB) still applies. */
export const ChatRequestSchema = z
  .strictObject({
    conversationId: z.optional(z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9:_-]+$/, 'conversationId has characters that are not allowed'))),
    text: z.optional(z.string().check(z.maxLength(16 * 1024))),
    action: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    /** An organisation id (organisations/*.yaml); an unknown one is answered, not refused. */
    organisation: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'organisation is an id: lower-case words joined by "-"'))),
  })
  .check(z.refine((b) => (b.text === undefined) !== (b.action === undefined), { message: 'send exactly one of "text" and "action"' }))

export type ChatRequest = z.infer<typeof ChatRequestSchema>

const CONVERSATION_ID = /^[A-Za-z0-9:_-]+$/
const ORGANISATION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The common request, checked by hand: zod's safeParse was about 2% of a button turn's server
 * CPU. Returns the request only when ChatRequestSchema accepts it as it is (own keys of the
 * schema only, strings within its limits, exactly one of text and action); anything else goes to
 * the schema, which also words the error. tests/unit/http-speedups.test.ts holds the two together.
 */
export function quickChatRequest(raw: unknown): ChatRequest | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return undefined
  const r = raw as Record<string, unknown>
  for (const key in r) if (key !== 'conversationId' && key !== 'text' && key !== 'action' && key !== 'organisation') return undefined
  const { conversationId, text, action, organisation } = r
  if (conversationId !== undefined && !(typeof conversationId === 'string' && conversationId.length >= 1 && conversationId.length <= 128 && CONVERSATION_ID.test(conversationId))) return undefined
  if (text !== undefined && !(typeof text === 'string' && text.length <= 16 * 1024)) return undefined
  if (action !== undefined && !(typeof action === 'string' && action.length >= 1 && action.length <= 200)) return undefined
  if (organisation !== undefined && !(typeof organisation === 'string' && organisation.length >= 1 && organisation.length <= 64 && ORGANISATION_ID.test(organisation))) return undefined
  if ((text === undefined) === (action === undefined)) return undefined
  return r as ChatRequest
}

export interface ChatMessage {
  text: string
  actions?: Reply['actions']
  sources?: Reply['sources']
  tag?: Reply['tag']
}

export interface ChatResponse {
  conversationId: string
  messages: ChatMessage[]
}

/** A reply as the client gets it: the fields in this order, the empty ones left out. */
function chatMessage({ text, actions, sources, tag }: Reply): ChatMessage {
  const m: ChatMessage = { text }
  if (actions?.length) m.actions = actions
  if (sources?.length) m.sources = sources
  if (tag) m.tag = tag
  return m
}

/** The JSON of a shared reply (render.ts shareReply: made once, frozen), which cannot change. */
const sharedJson = new WeakMap<Reply, string>()

function messageJson(r: Reply): string {
  if (!isSharedReply(r)) return JSON.stringify(chatMessage(r))
  let json = sharedJson.get(r)
  if (json === undefined) sharedJson.set(r, (json = JSON.stringify(chatMessage(r))))
  return json
}

/**
 * JSON.stringify of the ChatResponse, byte for byte: its two keys in this order, the messages
 * written one by one, so a shared reply's JSON (a flow node's, most of a button turn's answer) is
 * written once, not every turn. tests/unit/http-speedups.test.ts holds it to JSON.stringify.
 */
export function responseJson(conversationId: string, replies: readonly Reply[]): string {
  let messages = ''
  for (let i = 0; i < replies.length; i++) messages += (i ? ',' : '') + messageJson(replies[i]!)
  return `{"conversationId":${JSON.stringify(conversationId)},"messages":[${messages}]}`
}

export function chatApi(service: ConversationService, log: Logger) {
  const api = new Hono()
  api.post('/', async (c) => {
    const read = await readJsonBody(c, ChatRequestSchema, quickChatRequest)
    if ('error' in read) return read.error
    const body = read.data
    const input: Input = body.action !== undefined ? { type: 'action', id: body.action } : { type: 'text', text: body.text! }
    const started = performance.now()
    const outcome = await service.turn(body.conversationId, input, false, body.organisation)
    // The id is checked against a strict pattern above, so it is safe to log; it is not message text.
    if (outcome.unknownOrganisation) log.warn('organisation_unknown', { organisation: outcome.unknownOrganisation })
    // Logs hold what happened, never what was said (safety rule 5).
    log.info('turn', {
      input: input.type,
      replies: outcome.replies.length,
      tags: outcome.replies.map((r) => r.tag ?? '-').join(','),
      degraded: !!outcome.degraded,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
    return jsonAnswer(c, responseJson(outcome.conversationId, outcome.replies))
  })
  return api
}
