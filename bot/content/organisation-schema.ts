/**
 * The shape of one organisation's settings (`organisations/<id>.yaml`), as a zod schema. The
 * field comments are the documentation for whoever fills in the file. Checked by
 * `npm run content:check` with the rest of the content (bot/content/check.ts cross-checks the
 * sector and the Teams tenant ids).
 *
 * Everything is optional except `id`, `name` and `kind`: an organisation without a contact still
 * gets its sector and audience chosen for it. A contact is a *function* (aandachtsfunctionaris,
 * vertrouwenscontactpersoon) with a way to reach it; a personal name is allowed when the
 * organisation chooses to add one, and never needed.
 */
import { z } from 'zod'
import { Audience } from './schema.js'

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by "-", e.g. "obs-de-linde"')
const nonEmpty = z.string().trim().min(1, 'must not be empty')

/**
 * A Dutch phone number written the way the widget and Teams recognise numbers (and so make it a
 * tel: link): 030-123 45 67, 0800-1234, 088-123 45 67; a mobile number as 0612-345 678.
 */
export const PHONE_PATTERN = /^(?:0[89]00-\d{2,4}(?: \d{1,3}){0,3}|0\d{2,3}-\d{3}(?: ?\d{2,4}){1,2})$/
const phone = z
  .string()
  .refine((v) => PHONE_PATTERN.test(v) && v.replace(/\D/g, '').length <= 11, {
    message: 'not a phone number as Meldwijzer writes them: area code, "-", then the number in groups, e.g. 030-123 45 67, 0800-1234 or 0612-345 678',
  })
const https = z.string().regex(/^https:\/\/[^\s]+$/, 'must be an https:// address')
/** Lower case, as Teams sends them: 8-4-4-4-12 hex digits. */
export const TENANT_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const ORGANISATION_KINDS = ['school', 'kinderopvang', 'zorg', 'jeugdhulp', 'sportclub', 'gemeente', 'welzijn', 'justitie', 'vereniging', 'anders'] as const

/** Ways to reach a function or a team; at least one. */
const reach = {
  /** A phone number, e.g. "030-123 45 67". */
  phone: phone.optional(),
  /** A function mailbox, e.g. "aandachtsfunctionaris@school.nl" (shown as a mailto: link). */
  email: z.email('must be an e-mail address, e.g. aandachtsfunctionaris@school.nl').optional(),
  /** A Teams channel or chat link (https://teams.microsoft.com/l/…). */
  teams: https.optional(),
  /** A web page, e.g. the gemeente's page about the wijkteam. */
  url: https.optional(),
  /** When it is reachable, e.g. "werkdagen 8:30–16:30". */
  hours: nonEmpty.optional(),
}
const hasReach = (r: { phone?: string; email?: string; teams?: string; url?: string }) => !!(r.phone || r.email || r.teams || r.url)
const reachMessage = { message: 'give at least one way to reach it: phone, email, teams or url' }

export const OrganisationContactSchema = z
  .strictObject({
    /** The function, as colleagues know it: "aandachtsfunctionaris", "vertrouwenscontactpersoon (VCP)". */
    function: nonEmpty.max(60),
    /** Optional, only when the organisation wants it shown; never needed. */
    name: nonEmpty.max(80).optional(),
    ...reach,
  })
  .refine(hasReach, reachMessage)

export const WijkteamSchema = z
  .strictObject({
    /** "Wijkteam Voorbeeldstad", "Wmo-loket gemeente Voorbeeldstad". */
    name: nonEmpty.max(80),
    ...reach,
  })
  .refine(hasReach, reachMessage)

export const OrganisationSchema = z.strictObject({
  /** Equal to the file name without .yaml; what `"organisation": "…"` and `data-organisation` name. */
  id,
  /** As users know it, e.g. "OBS De Linde". */
  name: nonEmpty.max(80),
  kind: z.enum(ORGANISATION_KINDS),
  /** `true` for the examples shipped with Meldwijzer: their numbers and addresses are not real. */
  example: z.boolean().optional(),
  /** A sector id from knowledge/sectoren.yaml: its route, afwegingskader and notes, without asking. */
  sector: id.optional(),
  /** Who uses Meldwijzer here: professional, sport (volunteers) or wmo (desk staff); picks route and B1 text. */
  audience: Audience.optional(),
  /** The aandachtsfunctionaris or the vertrouwenscontactpersoon (VCP), as a function. */
  contact: OrganisationContactSchema.optional(),
  /** The organisation's own meldcode (an https link): who takes which step. */
  meldcode: https.optional(),
  /** The gemeente's wijkteam or Wmo-loket, where families and adults are referred for help. */
  wijkteam: WijkteamSchema.optional(),
  /** Microsoft Teams tenant ids (lower case) of this organisation: Teams users there get these settings. */
  teamsTenants: z.array(z.string().regex(TENANT_PATTERN, 'a tenant id is 8-4-4-4-12 lower-case hex digits, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47')).optional(),
  /** Usage insight: the sha256 (hex) of the token this organisation reads its counts with (`npm run insight:token -- <id>`). */
  insight: z.strictObject({ tokenHash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hash: 64 lower-case hex digits') }).optional(),
})
export type Organisation = z.infer<typeof OrganisationSchema>
export type OrganisationContact = z.infer<typeof OrganisationContactSchema>
export type Wijkteam = z.infer<typeof WijkteamSchema>

