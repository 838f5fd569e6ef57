/**
 * Danger triage: does a message describe direct danger (112 first), possibly so (ask first), or
 * not? Two readers that cover each other's gaps:
 *
 *  - concept rules from the content (knowledge/safety/gevaar.yaml and markers.yaml): kinds of
 *    danger, and the words that make them urgent (nu, vanavond, hij is er nog, vertrek deze zomer)
 *    or not (voorbij, beleid, voorbeeld, beeldspraak, sport, koken, film). They know negation
 *    and the difference between now and last year;
 *  - a statistical second opinion (classifier.ts) trained on thousands of messages from several
 *    writers. It reads framing and wording the rules never listed.
 *
 * A few general rules compose them (see `assess`); the thresholds come from training, where they
 * were chosen on messages from writers the model had not seen (scripts/train.ts).
 */
import type { DangerConcept, DangerModelData, Marker, SafetyContent } from '../../content/safety-schema.js'
import { editDistance, typoBudget } from '../nlp/edit-distance.js'
import { perWord } from '../nlp/per-word.js'
import { DangerClassifier } from './classifier.js'
import { sentenceWords } from './features.js'
import { ORDINARY_NEAR_DANGER } from './gewone-woorden.generated.js'
import { SENTENCE_BREAK, TermIndex, compileTerm, coversPosition, termPosition, termVocabulary, type CompiledTerm } from './terms.js'

/** How many words from a danger term a `near` marker ("nu") may stand and still mean now. */
const NEAR = 5
/** A message of at most this many words is `short` (see RuleFacts). */
const SHORT_WORDS = 4
/** Everyday words one or two edits from a danger word ("opgevangen", "gesproken", "gebeld"): left as typed. */
const ORDINARY: ReadonlySet<string> = new Set(ORDINARY_NEAR_DANGER.split(' '))

export type TriageLevel = 'acute' | 'check' | 'calm'

export interface Triage {
  level: TriageLevel
  /** Ids of the danger concepts found (for logs and tests; never the words typed). */
  concepts: string[]
  /** A now, recent or presence marker made a concept urgent. */
  urgent: boolean
  /** The text says it is past, a policy question, an example, figurative, sport, cooking or play. */
  lowered: boolean
  /** The classifier's probability of direct danger (0 when no model is loaded). */
  probability: number
}

/** What the concept rules found; `decide` turns it and a probability into a level. */
export interface RuleFacts {
  concepts: string[]
  /** A clear danger concept, a context concept made urgent, or two concepts together. */
  danger: boolean
  /** Context concepts found (a weapon, violence, an injury…). */
  context: number
  urgent: boolean
  /** A danger and an explicit now, tonight or presence marker ("vanavond", "staat voor de deur"). */
  now: boolean
  lowered: boolean
  /** Lowered because it is figurative, a joke, sport, play or cooking (not because it is past). */
  figurative: boolean
  /**
   * Urgent, but not because it happens now or someone is there: it happened just now ("net",
   * "vanochtend") or a departure is coming ("deze zomer").
   */
  urgentNotNow: boolean
  /**
   * Four words or fewer. With no danger the rules know, the model alone asks rather than sends
   * to 112: "vader komt vanavond" says too little for a red alarm, and the question still names 112.
   */
  short: boolean
}

export type Thresholds = DangerModelData['thresholds']

/**
 * The general rules that compose concepts and classifier:
 *  - a clear danger now (a time or presence marker) → acute, whatever the model says;
 *  - a clear danger → acute, unless the model all but rules it out (then ask); when the text
 *    says it is past, a policy question, an example or figurative → ask, or calm when the model
 *    agrees it is calm; figurative but happening now → ask, unless the model all but rules it
 *    out as it would a clear danger ("punching each other for fun" after a boxing film); past or handled with no
 *    word of now → ask only when the model gives it at least the weight a danger concept needs;
 *  - one context concept without urgency → the model decides between acute, ask and calm;
 *  - nothing the rules know → the model alone, with stricter thresholds.
 */
