/**
 * mulberry32: a small seeded PRNG, so a synthetic corpus or a sample is the same on every run. On
 * its own so scripts that must not load bench/lib.ts (it imports scripts/build.mjs) can use it.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
