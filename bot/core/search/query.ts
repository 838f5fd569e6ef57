/**
 * Prepares a typed question for ranking. Two things in how people write mislead a ranker:
 *  - An introduction of themselves ("ik ben pedagogisch medewerker en …"): their role is context,
 *    not the subject, but its rare words outweigh the question ("brandplekjes").
 *  - Phrases that only frame a question: "in het kader van" (regarding; its "kader" is not the
 *    afwegingskader) and "op een rijtje (zetten)".
 *  - Abbreviations from the work floor ("ll", "hg/km") that no entry spells that way: written
 *    out, so the question is ranked on its subject. Those the knowledge itself uses as keywords
 *    (vgv, egg, lkha, kdv, vog, vcp) need nothing.
 *  - Asking for secrecy in so many words ("dit blijft onder ons", "tussen ons", "zeg het tegen
 *    niemand"): every word of it is a filler word, so the question would be ranked on whatever
 *    else it says. It is the subject, so it is named as such.
 *  - Numbers: ages and counts ("broertje van 3", "2 kleine kinderen") are not the "3" of
 *    "afweging 3" or the "2" of "stap 2". A number only counts right after such a word, or right
 *    before its plural: "de 5 stappen", "welke 5 vragen" count the meldcode's own parts, and are
 *    read as the number word the knowledge writes ("vijf"). The other way round, a number word right
 *    after such a word ("stap vier", "step two") is read as the digit the knowledge writes there.
 */
import { contentTokens } from '../nlp/normalize.js'
import { NUMBER_WORDS, numberWordValue } from '../nlp/steps.js'

const INTRO = /^\s*(?:hoi|hallo|goedemorgen|goedemiddag)?[\s,!]*(?:ik\s+ben|ik\s+werk\s+als|ik\s+werk\s+bij|als|i\s+am|i'?m|i\s+work\s+as)\s+(?:een\s+|de\s+|a\s+|an\s+)?[\p{L}'’ -]{2,40}?(?:\s+en\s+|\s+and\s+|\s*[,.:;]\s*)/iu
const NUMBERED = /^(stap|stappen|afweging|afwegingen|norm|normen|vraag|fase|step|artikel|art)$/i
/** Search only: the danger triage and privacy read the message as typed. */
const ABBREVIATIONS = new Map<string, string>([
  ['ll', 'leerling'],
  ['lln', 'leerlingen'],
  ['hg', 'huiselijk geweld'],
  ['km', 'kindermishandeling'],
  ['po', 'primair onderwijs'],
  ['vo', 'voortgezet onderwijs'],
])
/** Plurals a count can stand before ("5 vragen"), and the number words the knowledge uses. */
const COUNTED = /^(stappen|afwegingen|normen|vragen|fases|steps|questions)$/i
/**
 * "vier" or "four" as a digit, or undefined. "een" only as "één" or at the end of the question:
 * in "is de volgende stap een melding?" it is the article.
 */
const digitOf = (word: string, last: boolean) => {
  const w = word.toLowerCase().replace(/[.,:;!?)]+$/, '')
  if (w === 'een' && !last) return undefined
  const n = numberWordValue(w)
  return n === undefined ? undefined : String(n)
}
const FRAMING = /\b(?:in\s+het\s+kader\s+van|op\s+een\s+rijtje(?:\s+zetten)?)\b/giu
/** Ways of asking to keep something secret; their words are all stop or filler words. */
const SECRECY = /\b(?:(?:blijft|houden|hou|houd|blijven)\s+(?:het\s+|dit\s+|dat\s+)?(?:onder|tussen)\s+ons|(?:onder|tussen)\s+ons\s+(?:\p{L}+\s+)?(?:blijven|houden|tweeën)|tussen\s+jou\s+en\s+mij|(?:tegen\s+)?niemand\s+(?:vertellen|zeggen|doorvertellen)|(?:zeg|vertel)\s+(?:het\s+|dit\s+)?(?:aan\s+|tegen\s+)?niemand)\b/giu
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(${[...ABBREVIATIONS.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'giu')

export function prepareQuery(text: string): string {
  let q = text
  const intro = INTRO.exec(q)
  // Only when a real question remains: in "ik ben maar vrijwilliger, moet ik dit uitzoeken?" the
  // role is the subject.
  if (intro && contentTokens(q.slice(intro[0].length)).length >= 2) q = q.slice(intro[0].length)
  q = q.replace(ABBREVIATION, (a) => ABBREVIATIONS.get(a.toLowerCase())!)
  q = q.replace(SECRECY, (phrase) => `${phrase} geheim houden`)
  q = q.replace(FRAMING, ' ')
  const words = q.split(/\s+/)
  // Numbers joined by dashes, slashes or colons are scores, formations, times and dates ("4-3-3",
  // "3-1", "10:30", "12/3"), never step 4 or afweging 3.
  return words
    .map((w, i) => (/^\d+$/.test(w) && Number(w) <= 10 && COUNTED.test(words[i + 1] ?? '') ? NUMBER_WORDS[Number(w)]! : w))
    .map((w, i) => (NUMBERED.test(words[i - 1] ?? '') ? (digitOf(w, i === words.length - 1) ?? w) : w))
    .filter((w, i) => !(/^\(?\d+(?:[-/:.]\d+)*[.,:;!?)]*$/.test(w) && !NUMBERED.test(words[i - 1] ?? '')))
    .join(' ')
}
