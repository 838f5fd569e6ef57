/**
 * Plain language (B1) per audience. A `textB1` (or `nextB1`) is either one text for both
 * audiences that get B1 (sport volunteers and Wmo desk staff), or a map with a text per audience:
 *
 *   textB1: "Bel Veilig Thuis: 0800-2000."          # both audiences
 *   textB1:
 *     sport: "Praat met de vertrouwenscontactpersoon (VCP) …"
 *     wmo: "Praat met je leidinggevende …"
 *     algemeen: "…"                                  # optional: for an audience without its own text
 *
 * A text for one audience must not reach the other: sport's route (VCP, bestuur) means nothing
 * at the Wmo-loket. So a map falls back only to `algemeen`, never to the other audience.
 */
import type { B1Text } from './schema.js'

export type B1Audience = 'sport' | 'wmo'
export const B1_AUDIENCES: readonly B1Audience[] = ['sport', 'wmo']

/** The B1 text for an audience, or undefined when the content has none for it. */
export function pickB1(value: B1Text | undefined, audience: B1Audience | undefined): string | undefined {
  if (!value || !audience) return undefined
  if (typeof value === 'string') return value
  return value[audience] ?? value.algemeen
}

/** The answer stays short on a phone: about this many words before the buttons. */
export const MAX_WORDS = 80

/** Words as a reader sees them: markdown markers and list bullets are not words. */
export function wordCount(text: string): number {
  return text
    .replace(/\*\*/g, '')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * Words that name one audience's route. A single B1 text for both audiences that names one of
 * these reaches the other audience too, where it sends people to the wrong place.
 */
export const ROUTE_WORDS: Record<B1Audience, RegExp> = {
  sport: /\b(vertrouwenscontactpersoon|VCP|sportbond|sportclub|(?:je|de|van de) club|Centrum Veilige Sport)\b/i,
  wmo: /\b(Wmo-loket|leidinggevende|aandachtsfunctionaris|keukentafel\w*|je gemeente)\b/i,
}

/**
 * Professional terms a volunteer or desk worker cannot act on. A signal's `next` with one of these
 * is not shown to that audience without a `nextB1`; they get a general next step on their route.
 */
const JARGON_ALL = /\b(stap [1-5]|forensisch\w*|LECK|vertrouwensarts|JGZ|zorgco[öo]rdinator|mentor|meldcode|afwegingskader|EGG-deskundige|aandachtsfunctionaris VGV|letselduiding)\b/i
export const JARGON: Record<B1Audience, RegExp> = {
  sport: new RegExp(`${JARGON_ALL.source}|\\b(kindcheck|aandachtsfunctionaris|collega\\w*|leidinggevende|cli[eë]nt\\w*|dossier|consultatie)\\b`, 'i'),
  wmo: new RegExp(`${JARGON_ALL.source}|\\b(vertrouwenscontactpersoon|VCP|je club|de club)\\b`, 'i'),
}

/** Whether a professional text can be shown to an audience as it is. */
export const fitsAudience = (text: string, audience: B1Audience) => !JARGON[audience].test(text)
