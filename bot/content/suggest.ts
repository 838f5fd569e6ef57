/**
 * "Did you mean …?" for the content checker. fuse.js is made for exactly this: fuzzy matching
 * of a short typed string against a short list of candidates.
 */
import Fuse from 'fuse.js'

export function didYouMean(typed: string, candidates: Iterable<string>): string | undefined {
  const list = [...new Set(candidates)]
  if (list.length === 0) return undefined
  const fuse = new Fuse(list, { includeScore: true, threshold: 0.45, ignoreLocation: true })
  const best = fuse.search(typed, { limit: 1 })[0]
  return best && best.item !== typed ? best.item : undefined
}

export const suggestion = (typed: string, candidates: Iterable<string>) => {
  const s = didYouMean(typed, candidates)
  return s ? ` Did you mean "${s}"?` : ''
}