/** The rule facts as classifier features (features.ts). */
export function factFeatures(f: RuleFacts): string[] {
  const out = f.concepts.map((c) => `concept:${c}`)
  if (f.danger) out.push(f.lowered ? 'danger-lowered' : 'danger')
  if (f.urgent) out.push('urgent')
  if (f.lowered) out.push('lowered')
  if (f.context > 0) out.push(`context-${Math.min(f.context, 2)}`)
  return out
}

export function decide(f: RuleFacts, p: number, t: Thresholds): TriageLevel {
  // A clear danger that is happening now or about to: no model can talk that down.
  if (f.danger && !f.lowered && f.now) return 'acute'
  // The model all but rules it out (a question about the subject, no case): nothing to ask.
  if (f.danger && !f.lowered) return p >= t.concept ? 'acute' : p >= (t.conceptCalm ?? 0) ? 'check' : 'calm'
  // A clear danger said to be a joke, a game or sport, but now: ask, unless the model is sure either way.
  // A joke said just now ("zei net 'ik wurg je' als grapje"), or a trip ahead with "no signals", is
  // not something happening: the model weighs it like a past danger below.
  if (f.danger && f.urgent && f.figurative && !f.urgentNotNow) return p >= t.contextAcute ? 'acute' : p >= (t.conceptCalm ?? 0) ? 'check' : 'calm'
  // Said to be past or handled ("jaren geleden", "hij zit nu vast"): on blind rounds the model
  // gives such calm stories almost nothing (≤ 0.28) and the acute ones with a past word ≥ 0.67.
  if (f.danger && f.urgent) return p >= t.contextAcute ? 'acute' : p >= t.concept ? 'check' : 'calm'
  if (f.danger) return p >= t.contextCheck ? 'check' : 'calm'
  if (f.context > 0) return p >= t.contextAcute ? 'acute' : p >= t.contextCheck ? 'check' : 'calm'
  // No danger the rules know, and the text itself says it is past, a joke or a story: the model
  // may ask, but it alone does not send anyone to 112 ("zei lachend …", "jaren terug …").
  if (f.lowered) return p >= t.aloneCheck ? 'check' : 'calm'
  return p >= t.aloneAcute && !f.short ? 'acute' : p >= t.aloneCheck ? 'check' : 'calm'
}

interface Compiled<T> {
  item: T
  terms: CompiledTerm[]
  /** A marker's `with` terms: one must stand in the same sentence. */
  withTerms?: CompiledTerm[]
  /** A marker's `except` phrases: an occurrence inside one of them does not count. */
  exceptTerms?: CompiledTerm[]
}

/**
 * Where the term first occurs outside the exceptions ("lijkt net op", "nu en dan", "voelt zich
 * opgesloten": the term's word inside a phrase that means something else), or -1.
 */
function positionOutside(term: CompiledTerm, words: readonly string[], except: readonly CompiledTerm[] | undefined): number {
  let i = termPosition(term, words)
  if (except) while (i >= 0 && except.some((e) => coversPosition(e, words, i))) i = termPosition(term, words, undefined, i + 1)
  return i
}

/** The words of a message, not counting the sentence breaks between them (no array is built: this runs every turn). */
function wordCount(words: readonly string[]): number {
  let n = 0
  for (const w of words) if (w !== SENTENCE_BREAK) n++
  return n
}

/** True when no sentence ends between positions a and b. */
function sameSentence(words: readonly string[], a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (words[k] === SENTENCE_BREAK) return false
  return true
}

/** The words of the sentence around position i (between SENTENCE_BREAKs). */
function sentenceAround(words: readonly string[], i: number): readonly string[] {
  let from = i
  while (from > 0 && words[from - 1] !== SENTENCE_BREAK) from--
  let to = i
  while (to < words.length && words[to] !== SENTENCE_BREAK) to++
  return words.slice(from, to)
}

/** Without a trained model: rules only, and a single context concept is asked about. */
export const RULES_ONLY: Thresholds = { concept: 0, contextAcute: 2, contextCheck: 0, aloneAcute: 2, aloneCheck: 2 }

/** Marker kinds that make a danger urgent: their words are corrected for typos (see the constructor). */
const URGENCY_KINDS: ReadonlySet<Marker['kind']> = new Set(['now', 'near', 'habitual', 'recent', 'present', 'departure'])

