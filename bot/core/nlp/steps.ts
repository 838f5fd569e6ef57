/**
 * Which of the meldcode's five steps a question names. A question about one step shares only
 * "stap", a digit and filler words ("wat houdt … in") with entries about the steps in general, so
 * those could outrank the step itself; the engine uses this to prefer that step's own flow when
 * it is about as relevant.
 */
import { fold } from './normalize.js'

const ORDINALS: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, one: 1, two: 2, three: 3, four: 4, five: 5, eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 }
const STEP = /\b(?:stap|step)\s*([1-5]|twee|drie|vier|vijf|one|two|three|four|five)\b|\b([1-5])(?:e|de|ste|st|nd|rd|th)?\s+(?:stap|step)\b|\b(eerste|tweede|derde|vierde|vijfde|first|second|third|fourth|fifth)\s+(?:stap|step)\b/g

/** The one step a question names ("stap 2", "step 4", "de derde stap"); undefined for none or several. */
export function namedStep(text: string): number | undefined {
  const steps = new Set<number>()
  for (const m of fold(text).matchAll(STEP)) steps.add(Number(m[1] ?? m[2]) || ORDINALS[m[1] ?? m[3]!]!)
  return steps.size === 1 ? [...steps][0] : undefined
}

/** Asking what to record ("vastleggen", "noteren", "in het dossier"): the recording entries answer that for every step. */
export const ASKS_ABOUT_RECORDING =
  /\b(?:vastleg\w*|vast (?:te )?leggen|leg\w* (?:ik |je |we )?(?:\w+ )?vast|noteer\w*|noteren|opschrij\w*|op te schrijven|schrijf \w+ op|documenteer\w*|dossier\w*|verslag\w*|record\w*|document\w*|write down|note down)\b/

/** Asking about the order of the steps ("al in stap 1", "eerst", "overslaan"): the entries on the order answer that. */
export const ASKS_ABOUT_ORDER = /\b(?:al|eerst|volgorde|voordat|v[oó]or|overslaan|overslaat|sla \w+ over|skip|skipping|before|already)\b/
