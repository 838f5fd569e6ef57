/** Small helpers that turn content into channel-neutral replies. */
import type { Content, Entry } from '../content/model.js'
import type { Action, Reply, SourceRef } from './types.js'
import { LABELS, VT_LINE, VT_NUMBER } from './messages.js'

export function sourceRefs(content: Content, ids: readonly string[] | undefined, reviewed: string | undefined): SourceRef[] {
  if (!ids?.length || !reviewed) return []
  return ids.flatMap((id) => {
    const s = content.sources.get(id)
    return s ? [{ title: s.title, ...(s.url ? { url: s.url } : {}), reviewed }] : []
  })
}

/** "Bron: Augeo – stappenplan, gecontroleerd 2026-11-23" lines, for channels without rich sources. */
export function formatSources(sources: readonly SourceRef[] | undefined): string {
  return (sources ?? []).map((s) => `Bron: ${s.title}, gecontroleerd ${s.reviewed}`).join('\n')
}

export const entrySources = (content: Content, e: Entry) => sourceRefs(content, e.sources, e.reviewed)

export const callVT: Action = { id: 'call:0800-2000', label: LABELS.callVT, kind: 'phone' }
export const call112: Action = { id: 'call:112', label: LABELS.call112, kind: 'emergency' }

/** A call button for any number: 112 is `emergency`, every other number `phone`. */
export function callAction(number: string): Action {
  const n = number.trim()
  if (n === '112') return call112
  if (n === VT_NUMBER) return callVT
  return { id: `call:${n}`, label: `Bel ${n}`, kind: 'phone' }
}

/** Button labels stay within 40 characters (Teams cuts longer ones mid-word): shortened at a word. */
export const MAX_LABEL = 40
export function shortLabel(label: string, max = MAX_LABEL): string {
  if (label.length <= max) return label
  const cut = label.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`
}

/**
 * Safety rule 1: every turn names Veilig Thuis, 0800-2000, visibly in the text. If no message
 * of this turn does so already, the line is added to the last one.
 */
export function withVeiligThuis(replies: Reply[]): Reply[] {
  if (replies.some((r) => r.text.includes(VT_NUMBER))) return replies
  if (replies.length === 0) return [{ text: VT_LINE }]
  const last = replies[replies.length - 1]!
  return [...replies.slice(0, -1), SHARED.has(last) ? withLineShared(last) : { ...last, text: `${last.text}\n\n${VT_LINE}` }]
}

/**
 * Replies made once and used in many turns (a flow node's reply, Engine.nodeReply): frozen with
 * their buttons and sources, so changing one throws. Channels may remember what they make of one
 * (chat-api.ts: its JSON), since it cannot change.
 */
const SHARED = new WeakSet<Reply>()
/** A shared reply with the Veilig Thuis line added, itself shared. */
const WITH_LINE = new WeakMap<Reply, Reply>()

export function shareReply(r: Reply): Reply {
  for (const a of r.actions ?? []) Object.freeze(a)
  for (const x of r.sources ?? []) Object.freeze(x)
  if (r.actions) Object.freeze(r.actions)
  if (r.sources) Object.freeze(r.sources)
  SHARED.add(Object.freeze(r))
  return r
}

export const isSharedReply = (r: Reply): boolean => SHARED.has(r)

function withLineShared(last: Reply): Reply {
  let r = WITH_LINE.get(last)
  if (!r) WITH_LINE.set(last, (r = shareReply({ ...last, text: `${last.text}\n\n${VT_LINE}` })))
  return r
}

export function dedupeActions(actions: Action[]): Action[] {
  const seen = new Set<string>()
  return actions.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)))
}
