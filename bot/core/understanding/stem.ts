/**
 * Dutch stemming with the Snowball algorithm (the NLP.js port, imported on its own so the
 * Worker bundle carries only the stemmer). It folds regular inflections (mishandeling,
 * mishandelen → mishandel) but not strong verbs or past participles (geslagen, sloeg): the
 * danger concepts list those forms themselves.
 */
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js'

const stemmer = new StemmerNl()
const memo = new Map<string, string>()

/** The stem of one folded word. Words are remembered (bounded): a lone word identifies no one. */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  let out = memo.get(word)
  if (out === undefined) {
    out = stemmer.stemWord(word)
    if (memo.size >= 8192) memo.delete(memo.keys().next().value!)
    memo.set(word, out)
  }
  return out
}
