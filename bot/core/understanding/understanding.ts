/**
 * Everything Meldwijzer understands about a typed message, in one place: danger triage
 * (triage.ts: concept rules plus the trained classifier) and identifying details (privacy.ts).
 * Built once from the checked content; the engine asks, never builds.
 */
import type { Content } from '../../content/model.js'
import { fold } from '../nlp/normalize.js'
import { STOP_WORDS } from '../nlp/stopwords.js'
import { ownNumbers } from './privacy.js'
import { DangerTriage } from './triage.js'

export interface Understanding {
  /** Only `assess` is used by the engine, so a test can put a fixed answer in its place. */
  triage: Pick<DangerTriage, 'assess'>
  /** Words that are correct as typed: the knowledge's own words and Dutch stop words. */
  knownWords: ReadonlySet<string>
  /** The content's own phone numbers (digits): typed back, they are not someone's details. */
  ownNumbers: ReadonlySet<string>
}

/** @param knownWords `knownWordsOf(content)`, when a cached bundle already holds them. */
export function createUnderstanding(content: Content, knownWords: ReadonlySet<string> = knownWordsOf(content)): Understanding {
  const phones = [...content.contacts.values()].flatMap((c) => ('phone' in c && c.phone ? [c.phone] : []))
  return { triage: new DangerTriage(content.safety, knownWords), knownWords, ownNumbers: ownNumbers(phones) }
}

/**
 * The words of the knowledge itself (titles, texts, keywords of every entry and flow node) plus
 * the stop words: a typo corrector must leave them as they are. Danger words are removed again,
 * so a knowledge text that mentions "wurging" does not stop "wurgng" from being corrected.
 */
export function knownWordsOf(content: Content): Set<string> {
  const known = new Set<string>(STOP_WORDS)
  const add = (text: string | undefined) => {
    if (text) for (const w of fold(text).split(' ')) if (w.length >= 5) known.add(w)
  }
  for (const map of [content.topics, content.signals, content.sectors, content.contacts] as const)
    for (const e of map.values() as Iterable<{ title: string; text: string; keywords?: string[] }>) {
      add(e.title)
      add(e.text)
      for (const k of e.keywords ?? []) add(k)
    }
  for (const n of content.nodes.values()) add(n.text)
  for (const c of content.safety.concepts) for (const t of c.terms) for (const w of t.split(/[ +]/)) known.delete(w.replace(/\*/g, ''))
  return known
}
