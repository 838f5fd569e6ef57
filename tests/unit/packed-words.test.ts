/** PackedWords answers `has` as a Set of the same words would, on the real lists and on made-up ones. */
import { describe, expect, it } from 'vitest'
import { PackedWords } from '../../bot/core/nlp/packed-words.js'
import { NAMES_ANY_CASE, NAMES_CAPITALISED, PLACES, SENTENCE_WORDS, STREET_NOUNS } from '../../bot/core/understanding/namen.generated.js'

/** Words near each listed word: itself, cut short, made longer, changed in one letter, in capitals. */
function probes(words: string[]): string[] {
  return words.flatMap((w) => [w, w.slice(0, -1), `${w}s`, `${w}\u00e9`, w.toUpperCase(), `x${w}`, w.slice(1), w.replace(/.$/, 'z')])
}

describe('PackedWords', () => {
  it('answers as a Set of the same words on every generated list, for every word and its near misses', () => {
    let asked = 0
    for (const packed of [NAMES_ANY_CASE, NAMES_CAPITALISED, PLACES, SENTENCE_WORDS, STREET_NOUNS]) {
      const set = new Set(packed.split(' '))
      const words = new PackedWords(packed)
      expect(words.size).toBe(set.size)
      for (const p of [...probes([...set]), '', ' ', 'a b']) {
        if (words.has(p) !== set.has(p)) expect.fail(`${JSON.stringify(p)}: ${words.has(p)}, a Set says ${set.has(p)}`)
        asked++
      }
    }
    expect(asked).toBeGreaterThan(100_000)
  })

  it('sorts a list that is not in order, with duplicates and accents, and still finds every word', () => {
    const packed = 'zee appel été Appel appel b ab a zeeën ö'
    const set = new Set(packed.split(' '))
    const words = new PackedWords(packed)
    for (const p of [...probes([...set]), 'aa', 'zeeen', 'Zee']) expect(words.has(p), p).toBe(set.has(p))
  })

  it('holds nothing when empty', () => {
    const words = new PackedWords('')
    expect(words.size).toBe(0)
    expect(words.has('a')).toBe(false)
  })
})
