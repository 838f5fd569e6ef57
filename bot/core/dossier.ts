/**
 * The de-identified dossier summary: date, step, what to record, the afwegingen answered and
 * the agreed next step. Built only from the session (flow position and chosen options), so it
 * can never contain anything the user typed.
 */
import type { Content } from '../content/model.js'
import { nodeKey } from '../content/model.js'
import type { Session } from './types.js'

/** Labels for answers recorded with `set:`; unknown keys are shown as they are. */
const ANSWER_LABELS: Record<string, string> = {
  'afweging-1': 'Afweging 1 – vermoeden',
  'afweging-2': 'Afweging 2 – acute of structurele onveiligheid',
  'afweging-3': 'Afweging 3 – zelf hulp bieden of organiseren',
  'afweging-4': 'Afweging 4 – hulp wordt aanvaard',
  'afweging-5': 'Afweging 5 – hulp leidt tot duurzame veiligheid',
  'check-zorg': 'Snelle check – zorgen over de veiligheid',
  'check-gevaar': 'Snelle check – direct gevaar',
  kindcheck: 'Kindcheck – kinderen in beeld',
  'kinderen-veilig': 'Kindcheck – kinderen krijgen genoeg zorg en veiligheid',
}
/** Keys that describe the user, not the case: never in the summary. */
const PERSONAL_KEYS = new Set(['rol', 'sector'])

export function dossierSummary(content: Content, session: Session, now: number): string | undefined {
  if (session.trail.length === 0) return undefined
  const flowIds = [...new Set(session.trail.map((t) => t.split('/')[0]!))]
  const titles = flowIds.map((id) => content.flows.get(id)?.title).filter(Boolean)
  const nodes = session.trail.map((t) => content.nodes.get(t)).filter((n) => n !== undefined)
  const record = [...new Set(nodes.flatMap((n) => n.record ?? []))]
  const outcome = [...nodes].reverse().find((n) => n.outcome)?.outcome
  const answers = Object.entries(session.answers).filter(([k]) => !PERSONAL_KEYS.has(k))
  const date = new Date(now).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })

  const lines = [
    '**Samenvatting voor je dossier** (zonder namen of herkenbare gegevens; vul zelf aan in je eigen dossier)',
    '',
    `- **Datum:** ${date}`,
    `- **Doorlopen:** ${titles.join(', ')}`,
  ]
  // The sector names which afwegingskader applies; it describes the professional, not the case.
  const sector = session.sector ? content.sectors.get(session.sector)?.title : undefined
  if (sector) lines.push(`- **Afwegingskader van:** ${sector}`)
  if (answers.length) {
    lines.push('- **Antwoorden:**')
    for (const [k, v] of answers.sort(([a], [b]) => a.localeCompare(b))) lines.push(`  - ${ANSWER_LABELS[k] ?? k}: ${v}`)
  }
  if (record.length) {
    lines.push('- **Leg vast:**')
    for (const r of record) lines.push(`  - ${r}`)
  }
  lines.push(`- **Afgesproken vervolgstap:** ${outcome ?? 'nog niet bepaald'}`)
  lines.push('', 'Dit is richting, geen oordeel: de beslissing en de verantwoordelijkheid liggen bij jou en je organisatie.')
  return lines.join('\n')
}

export const currentNodeKey = (s: Session) => (s.flow && s.node ? nodeKey(s.flow, s.node) : undefined)
