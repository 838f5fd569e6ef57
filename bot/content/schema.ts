/**
 * The shape of everything in `flows/` and `knowledge/`, as zod schemas.
 * Types are derived from the schemas, never the other way round. The field comments are
 * the content editor's documentation.
 */
import { z } from 'zod'
import { REMINDER_KINDS } from './reminder-kinds.js'

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by "-", e.g. "stap-2"')
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2026-11-23')
// YAML turns an unquoted 2026-11-23 into a string already (yaml 2 core schema), but a
// Date sneaks in with other schemas; accept both and keep one shape.
const reviewed = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  isoDate,
)
const nonEmpty = z.string().trim().min(1, 'must not be empty')

export const AUDIENCES = ['professional', 'sport', 'wmo'] as const
export const Audience = z.enum(AUDIENCES)
export type Audience = z.infer<typeof Audience>

/**
 * What a flow node or topic shows of the user's own organisation, when the conversation has one
 * (organisations/*.yaml): `organisation: [contact]` adds its aandachtsfunctionaris or VCP with
 * how to reach them, `wijkteam` the gemeente's wijkteam or Wmo-loket, `meldcode` a link to its
 * own meldcode. Without organisation settings nothing is added.
 */
export const ORGANISATION_PARTS = ['contact', 'wijkteam', 'meldcode'] as const
export const OrganisationPart = z.enum(ORGANISATION_PARTS)
export type OrganisationPart = z.infer<typeof OrganisationPart>

export const AGE_GROUPS = ['0-4', '4-12', '12-18', 'volwassene', 'oudere'] as const
export const AgeGroup = z.enum(AGE_GROUPS)

/**
 * Plain language (B1): one text for both audiences that get B1 (sport volunteers, Wmo desk staff),
 * or a text per audience: `{ sport: "…", wmo: "…" }`, with `algemeen` for an audience without its
 * own text. A text for one audience never reaches the other (see bot/content/b1.ts).
 */
export const B1TextSchema = z.union([
  nonEmpty,
  z
    .strictObject({ sport: nonEmpty.optional(), wmo: nonEmpty.optional(), algemeen: nonEmpty.optional() })
    .refine((o) => o.sport !== undefined || o.wmo !== undefined || o.algemeen !== undefined, {
      message: 'give at least one of sport, wmo or algemeen',
    }),
])
export type B1Text = z.infer<typeof B1TextSchema>

/** A source in the registry (`knowledge/bronnen.yaml`); entries point to it by id. */
export const SourceSchema = z.strictObject({
  id,
  /** Name as shown under answers: "Bron: <title>". */
  title: nonEmpty,
  url: z.url().optional(),
})
export type Source = z.infer<typeof SourceSchema>

/** Fields every knowledge entry has. */
const entryBase = {
  id,
  /** Short title; also the strongest search field. */
  title: nonEmpty,
  /** Words people actually type: synonyms, everyday phrasing, common misspellings. */
  keywords: z.array(nonEmpty).default([]),
  /** The answer, in the markdown subset (paragraphs, **bold**, "- " lists). */
  text: nonEmpty,
  /**
   * Plain-language (B1) version for volunteers and desk staff, one text or one per audience
   * (`{ sport, wmo, algemeen }`); without it they get `text`, and the checker warns.
   */
  textB1: B1TextSchema.optional(),
  /**
   * Optional longer material, shown only after the "Meer" button under the answer, so the answer
   * itself stays short on a phone (about 80 words before the buttons).
   */
  more: nonEmpty.optional(),
  /** Source ids from the registry; at least one. */
  sources: z.array(id).min(1, 'every entry needs at least one source id'),
  /** When a person last checked this entry against its sources. */
  reviewed,
  /** Buttons offered under the answer: action ids such as "flow:stap-2" or "topic:kindcheck". */
  related: z.array(nonEmpty).default([]),
}

export const TopicSchema = z.strictObject({
  ...entryBase,
  /** Groups topics for the eval and for browsing, e.g. "recht", "veilig-thuis", "sport". */
  category: id.optional(),
  /** Show these parts of the user's organisation under the answer, e.g. `[contact]`. */
  organisation: z.array(OrganisationPart).optional(),
})
export type Topic = z.infer<typeof TopicSchema>

export const SignalSchema = z.strictObject({
  ...entryBase,
  /** Age groups this signal is described for. */
  ages: z.array(AgeGroup).min(1),
  /** Form of violence, e.g. "lichamelijk", "verwaarlozing", "seksueel", "partnergeweld". */
  forms: z.array(id).min(1),
  /** "signaal" is seen in the victim or situation; "risicofactor" raises alertness only. */
  kind: z.enum(['signaal', 'risicofactor']).default('signaal'),
  /** What to do next, shown after the signal. */
  next: nonEmpty.optional(),
  /**
   * `next` in plain language (B1), one text or one per audience. Without it, volunteers and desk
   * staff get a general next step for their route instead of `next` (and 112 first for an acute signal).
   */
  nextB1: B1TextSchema.optional(),
  /**
   * Optional. Marks a signal that describes acute danger (an attempted strangling, a weapon, a
   * departure for genital mutilation this week). When free text is answered with it, "call 112"
   * comes first: a second safety net behind the acute detector, for wordings it does not know.
   */
  acute: z.boolean().optional(),
})
export type Signal = z.infer<typeof SignalSchema>

export const SectorSchema = z.strictObject({
  ...entryBase,
  /** The audience whose menu lists this sector. */
  audience: Audience.default('professional'),
})
export type Sector = z.infer<typeof SectorSchema>

