/**
 * The safety content: kinds of danger (knowledge/safety/gevaar.yaml), the markers that make them
 * urgent or not (markers.yaml) and the trained danger model (danger-model.json). Checked by the
 * content checker like the rest, so a content editor can add a word and see it checked.
 */
import { z } from 'zod'

/** One term per line: a word, `prefix*`, `*suffix`, or words in order ("keel dicht*"). */
const TermsSchema = z
  .string()
  .transform((s) => s.split('\n').map((l) => l.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\*?[\p{Ll}\p{N}]+\*?( \*?[\p{Ll}\p{N}]+\*?)*$/u, 'a term is lower-case words, each with an optional * at its start or end')).min(1))

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
  terms: TermsSchema,
})

export const MarkerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * now, recent, present and departure raise; `near` raises only within three words of a danger
   * term ("nu"); lowers says it is past, policy, an example, figurative, sport…
   */
  kind: z.enum(['now', 'near', 'recent', 'present', 'departure', 'lowers']),
  terms: TermsSchema,
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
