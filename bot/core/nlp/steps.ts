/**
 * Which of the meldcode's five steps a question names. A question about one step shares only
 * "stap", a digit and filler words ("wat houdt … in") with entries about the steps in general, so
 * those could outrank the step itself; the engine uses this to prefer that step's own flow when
 * it is about as relevant.
 */
import { fold } from './normalize.js'

/** Number words people write for the meldcode's numbered parts, Dutch and English, by value. */
export const NUMBER_WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien']
const ENGLISH_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five']
const ORDINAL_WORDS = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde']
const ENGLISH_ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth']

/** The value of a number word ("vier", "four", "één", "derde"), or undefined. "een" is left to the caller: it is also the article. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/é/g, 'e')
  for (const list of [NUMBER_WORDS, ENGLISH_NUMBER_WORDS, ORDINAL_WORDS, ENGLISH_ORDINAL_WORDS]) {
    const i = list.indexOf(w)
    if (i > 0) return i
  }
  return undefined
}

const WORD = String.raw`twee|drie|vier|vijf|one|two|three|four|five`
const ORDINAL = String.raw`eerste|tweede|derde|vierde|vijfde|first|second|third|fourth|fifth`
const STEP = new RegExp(String.raw`\b(?:stap|step)\s*([1-5]|${WORD})\b|\b([1-5])(?:e|de|ste|st|nd|rd|th)?\s+(?:stap|step)\b|\b(${ORDINAL})\s+(?:stap|step)\b`, 'g')

/** The one step a question names ("stap 2", "step 4", "de derde stap"); undefined for none or several. */
export function namedStep(text: string): number | undefined {
  const steps = new Set<number>()
  for (const m of fold(text).matchAll(STEP)) {
    const said = m[1] ?? m[2] ?? m[3]!
    steps.add(Number(said) || numberWordValue(said)!)
  }
  return steps.size === 1 ? [...steps][0] : undefined
}

/** Asking what to record ("vastleggen", "noteren", "in het dossier"): the recording entries answer that for every step. */
export const ASKS_ABOUT_RECORDING =
  /\b(?:vastleg\w*|vast (?:te )?leggen|leg\w* (?:ik |je |we )?(?:\w+ )?vast|noteer\w*|noteren|opschrij\w*|op te schrijven|schrijf \w+ op|documenteer\w*|dossier\w*|verslag\w*|record\w*|document\w*|write down|note down)\b/

/** Asking about the order of the steps ("al in stap 1", "bij stap 1 al", "eerst", "overslaan"): the entries on the order answer that. */
export const ASKS_ABOUT_ORDER = /\b(?:al\s+(?:in|bij|tijdens|na)|(?:stap|step)\s+\S+\s+(?:\S+\s+)?al|alvast|eerst|volgorde|voordat|overslaan|overslaat|sla \w+ over|skip|skipping|before|already)\b/
