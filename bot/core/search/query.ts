/**
 * Prepares a typed question for ranking. Two things in how people write mislead a ranker:
 *  - An introduction of themselves ("ik ben pedagogisch medewerker en …"): their role is context,
 *    not the subject, but its rare words outweigh the question ("brandplekjes").
 *  - Numbers: ages and counts ("broertje van 3", "2 kleine kinderen") are not the "3" of
 *    "afweging 3" or the "2" of "stap 2". A number only counts right after such a word.
 */
import { contentTokens } from '../nlp/normalize.js'

const INTRO = /^\s*(?:hoi|hallo|goedemorgen|goedemiddag)?[\s,!]*(?:ik\s+ben|ik\s+werk\s+als|ik\s+werk\s+bij|als|i\s+am|i'?m|i\s+work\s+as)\s+(?:een\s+|de\s+|a\s+|an\s+)?[\p{L}'’ -]{2,40}?(?:\s+en\s+|\s+and\s+|\s*[,.:;]\s*)/iu
const NUMBERED = /^(stap|stappen|afweging|afwegingen|norm|normen|vraag|fase|step|artikel|art)$/i

export function prepareQuery(text: string): string {
  let q = text
  const intro = INTRO.exec(q)
  // Only when a real question remains: in "ik ben maar vrijwilliger, moet ik dit uitzoeken?" the
  // role is the subject.
  if (intro && contentTokens(q.slice(intro[0].length)).length >= 2) q = q.slice(intro[0].length)
  const words = q.split(/\s+/)
  // Numbers joined by dashes, slashes or colons are scores, formations, times and dates ("4-3-3",
  // "3-1", "10:30", "12/3"), never step 4 or afweging 3.
  return words.filter((w, i) => !(/^\(?\d+(?:[-/:.]\d+)*[.,:;!?)]*$/.test(w) && !NUMBERED.test(words[i - 1] ?? ''))).join(' ')
}