export class DangerTriage {
  private readonly concepts: Compiled<DangerConcept>[]
  private readonly markers: Compiled<Marker>[]
  private readonly conceptTerms: TermIndex
  private readonly markerTerms: TermIndex
  private readonly classifier?: DangerClassifier
  private readonly thresholds: Thresholds
  private readonly vocabulary: string[]
  private readonly prefixes: string[]
  private readonly suffixes: string[]
  private readonly vocabularySet: Set<string>
  /** The lowering markers' own words ("seh", "gips"): correct as typed, never turned into another word. */
  private readonly loweringWords: ReadonlySet<string>
  /** Remembered per word (bounded): a lone word identifies no one. Per triage: it depends on the vocabulary. */
  private readonly corrected = perWord((word: string) => {
    const danger = this.nearestDangerWord(word)
    // "miesje" is "meisje" with a typo before it is "mesje": a word one edit from an ordinary
    // word of the knowledge is that word, not a danger word (round 06's calm message became acute).
    return danger !== word && this.oneEditFromKnownWord(word) ? word : danger
  }, 5000)

  /** Known words by first letter, for the typo check above (built on first use). */
  private knownByFirstLetter: Map<string, string[]> | undefined

  private oneEditFromKnownWord(word: string): boolean {
    if (!this.knownByFirstLetter) {
      this.knownByFirstLetter = new Map()
      for (const w of this.knownWords) {
        // The knowledge also uses danger words ("gewurgd"): a typo of one of those stays a danger word.
        if (w.length < 4 || this.isDangerWord(w)) continue
        const list = this.knownByFirstLetter.get(w[0]!) ?? []
        list.push(w)
        this.knownByFirstLetter.set(w[0]!, list)
      }
    }
    for (const w of this.knownByFirstLetter.get(word[0]!) ?? [])
      if (Math.abs(w.length - word.length) <= 1 && editDistance(word, w, 1) <= 1) return true
    return false
  }

  /**
   * @param knownWords words that are correct as typed (the knowledge's own vocabulary and the
   *   stop words): never "corrected" into a danger word ("vermoeden" is not "vermoorden").
   */
  constructor(
    safety: SafetyContent,
    private readonly knownWords: ReadonlySet<string> = new Set(),
    options: { useModel?: boolean; useRules?: boolean } = {},
  ) {
    const useRules = options.useRules ?? true
    const exceptions = (except: string[] | undefined) => (except ? { exceptTerms: except.map(compileTerm) } : {})
    this.concepts = useRules ? safety.concepts.map((c) => ({ item: c, terms: c.terms.map(compileTerm), ...exceptions(c.except) })) : []
    this.markers = safety.markers.map((m) => ({
      item: m,
      terms: m.terms.map(compileTerm),
      ...(m.with ? { withTerms: m.with.map(compileTerm) } : {}),
      ...exceptions(m.except),
    }))
    this.conceptTerms = new TermIndex(this.concepts.map((c) => c.terms))
    this.markerTerms = new TermIndex(this.markers.map((m) => m.terms))
    if (safety.model && options.useModel !== false) this.classifier = new DangerClassifier(safety.model)
    this.thresholds = this.classifier ? safety.model!.thresholds : RULES_ONLY
    if (!useRules) this.thresholds = { ...this.thresholds, contextAcute: this.thresholds.aloneAcute, contextCheck: this.thresholds.aloneCheck }
    // The words that say when are typed fast too ("over een kwatier", "vanavnd"): typos of the
    // markers that make a danger urgent are corrected like the danger words themselves. Not the
    // lowering ones: a typo must never make danger look past or unreal.
    // Nor a word the lowering markers also use ("training": "na de training" is now, "training over"
    // is a course): corrected into it, "training's over" became a course and lowered a child who
    // cannot go home.
    const lowering = termVocabulary(this.markers.filter((m) => !URGENCY_KINDS.has(m.item.kind)).flatMap((m) => m.terms))
    const urgency = termVocabulary(this.markers.filter((m) => URGENCY_KINDS.has(m.item.kind)).flatMap((m) => m.terms))
    this.loweringWords = lowering.words
    const vocab = termVocabulary(this.concepts.flatMap((c) => c.terms))
    for (const w of urgency.words) if (!lowering.words.has(w)) vocab.words.add(w)
    this.vocabulary = [...vocab.words].filter((w) => w.length >= 5)
    this.vocabularySet = vocab.words
    this.prefixes = [...vocab.prefixes].filter((p) => p.length >= 5)
    this.suffixes = [...vocab.suffixes].filter((p) => p.length >= 5)
  }

