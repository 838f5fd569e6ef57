/**
 * The safety content: kinds of danger (knowledge/safety/gevaar.yaml), the markers that make them
 * urgent or not (markers.yaml) and the trained danger model (danger-model.json). Checked by the
 * content checker like the rest, so a content editor can add a word and see it checked.
 */
import { z } from 'zod'

/** One entry per non-empty line of a YAML block. */
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean)

/** One term per line: a word, `prefix*`, `*suffix`, words in order ("keel dicht*"), or words side by side ("als+kind"). */
const TermsSchema = z
  .string()
  .transform(lines)
  .pipe(z.array(z.string().regex(/^\*?[\p{Ll}\p{N}]+\*?([ +]\*?[\p{Ll}\p{N}]+\*?)*$/u, 'a term is lower-case words separated by a space (up to two words between) or + (side by side), each with an optional * at its start or end')).min(1))

/**
 * Phrases in which a term's word means something else: words side by side (+), one of them a word
 * of the term ("net+als", "zich+opgesloten+voelt"); a lone * stands for any one word ("is+er+nog+*+van":
 * "is er nog verdrietig van"). An occurrence inside one does not count.
 */
const ExceptSchema = z
  .string()
  .transform(lines)
  .pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^(?:\*|\*?[\p{Ll}\p{N}]+\*?)(?:\+(?:\*|\*?[\p{Ll}\p{N}]+\*?))+$/u,
            'an exception is lower-case words side by side, joined by + (no spaces), each with an optional * at its start or end, or * alone for any one word: "net+als", "lijkt+net+op", "straks+vrij*", "is+er+nog+*+van"',
          ),
      )
      .min(1),
  )

export const DangerConceptSchema = z.strictObject({
  /** Stable id, e.g. "wurging". Required. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What kind of danger, for editors and logs. Required. */
  title: z.string().min(3),
  /**
   * `acute`: direct danger on its own; `context`: only with a time or presence marker or a second
   * concept; `qualifier`: only together with another concept (a baby, with an injury).
   */
  strength: z.enum(['acute', 'context', 'qualifier']),
  /** A marker kind that must be present too (e.g. `departure` for genital mutilation). */
  needs: z.enum(['departure']).optional(),
  /** When true, "net", "vannacht", "gisteren" count as now. */
  recent: z.boolean().optional(),
  /** A contact shown right after the 112 reply when this danger is found (113 for suicide). */
  contact: z.string().regex(/^[a-z0-9-]+$/).optional(),
  terms: TermsSchema,
  /** Phrases in which a term's word is no danger: "opgesloten" in "voelt zich opgesloten" is a feeling. */
  except: ExceptSchema.optional(),
})

export const MarkerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * now, recent, present and departure raise; `near` raises only within three words of a danger
   * term ("nu"); `lowers` says it is past, a policy question or an example (unless it is also now);
   * `unreal` says it is figurative, a joke, sport, cooking or play (also when it is now).
   */
  kind: z.enum(['now', 'near', 'habitual', 'recent', 'present', 'departure', 'lowers', 'unreal']),
  terms: TermsSchema,
  /**
   * Only for these concepts (ids from gevaar.yaml): a sport explains a choke or a blow, not a
   * child caught in the showers at the judo club.
   */
  only: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** Not when one of these concepts is found too: a fall the user saw is no accident when a blow is named. */
  unless: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /**
   * Not when the text also has a marker of one of these kinds: "wat moet ik doen als een kind
   * vertelt…" asks about an example, but not with "vanochtend" or "net" in it (a real case).
   */
  undoneBy: z.array(z.enum(['now', 'near', 'habitual', 'recent', 'present', 'departure'])).optional(),
  /**
   * Counts only when one of these terms stands in the same sentence too: two ideas that say it
   * together, in any order and at any distance ("voor mijn ogen" and "gevallen": an accident the
   * user saw; "vermoordt me" and "lawaai": noise, not a weapon).
   */
  with: TermsSchema.optional(),
  /**
   * Not when the term is part of one of these phrases: "net" in "net als" or "lijkt net op" says
   * "just like", not "just now"; "nu" in "nu en dan" says "now and then".
   */
  except: ExceptSchema.optional(),
})

export const DangerModelSchema = z.strictObject({
  version: z.literal(1),
  hashBits: z.number().int(),
  bias: z.number(),
  scale: z.number().positive(),
  size: z.number().int().nonnegative(),
  weights: z.string(),
  thresholds: z.strictObject({
    /** With a clear danger concept: below this probability, ask instead of alarming. */
    concept: z.number(),
    /** With a clear danger concept, not now and not lowered: below this probability, not even ask. */
    conceptCalm: z.number().optional(),
    /** A context concept without marker: acute at or above `contextAcute`, ask at or above `contextCheck`. */
    contextAcute: z.number(),
    contextCheck: z.number(),
    /** No concept at all: the classifier alone. */
    aloneAcute: z.number(),
    aloneCheck: z.number(),
  }),
  trainedOn: z.unknown().optional(),
})

export const SafetyFileSchema = z.strictObject({
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  concepts: z.array(DangerConceptSchema).optional(),
  markers: z.array(MarkerSchema).optional(),
})

const NameList = z.strictObject({
  /** Names that count in any case, also at the start of a sentence. */
  altijd: z.array(z.string()),
  /** Names that are also ordinary words: only with a capital inside a sentence, or with context. */
  alleenMetHoofdletter: z.array(z.string()),
  /** Names left out because they are among the commonest words. */
  weggelaten: z.array(z.string()),
})

/**
 * knowledge/safety/namen.yaml: the name lists the privacy check uses, generated by
 * scripts/generate-namen.ts (which also writes bot/core/understanding/namen.generated.ts; a test
 * keeps the two equal).
 */
export const NamesFileSchema = z.strictObject({
  voornamen: NameList,
  achternamen: NameList,
  /** Ordinary words with a street ending (snelweg): a street only with a capital and a number. */
  straatwoorden: z.array(z.string()),
})

export type DangerConcept = z.output<typeof DangerConceptSchema>
export type Marker = z.output<typeof MarkerSchema>
export type DangerModelData = z.output<typeof DangerModelSchema>
export type SafetyFile = z.output<typeof SafetyFileSchema>

/** What the understanding layer gets from content. */
export interface SafetyContent {
  concepts: DangerConcept[]
  markers: Marker[]
  model?: DangerModelData
}
