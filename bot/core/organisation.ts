/**
 * The user's own organisation in a reply: its aandachtsfunctionaris or VCP, its meldcode and
 * the gemeente's wijkteam, as a few lines of text plus buttons (a call button for a number, links
 * for a mailbox, a Teams channel or a web page). Pure; the settings come in through the turn.
 * A function is always named; a personal name only when the organisation put one in its file.
 */
import type { Organisation, OrganisationContact, Wijkteam } from '../content/organisation-schema.js'
import type { OrganisationPart } from '../content/schema.js'
import { callAction, shortLabel } from './render.js'
import type { Action } from './types.js'

export interface OrganisationBlock {
  text: string
  actions: Action[]
}

/** "bel 030-000 00 00 (werkdagen 8:30–16:30), mail …@… of via Teams". */
function howToReach(r: Pick<OrganisationContact, 'phone' | 'email' | 'teams' | 'url' | 'hours'>): string {
  const ways = [
    ...(r.phone ? [`bel ${r.phone}${r.hours ? ` (${r.hours})` : ''}`] : []),
    ...(r.email ? [`mail ${r.email}`] : []),
    ...(r.teams ? ['via het Teams-kanaal'] : []),
    ...(r.url ? ['via de website'] : []),
  ]
  const list = ways.length > 1 ? `${ways.slice(0, -1).join(', ')} of ${ways.at(-1)}` : (ways[0] ?? '')
  return !r.phone && r.hours ? `${list} (${r.hours})` : list
}

function reachActions(r: Pick<OrganisationContact, 'phone' | 'email' | 'teams' | 'url'>, who: string, group: string): Action[] {
  return [
    ...(r.phone ? [callAction(r.phone)] : []),
    ...(r.email ? [{ id: `link:mail`, label: shortLabel(`Mail ${who}`), kind: 'link' as const, url: `mailto:${r.email}`, group }] : []),
    ...(r.teams ? [{ id: `link:teams`, label: shortLabel(`Teams: ${who}`), kind: 'link' as const, url: r.teams, group }] : []),
    ...(r.url ? [{ id: `link:web`, label: shortLabel(`Website ${who}`), kind: 'link' as const, url: r.url, group }] : []),
  ]
}

export function contactBlock(o: Organisation): OrganisationBlock | undefined {
  const c = o.contact
  if (!c) return undefined
  const who = c.name ? `${c.function} (${c.name})` : c.function
  return {
    text: `**${capitalise(who)} van ${o.name}:** ${howToReach(c)}.`,
    actions: reachActions(c, shortFunction(c.function), o.name),
  }
}

function wijkteamBlock(o: Organisation): OrganisationBlock | undefined {
  const w: Wijkteam | undefined = o.wijkteam
  if (!w) return undefined
  const group = w.name
  return {
    text: `**${w.name}:** ${howToReach(w)}.`,
    actions: reachActions(w, w.name, group).map((a) => (a.kind === 'link' ? { ...a, id: `${a.id}-wijkteam` } : a)),
  }
}

function meldcodeBlock(o: Organisation): OrganisationBlock | undefined {
  if (!o.meldcode) return undefined
  return {
    text: `**De meldcode van ${o.name}** zegt wie bij jullie welke stap zet.`,
    actions: [{ id: 'link:meldcode', label: shortLabel(`Meldcode van ${o.name}`), kind: 'link', url: o.meldcode, group: o.name }],
  }
}

/** The parts asked for, in that order; undefined when the organisation has none of them. */
export function organisationBlock(o: Organisation | undefined, parts: readonly OrganisationPart[] | undefined): OrganisationBlock | undefined {
  if (!o || !parts?.length) return undefined
  const blocks = parts.map((p) => (p === 'contact' ? contactBlock(o) : p === 'wijkteam' ? wijkteamBlock(o) : meldcodeBlock(o))).filter((b) => b !== undefined)
  if (!blocks.length) return undefined
  return { text: blocks.map((b) => b.text).join('\n\n'), actions: blocks.flatMap((b) => b.actions) }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** "vertrouwenscontactpersoon (VCP)" → "de VCP" on a button; short functions as they are. */
function shortFunction(fn: string): string {
  const abbreviation = /\(([A-Z]{2,6})\)/.exec(fn)?.[1]
  return `de ${abbreviation ?? fn}`
}

/**
 * A question about the user's own organisation: who is the aandachtsfunctionaris or VCP, who is
 * the wijkteam, where is the meldcode. Only asked when the conversation has an organisation;
 * without one the question goes to the knowledge as before.
 */
export function organisationQuestion(folded: string): OrganisationPart | undefined {
  const t = ` ${folded} `
  const asks = /\b(wie|welke|waar|hoe|bij wie|met wie|contact|bereik|bellen|bel|mailen|mail|nummer|telefoonnummer|ons|onze|jullie)\b/.test(t)
  if (!asks) return undefined
  if (/\b(wijkteam|buurtteam|gebiedsteam|sociaal team|wmo ?loket|wmo-loket)\b/.test(t)) return 'wijkteam'
  if (/\b(aandachtsfunctionaris|vertrouwenscontactpersoon|vertrouwenspersoon|vcp|aanspreekpunt)\b/.test(t)) return 'contact'
  if (/\bbij wie kan ik (terecht|aankloppen)\b|\bmet wie (kan|moet|mag) ik (overleggen|praten|sparren)\b/.test(t)) return 'contact'
  if (/\b(onze|ons|jullie|eigen) meldcode\b|\bmeldcode van (ons|onze|de|mijn) (school|club|organisatie|vereniging|opvang|gemeente)\b/.test(t)) return 'meldcode'
  return undefined
}
