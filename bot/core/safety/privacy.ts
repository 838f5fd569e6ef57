/**
 * Spots identifying details in free text (safety rule 5) so the bot can say it does not need
 * them, and so they are removed before the text is analysed any further. Nothing found here is
 * ever echoed, logged or stored: callers get the kinds found and a redacted copy.
 */

export type PiiKind = 'bsn' | 'telefoon' | 'email' | 'postcode' | 'adres' | 'geboortedatum' | 'naam'

/** Numbers the bot itself gives out; never treated as someone's phone number. */
const SERVICE_NUMBERS = new Set(['08002000', '112', '08000432', '08000188', '0900444544', '09004445444', '09002025590', '09001113111'])

/** The Dutch 11-proef for a BSN: weights 9..2 and -1 on the last digit, sum divisible by 11. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false
  const d = digits.padStart(9, '0')
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i)
  sum -= Number(d[8])
  return sum % 11 === 0 && d !== '000000000'
}

const STREET_SUFFIX =
  'straat|str|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|baan|burgwal|wal|plantsoen|erf|veld|hoek|ring|straatweg|boulevard|allee|street|road|avenue'
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'
/** Words after which a capitalised word is most probably a name. */
const NAME_CUES =
  'heet|heten|genaamd|naam is|naam|familie|fam|gezin|achternaam|voornaam|leerling|cliënt|client|patiënt|patient|meneer|mevrouw|mevr|dhr|mw|mr|mrs|ms|jongen|meisje|kind|zoon|dochter|moeder|vader|buurman|buurvrouw|oma|opa|named|called'

/** Capitalised words that belong to organisations, places and the meldcode itself, not to people. */
const NOT_PERSONS = new Set(
  `Veilig Veilige Thuis Centrum Sport Seksueel Geweld Kindertelefoon De Raad Kinderbescherming Inspectie Onderwijs
  Wmo Jeugdwet Meldwijzer Augeo Movisie Nederland Noord Zuid Oost West Holland Den Haag Teams Stap Afweging Halt
  Reclassering Justitie Landelijk Expertisecentrum Kindermishandeling Instituut Sportrechtspraak Verwijsindex Werk
  Inkomen Jeugdgezondheidszorg Sociaal Wijkteam Meldcode Besluit Rijksoverheid Ik Mijn Hij Zij Het Een`.split(/\s+/),
)

interface Detector {
  kind: PiiKind
  pattern: RegExp
  accept?: (match: string) => boolean
}

