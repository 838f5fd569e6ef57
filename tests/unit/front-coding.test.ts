import { describe, expect, it } from 'vitest'
import { frontCode, unfrontCode } from '../../bot/core/nlp/front-coding.js'
import { NAMES_ANY_CASE, SENTENCE_WORDS } from '../../bot/core/understanding/namen.generated.js'

describe('front coding of sorted word lists', () => {
  it('gives the same words back, also after a long shared prefix and an empty list', () => {
    const words = ['aa', 'aad', 'aafje', 'aafke', 'abcdefghijklmno', 'abcdefghijklmnop', 'abcdefghijklmnopq', 'b', "d'arcy", 'jan-willem', 'ö']
    expect(unfrontCode(frontCode(words))).toBe(words.join(' '))
    expect(frontCode(['aalbers', 'aalbert'])).toBe('0aalbers6t')
    expect(unfrontCode(frontCode([]))).toBe('')
  })
  it('refuses a word with a digit, which would read as the start of the next word', () => {
    expect(() => frontCode(['groep8'])).toThrow(/digit/)
  })
  it('the generated lists decode to sorted words without empties', () => {
    for (const list of [NAMES_ANY_CASE, SENTENCE_WORDS]) {
      const words = list.split(' ')
      expect(words.every((w) => w.length > 0)).toBe(true)
      expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true)
      expect(unfrontCode(frontCode(words))).toBe(list)
    }
  })
})
