/**
 * The de-identified dossier summary of the whole conversation: date, every step and afweging
 * done in the order done, with the answers given and what to record at each, and the agreed
 * next step. Built only from the session (flow position and chosen options), so it can never
 * contain anything the user typed.
 */
import type { Content } from '../content/model.js'
import type { Organisation } from '../content/organisation-schema.js'
import { nodeKey, splitNodeKey } from '../content/model.js'
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

/** One formatter, made once: toLocaleDateString builds a new one on every call (about 20 µs). */
let dateFormat: Intl.DateTimeFormat | undefined

/** "23 november 2026": the way dates are written for Dutch readers, in every channel. */
export function dutchDate(at: number | string): string {
  const d = typeof at === 'number' ? new Date(at) : new Date(`${at}T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return String(at)
  dateFormat ??= new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })
  return dateFormat.format(d)
}

interface Section {
  flow: string
  nodes: string[]
}

/** The dossier flows of the trail, each once, in the order the user first reached them. */
function sections(content: Content, session: Session): Section[] {
  const out: Section[] = []
  for (const key of session.trail) {
    const [flow] = splitNodeKey(key)
    if (!content.flows.get(flow)?.dossier) continue
    let s = out.find((x) => x.flow === flow)
    if (!s) out.push((s = { flow, nodes: [] }))
    s.nodes.push(key)
  }
  return out
}

/**
 * Stap 2 passed with "Ik heb overlegd" (or closed after consultation), not by way of an expert on
 * letsel or eergerelateerd geweld: then the consultation was with the colleague the step names.
 */
const consulted = (trail: readonly string[]) =>
  (trail.includes('stap-2/klaar') || trail.includes('stap-2/afsluiten')) && !trail.includes('stap-2/letsel') && !trail.includes('stap-2/egg')

export function dossierSummary(content: Content, session: Session, now: number, organisation?: Organisation): string | undefined {
  const parts = sections(content, session)
  if (parts.length === 0) return undefined
  const lines = [
    '**Samenvatting voor je dossier** (zonder namen of herkenbare gegevens; vul zelf aan in je eigen dossier)',
    '',
    `- **Datum:** ${dutchDate(now)}`,
    `- **Doorlopen:** ${parts.map((p) => content.flows.get(p.flow)!.title).join(', ')}`,
  ]
  // The sector names which afwegingskader applies; it describes the professional, not the case.
  const sector = session.sector ? content.sectors.get(session.sector)?.title : undefined
  if (sector) lines.push(`- **Afwegingskader van:** ${sector}`)
  // Consulted in step 2, with the organisation's aandachtsfunctionaris: the function, never a name.
  const fn = organisation?.contact?.function
  if (fn && consulted(session.trail)) lines.push(`- **Overlegd met:** ${fn}`)

  const listed = new Set<string>()
  let outcome: string | undefined
  for (const part of parts) {
    const flow = content.flows.get(part.flow)!
    const nodes = part.nodes.map((k) => content.nodes.get(k)).filter((n) => n !== undefined)
    // Answers in the order of the questions that recorded them.
    const answers: string[] = []
    for (const node of nodes)
      for (const c of node.choices ?? [])
        for (const k of Object.keys(c.set ?? {})) {
          const v = session.answers[k]
          if (PERSONAL_KEYS.has(k) || listed.has(k) || v === undefined) continue
          listed.add(k)
          answers.push(`${ANSWER_LABELS[k] ?? k}: ${v}`)
        }
    const record = [...new Set(nodes.flatMap((n) => n.record ?? []))]
    for (const n of nodes) if (n.outcome) outcome = n.outcome
    lines.push(`- **${flow.title}**`)
    if (answers.length) {
      lines.push('  - Antwoorden:')
      for (const a of answers) lines.push(`    - ${a}`)
    }
    if (record.length) {
      lines.push('  - Leg vast:')
      for (const r of record) lines.push(`    - ${r}`)
    }
    if (!answers.length && !record.length) lines.push('  - Doorgenomen, niets extra vast te leggen')
  }
  // The last flow reached decides the next step; an earlier flow's outcome only when it has none.
  const last = parts.at(-1)!
  const lastOutcome = [...last.nodes].reverse().map((k) => content.nodes.get(k)?.outcome).find(Boolean)
  lines.push(`- **Afgesproken vervolgstap:** ${lastOutcome ?? outcome ?? 'nog niet bepaald'}`)
  lines.push('', 'Dit is richting, geen oordeel: de beslissing en de verantwoordelijkheid liggen bij jou en je organisatie.')
  return lines.join('\n')
}

export const currentNodeKey = (s: Session) => (s.flow && s.node ? nodeKey(s.flow, s.node) : undefined)

/** Who the user is, in the words of the call script; never a name. */
const CALLER: Record<string, string> = {
  sport: 'vrijwilliger bij een sportclub',
  wmo: 'medewerker van de gemeente (Wmo-loket)',
  professional: 'professional',
}

/**
 * "What do I say when I call Veilig Thuis?": a short, anonymous script built from the same
 * session data as the dossier summary (role, sector, flows passed, answers chosen). Like the
 * summary it can never contain anything the user typed.
 */
export function callScript(content: Content, session: Session): string {
  const sector = session.sector ? content.sectors.get(session.sector)?.title : undefined
  const who = sector ? `professional (${sector.toLowerCase()})` : CALLER[session.role ?? ''] ?? undefined
  const flowIds = [...new Set(session.trail.map((t) => splitNodeKey(t)[0]))]
  const steps = flowIds.map((id) => content.flows.get(id)?.title).filter((t): t is string => !!t && !/^route|^snelle check/i.test(t))
  const answers = Object.entries(session.answers).filter(([k]) => !PERSONAL_KEYS.has(k))
  const children = session.answers.kindcheck === 'ja'
  const lines = [
    '**Wat zeg je als je Veilig Thuis belt (0800-2000)?** Een opzet zonder namen; vul zelf aan wat je zag en hoorde.',
    '',
    `1. "Ik ben ${who ?? 'professional of vrijwilliger (zeg je beroep of rol)'}. Ik wil graag **advies**, zonder namen te noemen."`,
    `2. "Ik maak me zorgen over de veiligheid van iemand${children ? ' in een gezin met kinderen' : ''}." Vertel wat je zag en hoorde: feiten, met data.`,
  ]
  const did = [...steps.map((s) => s.replace(/^Stap (\d):/, 'stap $1:')), ...answers.map(([k, v]) => `${ANSWER_LABELS[k] ?? k}: ${v}`)]
  lines.push(did.length ? `3. "Wat ik al deed: ${did.join('; ')}."` : '3. Vertel wat je al deed: met wie je overlegde, en of je met de betrokkenen sprak.')
  lines.push('4. "Wat is nu verstandig, en wie doet wat?"')
  lines.push('', 'Leg daarna vast met wie je sprak, wanneer, en wat jullie afspraken. Is iemand nu in gevaar? Bel eerst **112**.')
  return lines.join('\n')
}
