/**
 * Recognises doubt in free text ("ik twijfel", "weet niet zeker", "not sure"): safety rule 3
 * says doubt leads to Veilig Thuis advice, in typed text as much as on a button. Typos of
 * "twijfel" are caught with the same edit-distance budget the acute detector uses.
 */
import { editDistance, typoBudget } from './edit-distance.js'
import { perWord } from './per-word.js'
import { fold } from './normalize.js'

const DOUBT_STEMS = ['twijfel', 'twijfels', 'twijfelen', 'twijfelt', 'twijfelde', 'twijfelachtig', 'onzeker', 'onzekerheid']
const DOUBT_EN = new Set(['unsure', 'doubt', 'doubts', 'doubting'])
/** Fear of being wrong is doubt too ("misschien overdrijf ik", "ik vergis me vast"). */
const WRONG = new Set(['overdrijf', 'overdrijven', 'overdreven', 'vergis', 'vergissen', 'vergist'])
const PHRASES = [
  /\b(weet|weten) (het |t |ik |ik het |ik t |echt |gewoon |nu |dus |nog )*(niet|nie|nt|niks)\b/,
  /\bniet (zo |helemaal |echt |100 procent )?zeker\b/,
  /\bgeen idee\b/,
  /\bweet ik veel\b/,
  /\b(not|never) (really |quite )?sure\b/,
  /\b(dont|do not) know\b/,
  /\b(of|misschien) (het|dit|dat) (wel |niet )?klopt\b|\bklopt (het|dit) wel\b/,
  /\bdurf (het |ik )?(niet|nog niet) (goed )?(te )?(bellen|melden)\b/,
  /\bspoken (zien|zie)\b/,
]

const looksLikeDoubt = (t: string) =>
  DOUBT_EN.has(t) ||
  WRONG.has(t) ||
  t.startsWith('twijfel') ||
  (t.length >= 5 && DOUBT_STEMS.some((w) => Math.abs(w.length - t.length) <= 1 && editDistance(t, w, typoBudget(t.length)) <= typoBudget(t.length)))

/** Remembered per word: the typo check runs edit distances against every stem. */
const isDoubtWord = perWord(looksLikeDoubt)

/** True when the text says the writer is unsure. */
export function detectDoubt(text: string): boolean {
  const toks = fold(text).split(' ').filter(Boolean)
  if (toks.some(isDoubtWord)) return true
  const joined = ` ${toks.join(' ')} `
  return PHRASES.some((p) => p.test(joined))
}

/** The text without its doubt words, to look up what the doubt is about ("ik twijfel over de kindcheck"). */
export function withoutDoubtWords(text: string): string {
  return fold(text)
    .split(' ')
    .filter((t) => t && !isDoubtWord(t))
    .join(' ')
}
