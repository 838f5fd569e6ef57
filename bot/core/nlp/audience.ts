/**
 * Who is typing, when they say so in their own words: a volunteer, trainer or coach at a club
 * (the sport route) or someone at the Wmo-loket or the gemeente's desk (the quick check). They
 * then get their audience as if they had pressed the role button in the menu.
 *
 * Only self-descriptions count ("ik ben trainer", "als vrijwilliger bij de club", "ik werk bij
 * het Wmo-loket"); a message about a trainer ("de trainer zit aan de kinderen") does not.
 */
import { fold } from './normalize.js'

export type Audience = 'sport' | 'wmo'

const SPORT_ROLE = '(?:jeugd)?(?:trainer|trainster|coach|leider|begeleider)|teamleider|teammanager|vrijwilliger|scheidsrechter|vertrouwenscontactpersoon|vcp|bestuurslid'
const CLUB = '(?:sport|voetbal|hockey|tennis|zwem|turn|judo|korfbal|basketbal|volleybal|atletiek|hand ?bal)?(?:club|vereniging|team)'
const SPORTS = 'voetbal|hockey|tennis|zwemmen|turnen|judo|korfbal|basketbal|volleybal|atletiek|handbal|gym|dansen|scouting'

const SPORT: RegExp[] = [
  new RegExp(`\\b(?:ik ben|ben ik|als|wij zijn|we zijn)(?: een| de| het)? (?:${SPORT_ROLE})\\b`),
  new RegExp(`\\bik (?:train|coach|begeleid)\\b`),
  new RegExp(`\\bik geef (?:training|trainingen|les|lessen)\\b`),
  new RegExp(`\\b(?:${SPORT_ROLE}) (?:bij|van|op) (?:de |een |onze |mijn |het )?(?:\\w+ )?${CLUB}\\b`),
  new RegExp(`\\b(?:ik ben|als) (?:${SPORT_ROLE}) (?:${SPORTS})\\b`),
]
const WMO: RegExp[] = [
  /\bik werk (?:bij|op|aan|voor) (?:het |de |een )?(?:wmo|wmo loket|loket|balie|gemeente|gemeentebalie|klantcontactcentrum|sociaal loket)\b/,
  /\b(?:ik ben|als) (?:een |de )?(?:wmo ?consulent|wmo medewerker|consulent wmo|baliemedewerker|loketmedewerker|medewerker (?:van|bij|aan) (?:het |de )?(?:wmo|loket|balie|gemeente))\b/,
  /\b(?:wmo loket|wmo consulent|wmo medewerker|baliemedewerker|loketmedewerker)\b.*\b(?:ik|mij|me)\b|\b(?:ik|mij|me)\b.*\b(?:wmo loket|wmo consulent|baliemedewerker|loketmedewerker)\b/,
]
/** A message of a few words that is nothing but a role ("trainer", "trainer voetbal", "wmo-loket"). */
const SPORT_ONLY = new RegExp(`^(?:(?:ik ben |als )?(?:een |de )?(?:${SPORT_ROLE})(?: (?:bij (?:de |een )?)?(?:${SPORTS}|${CLUB}))?|(?:${SPORTS}) (?:${SPORT_ROLE}))$`)
const WMO_ONLY = /^(?:ik werk (?:bij|op|aan) )?(?:het |de )?(?:wmo|wmo loket|wmo consulent|loket|gemeente balie|balie van de gemeente|baliemedewerker)$/

/** The audience a message describes its writer as, and whether it says nothing else. */
export function detectAudience(text: string): { audience: Audience; only: boolean } | undefined {
  const t = fold(text).replace(/-/g, ' ').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()
  if (!t) return undefined
  if (SPORT_ONLY.test(t)) return { audience: 'sport', only: true }
  if (WMO_ONLY.test(t)) return { audience: 'wmo', only: true }
  if (WMO.some((r) => r.test(t))) return { audience: 'wmo', only: isIntroOnly(t) }
  if (SPORT.some((r) => r.test(t))) return { audience: 'sport', only: isIntroOnly(t) }
  return undefined
}

/** "ik ben trainer bij een voetbalclub" says who, not what: few words, no question words. */
function isIntroOnly(t: string): boolean {
  const words = t.split(' ')
  return words.length <= 8 && !/\b(wat|hoe|welk|welke|wie|waar|wanneer|waarom|kan|kun|gebruik|moet|mag|zorgen|zorg|vermoeden|slaat|geslagen|blauwe|misbruik|signalen|melden|twijfel|kind|meisje|jongen|speler|vader|moeder|ouders|client|bang)\b/.test(t)
}
