/**
 * The Teams channel: `POST /api/messages` for Bot Framework activities. Every request is
 * authenticated before anything else happens; failures answer 401 and only the reason is
 * logged. Runtime-neutral (Web Crypto, jose, fetch), so Node and Workers mount the same code.
 */
import type { Context, Hono } from 'hono'
import type { EnvLike } from '../../http/config.js'
import { errorResponse, type ErrorCode } from '../../http/errors.js'
import { silentLogger, type Logger } from '../../http/logger.js'
import type { Reply } from '../../core/types.js'
import type { OrganisationDirectory } from '../../organisations/directory.js'
import type { ConversationService } from '../../service/conversation-service.js'
import { activityToInput, type InboundActivity } from './activity.js'
import { createBotTokenValidator, type ValidatorOptions } from './auth.js'
import { readTeamsConfig } from './config.js'
import { ConnectorError, createConnector } from './connector.js'
import { defaultFetch, type FetchLike } from './fetch.js'
import { replyToMessage } from './render.js'

export { readTeamsConfig } from './config.js'
export type { TeamsConfig, TeamsConfigResult } from './config.js'
export { createBotTokenValidator } from './auth.js'
export type { AuthFailure, AuthResult } from './auth.js'
export { createConnector } from './connector.js'
export { activityToInput, stripMentions } from './activity.js'
export { replyToMessage, actionsCard } from './render.js'
export type { FetchLike } from './fetch.js'

export const TEAMS_PATH = '/api/messages'

export interface MountTeamsOptions {
  service: Pick<ConversationService, 'turn'>
  env: EnvLike
  /** Defaults to the global fetch; tests and Workers may route it elsewhere. */
  fetch?: FetchLike
  log?: Logger
  now?: () => number
  /** Key cache tuning, for tests of key rollover. */
  auth?: Pick<ValidatorOptions, 'keyCacheMs' | 'minRefetchMs'>
  /**
   * Teams shows "typing…" only when the answer takes longer than this. Nearly every turn takes
   * about a millisecond; an indicator then flickers and costs one more connector call per
   * message (a third of the outbound calls, measured in the bench). Default 300 ms.
   */
  typingAfterMs?: number
  /** Picks the organisation from the activity's tenant id (its `teamsTenants`); without it, none. */
  organisations?: OrganisationDirectory
}

export type MountTeamsResult = { enabled: true } | { enabled: false; reason: string }

/** The same JSON error shape as the chat API, with the Veilig Thuis line (safety rule 1). */
const teamsError = (c: Context, status: 401 | 403 | 502 | 503, code: ErrorCode, message: string) => errorResponse(c, status, code, message)

