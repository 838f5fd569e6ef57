/**
 * The features the danger classifier reads, shared by training (scripts/train.ts) and inference
 * so both see a message the same way: folded words, their Snowball stems, word pairs, and the
 * character 3- to 5-grams inside each word (which carry typos and compounds: "wurgpoging",
 * "gewrugd"). Each feature is hashed into a fixed space; the hash is written out here, not taken
 * from a runtime, so Node and Workers compute the same numbers.
 */
import { SENTENCE_BREAK } from './terms.js'
import { fold } from '../nlp/normalize.js'
import { stemWord } from './stem.js'

export const HASH_BITS = 18
const MASK = (1 << HASH_BITS) - 1

/** FNV-1a, 32 bits. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) & MASK
}

/**
 * Folded words of a message (the same split the concept rules use). "Veilig Thuis" is one word:
 * the organisation's name must not read as "veilig" and "thuis" (safe, at home).
 */
export function words(text: string): string[] {
  const f = fold(text).replace(/\bveilig thuis\b/g, 'veiligthuis')
  return f ? f.split(' ') : []
}

/** `words`, with SENTENCE_BREAK between sentences (for the concept rules' phrases). */
export function sentenceWords(text: string): string[] {
  const out: string[] = []
  for (const sentence of text.split(/[.!?;]+(?=\s|$)|\n+/)) {
    const w = words(sentence)
    if (w.length === 0) continue
    if (out.length) out.push(SENTENCE_BREAK)
    out.push(...w)
  }
  return out
}

/**
 * The distinct hashed features of a message, sorted. `facts` are what the concept rules found
 * (e.g. "concept:wurging", "urgent", "lowered"): the model learns how much each is worth next to
 * the words, so rules and statistics are weighed together instead of by hand.
 */
export function featuresOf(tokens: readonly string[], facts: readonly string[] = []): number[] {
  const out = new Set<number>()
  for (const f of facts) out.add(hashFeature(`r:${f}`))
  let previous = '^'
  for (const w of tokens) {
    out.add(hashFeature(`w:${w}`))
    const s = stemWord(w)
    out.add(hashFeature(`s:${s}`))
    out.add(hashFeature(`b:${previous}_${s}`))
    previous = s
    const padded = `<${w}>`
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(hashFeature(`c:${padded.slice(i, i + n)}`))
  }
  out.add(hashFeature(`b:${previous}_$`))
  return [...out].sort((a, b) => a - b)
}
