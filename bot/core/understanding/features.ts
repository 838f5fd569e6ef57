/**
 * The features the danger classifier reads, shared by training (scripts/train.ts) and inference
 * so both see a message the same way: folded words, their Snowball stems, word pairs, and the
 * character 3- to 5-grams inside each word (which carry typos and compounds: "wurgpoging",
 * "gewrugd"). Each feature is hashed into a fixed space; the hash is written out here, not taken
 * from a runtime, so Node and Workers compute the same numbers.
 */
import { SENTENCE_BREAK } from './terms.js'
import { fold } from '../nlp/normalize.js'
import { perWord } from '../nlp/per-word.js'
import { stemWord } from './stem.js'

export const HASH_BITS = 18
const MASK = (1 << HASH_BITS) - 1

const FNV_OFFSET = 0x811c9dc5

/** FNV-1a over `s`, continued from state `h` (so a shared prefix is hashed once). */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

const finish = (h: number) => (h >>> 0) & MASK

/** FNV-1a, 32 bits. */
export function hashFeature(s: string): number {
  return finish(fnv(FNV_OFFSET, s))
}

const WORD_STATE = fnv(FNV_OFFSET, 'w:')
const STEM_STATE = fnv(FNV_OFFSET, 's:')
const GRAM_STATE = fnv(FNV_OFFSET, 'c:')
const PAIR_STATE = fnv(FNV_OFFSET, 'b:')

/**
 * What one word contributes, whatever its neighbours: the hashes of its word, stem and character
 * n-gram features, its stem, and the hash state of "b:<stem>_", from which the pair with the next
 * word's stem is hashed. Computed once per word and remembered (bounded; a lone word identifies no
 * one): the n-grams are most of the work, and most words come back in every other message.
 */
interface WordFeatures {
  own: number[]
  stem: string
  pairState: number
}
/**
 * "doodmoe", "doodverveeld", "zich doodschamen", "bloedserieus", "stikjaloers": an intensifier in
 * front, no danger. The model reads the word without it, so the n-grams of "dood", "bloed" and
 * "stik" (death, bleeding, suffocating) do not count where they only mean "very". Literal words
 * ("doodsbang", "doodziek", "doodstil", "bloedneus", "stikken") are not in the list.
 */
const INTENSIFIED = /^(?:dood|bloed|stik)(moe|op|verve\p{L}*|normaal|gewoon|leuk|eenvoudig|saai|scha\p{L}*|geschaamd|zonde|lach\p{L}*|gelachen|kalm|serieus|nuchter|bedaard|zenuwachtig|heet|mooi|irritant|fanatiek|nerveus|jaloers)$/u
const withoutIntensifier = (w: string) => INTENSIFIED.exec(w)?.[1] ?? w

const wordFeatures = perWord((typed: string): WordFeatures => {
  const w = withoutIntensifier(typed)
  const stem = stemWord(w)
  const own = [finish(fnv(WORD_STATE, w)), finish(fnv(STEM_STATE, stem))]
  const padded = `<${w}>`
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) own.push(finish(fnv(GRAM_STATE, padded, i, i + n)))
  return { own, stem, pairState: fnv(fnv(PAIR_STATE, stem), '_') }
})

/**
 * Medical shorthand writes a fracture as "#": after a word ("rib# 2x", "pols#") or standing alone
 * before one ("# os zygomaticum"). A hashtag ("#metoo"), "C#" and "#2" are not.
 */
const FRACTURE_SIGN = /(?<=\p{L}{3})#(?![\p{L}\d])|(?<!\S)#(?=\s+\p{L})/gu

/**
 * Folded words of a message (the same split the concept rules use). "Veilig Thuis" is one word:
 * the organisation's name must not read as "veilig" and "thuis" (safe, at home).
 */
export function words(text: string): string[] {
  const f = fold(text.includes('#') ? text.replace(FRACTURE_SIGN, ' fractuur ') : text).replace(/\bveilig thuis\b/g, 'veiligthuis')
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
  let size = facts.length + 1
  for (const w of tokens) size += wordFeatures(w).own.length + 1
  if (buffer.length < size) buffer = new Int32Array(Math.max(size, buffer.length * 2))
  let n = 0
  for (const f of facts) buffer[n++] = hashFeature(`r:${f}`)
  // The pair features are "b:<previous stem>_<stem>", with ^ before the first word and $ after the last.
  let pairState = fnv(PAIR_STATE, '^_')
  for (const w of tokens) {
    const f = wordFeatures(w)
    for (const h of f.own) buffer[n++] = h
    buffer[n++] = finish(fnv(pairState, f.stem))
    pairState = f.pairState
  }
  buffer[n++] = finish(fnv(pairState, '$'))
  // Sorted and distinct: the classifier sums the weights in this order. A typed array sorts numbers
  // without a comparator (hashes are below 2^18, so signed order is numeric order).
  const sorted = buffer.subarray(0, n).sort()
  const out: number[] = []
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!)
  return out
}

/** Reused across calls: a message's features before sorting (grown when a longer message comes). */
let buffer = new Int32Array(1024)
