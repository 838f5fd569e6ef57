/** Who a question is about, by age, when it says so: the engine lists the signals that fit. */
import { fold } from './normalize.js'

/** Whether a question is about a child, an older person or another adult, when it says so. */
export function ageContext(text: string): 'child' | 'adult' | 'older' | undefined {
  const t = ` ${fold(text)} `
  // An older client's neglect is not about genital mutilation or forced marriage of young women.
  if (/\b(oudere|ouderen|bejaarde|bejaarden|oma|opa|dementie|dementerende|verpleeghuis|hoogbejaard)\b/.test(t) && !/\b(kind|kinderen|baby|leerling|meisje|jongen)\b/.test(t)) return 'older'
  const child = /\b(kind|kinderen|kindje|baby|peuter|kleuter|dreumes|meisje|jongen|leerling|scholier|puber|tiener|jongere|zoon|dochter|broertje|zusje|speler|speelster)\b/.test(t)
  const adult = /\b(oudere|ouderen|bejaarde|oma|opa|mevrouw|meneer|moeder|vader|vrouw|man|partner|client|cliente|bewoner|mantelzorger)\b/.test(t)
  return child && !adult ? 'child' : adult && !child ? 'adult' : undefined
}

/**
 * The question is about a baby or toddler (0–4): "baby", "peuter", "dreumes", an age in months or
 * weeks, or a child of 0 to 3 ("kind (3)", "meisje van 2"). Not "kleuter" (4–6).
 */
export function youngChild(text: string): boolean {
  const t = ` ${fold(text)} `
  return (
    /\b(baby|babys|babytje|zuigeling|pasgeboren|peuter|peuters|peutertje|dreumes|toddler|infant)\b/.test(t) ||
    /\b\d{1,2} (mnd|maand|maanden|weken|wk|wkn|months|weeks)\b/.test(t) ||
    /\b(kind|kindje|jongen|jongetje|meisje|zoon|zoontje|dochter|dochtertje|jochie)( van)? [0-3]( \d)?( jaar| jr| j)?\b(?! (jaar|jr) geleden)/.test(t)
  )
}
