/**
 * Matching the terms of the safety content (knowledge/safety/*.yaml) against the words of a
 * message: a word, `prefix*`, `*suffix`, or several in order with at most two other words between
 * (`keel dicht*`), or right next to each other when joined by `+` (`als+kind`: "as a child", not
 * "als straf, het kind").
 * A term is not counted when "geen", "niet", "nooit" or "niemand" stands right before it ("geen mes",
 * "niemand sluit haar op"), between its words ("is daar niet veilig" is not "is veilig"), or "niet"
 * right after it ("nu niet").
 */

import { perWord } from '../nlp/per-word.js'

type Part = {
  kind: 'exact' | 'prefix' | 'suffix' | 'infix'
  text: string
  /** How many other words may stand between this part and the one before it. */
  gap: number
}
export interface CompiledTerm {
  source: string
  parts: Part[]
}

const NEGATIONS = new Set(['geen', 'niet', 'nooit', 'niemand', 'no', 'not', 'never', 'nobody', 'zonder'])
const MAX_GAP = 2
/**
 * "geen echte besnijdenis", "not a real beating": a word that plays it down, not one that says it
 * did not happen. Between a negation and the term it leaves the term standing.
 */
const PLAYING_DOWN = new Set(['echte', 'echt', 'real', 'proper', 'serieuze'])
/**
 * Stands between two sentences in a word list (`sentenceWords`): a term's words are read within
 * one sentence, so "… mag geen contact met ze opnemen. Is er voor mij nog iets?" is not "ze is
 * er nog".
 */
export const SENTENCE_BREAK = '\u0000'

export function compileTerm(term: string): CompiledTerm {
  const words = term.split(/(?=[ +])/)
  const parts = words.map((raw): Part => {
    const gap = raw.startsWith('+') ? 0 : MAX_GAP
    const w = raw.replace(/^[ +]/, '')
    const starts = w.startsWith('*')
    const ends = w.endsWith('*')
    const text = w.replace(/^\*|\*$/g, '')
    return { kind: starts && ends ? 'infix' : ends ? 'prefix' : starts ? 'suffix' : 'exact', text, gap }
  })
  return { source: term, parts }
}

function partMatches(p: Part, word: string): boolean {
  switch (p.kind) {
    case 'exact':
      return word === p.text
    case 'prefix':
      return word.startsWith(p.text)
    case 'suffix':
      return word.endsWith(p.text)
    case 'infix':
      return word.includes(p.text)
  }
}

/**
 * True when a side-by-side term ("lijkt+net+op") covers position i: its words stand right there,
 * the word at i among them. Used for a marker's exceptions ("net" in "lijkt net op" is no time).
 */
export function coversPosition(term: CompiledTerm, words: readonly string[], i: number): boolean {
  const n = term.parts.length
  for (let start = Math.max(0, i - n + 1); start <= i; start++) {
    if (start + n > words.length) break
    let ok = true
    for (let k = 0; k < n && ok; k++) ok = partMatches(term.parts[k]!, words[start + k]!)
    if (ok) return true
  }
  return false
}

/** True when the term occurs in the words and is not negated. */
export function termMatches(term: CompiledTerm, words: readonly string[], present?: ReadonlySet<string>): boolean {
  return termPosition(term, words, present) >= 0
}

/**
 * Where the term first occurs (not negated) in the words, or -1. `present` (the words as a set)
 * lets a term whose first word is exact be skipped at once: most terms are, and most are absent.
 */
export function termPosition(term: CompiledTerm, words: readonly string[], present?: ReadonlySet<string>, from = 0): number {
  // Called for every term (about a thousand) on every message: no destructuring, which would
  // allocate an array per call even when the term is absent.
  const parts = term.parts
  const first = parts[0]
  if (!first) return -1
  if (present && first.kind === 'exact' && !present.has(first.text)) return -1
  const negatedTerm = parts.length > 1 && parts.some((p) => NEGATIONS.has(p.text))
  for (let i = from; i < words.length; i++) {
    if (!partMatches(first, words[i]!)) continue
    let at = i
    let ok = true
    for (let k = 1; k < parts.length; k++) {
      const p = parts[k]!
      let found = -1
      for (let j = at + 1; j <= Math.min(words.length - 1, at + 1 + p.gap); j++) {
        if (words[j] === SENTENCE_BREAK) break
        if (partMatches(p, words[j]!)) {
          found = j
          break
        }
        // A negation skipped between a term's words turns it around: "is daar niet veilig" is not "is veilig".
        if (NEGATIONS.has(words[j]!) && !negatedTerm) break
      }
      if (found < 0) {
        ok = false
        break
      }
      at = found
    }
    if (!ok) continue
    const negated =
      NEGATIONS.has(words[i - 1] ?? '') ||
      (NEGATIONS.has(words[i - 2] ?? '') && parts.length === 1 && !PLAYING_DOWN.has(words[i - 1] ?? '')) ||
      words[at + 1] === 'niet'
    if (!negated || term.parts.some((p) => NEGATIONS.has(p.text))) return i
  }
  return -1
}