  assess(text: string): Triage {
    const tokens = sentenceWords(text)
    const facts = this.factsOf(tokens)
    const probability = this.classifier ? this.classifier.probability(tokens.filter((w) => w !== SENTENCE_BREAK), factFeatures(facts)) : 0
    return { level: decide(facts, probability, this.thresholds), concepts: facts.concepts, urgent: facts.urgent, lowered: facts.lowered, probability }
  }

  /** What the concept rules find in a message (no classifier). */
  facts(text: string): RuleFacts {
    return this.factsOf(sentenceWords(text))
  }

  /** `tokens`: the message's words with SENTENCE_BREAK between sentences (a term stays within one). */
  private factsOf(tokens: readonly string[]): RuleFacts {
    const words = tokens.map((w) => (w === SENTENCE_BREAK ? w : this.correct(w)))
    const present = new Set(words)
    // Where each concept's terms occur (every occurrence counts for `near` below).
    const found = new Set<number>()
    const at: number[] = []
    this.conceptTerms.forCandidates(present, (owner, t) => {
      const i = positionOutside(t, words, this.concepts[owner]!.exceptTerms)
      if (i >= 0) (found.add(owner), at.push(i))
    })
    const hit = this.concepts.filter((_, k) => found.has(k)).map((c) => c.item)
    const kinds = new Set<Marker['kind']>()
    // Markers that another kind undoes ("wat doe ik als…" with "vanochtend"): decided after the scan.
    let pending: Marker[] | undefined
    this.markerTerms.forCandidates(present, (owner, t) => {
      const compiled = this.markers[owner]!
      const marker = compiled.item
      const kind = marker.kind
      if (kinds.has(kind)) return
      // A marker for some concepts only ("judo" explains a choke, not abuse in the showers).
      if (marker.only && !marker.only.some((id) => hit.some((c) => c.id === id))) return
      if (marker.unless && marker.unless.some((id) => hit.some((c) => c.id === id))) return
      const i = positionOutside(t, words, compiled.exceptTerms)
      if (i >= 0 && compiled.withTerms) {
        const sentence = sentenceAround(words, i)
        if (!compiled.withTerms.some((w) => termPosition(w, sentence) >= 0)) return
      }
      // "nu" is how half of all questions start ("wat moet ik nu doen"); it only says now
      // right next to a danger ("hij slaat haar nu").
      // In the same sentence ("…met een mes bedreigde. Hij zit nu vast" is not a knife now), or
      // as a sentence of its own right after the danger, telegraph style ("vader slaat moeder met de riem. NU.").
      if (i < 0) return
      const alone = kind === 'near' && sentenceAround(words, i).length === 1
      // A passive in the present ("wordt nu door zijn vader met een riem geslagen"): Dutch puts the
      // participle at the end of the clause, however far, so "nu" reaches to the end of the sentence.
      const passive = kind === 'near' && (words[i - 1] === 'wordt' || words[i - 1] === 'worden')
      const reaches = (j: number) =>
        (Math.abs(i - j) <= NEAR && sameSentence(words, i, j)) || (alone && j < i && i - j <= 3 * NEAR) || (passive && j > i && j - i <= 3 * NEAR && sameSentence(words, i, j))
      if (kind === 'near' && !at.some(reaches)) return
      if (marker.undoneBy) (pending ??= []).push(marker)
      else kinds.add(kind)
    })
    for (const m of pending ?? []) if (!m.undoneBy!.some((k) => kinds.has(k))) kinds.add(m.kind)
    // "nu" near a danger makes it urgent, but says less than "vanavond": it does not cancel "vorig
    // jaar" ("het gaat nu goed") and does not by itself overrule the model.
    const now = kinds.has('now') || kinds.has('present')
    // What happens every night is urgent too, but not "now": it does not cancel "stel dat" or "vorig jaar".
    const urgentFor = (c: DangerConcept) =>
      c.needs === 'departure' ? kinds.has('departure') : now || kinds.has('near') || kinds.has('habitual') || (c.recent === true && kinds.has('recent'))
    const strong = hit.filter((c) => c.strength === 'acute' && (!c.needs || urgentFor(c)))
    const context = hit.filter((c) => !strong.includes(c))
    const main = context.filter((c) => c.strength !== 'qualifier')
    // Two concepts together are danger only when one of them holds on its own terms: besnijdenis
    // and huwelijksdwang need a departure, and "later misschien uitgehuwelijkt, zoals de traditie is"
    // names both without one (a worry for Veilig Thuis, not 112).
    const pairs = context.length >= 2 && main.some((c) => !c.needs || urgentFor(c))
    return {
      concepts: hit.map((c) => c.id),
      danger: strong.length > 0 || main.some(urgentFor) || pairs,
      context: main.length,
      urgent: hit.some(urgentFor),
      now: now && hit.length > 0,
      lowered: (kinds.has('lowers') && !now) || kinds.has('unreal'),
      figurative: kinds.has('unreal'),
      urgentNotNow: !now && !kinds.has('near') && hit.some(urgentFor),
      short: wordCount(words) <= SHORT_WORDS,
    }
  }