const DETECTORS: Detector[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  {
    kind: 'postcode',
    pattern: /\b[1-9]\d{3} ?(?!SS|SA|SD)[A-Za-z]{2}\b(?:\s*\d{1,5}\s?[a-zA-Z]?\b)?/g,
    accept: (m) => /^[1-9]\d{3} ?[A-Za-z]{2}/.test(m) && !/^\d{4} ?(en|of|de|in|op|is|al|na|om|te|uu|jr|km|kg|cm|mm|ml|pm|am)\b/i.test(m),
  },
  {
    kind: 'adres',
    pattern: new RegExp(`\\b[\\p{L}][\\p{L}'-]*(?:${STREET_SUFFIX})\\s+\\d{1,5}\\s?[a-zA-Z]?\\b`, 'giu'),
  },
  {
    kind: 'adres',
    // A street without a number after "in de / op de / aan de": "ze wonen in de Julianastraat".
    pattern: new RegExp(`(?<=\\b(?:in|op|aan) de\\s+)[\\p{L}][\\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|straatweg|boulevard)\\b`, 'giu'),
  },
  {
    kind: 'geboortedatum',
    pattern: new RegExp(
      `\\b(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}\\b|\\b(?:0?[1-9]|[12]\\d|3[01]) (?:${MONTHS}) (?:19|20)\\d{2}\\b|\\b(?:geboren|geb\\.?|born)\\s+(?:op\\s+|on\\s+)?\\S+(?:\\s+\\S+){0,2}`,
      'giu',
    ),
  },
  {
    kind: 'telefoon',
    // Separators as people type them: "06-12345678", "06 - 12 34 56 78", "020.123.45.67".
    pattern: /(?:\+|00)\d{2}[\s.-]{0,3}(?:\(0\))?[\s.-]{0,3}\d(?:[\s.-]{0,3}\d){7,9}\b|\b0\d(?:[\s.-]{0,3}\d){8}\b/g,
    accept: (m) => !SERVICE_NUMBERS.has(m.replace(/\D/g, '')),
  },
  {
    kind: 'bsn',
    // Named as a BSN ("bsn 23.45.67.892"): 8 or 9 digits in any grouping, whether or not it passes the 11-proef.
    pattern: /\b(?:bsn|burgerservicenummer|sofinummer)\b\W{0,4}\d(?:[\s.-]?\d){7,8}\b/gi,
  },
  {
    kind: 'bsn',
    pattern: /\b\d{4}\.?\d{2}\.?\d{3}\b|\b\d{3}[ .-]?\d{3}[ .-]?\d{3}\b|\b\d{8}\b/g,
    accept: (m) => isValidBsn(m.replace(/\D/g, '')),
  },
  {
    kind: 'naam',
    // A capitalised word followed by an age: "het gaat om Kevin, 9 jaar", "Sanne (7 jaar)".
    pattern: /\b\p{Lu}\p{Ll}+(?=,?\s*\(?\d{1,2}\s*(?:jaar|jr|years?)\b)/gu,
    accept: (m) => !NOT_PERSONS.has(m) && !/^(Groep|Stap|Sinds|Vanaf|Tot|Van|Na|Voor|Over|Rond|Ruim|Bijna|Leeftijd|Age)$/.test(m),
  },
  {
    kind: 'naam',
    // Two first names joined by "en" inside a sentence: "de moeder van Lotte en Bram".
    pattern: /(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}+\s+(?:en|&)\s+\p{Lu}\p{Ll}+\b/gu,
    accept: (m) => !m.split(/\s+/).some((w) => NOT_PERSONS.has(w)),
  },
  {
    kind: 'naam',
    // A capitalised word (not at the start of a sentence) right after a cue word, optionally with
    // a tussenvoegsel and surname: "leerling Jan de Vries", "ze heet Fatima".
    pattern: new RegExp(
      // The cue may end in a full stop ("mevr. de Vries") or be followed by "van" ("de moeder van Lotte"),
      // and a surname may start with a lower-case tussenvoegsel.
      `\\b(?:${NAME_CUES})(?:\\.?\\s*[:,(]\\s*|\\.?\\s+)(?:is\\s+|van\\s+)?((?:(?:van|der|den|de|ter|ten|el|al)\\s+){0,3}\\p{Lu}[\\p{Ll}'-]+(?:\\s+(?:van|der|den|de|het|ter|ten|el|al|bin)\\b){0,3}(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)`,
      'gu',
    ),
    accept: (m) => !/\b(?:Veilig|Thuis|Teams|Wmo|Kindertelefoon|Centrum|Stap|BSN|Ik|Hij|Zij|Het|De|Een)\b$/.test(m.trim().split(/\s+/).pop() ?? ''),
  },
  {
    kind: 'naam',
    // A full Dutch name with a tussenvoegsel anywhere in the text: "Jan de Vries", "Anna van der Berg".
    pattern: /\b\p{Lu}\p{Ll}+\s+(?:van der|van den|van de|van|de|der|den|ter|ten|el)\s+\p{Lu}\p{Ll}+/gu,
  },
  {
    kind: 'naam',
    // Two capitalised words in a row inside a sentence: "het gaat om Noah Bakker". A capital after
    // the start of the text or a full stop is just a sentence start; known names of organisations
    // and places in the meldcode world are not people.
    pattern: /(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b/gu,
    accept: (m) => !m.split(/\s+/).some((w) => NOT_PERSONS.has(w)),
  },
]

export interface PiiScan {
  kinds: PiiKind[]
  /** The text with every finding replaced by a neutral placeholder, safe to analyse further. */
  redacted: string
}

export function scanPii(text: string): PiiScan {
  let redacted = text
  const kinds = new Set<PiiKind>()
  for (const d of DETECTORS) {
    redacted = redacted.replace(d.pattern, (match: string, ...groups: unknown[]) => {
      if (d.accept && !d.accept(match)) return match
      kinds.add(d.kind)
      if (d.kind === 'naam' && typeof groups[0] === 'string') return match.replace(groups[0], ' [naam] ')
      return ` [${d.kind}] `
    })
  }
  return { kinds: [...kinds], redacted }
}
