/**
 * The memos of a text turn (per-word.ts) forget their oldest entry when full, exactly as a Map
 * that deletes its first key would: same entries, same order, whatever comes in.
 */
import { describe, expect, it } from 'vitest'
import { BoundedMemo, perWord } from '../../bot/core/nlp/per-word.js'

/** The plain way: a Map, evicting its first key. */
function plainSet(map: Map<string, number>, max: number, key: string, value: number) {
  if (map.has(key)) return void map.set(key, value)
  if (map.size >= max) map.delete(map.keys().next().value!)
  map.set(key, value)
}

describe('BoundedMemo', () => {
  it('holds the same keys in the same order as a Map evicting its oldest key, over 50,000 random sets and clears', () => {
    let seed = 7
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    for (const max of [1, 3, 64]) {
      const memo = new BoundedMemo<number>(max)
      const plain = new Map<string, number>()
      for (let i = 0; i < 50_000; i++) {
        if (rnd() < 0.001) {
          memo.clear()
          plain.clear()
          continue
        }
        const key = `k${Math.floor(rnd() * max * 3)}`
        plainSet(plain, max, key, i)
        memo.set(key, i)
        if (i % 97 === 0) expect([...memo.keys()]).toEqual([...plain.keys()])
        expect(memo.get(key)).toBe(i)
        expect(memo.size).toBe(plain.size)
      }
      expect([...memo.keys()]).toEqual([...plain.keys()])
    }
  })

  it('perWord computes a word once while it is remembered, and again after it was forgotten', () => {
    const calls: string[] = []
    const upper = perWord((w: string) => (calls.push(w), w.toUpperCase()), 2)
    expect([upper('a'), upper('b'), upper('a'), upper('c'), upper('a')]).toEqual(['A', 'B', 'A', 'C', 'A'])
    // 'a' was the oldest when 'c' came in.
    expect(calls).toEqual(['a', 'b', 'c', 'a'])
  })
})
