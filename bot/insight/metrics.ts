/**
 * What one turn adds to the anonymous counts: a list of metric names, made only from fixed
 * words and ids from the content (flow nodes, entries, answer keys), never from what was typed.
 * Pure: the service calls it after a turn, with the session before and after.
 *
 *   started:<channel>            a conversation began (a new session id: first turn or "opnieuw")
 *   audience:<role>:<channel>    the conversation's audience became known: a role was set, or the
 *                                role's own flow was entered (professional, sport, wmo)
 *   turns                        every turn; the share without an answer is tag:fallback / turns
 *   node:<flow>/<node>           a flow node was shown; flow:<flow> a flow was started (the funnel)
 *   answer:<key>:<ja|nee>        a choice recorded an answer (afweging-1 … 5, kindcheck, …)
 *   tag:<tag>                    a turn had a reply of this kind (acute, acute-check, doubt, …)
 *   press:112, press:veilig-thuis  a call button was pressed (the widget tells; see /api/press)
 *   shown:<kind>:<id>            a knowledge entry was shown (topic, signal, sector, contact)
 */
import { call112, callVT } from '../core/render.js'
import type { Input, Reply, ReplyTag, Session } from '../core/types.js'

export type Channel = 'web' | 'teams'
export const CHANNELS: readonly Channel[] = ['web', 'teams']
export const AUDIENCES = ['professional', 'sport', 'wmo'] as const
export type Audience = (typeof AUDIENCES)[number]
/** The reply tags worth counting; others (answer, flow, menu) say nothing about where people get stuck. */
export const COUNTED_TAGS: readonly ReplyTag[] = ['acute', 'acute-check', 'doubt', 'privacy', 'institutional', 'fallback']
export const PRESSES = { '112': 'press:112', 'veilig-thuis': 'press:veilig-thuis' } as const
export type Press = keyof typeof PRESSES

/** Ids from the content are lower-case words with dashes; anything else is never counted. */
const ID = /^[a-z0-9-]{1,60}$/
const VALUE = /^[a-z0-9-]{1,20}$/
const SHOWN = /^(?:node:[a-z0-9-]{1,60}\/[a-z0-9-]{1,60}|flow:[a-z0-9-]{1,60}|(?:topic|signal|sector|contact):[a-z0-9-]{1,60})$/

export interface TurnFacts {
  before: Session | undefined
  after: Session
  input: Input
  replies: readonly Reply[]
  /** TurnResult.shown: content ids this turn showed. */
  shown: readonly string[] | undefined
  channel: Channel
}

export function metricsOfTurn(f: TurnFacts): string[] {
  const out: string[] = ['turns']
  const fresh = !f.before || f.before.id !== f.after.id
  if (fresh) out.push(`started:${f.channel}`)
  const audience = audienceOf(f.after)
  if (audience && (fresh || !audienceOf(f.before!))) out.push(`audience:${audience}:${f.channel}`)
  for (const s of f.shown ?? []) if (SHOWN.test(s)) out.push(s.startsWith('node:') || s.startsWith('flow:') ? s : `shown:${s}`)
  for (const [k, v] of Object.entries(f.after.answers))
    if (ID.test(k) && VALUE.test(v) && (fresh || f.before?.answers[k] !== v)) out.push(`answer:${k}:${v}`)
  const tags = new Set(f.replies.map((r) => r.tag))
  for (const t of COUNTED_TAGS) if (tags.has(t)) out.push(`tag:${t}`)
  // A client that sends the call button's id (the terminal chat, an old Teams card) pressed it.
  if (f.input.type === 'action' && f.input.id === call112.id) out.push(PRESSES['112'])
  if (f.input.type === 'action' && f.input.id === callVT.id) out.push(PRESSES['veilig-thuis'])
  return out
}

export const isAudience = (role: string | undefined): role is Audience => (AUDIENCES as readonly string[]).includes(role ?? '')

/** Who the conversation is with, once known: the role, else the role's flow in the trail. */
export function audienceOf(session: Session): Audience | undefined {
  if (isAudience(session.role)) return session.role
  for (const key of session.trail) {
    const flow = key.slice(0, key.indexOf('/'))
    if (isAudience(flow)) return flow
  }
  return undefined
}
