/**
 * Dutch stemming with the Snowball algorithm (the NLP.js port, imported on its own so the
 * Worker bundle carries only the stemmer). It folds regular inflections (mishandeling,
 * mishandelen → mishandel) but not strong verbs or past participles (geslagen, sloeg): the
 * danger concepts list those forms themselves.
 */
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js'
import { perWord } from '../nlp/per-word.js'

const stemmer = new StemmerNl()
const stemRemembered = perWord((word: string) => stemmer.stemWord(word))

/** The stem of one folded word. */
export function stemWord(word: string): string {
  return word.length <= 3 || /\d/.test(word) ? word : stemRemembered(word)
}