/**
 * Terms of several owners (concepts, markers), indexed by their first word when it is exact: a
 * message only has to try the terms that start with one of its own words, plus the few that start
 * with a prefix or suffix, instead of all thousand.
 */
export class TermIndex {
  private readonly byFirst = new Map<string, IndexedTerm[]>()
  private readonly scanned: IndexedTerm[] = []

  constructor(owners: ReadonlyArray<readonly CompiledTerm[]>) {
    owners.forEach((terms, owner) => {
      for (const term of terms) {
        const first = term.parts[0]
        if (!first) continue
        const needs = term.parts.slice(1).flatMap((p) => (p.kind === 'exact' ? [p.text] : []))
        if (first.kind !== 'exact') this.scanned.push({ owner, term, needs })
        else {
          let list = this.byFirst.get(first.text)
          if (!list) this.byFirst.set(first.text, (list = []))
          list.push({ owner, term, needs })
        }
      }
    })
  }

  /**
   * Per word, which of the scanned terms' first parts (prefix or suffix) it matches: remembered
   * (bounded; a lone word identifies no one), so a message tries only the scanned terms that can
   * start in it instead of testing each against every word. A term left out would not occur.
   */
  private readonly scannedStartingIn = perWord((w: string) => this.scanned.flatMap((s, k) => (partMatches(s.term.parts[0]!, w) ? [k] : [])), 8192)
  private mark = new Uint8Array(0)

  /**
   * Calls `fn` for every term that may occur in the words (`present`: the same words as a set): a
   * term whose first part can start in them and whose later exact words are all among them.
   */
  forCandidates(present: ReadonlySet<string>, fn: (owner: number, term: CompiledTerm) => void): void {
    for (const w of present) {
      const list = this.byFirst.get(w)
      if (list) for (const e of list) if (hasAll(present, e.needs)) fn(e.owner, e.term)
    }
    // The scanned terms in their own order, as before; only those whose first part matches a word.
    if (this.mark.length !== this.scanned.length) this.mark = new Uint8Array(this.scanned.length)
    const mark = this.mark
    let any = false
    for (const w of present) for (const k of this.scannedStartingIn(w)) (mark[k] = 1), (any = true)
    if (!any) return
    for (let k = 0; k < mark.length; k++)
      if (mark[k]) {
        mark[k] = 0
        const e = this.scanned[k]!
        if (hasAll(present, e.needs)) fn(e.owner, e.term)
      }
  }
}

/**
 * A term and the exact words among its later parts (`needs`): a term occurs only where each of
 * those is one of the message's words, so a term one of them is missing for is not tried at all.
 * Most candidates by their first word fail so (the bench's typed messages: 46 candidates each,
 * about one with all its words present), and each would scan the whole message.
 */
interface IndexedTerm {
  owner: number
  term: CompiledTerm
  needs: string[]
}

function hasAll(present: ReadonlySet<string>, needs: readonly string[]): boolean {
  for (let i = 0; i < needs.length; i++) if (!present.has(needs[i]!)) return false
  return true
}

/** The words the terms are written with, for typo correction: exact words and prefixes. */
export function termVocabulary(terms: readonly CompiledTerm[]): { words: Set<string>; prefixes: Set<string>; suffixes: Set<string> } {
  const words = new Set<string>()
  const prefixes = new Set<string>()
  const suffixes = new Set<string>()
  for (const t of terms)
    for (const p of t.parts) {
      if (p.kind === 'exact') words.add(p.text)
      else if (p.kind === 'prefix') prefixes.add(p.text)
      else if (p.kind === 'suffix') suffixes.add(p.text)
    }
  return { words, prefixes, suffixes }
}
