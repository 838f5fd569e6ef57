/**
 * Teams activity → engine input. Holds no dialogue logic: what the user typed or pressed goes
 * to the same engine as the web chat.
 */
import type { Activity } from 'botframework-schema'
import type { Input } from '../../core/types.js'

/** The parts of an Activity we read; everything arrives as untrusted JSON. */
export type InboundActivity = Partial<Activity> & Record<string, unknown>

const MAX_ACTION_ID = 200

/** Maps an authenticated activity to one engine input, or undefined when there is nothing to answer. */
export function activityToInput(activity: InboundActivity): Input | undefined {
  if (activity.type === 'message') {
    const value = activity.value as { action?: unknown } | undefined
    // Adaptive Card Action.Submit: the card's data comes back as `value`.
    if (value && typeof value === 'object' && typeof value.action === 'string' && value.action && value.action.length <= MAX_ACTION_ID) {
      return { type: 'action', id: value.action }
    }
    return { type: 'text', text: stripMentions(activity) }
  }
  if (activity.type === 'conversationUpdate') {
    const botId = activity.recipient?.id
    const added = Array.isArray(activity.membersAdded) ? activity.membersAdded : []
    if (botId && added.some((m) => m?.id === botId)) return { type: 'start' }
  }
  return undefined
}

/**
 * In team and group chats the text starts with "<at>Meldwijzer</at>"; the mention entities
 * carry the exact text to remove. Tags left over (other mentions) go as well.
 */
export function stripMentions(activity: InboundActivity): string {
  let text = typeof activity.text === 'string' ? activity.text : ''
  for (const e of Array.isArray(activity.entities) ? activity.entities : []) {
    const mentioned = (e as { type?: unknown; text?: unknown })?.type === 'mention' ? (e as { text?: unknown }).text : undefined
    if (typeof mentioned === 'string' && mentioned) text = text.split(mentioned).join(' ')
  }
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
