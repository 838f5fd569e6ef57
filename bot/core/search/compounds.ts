/**
 * Dutch writes compounds as one word: "mantelzorgontsporing", "meldcodeprotocol",
 * "jeugdtrainerscursus". When such a word is in no entry, the search finds nothing for it, not
 * even by prefix or a typo's distance, while its parts are exactly what the entries are about
 * ("ontspoorde mantelzorg"). A word the knowledge does not know is split into two parts it does
 * know, so the question is ranked on its subject instead of only on its common words.
 *
 * Only unknown words are split, so a known compound ("kinderdagverblijf") keeps its own meaning;
 * only into parts of at least six letters, so "ontsporing" cannot become "ont" + "sporing" and
 * "ouderavond" (a parents' evening) does not become a parent in the evening; and
 * only when one entry is about both parts (its title or keywords name them). Otherwise
 * a word from outside the knowledge would become two known words: "gemeentehuis", "buitenspel"
 * and "jeugdvoetbal" are not what any entry is about, and an unknown word is how the engine
 * tells a question it cannot answer.
 */

/** What the index knows, as processed terms (stemmed, as indexed). */
export interface Vocabulary {
  /** The term is in some entry. */
  has(term: string): boolean
  /**
   * Some entry is about both: `head` and a word that starts as `tail` does ("ontspoorde" for
   * "ontsporing") stand in its title or keywords.
   */
  together(head: string, tail: string): boolean
}

/** Two parts of at least MIN_PART letters. */
const MIN_COMPOUND = 12
const MIN_PART = 6
/** The tail may be a form of a known term ("ontsporing" of "ontspor…"): a known start this long will do. */
const MIN_KNOWN_START = 5

/**
 * The two known parts of an unknown compound as words (the index processes them as it processes
 * any word), or undefined. `word` is normalised (lower case, no diacritics); `stem` processes a
 * part as the index does. The longest known head wins ("kinderopvang|medewerker" before
 * "kinder|opvangmedewerker").
 */
export function splitCompound(word: string, vocabulary: Vocabulary, stem: (w: string) => string): [string, string] | undefined {
  if (word.length < MIN_COMPOUND || !/^\p{L}+$/u.test(word)) return undefined
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = knownHead(word.slice(0, cut), vocabulary, stem)
    if (!head) continue
    const tail = knownTail(word.slice(cut), vocabulary, stem)
    if (tail && vocabulary.together(stem(head), word.slice(cut))) return [head, tail]
  }
  return undefined
}

/** The head if it is known; a linking "s" or "e" ("vertrouwens-", "kinder-") may be dropped. */
function knownHead(head: string, vocabulary: Vocabulary, stem: (w: string) => string): string | undefined {
  const forms = [head, ...(/[se]$/.test(head) && head.length > MIN_PART ? [head.slice(0, -1)] : [])]
  return forms.find((f) => vocabulary.has(stem(f)))
}

/** The tail if it is known, or the longest known word it starts with. */
function knownTail(tail: string, vocabulary: Vocabulary, stem: (w: string) => string): string | undefined {
  if (vocabulary.has(stem(tail))) return tail
  for (let end = tail.length - 1; end >= MIN_KNOWN_START; end--) if (vocabulary.has(stem(tail.slice(0, end)))) return tail.slice(0, end)
  return undefined
}