export function mountTeams(app: Hono, o: MountTeamsOptions): MountTeamsResult {
  const log = o.log ?? silentLogger
  const now = o.now ?? Date.now
  const fetchImpl = o.fetch ?? defaultFetch
  const typingAfterMs = o.typingAfterMs ?? 300
  const cfg = readTeamsConfig(o.env)
  if (!cfg.enabled) {
    log.info('teams_disabled', { reason: cfg.reason })
    app.all(TEAMS_PATH, (c) => teamsError(c, 503, 'teams_disabled', 'De Teams-koppeling staat op deze server uit.'))
    return { enabled: false, reason: cfg.reason }
  }
  const { config } = cfg
  const validator = createBotTokenValidator({ config, fetch: fetchImpl, now, ...o.auth })
  const connector = createConnector({ config, fetch: fetchImpl, now })
  log.info('teams_enabled', { path: TEAMS_PATH, serviceUrlHosts: config.serviceUrlHosts.join(','), tenantRestricted: config.tenantAllowlist.length > 0 })

  app.post(TEAMS_PATH, async (c) => {
    const authorization = c.req.header('authorization')
    const unauthorized = (reason: string) => {
      log.warn('teams_auth_rejected', { reason })
      return teamsError(c, 401, 'unauthorized', 'Dit verzoek is niet geautoriseerd.')
    }
    // No token: do not even read the body.
    if (!authorization) return unauthorized('missing_token')
    const activity = (await c.req.json().catch(() => undefined)) as InboundActivity | undefined
    if (!activity || typeof activity !== 'object' || Array.isArray(activity)) return unauthorized('invalid_activity')
    const auth = await validator.validate(authorization, activity)
    if (!auth.ok) return unauthorized(auth.reason)

    if (config.tenantAllowlist.length) {
      const tenant = tenantOf(activity)
      if (!tenant || !config.tenantAllowlist.includes(tenant)) {
        log.warn('teams_tenant_rejected', { reason: tenant ? 'tenant_not_allowed' : 'tenant_missing' })
        return teamsError(c, 403, 'forbidden', 'Deze organisatie mag Meldwijzer niet gebruiken.')
      }
    }

    const input = activityToInput(activity)
    const conversationId = activity.conversation?.id
    // Unknown activity types (reactions, installs, edits…) are acknowledged and ignored.
    if (!input || typeof conversationId !== 'string' || !conversationId) return c.body(null, 200)

    const serviceUrl = activity.serviceUrl as string
    const replyToId = typeof activity.id === 'string' && activity.id ? activity.id : undefined
    const from = activity.recipient?.id ? { id: activity.recipient.id } : undefined
    const envelope = { conversation: { id: conversationId }, ...(from ? { from } : {}), ...(replyToId ? { replyToId } : {}) }
    // The tenant picks the organisation; the service uses it only when the conversation starts.
    const organisation = await organisationOf(activity, o.organisations, log)
    try {
      let typing: Promise<void> | undefined
      const slow = setTimeout(() => {
        typing = connector.send(serviceUrl, conversationId, replyToId, { type: 'typing', ...envelope }).catch((err) => {
          // A lost typing indicator is cosmetic; the answer still goes out.
          log.warn('teams_typing_failed', { reason: reasonOf(err) })
        })
      }, typingAfterMs)
      let outcome: Awaited<ReturnType<typeof o.service.turn>>
      try {
        outcome = await o.service.turn(await engineConversationId(conversationId), input, true, organisation, 'teams')
      } finally {
        clearTimeout(slow)
      }
      // The indicator, when sent, goes out before the answer.
      await typing
      const base = publicBase(o.env, c.req.url)
      for (const reply of outcome.replies)
        await connector.send(serviceUrl, conversationId, replyToId, { ...replyToMessage(withAbsoluteLinks(reply, base)), ...envelope })
      log.info('teams_turn', { activity: String(activity.type), input: input.type, replies: outcome.replies.length, organisation: organisation ?? '-' })
      return c.body(null, 200)
    } catch (err) {
      log.error('teams_reply_failed', { reason: reasonOf(err), ...(err instanceof ConnectorError && err.status ? { status: err.status } : {}) })
      return teamsError(c, 502, 'reply_failed', 'Het antwoord kon niet naar Teams worden verstuurd.')
    }
  })
  return { enabled: true }
}

async function organisationOf(activity: InboundActivity, directory: OrganisationDirectory | undefined, log: Logger): Promise<string | undefined> {
  const tenant = tenantOf(activity)
  if (!tenant || !directory) return undefined
  try {
    return (await directory.byTenant(tenant))?.id
  } catch (err) {
    // Without the settings the answer is still right, only less specific.
    log.warn('teams_organisation_lookup_failed', { reason: err instanceof Error ? err.name : 'unknown' })
    return undefined
  }
}

function tenantOf(activity: InboundActivity): string | undefined {
  const fromConversation = (activity.conversation as { tenantId?: unknown } | undefined)?.tenantId
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id
  const t = typeof fromConversation === 'string' ? fromConversation : typeof fromChannelData === 'string' ? fromChannelData : undefined
  return t?.toLowerCase()
}

/**
 * The engine's conversation id for a Teams conversation: stable, so the flow position survives
 * between messages, but a hash, so the store never holds Teams' own (user-linked) id.
 */
export async function engineConversationId(teamsConversationId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(teamsConversationId))
  let hex = ''
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0')
  return `teams:${hex}`
}

const reasonOf = (err: unknown) => (err instanceof ConnectorError ? err.reason : err instanceof Error ? err.name : 'unknown')

/**
 * Where Teams users reach this server, for link actions (calendar reminders): `PUBLIC_BASE_URL`
 * when set, else the origin Teams posted to, as https (Teams only calls https endpoints; a proxy
 * in front may have ended TLS).
 */
export function publicBase(env: EnvLike, requestUrl: string): string {
  const configured = env.PUBLIC_BASE_URL?.trim()
  if (configured && URL.canParse(configured)) return new URL(configured).origin
  const url = new URL(requestUrl)
  url.protocol = 'https:'
  return url.origin
}

/**
 * Link actions with a path get the public base in front; links that are neither https nor a
 * mailbox (the organisation's function mailbox) are left out.
 */
export function withAbsoluteLinks(reply: Reply, base: string): Reply {
  if (!reply.actions?.some((a) => a.kind === 'link')) return reply
  const actions = reply.actions.flatMap((a) => {
    if (a.kind !== 'link') return [a]
    const url = a.url && URL.canParse(a.url, base) ? new URL(a.url, base) : undefined
    return url?.protocol === 'https:' || url?.protocol === 'mailto:' ? [{ ...a, url: url.href }] : []
  })
  return { ...reply, actions }
}