export const ContactSchema = z.strictObject({
  ...entryBase,
  /** As dialled, e.g. "0800-2000". */
  phone: z.string().regex(/^[0-9][0-9 -]{1,15}$/, 'digits, spaces and "-" only, e.g. 0800-2000'),
  /** Only where a source confirms them. */
  hours: nonEmpty.optional(),
})
export type Contact = z.infer<typeof ContactSchema>

export const KnowledgeFileSchema = z.strictObject({
  sources: z.array(SourceSchema).optional(),
  topics: z.array(TopicSchema).optional(),
  signals: z.array(SignalSchema).optional(),
  sectors: z.array(SectorSchema).optional(),
  contacts: z.array(ContactSchema).optional(),
  /**
   * Questions people type when an entry is the answer, per entry ("topic:kindcheck": […]).
   * Search only: they are indexed with the entry and never shown. Written by people who read
   * the entry, in everyday words, so the ranker meets users halfway (knowledge/vragen/).
   */
  questions: z.record(z.string(), z.array(nonEmpty).min(1)).optional(),
  /**
   * Questions as blind writers typed them in hold-out rounds that are already reported and moved
   * to regression, per entry that answers them: generated (scripts/generate-typed-questions.ts),
   * never written by hand, and added to the entry's `questions` for search.
   */
  typed: z.record(z.string(), z.array(nonEmpty).min(1)).optional(),
})
export type KnowledgeFile = z.infer<typeof KnowledgeFileSchema>

/** A button in a flow. */
export const ChoiceSchema = z.strictObject({
  /** Stable id, unique within the node; defaults to the position. Used in action ids. */
  id: id.optional(),
  label: nonEmpty,
  /**
   * Where it leads: a node id in this flow, or an action such as "flow:stap-3",
   * "flow:stap-3/gesprek", "topic:kindcheck", "menu", "twijfel", "acuut", "dossier".
   */
  next: nonEmpty,
  /** Answers to remember for the dossier summary, e.g. `{ afweging-1: ja }`. */
  set: z.record(id, nonEmpty).optional(),
  /**
   * Optional: show this choice only to professionals of these sectors (and to professionals who
   * did not name one), e.g. `sectors: [artsen]` for "Ik ben arts". Volunteers and desk staff never see it.
   */
  sectors: z.array(id).optional(),
})
export type Choice = z.infer<typeof ChoiceSchema>

export { REMINDER_KINDS, type ReminderKind } from './reminder-kinds.js'
const ReminderKindSchema = z.enum(REMINDER_KINDS)

/**
 * The text of a calendar reminder (an all-day event 2, 4, 6 or 8 weeks ahead). Plain text: no
 * markdown, no names, nothing about a case. The Veilig Thuis line is added by the code.
 */
export const ReminderSchema = z.strictObject({
  /** Which reminder this is; one of afweging-5, na-melding, stap-5. */
  kind: ReminderKindSchema,
  /** The event's title in the calendar, e.g. "Meldcode: werkt de hulp? (afweging 5)". */
  title: nonEmpty.max(80, 'keep the title under 80 characters: calendars cut long titles'),
  /** What to check on that day, one question per item. */
  questions: z.array(nonEmpty).min(1, 'give at least one question to check'),
  /** What to do if the answer is no. */
  ifNot: nonEmpty,
  /** Source ids from the registry; at least one. */
  sources: z.array(id).min(1, 'every reminder needs at least one source id'),
  reviewed,
})
export type Reminder = z.infer<typeof ReminderSchema>

export const FlowNodeSchema = z.strictObject({
  id,
  text: nonEmpty,
  /** Plain language (B1) for volunteers and desk staff: one text or `{ sport, wmo, algemeen }`. */
  textB1: B1TextSchema.optional(),
  choices: z.array(ChoiceSchema).optional(),
  /** A node without choices must say `end: true`: it closes the flow (no dead ends). */
  end: z.boolean().optional(),
  /** What the user should record (vastleggen) at this point; collected in the dossier summary. */
  record: z.array(nonEmpty).optional(),
  /** The agreed next step, for the dossier summary (end nodes). */
  outcome: nonEmpty.optional(),
  sources: z.array(id).optional(),
  reviewed: reviewed.optional(),
  /** Marks a node whose reply is about acute danger: channels show 112 prominently. */
  acute: z.boolean().optional(),
  /**
   * Extra lines for professionals who chose their sector in the professional route, keyed by
   * sector id (`knowledge/sectoren.yaml`): `{ artsen: "Vraag standaard ook Veilig Thuis om advies." }`.
   * Optional; shown under the node's text as "Voor jouw sector".
   */
  sectorNotes: z.record(id, nonEmpty).optional(),
  /**
   * Offer "Zet een herinnering" (2, 4, 6 or 8 weeks) under this node: the kind of a reminder
   * written in some flow's `reminders:`, e.g. `reminder: afweging-5`.
   */
  reminder: ReminderKindSchema.optional(),
  /** Show these parts of the user's organisation (before the question), e.g. `[contact]`. */
  organisation: z.array(OrganisationPart).optional(),
})
export type FlowNode = z.infer<typeof FlowNodeSchema>

export const FlowSchema = z.strictObject({
  id,
  title: nonEmpty,
  /** The meldcode step this flow covers (1–5), if any. */
  step: z.number().int().min(1).max(5).optional(),
  /** Words that should lead free text to this flow. */
  keywords: z.array(nonEmpty).default([]),
  /** Offer a dossier summary at the end of this flow. */
  dossier: z.boolean().default(false),
  start: id,
  nodes: z.array(FlowNodeSchema).min(1),
  /** Calendar reminders written in this flow (see ReminderSchema); nodes offer them with `reminder:`. */
  reminders: z.array(ReminderSchema).optional(),
})
export type Flow = z.infer<typeof FlowSchema>