  /**
   * A typed word that is close to a danger word and not a word in its own right becomes that
   * word ("gewrugd" → "gewurgd"). Typos rarely hit the first letter; requiring it keeps everyday
   * words away.
   */
  private correct(word: string): string {
    if (this.vocabularySet.has(word) || this.knownWords.has(word) || ORDINARY.has(word) || this.loweringWords.has(word)) return word
    if (word.length < 5) return this.swappedShortWord(word) ?? word
    return this.corrected(word)
  }

  /**
   * "neit", "dta", "hte": two letters swapped in a short word that is no word itself. Short words
   * get no edit-distance correction (one edit from "mes" is half the language), but a swap that
   * gives a known word is what fast typing does ("ze durft neit naar buiten").
   */
  private swappedShortWord(word: string): string | undefined {
    if (word.length < 3) return undefined
    // From the end: a typed word keeps its first letter more often ("hte" is "het" before "the").
    for (let i = word.length - 2; i >= 0; i--) {
      if (word[i] === word[i + 1]) continue
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
      if (this.vocabularySet.has(swapped) || this.knownWords.has(swapped)) return swapped
    }
    return undefined
  }

  /** A word the danger terms match as typed (a term word, or one with a term's prefix or suffix). */
  isDangerWord(word: string): boolean {
    return this.vocabularySet.has(word) || this.prefixes.some((p) => word.startsWith(p)) || this.suffixes.some((x) => word.endsWith(x))
  }

  /** The danger word a typed word is a typo of, or the word itself (used by scripts/generate-gewone-woorden.ts). */
  nearestDangerWord(word: string): string {
    const budget = typoBudget(word.length)
    let best = word
    let bestD = budget + 1
    for (const v of this.vocabulary) {
      if (v[0] !== word[0] || Math.abs(v.length - word.length) > budget) continue
      const d = editDistance(word, v, budget)
      if (d < bestD) {
        bestD = d
        best = v
      }
    }
    // Prefix and suffix terms ("wurg*", "*wurgd"): a typo inside the part that must match.
    if (best === word && !this.prefixes.some((p) => word.startsWith(p))) {
      for (const p of this.prefixes) {
        if (p[0] !== word[0]) continue
        if (editDistance(word.slice(0, p.length), p, 1) <= 1) {
          best = p + word.slice(p.length)
          break
        }
      }
    }
    if (best === word && !this.suffixes.some((x) => word.endsWith(x))) {
      for (const x of this.suffixes) {
        if (word.length <= x.length) continue
        if (editDistance(word.slice(-x.length), x, 1) <= 1) {
          best = word.slice(0, -x.length) + x
          break
        }
      }
    }
    return best
  }
}
