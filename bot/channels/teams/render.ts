/**
 * Reply → Teams message: the text in Teams markdown, the sources under it, and the buttons as an
 * Adaptive Card 1.5 (the highest version Teams renders). Answer buttons are Action.Submit with
 * `data: {action: id}`, which Teams sends back as the activity's `value`; the 112 and
 * Veilig Thuis buttons open the phone.
 */
import type { Action, Reply, SourceRef } from '../../core/types.js'
import type { OutboundActivity } from './connector.js'

export const TEL = { emergency: 'tel:112', phone: 'tel:08002000' } as const

export function replyToMessage(reply: Reply): OutboundActivity {
  const sources = sourcesMarkdown(reply.sources)
  const message: OutboundActivity = {
    type: 'message',
    textFormat: 'markdown',
    locale: 'nl-NL',
    text: sources ? `${reply.text}\n\n${sources}` : reply.text,
  }
  if (reply.actions?.length) message.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: actionsCard(reply.actions) }]
  return message
}

/** "Bron: …, gecontroleerd …", the same wording as formatSources, with the title linked when there is a URL. */
export function sourcesMarkdown(sources: readonly SourceRef[] | undefined): string {
  return (sources ?? [])
    .map((s) => {
      const title = s.title.replace(/([[\]\\])/g, '\\$1')
      const shown = s.url && /^https:\/\//.test(s.url) ? `[${title}](${s.url.replace(/\)/g, '%29')})` : title
      return `Bron: ${shown}, gecontroleerd ${s.reviewed}`
    })
    .join('\n\n')
}

export function actionsCard(actions: readonly Action[]) {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    // One ActionSet per button: a vertical list keeps long Dutch labels readable and stays
    // clear of Teams' limit on the number of actions in one row.
    body: actions.map((a) => ({ type: 'ActionSet', actions: [cardAction(a)] })),
  }
}

export function cardAction(a: Action) {
  if (a.kind === 'emergency') return { type: 'Action.OpenUrl', title: a.label, url: TEL.emergency, style: 'destructive' }
  if (a.kind === 'phone') return { type: 'Action.OpenUrl', title: a.label, url: TEL.phone, style: 'positive' }
  // A download such as a calendar reminder; index.ts has made its URL absolute (https).
  if (a.kind === 'link' && a.url) return { type: 'Action.OpenUrl', title: a.label, url: a.url }
  return { type: 'Action.Submit', title: a.label, data: { action: a.id } }
}
