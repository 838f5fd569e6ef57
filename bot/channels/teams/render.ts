/**
 * Reply → Teams message: the text in Teams markdown, the buttons and the sources in an Adaptive
 * Card 1.5 (the highest version Teams renders).
 *
 * - Every phone number in the text is a `tel:` link. A `tel:` button (Action.OpenUrl) does nothing
 *   in the Teams desktop and web clients, while a `tel:` link in text works in all of them (a
 *   known Teams limitation, microsoft/AdaptiveCards#3905): so the number is always a link in the
 *   text, and the call buttons stay for mobile.
 * - An acute reply (tag acute or acute-check) carries its text inside the card, under "Bel 112",
 *   so 112 is the first thing on the card; the message text above it is one line with 112 and
 *   Veilig Thuis.
 * - Sources fold behind a "Bronnen" ShowCard; dates read "23 november 2026".
 * - The Veilig Thuis line stays in every reply, as one short footer line.
 * - Answer buttons are Action.Submit with `data: {action: id}`, which Teams sends back as the
 *   activity's `value`.
 */
import { dutchDate } from '../../core/dossier.js'
import { VT_LINE } from '../../core/messages.js'
import { call112 } from '../../core/render.js'
import type { Action, Reply, SourceRef } from '../../core/types.js'
import type { OutboundActivity } from './connector.js'

export const TEL = { emergency: 'tel:112', phone: 'tel:08002000' } as const

/** The Veilig Thuis line as one short footer line, with the number as a tel: link. */
export const VT_FOOTER = 'Twijfel? Bel Veilig Thuis: [0800-2000](tel:08002000), gratis, dag en nacht.'
const ACUTE_HEADER = '**Direct gevaar? Bel [112](tel:112).** Twijfel? Veilig Thuis: [0800-2000](tel:08002000).'

/** 112, 0800-2000, 0900-44 45 444, 088-123 45 67: numbers people call. */
const PHONE = /(?<![\w-])(112|0[89]00-\d{2,4}(?: \d{1,3}){0,3}|0\d{2,3}-\d{3}(?: ?\d{2,4}){1,2})(?![\w-])/g

export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`

/** Phone numbers in markdown text become [number](tel:…) links; existing links are left alone. */
export function linkPhones(markdown: string): string {
  return markdown
    .split(/(\[[^\]]*\]\([^)]*\))/g)
    .map((part, i) => (i % 2 ? part : part.replace(PHONE, (n) => `[${n}](${telHref(n)})`)))
    .join('')
}

const isAcute = (r: Reply) => r.tag === 'acute' || r.tag === 'acute-check'

export function replyToMessage(reply: Reply): OutboundActivity {
  // The engine's Veilig Thuis line becomes the short footer (still in every message).
  const hasLine = reply.text.includes(VT_LINE)
  const body = linkPhones(reply.text.replace(`\n\n${VT_LINE}`, '').replace(VT_LINE, '').trimEnd())
  const acute = isAcute(reply)
  const text = acute ? ACUTE_HEADER : hasLine ? `${body}\n\n${VT_FOOTER}` : body
  const message: OutboundActivity = { type: 'message', textFormat: 'markdown', locale: 'nl-NL', text }
  const card = replyCard(reply, acute ? body : undefined)
  if (card) message.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }]
  return message
}

/** "Bron: …, gecontroleerd 23 november 2026", the title linked when there is an https URL. */
export function sourcesMarkdown(sources: readonly SourceRef[] | undefined): string {
  return (sources ?? [])
    .map((s) => {
      const title = s.title.replace(/([[\]\\])/g, '\\$1')
      const shown = s.url && /^https:\/\//.test(s.url) ? `[${title}](${s.url.replace(/\)/g, '%29')})` : title
      return `Bron: ${shown}, gecontroleerd ${dutchDate(s.reviewed)}`
    })
    .join('\n\n')
}

/**
 * The card: for an acute reply "Bel 112" first, then its text; then the buttons, one per row
 * (a vertical list keeps Dutch labels readable and stays clear of Teams' limit per row), 112
 * always first; then "Bronnen" as a ShowCard.
 */
export function replyCard(reply: Reply, acuteText?: string) {
  const actions = [...(reply.actions ?? [])].sort((a, b) => Number(b.kind === 'emergency') - Number(a.kind === 'emergency'))
  if (acuteText !== undefined && !actions.some((a) => a.kind === 'emergency')) actions.unshift(call112)
  const body: unknown[] = []
  const rows = actions.map((a) => ({ type: 'ActionSet', actions: [cardAction(a)] }))
  if (acuteText !== undefined) body.push(rows.shift()!, { type: 'TextBlock', text: acuteText, wrap: true })
  body.push(...rows)
  const sources = sourcesMarkdown(reply.sources)
  if (sources)
    body.push({
      type: 'ActionSet',
      actions: [{ type: 'Action.ShowCard', title: 'Bronnen', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: sources, wrap: true, size: 'Small', isSubtle: true }] } }],
    })
  if (acuteText !== undefined) body.push({ type: 'TextBlock', text: VT_FOOTER, wrap: true, size: 'Small' })
  if (body.length === 0) return undefined
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body }
}

/** The buttons alone, as before (kept for callers that build their own message). */
export function actionsCard(actions: readonly Action[]) {
  return replyCard({ text: '', actions: [...actions] })!
}

export function cardAction(a: Action) {
  const number = /^call:(.+)$/.exec(a.id)?.[1]
  if (a.kind === 'emergency') return { type: 'Action.OpenUrl', title: a.label, url: TEL.emergency, style: 'destructive' }
  if (a.kind === 'phone') return { type: 'Action.OpenUrl', title: a.label, url: number ? telHref(number) : TEL.phone, style: 'positive' }
  // A download such as a calendar reminder; index.ts has made its URL absolute (https).
  if (a.kind === 'link' && a.url) return { type: 'Action.OpenUrl', title: a.label, url: a.url }
  return { type: 'Action.Submit', title: a.label, data: { action: a.id } }
}
