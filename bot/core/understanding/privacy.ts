/**
 * Spots identifying details in free text (safety rule 5) so the bot can say it does not need
 * them, and so they are removed before the text is analysed any further. Nothing found here is
 * ever echoed, logged or stored: callers get the kinds found and a redacted copy.
 *
 * Two passes. First patterns for numbers (e-mail, IBAN, phone, BSN, dates, client numbers,
 * postcode), each replaced by a placeholder so a later pattern cannot reread its digits. Then a
 * word-by-word pass for streets (by their endings) and names: common Dutch given names and surnames from public
 * name statistics (knowledge/safety/namen.yaml, packed into namen.generated.ts by
 * scripts/generate-namen.ts), in any case when the name is not also an ordinary word, and only with
 * a capital inside a sentence or with context when it is ("Roos", "Bakker"); plus context for names
 * not on the list ("leerling X", "mevrouw X", "X (7)", "X zegt", "X uit groep 5").
 *
 * The other way round matters as much: a capital at the start of a sentence is not a name on its
 * own ("…door haar zoon. Wat kan ik doen?"), nor are organisations, places after "in"/"uit",
 * roles, ages, "groep 7", times, amounts and the service numbers the bot itself gives out.
 */
import { NAMES_ANY_CASE, NAMES_CAPITALISED, PLACES, SENTENCE_WORDS, STREET_NOUNS } from './namen.generated.js'
import { PackedWords } from '../nlp/packed-words.js'
import { STOP_WORDS as NLP_STOP_WORDS } from '../nlp/stopwords.js'
import { editDistance } from '../nlp/edit-distance.js'
import { perWord } from '../nlp/per-word.js'
import { mostlyEnglish } from '../nlp/english.js'
import { PUBLIC_FIGURE_FIRST_WORDS, PUBLIC_FIGURES } from './public-figures.js'

export type PiiKind = 'bsn' | 'telefoon' | 'email' | 'postcode' | 'adres' | 'geboortedatum' | 'naam' | 'iban' | 'nummer'

export interface PiiScan {
  kinds: PiiKind[]
  /** The text with every finding replaced by a neutral placeholder, safe to analyse further. */
  redacted: string
}

/** The Dutch 11-proef for a BSN: weights 9..2 and -1 on the last digit, sum divisible by 11. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false
  const d = digits.padStart(9, '0')
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i)
  sum -= Number(d[8])
  return sum % 11 === 0 && d !== '000000000'
}

/** IBAN check digits (ISO 13616 mod 97), computed piecewise so no BigInt is needed. */
function isValidIban(raw: string): boolean {
  const s = raw.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false
  const moved = s.slice(4) + s.slice(0, 4)
  let rest = 0
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97
  }
  return rest === 1
}

// ---- numbers, dates, addresses ----------------------------------------------------------------

/**
 * Numbers the bot itself gives out, and numbers of organisations (0800/0900/0906/0909 are never a
 * private line): Veilig Thuis 0800-2000, 113 0800-0113, Kindertelefoon 0800-0432, Centrum Veilige
 * Sport 0900-2025590, LECK 0900-4445444, Fier 088-2084700 (a business 088 number) and the like.
 */
const SERVICE_PREFIX = /^(?:0800|0900|0906|0909|088)/
const SERVICE_NUMBERS = new Set(['08002000', '112', '113', '08000113', '08000432', '08000188', '09008844', '09000101'])

/**
 * The phone numbers the content itself gives out (every contact's number, e.g. Helpwanted's
 * 020 line), as digits: the understanding passes them to scanPii, so a user who types one back is
 * not told off for it.
 */
export function ownNumbers(phones: Iterable<string>): ReadonlySet<string> {
  return new Set([...phones].map((n) => n.replace(/\D/g, '')).filter((d) => d.length >= 3))
}
const NO_NUMBERS: ReadonlySet<string> = new Set()

function isPrivatePhone(match: string, own: ReadonlySet<string>): boolean {
  let digits = match.replace(/\(0\)/g, '').replace(/\D/g, '')
  if (match.trim().startsWith('(0)')) digits = `0${digits}`
  if (match.trim().startsWith('+')) digits = `00${digits}`
  if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`
  if (SERVICE_NUMBERS.has(digits) || own.has(digits) || SERVICE_PREFIX.test(digits)) return false
  return digits.startsWith('00') ? digits.length >= 11 && digits.length <= 17 : digits.length === 10
}

const SEP = `[\\s./)-]{0,3}`
const PHONE = new RegExp(
  [
    // +31 6 12345678, 0031 (0)6-1234 5678, +31(0)20 123 45 67
    `(?:\\+|\\b00)\\s?31${SEP}(?:\\(0\\)${SEP})?\\(?\\d(?:${SEP}\\d){8}(?!\\d)`,
    // other countries: +44 7700 900123
    `\\+\\s?[1-9]\\d{0,2}(?:${SEP}\\(?\\d){7,12}(?!\\d)`,
    // (0)6 12345678
    `\\(0\\)${SEP}\\d(?:${SEP}\\d){8}(?!\\d)`,
    // 06-12345678, 06 - 12 34 56 78, 06/12345678, 020.123.45.67, (020) 123 4567, 0101234567
    `(?<![\\d+])\\(?0(?:${SEP}\\d){9}(?!\\d)`,
  ].join('|'),
  'g',
)

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'
const MONTHS_SHORT = 'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'
const MONTHS_EN = 'january|february|march|may|june|july|october'
const MONTHS = `${MONTHS_NL}|${MONTHS_EN}|${MONTHS_SHORT}`
const DAY = '(?:0?[1-9]|[12]\\d|3[01])'
const MONTH_NUM = '(?:0?[1-9]|1[0-2])'
const YEAR = `(?:['’]?(?:19|20)\\d{2}|['’]?\\d{2})`
const DATE_NUMERIC = `(?<![\\d.,/-])${DAY}([-/.])${MONTH_NUM}\\1\\s?['’]?(?:(?:19|20)\\d{2}|\\d{2})(?![\\d.,]\\d|\\d)`
const DATE_ISO = `\\b(?:19|20)\\d{2}-${MONTH_NUM}-${DAY}\\b`
const DATE_WORDS = `\\b${DAY}(?:e|ste|de)?\\s+(?:${MONTHS})\\.?,?\\s+${YEAR}(?![\\d])`
const DATE_EN = `\\b(?:${MONTHS_NL}|${MONTHS_EN})\\s+${DAY}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`
/** After "geboren"/"geb."/"born" a day and month without year is enough, and so is a year. */
const BIRTH_CUE = `\\b(?:geboren|geb\\.?|geboortedatum|geb\\.?\\s?datum|born|dob|date of birth)(?:\\s+(?:op|on|in))?[\\s:]*`
const BIRTH_DATE = `${BIRTH_CUE}(?:${DAY}[-/.]${MONTH_NUM}(?:[-/.]\\s?${YEAR})?|${DAY}(?:e|ste|de)?\\s+(?:${MONTHS})\\.?(?:,?\\s+${YEAR})?|(?:${MONTHS})\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})(?![\\d])`

/**
 * "sinds 1 januari 2019", "op 1 juli 2013", "on January 1, 2019": the first of a month after a
 * preposition is the date a rule took effect, not a person's. Unless birth is named right before
 * or after it ("geboren op 1 januari 2019" keeps its cue in the match anyway).
 */
const FIRST_OF_MONTH = /^0?1(?:\s+\p{L}|[-/.]\d)|^\p{L}+\s+0?1(?:st)?\b/u
const RULE_DATE_BEFORE = /(?:sinds|vanaf|per|tot|met ingang van|m\.i\.v\.|na|voor|in|op|on|since|from|as of)\s*\**\s*$/i
const BIRTH_AFTER = /^\W*(?:geboren|born)\b/i
const BIRTH_BEFORE = /\b(?:geboren|geb|born|birth)\b/i
/**
 * Any date a law or rule is named by or took effect on: "de wet van 1 juli 2013", "het besluit
 * van 12 maart 2019", "op 3 mei 2015 ingegaan", "came into force on 2 June 2019".
 */
const LAW_DATE_BEFORE =
  /\b(?:wet|wetten|wetswijziging|regel|regels|regeling|besluit|richtlijn|verordening|meldcode|verdrag|akkoord|brief|kamerbrief|uitspraak|vonnis|arrest|convenant|protocol|law|act|rule|ruling|regulation|decision)\s+(?:van|of|d\.d\.|dd|dated)\s*$/i
const LAW_DATE_AFTER =
  /^\s*(?:is\s+|werd\s+|zijn\s+)?(?:in\s+werking|ingegaan|ingevoerd|van\s+kracht|verplicht|gewijzigd|aangescherpt|came\s+into|took\s+effect|entered\s+into)/i
/** "artikel 7.3.11", "art. 5.2.6 lid 2", "hoofdstuk 3.1.12": a reference number, not a date. */
const REFERENCE_BEFORE = /\b(?:artikel(?:en)?|art\.?|lid|hoofdstuk|paragraaf|par\.?|article|section|sectie|versie|version)\s*$|§\s*$/i
function isRuleDate(m: string, text: string, index: number): boolean {
  const end = index + m.length
  const before = text.slice(Math.max(0, index - 30), index)
  if (REFERENCE_BEFORE.test(before) && /^\d/.test(m)) return true
  if (BIRTH_BEFORE.test(text.slice(Math.max(0, index - 24), index)) || BIRTH_AFTER.test(text.slice(end, end + 12))) return false
  if (LAW_DATE_BEFORE.test(before) || LAW_DATE_AFTER.test(text.slice(end, end + 30))) return true
  return FIRST_OF_MONTH.test(m) && RULE_DATE_BEFORE.test(text.slice(Math.max(0, index - 20), index))
}

const POSTCODE_NOT = new Set(
  'en of de in op is al na om te uu jr km kg cm mm ml mg pm am ik je we ze er zo nu ja eu id tv pc nr ca mb gb kb ct st'.split(' '),
)

/** Street-name endings (kept in step with scripts/generate-namen.ts). The weak ones need a house number. */
const STRONG_STREET = 'straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg|pad|park|markt|wal|burgwal|plantsoen|erf|boulevard|allee|haven|zijde'
const WEAK_STREET = 'veld|hoek|ring|baan|oord'
/** A word ending in a street suffix (checked per word: one pass over the text, no backtracking). */
const STREET_END = new RegExp(`(?:(${STRONG_STREET})|(${WEAK_STREET}))$`, 'i')
const HOUSE_NUMBER = /^\s*\d{1,4}(?:\s?[a-zA-Z](?![\p{L}\d]))?(?:\s?-\s?\d{1,3}|\s?(?:hs|bis|I{1,3})\b)?(?![\d.,:]\d)/u
const STREET_NOUN_SET = new Set(STREET_NOUNS.split(' '))
const TUSSENVOEGSEL = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'el', 'al', 'ben', 'bin', 'ait', 'abu', 'da', 'di', 'dos', 'du', 'le', 'la', 'von', 'zu', 'vd', 'v.d.'])
const BEFORE_STREET = /(?:\b(?:in|op|aan|naar|bij|van|langs|over|via|vanaf|richting|hoek)\s+(?:de|het)\s+|\b(?:wonen|woont|woon|wonend|woonachtig)\s+(?:in\s+|op\s+|aan\s+)?(?:de\s+|het\s+)?|\ben\s+de\s+)$/i
/** Someone's home named: "woont op de", "wonen aan het". */
const RESIDENCE_BEFORE = /\b(?:wonen|woont|woon|wonend|woonachtig|verhuisd naar|verhuist naar)\s+(?:in\s+|op\s+|aan\s+)?(?:de\s+|het\s+)?$/i

const ADDRESS_CUE = /\b(?:adres|woonadres|address|woont op|woont aan|woonachtig op|woonachtig aan)\s*(?:is\s*)?:?\s*$/i

interface Found {
  start: number
  end: number
  kind: PiiKind
}

interface Token {
  word: string
  lower: string
  start: number
  end: number
}

/**
 * Words in the scripts people type names in: Latin with accents (Turkish ğ ı ş, Polish ł ń are in
 * Latin Extended), Greek, Cyrillic. One regex without Unicode property classes: in V8 those cost
 * several times more per character, and this runs over every message.
 */
const WORD_RE =
  /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF'’-]*/g

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const before = text.charCodeAt(m.index - 1)
    // Placeholders of the first pass ("[telefoon]") and letters glued to a number ("3a") are no words.
    if (before === 91 || (before >= 48 && before <= 57)) continue
    const word = m[0].replace(/['’-]+$/, '')
    tokens.push({ word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length })
  }
  return tokens
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  const ch = w[0]!
  return ch !== ch.toLowerCase()
}

const STREET_ABBREVIATION = /^(?:burg|burgem|mr|dr|prof|st|pr|gen|kon|jhr|ir|ds)$/
const STREET_TUSSENVOEGSEL = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten'])
const BARE_STREET = new Set([...STRONG_STREET.split('|'), 'voorhout'])

/** Marks the tokens inside [start, end) as taken. */
function takeSpan(tokens: readonly Token[], taken: boolean[], start: number, end: number): void {
  tokens.forEach((t, i) => {
    if (t.start >= start && t.end <= end) taken[i] = true
  })
}

/**
 * A span found as a whole (a name with its initials, a home with its number): taken and recorded,
 * unless part of it was taken before (a venue, a work, a street already found).
 */
function claimSpan(tokens: readonly Token[], taken: boolean[], found: Found[], start: number, end: number, kind: PiiKind): void {
  if (tokens.some((t, i) => taken[i] && t.start < end && t.end > start)) return
  takeSpan(tokens, taken, start, end)
  found.push({ start, end, kind })
}

/** A number that counts something ("12 jaar", "3 kinderen") is no house number. */
const UNIT_AFTER = /^\s*(?:jaar|jr|jaren|maand|maanden|mnd|week|weken|wk|dag|dagen|uur|min|minuten|kinderen|kids|km|keer|x|procent|%|euro|years?|months?|weeks?|days?|hours?)\b/i
/** The house number right after `at`, unless the number counts something ("Singel 3 jaar" is no address). */
function houseNumberAt(text: string, at: number): RegExpExecArray | null {
  const number = HOUSE_NUMBER.exec(text.slice(at, at + 16))
  return number && !UNIT_AFTER.test(text.slice(at + number[0].length, at + number[0].length + 12)) ? number : null
}
/**
 * Someone's home named with its house number, whatever the street is called ("woont Achter de
 * Hoven 12", "adres: Oude Ebbingestraat 5", "verhuisd naar Zuidzijde 3"): the capitalised words
 * after a home cue, with small joining words between them. "woont in Utrecht" has no number;
 * "woont hier 12 jaar" counts years.
 */
const HOME_THEN_NAME = /\b(?:woont|wonen|woon|wonend|woonachtig|verhuisd\s+naar|verhuist\s+naar|verhuizen\s+naar|adres(?:\s+is)?:?|woonadres(?:\s+is)?:?|lives\s+(?:at|on)|address(?:\s+is)?:?)\s+(?:op\s+|aan\s+|at\s+|on\s+)?(?:(?:de|het|'t)\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:van|de|der|den|het|'t|ter|ten|aan|op|in|bij)\s+)*\p{Lu}[\p{L}'’.-]*){0,4})(?=\s*\d)/gu

/**
 * Initials before a surname ("pt R. Sitaldin", "mw K. de Graaf", "J.P. van Dam"): the whole is a
 * name. After a person's title or role, whatever the surname; otherwise only when the capitalised
 * word is no everyday word or place ("groep B. Daarna …" is a sentence, "R. Sitaldin" a person).
 */
const INITIALS_NAME = /(?<![\p{L}\p{N}.])((?:\p{Lu}\.\s?){1,3})((?:(?:van|de|der|den|ter|ten|het|'t)\s+){0,2})(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)/gu
/** A role before initials ("pt R. Sitaldin", "leerling J. de Vries"); titles are PERSON_TITLE's. */
const ROLE_BEFORE_INITIALS = /(?:^|[\s(,;:])(?:familie|fam\.?|pt\.?|pati[eë]nt(?:e)?|cli[eë]nt(?:e)?|clt\.?|bewoner|bewoonster|leerling|ll\.?|moeder|vader|ouder|ouders|zoon|dochter|kind|oma|opa|collega|trainer|coach|juf|meester|mentor|mentrix|docent|docente|leerkracht|dokter|dr\.?|huisarts|mantelzorger|buurman|buurvrouw|begeleider|begeleidster|hulpverlener|casemanager|consulent|grandmother|grandfather|granny|grandma|grandpa|mother|father|mum|mom|dad|son|daughter|pupil|student|client|patient|teacher)(?:\s+(?:van|of))?\s*$/iu

/** A tussenvoegsel and a lower-case word after a name: "(piet) van dijk", "(sanne) de boer". */
const LOWER_TUSSENVOEGSEL_SURNAME = /^\s+(?:van der|van den|van de|van 't|van|de|der|den|ter|ten)\s+(\p{Ll}[\p{L}'’-]*)/u

/** Dutch abbreviations written with dots, which look like initials in lower case. */
const DOTTED_ABBREVIATIONS = new Set('t.a.v. i.v.m. o.a. z.s.m. m.b.t. d.w.z. i.p.v. n.a.v. m.u.v. e.d. i.o.m. m.i.v. t.z.t. a.u.b. v.w.b. o.b.v. i.c.m. i.s.m. t.b.v. z.o.z. e.e.a. n.v.t. m.n. c.q. d.d. v.v.'.split(' '))

/** Initials and a surname typed in lower case ("mevr. j. de graaf"): a name only right after a title or role. */
const INITIALS_NAME_LOWER = /(?<![\p{L}\p{N}.])((?:\p{Ll}\.\s?){1,3})((?:(?:van|de|der|den|ter|ten|het|'t|in|el|al|da|di|dos|du|le|la)\s+){0,2})(\p{Ll}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)?)/gu

function findInitialNames(text: string, tokens: Token[], found: Found[], taken: boolean[], ordinary: ReadonlySet<string>): void {
  if (!/\p{Lu}\.\s?\p{Lu}/u.test(text)) return
  for (const m of text.matchAll(INITIALS_NAME)) {
    const surname = m[3]!
    const lower = surname.toLowerCase()
    const before = text.slice(Math.max(0, m.index! - 120), m.index!)
    // A work's maker ("Wonder by R.J. Palacio", "het boek van A.M.G. Schmidt"): not someone the user knows.
    if (/\b(?:by|door)\s+$/i.test(before) || MAKER_AFTER_WORK.test(before) || MAKER_ROLE.test(before)) continue
    const cue = PERSON_TITLE.test(before.slice(-30)) || ROLE_BEFORE_INITIALS.test(before.slice(-30))
    const plain = !EVERYDAY.has(lower) && !isOrdinary(lower, ordinary) && !isPlaceOrNoPerson(lower) && !STOP_WORDS.has(lower)
    if (!cue && !plain && !m[2]) continue
    claimSpan(tokens, taken, found, m.index!, m.index! + m[0].length, 'naam')
  }
}

/**
 * "mevr. j. de graaf", "dhr. k. bakker": people type a name after a title in lower case too. Only
 * after a title or role, and the surname must not be a function word ("mw. o.a. is…"); an ordinary
 * word counts only with a tussenvoegsel before it ("de graaf", not "dhr. a. gezien").
 */
function findLowerCaseInitialNames(text: string, tokens: Token[], found: Found[], taken: boolean[], ordinary: ReadonlySet<string>): void {
  if (!/(?:^|[\s(,;:])\p{Ll}\.\s?/u.test(text)) return
  for (const m of text.matchAll(INITIALS_NAME_LOWER)) {
    const before = text.slice(Math.max(0, m.index! - 30), m.index!)
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)
    // After a title or role, or with a tussenvoegsel and what follows saying it is a person ("uit mijn groep", "zegt").
    // A school class or level right after ("k. bakker, groep 3", "r. el amrani, 4 vwo") says it is a pupil, whatever the surname means.
    const pupil = CLASS_APPOSITION.test(after)
    if (!PERSON_TITLE.test(before) && !ROLE_BEFORE_INITIALS.test(before) && !(m[2] && AFTER_NAME_WORDS.test(after)) && !pupil) continue
    const lower = m[3]!
    if (STOP_WORDS.has(lower)) continue
    // "t.a.v. de zorgen", "i.v.m. de ouders": an abbreviation, not initials.
    if (DOTTED_ABBREVIATIONS.has(m[1]!.replace(/\s/g, ''))) continue
    if (!m[2] && !pupil && (EVERYDAY.has(lower) || isOrdinary(lower, ordinary) || isPlaceOrNoPerson(lower))) continue
    claimSpan(tokens, taken, found, m.index!, m.index! + m[0].length, 'naam')
  }
}

/**
 * A place with its house number called a number ("Plein 1944 nr 12", "Kerkweg nummer 3a"): "nr"
 * after a name says which house, whatever the street is called. The name's words are capitalised
 * (a number may be part of it); at the start of a sentence only with the address called one.
 */
const NAME_THEN_HOUSE_NR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|de|der|den|het|'t|ter|ten|aan|op|in|bij)\s+)*(?:\p{Lu}[\p{L}'’.-]*|\d{1,4})){0,4})\s+(?:nr\.?|nummer|huisnummer|huisnr\.?)\s*\d{1,4}(?:\s?[a-zA-Z](?![\p{L}\d]))?(?![\d.,:]\d)/gu

function findHomeAddresses(text: string, tokens: Token[], found: Found[], taken: boolean[]): void {
  if (!/\d/.test(text)) return
  for (const m of text.matchAll(HOME_THEN_NAME)) {
    const start = m.index! + m[0].length - m[1]!.length
    const end = m.index! + m[0].length
    const number = houseNumberAt(text, end)
    if (number) claimSpan(tokens, taken, found, start, end + number[0].length, 'adres')
  }
  for (const m of text.matchAll(NAME_THEN_HOUSE_NR)) {
    const first = m[1]!.split(/\s/)[0]!.toLowerCase()
    if (STOP_WORDS.has(first) || (isSentenceStart(text, m.index!) && !ADDRESS_CUE.test(text.slice(Math.max(0, m.index! - 40), m.index!)))) continue
    claimSpan(tokens, taken, found, m.index!, m.index! + m[0].length, 'adres')
  }
}

function findStreets(text: string, tokens: Token[], found: Found[], taken: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue
    const t = tokens[i]!
    const m = STREET_END.exec(t.lower)
    if (!m) continue
    const suffix = m[1] ?? m[2]!
    const capital = isCapitalised(t.word) || /[-'’]\p{Lu}/u.test(t.word)
    let from = i
    let street: boolean
    let number: RegExpExecArray | null = null
    const vanName = /^\s+van\s+(?:(?:de|der|den|het|'t)\s+)?\p{Lu}[\p{L}'’-]*/u.exec(text.slice(t.end, t.end + 40))
    if (t.word.length < suffix.length + 2 && capital && BARE_STREET.has(t.lower) && vanName) {
      // "Laan van Meerdervoort 100", "Weg van de Vrijheid": the ending first, a name after "van".
      const end = t.end + vanName[0].length
      number = HOUSE_NUMBER.exec(text.slice(end, end + 16))
      for (let k = i; k < tokens.length && tokens[k]!.start < end; k++) taken[k] = true
      found.push({ start: t.start, end: end + (number ? number[0].length : 0), kind: 'adres' })
      continue
    }
    if (t.word.length < suffix.length + 2 && capital && BARE_STREET.has(t.lower) && !isSentenceStart(text, t.start)) {
      // "op de Singel 233", "aan de Kade 4": the street type is the whole name, placed and numbered.
      const bareNumber = houseNumberAt(text, t.end)
      const before = text.slice(Math.max(0, t.start - 40), t.start)
      if (bareNumber && (BEFORE_STREET.test(before) || ADDRESS_CUE.test(before) || /\b(?:aan|op)\s+$/i.test(before))) {
        taken[i] = true
        found.push({ start: t.start, end: t.end + bareNumber[0].length, kind: 'adres' })
        continue
      }
    }
    if (t.word.length < suffix.length + 2) {
      // "Nieuwe Gracht 45", "de Lange Dijk": a bare ending after a capitalised word.
      const prev = tokens[i - 1]
      if (!capital || !prev || !BARE_STREET.has(t.lower) || !isCapitalised(prev.word) || !/^\s+$/.test(text.slice(prev.end, t.start))) continue
      if (STOP_WORDS.has(prev.lower) || NOT_PERSONS.has(prev.lower) || taken[i - 1]) continue
      number = HOUSE_NUMBER.exec(text.slice(t.end, t.end + 16))
      const before = text.slice(Math.max(0, prev.start - 40), prev.start)
      street = !!number || BEFORE_STREET.test(before) || ADDRESS_CUE.test(before) || !isSentenceStart(text, prev.start)
      from = i - 1
    } else {
      number = HOUSE_NUMBER.exec(text.slice(t.end, t.end + 16))
      const common = STREET_NOUN_SET.has(t.lower) || STREET_NOUN_SET.has(t.lower.replace(/.*-/, ''))
      const before = text.slice(Math.max(0, t.start - 40), t.start)
      const placed = BEFORE_STREET.test(before) || ADDRESS_CUE.test(before)
      // "hoofdstraat", "dorpsstraat" are also just nouns; with a number after someone's home is
      // named ("woont op hoofdstraat 3a") they are an address in any case.
      if (common) street = !!number && ((capital && !isSentenceStart(text, t.start)) || RESIDENCE_BEFORE.test(before) || ADDRESS_CUE.test(before))
      else if (m[2]) street = !!number && (capital || placed)
      // In lower case and without a number, "op het sportpark" and "naar de supermarkt" are places
      // anyone goes; a street typed in lower case is someone's address when a home is named.
      else if (!capital && !number) street = ADDRESS_CUE.test(before) || RESIDENCE_BEFORE.test(before)
      // At the start of a sentence a capital says nothing: "Kerstmarkt bij de club", "Schoolplein …".
      else street = !!number || (capital && !isSentenceStart(text, t.start)) || placed
    }
    if (!street) continue
    // Take in the words of the name before it ("Burg. de Withstraat", "Prins Hendrikkade"), but
    // not a leading article or tussenvoegsel ("in de Julianastraat").
    for (let k = from - 1, n = 0; k >= 0 && n < 4; k--, n++) {
      const p = tokens[k]!
      const gap = text.slice(p.end, tokens[k + 1]!.start)
      const abbreviation = STREET_ABBREVIATION.test(p.lower)
      if (!(/^\s+$/.test(gap) || (abbreviation && /^\.\s*$/.test(gap)))) break
      const tv = STREET_TUSSENVOEGSEL.has(p.lower) && !isCapitalised(p.word)
      if (!tv && !(isCapitalised(p.word) && !STOP_WORDS.has(p.lower) && !NOT_PERSONS.has(p.lower))) break
      if (taken[k]) break
      from = k
    }
    while (from < i && STREET_TUSSENVOEGSEL.has(tokens[from]!.lower) && !isCapitalised(tokens[from]!.word)) from++
    for (let k = from; k <= i; k++) taken[k] = true
    found.push({ start: tokens[from]!.start, end: t.end + (number ? number[0].length : 0), kind: 'adres' })
  }
}

interface Detector {
  kind: PiiKind
  pattern: RegExp
  accept?: (match: string, text: string, index: number, own: ReadonlySet<string>) => boolean
  /**
   * What a message must hold for the pattern to be tried at all (most messages skip them all):
   * a digit (the default), an @, or an account's mark (a digit, an @ or an underscore).
   */
  needs?: 'digit' | 'at' | 'account'
}

const PLATE_GROUPS = new Set(['222', '231', '132', '321', '123'])

const DETECTORS: Detector[] = [
  { kind: 'email', needs: 'at', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  {
    kind: 'iban',
    // In groups of four as printed, or in one piece: "NL91 ABNA 0417 1643 00", "NL91ABNA0417164300".
    pattern: /\b[A-Za-z]{2}\d{2}(?:(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,3})?|[A-Za-z0-9]{11,30})\b/g,
    // Dutch ones by their shape (typos included); others by their check digits and mostly digits.
    accept: (m) => /^NL\d{2}[A-Z]{4}\d{10}$/i.test(m.replace(/\s+/g, '')) || (isValidIban(m) && (m.match(/\d/g) ?? []).length >= 10),
  },
  { kind: 'telefoon', pattern: PHONE, accept: (m, _text, _index, own) => isPrivatePhone(m, own) },
  {
    kind: 'bsn',
    // Named as a BSN ("zijn bsn is 23.45.67.892"): 8 or 9 digits in any grouping, whether or not it passes the 11-proef.
    pattern: /\b(?:bsn|burger\s?service\s?nummer|sofi[-\s]?nummer|sofinr|sofi)(?:[-\s]?(?:nummer|nr\.?))?\b[^\d\n]{0,40}?(?<!\d)\d(?:[\s.-]?\d){7,8}(?!\d)/gi,
  },
  {
    kind: 'geboortedatum',
    pattern: new RegExp(`${BIRTH_DATE}|${DATE_NUMERIC}|${DATE_ISO}|${DATE_WORDS}|${DATE_EN}`, 'giu'),
    accept: (m, text, index) => !isRuleDate(m, text, index),
  },
  {
    kind: 'bsn',
    pattern: /(?<![\d.,-])(?:\d{4}\.?\d{2}\.?\d{3}|\d{3}[ .-]?\d{3}[ .-]?\d{3}|\d{8})(?![\d]|[.,]\d)/g,
    accept: (m) => isValidBsn(m.replace(/\D/g, '')),
  },
  {
    kind: 'naam',
    needs: 'account',
    // Someone's account on social media: "@noor.2010", "bas_vd_leiding", or letters with digits
    // right after the platform ("zijn snap is wouter_k2009", "insta lisa2011").
    pattern:
      /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{3,30}|(?<![\p{L}\p{N}])[\p{L}\p{N}]+_[\p{L}\p{N}_.]+|(?<=\b(?:snap|snapchat|insta|instagram|tiktok|twitter|discord|telegram|roblox|fortnite)\s*(?:is|:|naam|account|heet)?\s*)[\p{L}\p{N}_.]*\d[\p{L}\p{N}_.]*/giu,
  },
  {
    kind: 'nummer',
    // Nine digits in one piece are someone's number (BSN-shaped, whatever it is called) even when
    // they fail the 11-proef: "haar nummer bij de gemeente is 345678912". Amounts have separators.
    pattern: /(?<![\d.,-])\d{9}(?![\d]|[.,]\d)/g,
  },
  {
    kind: 'nummer',
    // A Dutch licence plate: six letters and digits in three groups, each all letters or all
    // digits, both kinds present ("XG-123-B", "12-ABC-3", "gh-12-kl"); or anything after
    // "kenteken" that holds a digit ("kenteken XG123B").
    pattern:
      /(?<![\p{L}\p{N}-])(?=(?:[A-Za-z0-9]-?){6}(?![\p{L}\p{N}]))(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])(?:[A-Za-z]{1,3}|\d{1,3})-(?:[A-Za-z]{1,3}|\d{1,3})-(?:[A-Za-z]{1,3}|\d{1,3})(?![\p{L}\p{N}-])|(?<=\b(?:kenteken|nummerbord|licen[cs]e plate|plate)(?:\s+(?:is|nummer|nr\.?))?[\s:]*)[A-Za-z0-9-]*\d[A-Za-z0-9-]*/giu,
    // The groups of a plate have 2-2-2, 2-3-1, 1-3-2, 3-2-1 or 1-2-3 characters ("bw-1-247" is a document id).
    accept: (m) => !/-/.test(m) || PLATE_GROUPS.has(m.split('-').map((g) => g.length).join('')),
  },
  {
    kind: 'nummer',
    // A client or file number named as such: "cliëntnummer 2023-0456", "dossiernr: AB12345".
    pattern:
      /\b(?:cli[eë]nt(?:e)?|pati[eë]nt(?:e)?|dossier|leerling|registratie|zaak|klant|referentie|verzekerden|polis|client|case|file)[-\s]?(?:nummer|nr\.?|id|number|no\.?)(?![\p{L}])[\s:#=.]*(?:is\s+)?[A-Za-z]{0,4}[-\s/]?\d[\dA-Za-z/-]*/giu,
  },
  {
    kind: 'postcode',
    pattern: /(?<![\p{L}\p{N}])[1-9]\d{3}\s?(?!SS|SA|SD)[A-Za-z]{2}(?![\p{L}\p{N}])(?:\s*\d{1,5}\s?[a-zA-Z]?(?![\p{L}\p{N}]))?/gu,
    accept: (m, text, index) => {
      const letters = /^\d{4}\s?([A-Za-z]{2})/.exec(m)![1]!
      // "postcode 9711KG", "9711KG": called one, or written as one (two capitals), even when the
      // letters are also a unit ("kg") or a word.
      if (/\b(?:postcode|pc|zip)\s*:?\s*$/i.test(text.slice(Math.max(0, index - 14), index)) || /^[A-Z]{2}$/.test(letters)) return !/^(?:SS|SA|SD)$/.test(letters)
      if (POSTCODE_NOT.has(letters.toLowerCase())) return false
      // "in 2019 ze…": a year followed by a lower-case word is no postcode.
      return !(/^(?:19|20)\d{2}\s/.test(m) && letters === letters.toLowerCase())
    },
  },
]

// ---- names --------------------------------------------------------------------------------------

function packedSet(packed: string): PackedWords {
  return new PackedWords(packed)
}
const ANY_CASE = packedSet(NAMES_ANY_CASE)
const CAPITALISED = packedSet(NAMES_CAPITALISED)
/** Everyday Dutch and English words on no name list (namen.generated.ts): "Klant (80) zegt…" is a client. */
const EVERYDAY = packedSet(SENTENCE_WORDS)

/**
 * "Wmo-balie", "EHBO-les", "G-voetbal": a compound whose last part is an everyday word is that
 * thing; a double name has a name there ("Anne-Marie", "Jan-Willem").
 */
function isCompoundOfWord(word: string, ordinary: ReadonlySet<string>): boolean {
  const parts = word.toLowerCase().split('-')
  const last = parts[parts.length - 1]!
  return parts.length > 1 && last.length >= 3 && nameClass(last) === undefined && (EVERYDAY.has(last) || isOrdinary(last, ordinary))
}

/** Capitalised words that belong to organisations, places and the meldcode itself, not to people. */
const NOT_PERSONS = new Set(
  `lente zomer herfst winter januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  veilig veilige thuis centrum sport seksueel geweld kindertelefoon raad kinderbescherming inspectie onderwijs
  wmo jeugdwet meldwijzer augeo movisie nederland noord zuid oost west holland den haag teams stap afweging halt
  reclassering justitie landelijk expertisecentrum kindermishandeling instituut sportrechtspraak verwijsindex werk
  inkomen jeugdgezondheidszorg sociaal wijkteam meldcode besluit rijksoverheid ggd ggz knvb nov nocnsf knltb knhb
  jeugdzorg zorg politie leck fier slachtofferhulp sociale kracht vng mee jgz ouderenzorg thuiszorg wijk team
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus
  september oktober november december kerst pasen ramadan suikerfeest offerfeest google whatsapp instagram tiktok
  snapchat facebook teams microsoft iphone samsung ikea albert heijn jumbo lidl aldi action hema kruidvat
  utrecht amsterdam rotterdam eindhoven groningen tilburg almere breda nijmegen apeldoorn arnhem haarlem enschede
  amersfoort zaanstad zwolle leiden maastricht dordrecht zoetermeer ede emmen delft venlo deventer helmond
  oss alkmaar hilversum heerlen lelystad gouda purmerend roosendaal schiedam spijkenisse vlaardingen
  nl be eu vs uk jeugd gezin school sportclub club vereniging kinderopvang opvang ziekenhuis huisarts
  engels spaans frans duits turks pools arabisch marokkaans somalisch syrisch koerdisch tigrinya eritrees surinaams
  curaçao curacao berber berbers nederlands islam marine boom rome india jersey wikipedia chatgpt nji`.split(/\s+/),
)

/**
 * Countries and regions people's families come from or travel to, in Dutch and English: places,
 * not persons, also when a list holds them as a name ("Sierra Leone", "Jordan", "Chad").
 */
const COUNTRIES = new Set(
  `marokko turkije suriname somalie somalia eritrea ethiopie ethiopia syrie syria irak iraq iran afghanistan pakistan
  india bangladesh egypte egypt soedan sudan jemen yemen ghana nigeria guinee guinea sierra leone liberia mali
  senegal gambia kenia kenya tanzania oeganda uganda kameroen cameroon congo angola algerije algeria tunesie tunisia
  libie libya jordanie jordan libanon lebanon israel palestina palestine koerdistan polen poland roemenie romania
  bulgarije bulgaria oekraine ukraine rusland russia albanie albania kosovo bosnie servie kroatie griekenland greece
  portugal spanje spain italie italy frankrijk france duitsland germany belgie belgium engeland england schotland
  ierland ireland amerika america canada brazilie brazil colombia venezuela antillen aruba bonaire sint maarten
  indonesie indonesia china japan vietnam thailand filipijnen philippines tsjaad chad djibouti burkina faso ivoorkust
  morocco turkey surinam netherlands nederland holland curacao saba eustatius caribbean caribisch kaapverdie cabo verde
  haiti jamaica cuba mexico argentinie argentina peru chili chile australie australia usa britain wales scotland
  denemarken denmark zweden sweden noorwegen norway finland ijsland iceland oostenrijk austria zwitserland switzerland
  hongarije hungary tsjechie czechia slowakije slovakia slovenie slovenia serbia croatia bosnia montenegro macedonie
  macedonia moldavie moldova armenie armenia azerbeidzjan azerbaijan kazachstan kazakhstan oezbekistan uzbekistan
  tadzjikistan tajikistan nepal myanmar cambodja cambodia laos maleisie malaysia singapore korea mongolie mongolia
  saoedi-arabie qatar dubai emiraten koeweit kuwait oman bahrein bahrain mauritanie mauritania benin togo burundi
  rwanda zambia zimbabwe mozambique madagaskar madagascar zuid-afrika namibie namibia botswana malawi gabon ecuador
  bolivia paraguay uruguay panama guatemala honduras nicaragua trinidad guyana`.split(/\s+/),
)

/**
 * Parts of the body, which people name when they describe an injury ("een blauwe plek op z'n
 * wang", "Iris en pupil zijn oké"): the word, not the name some of them also are, unless
 * something makes it a person ("Iris zegt…", "mevrouw Hals").
 */
const BODY_PARTS = new Set(
  `hoofd gezicht wang wangen oog ogen oor oren neus mond lip lippen kin kaak keel hals nek schouder arm armen elleboog pols
  hand handen vinger vingers rug borst buik bil billen been benen knie knieen enkel voet voeten teen tenen huid iris pupil
  ooglid oogwit slaap voorhoofd achterhoofd schedel rib ribben heup dij dijen kuit scheen tong tand tanden
  cheek eye ear nose mouth neck chest back belly arm leg knee hand`.split(/\s+/),
)


/** Organisations whose names contain a name or a capitalised ordinary word. */
const ORGANISATION =
  /^(?:Sterk Huis|Blijf Groep|Leger des Heils|William Schrikker|Samen Veilig|Het Vergeten Kind|Villa Pinedo|Dona Daria|Pretty Woman|Kadera|Moviera|Arosa|Perspektief)\b/i

/** Roles, pronouns and other words that start sentences or stand before "zegt" without being names. */
const STOP_WORDS = new Set(
  `ik jij je hij zij ze wij we jullie u men iemand iedereen niemand die dat dit deze het een de mijn zijn haar ons onze
  hun jouw uw wie wat waar wanneer waarom hoe welke er daar hier toen nu dan ook maar en of want dus als omdat moeder
  vader ouder ouders papa mama pappa mamma pap mam paps mams pa ma daddy mommy mummy grandma grandpa artsen
  kind kinderen leerling leerlingen juf juffrouw meester docent docente leraar lerares mentor coach
  trainer trainster buurman buurvrouw buren oma opa tante oom broer broertje zus zusje zoon dochter cliënt client cliënte
  patiënt patient collega collegas politie arts huisarts dokter verpleegkundige partner man vrouw vriend vriendin
  jongen meisje baby peuter kleuter tiener jongere puber gezin familie school directeur directie intern begeleider
  ib'er ib zorgcoördinator teamleider leidinggevende manager begeleider hulpverlener wijkagent agent mevrouw meneer
  iemand alles niets niks soms vaak altijd nooit gisteren vandaag morgen vanochtend vanmiddag vanavond laatst onlangs
  groep stap sinds vanaf tot van na voor over rond ruim bijna leeftijd age the my his her their our a an and he she
  they we you it this that mum mom dad mother father child boy girl client student pupil sir madam mr mrs ms
  heeft had was is zegt zei vertelt vertelde vindt denkt wil kan mag moet gaat komt
  patiente cliente leerlinge bewoner bewoonster deelnemer deelneemster speler speelster spelers sporter keeper
  aanvoerder scheids scheidsrechter vrijwilliger vrijwilligster ouders teamgenoot ploeggenoot player players coach
  nurse teacher kid kids schoondochter schoonzoon schoonmoeder schoonvader kleinzoon kleindochter mantelzorger
  mantelzorgster stiefvader stiefmoeder pleegouder pleegmoeder pleegvader gezinsvoogd wijkverpleegkundige`.split(/\s+/),
)
/**
 * Function words of the Dutch stop-word list ("Elke 2 jaar?", "Boven op de kast"): a word that is
 * also somebody's name on the lists is read as the word unless a cue makes it a person ("ze heet
 * Elke"). "ben" is the exception the other way: Ben is a common name and "ben" never starts a question.
 */
const FUNCTION_WORDS = new Set([...NLP_STOP_WORDS].filter((w) => w !== 'ben'))

const NAME_CUE =
  /(?:^|[\s(,;:])(?:leerling(?:e)?|leerlingen|cli[eë]nt(?:e)?|pati[eë]nt(?:e)?|trainer|trainster|coach|docent|docente|leraar|lerares|mentor|collega|begeleider|begeleidster|verzorger|verzorgster|stagiair|stagiaire|invalkracht|oppas|scheids|keeper|speler|speelster|aanvoerder|bewoner|bewoonster|meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|juf|juffrouw|meester|familie|fam\.?|gezin|zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|neef|nicht|kind|kindje|jongen|meisje|baby|babytje|zuigeling|peuter|kleuter|tiener|puber|buurman|buurvrouw|oma|opa|tante|oom|pupil|client|student|mr\.?|mrs\.?|ms\.?|miss|achternaam|voornaam|roepnaam|naam)\s*[:(]?\s*$/i
/** Titles before a surname that may start with a tussenvoegsel: "mevr. de Vries", "de familie van Dijk". */
const TITLE_CUE = /(?:^|[\s(,;:])(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|familie|fam\.?|gezin|mr\.?|mrs\.?|ms\.?)\s*$/i
/** A title for one person: after it a listed surname counts in lower case ("mevrouw de jong"). */
const PERSON_TITLE = /(?:^|[\s(,;:])(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|mr\.?|mrs\.?|ms\.?)\s*$/i
/** "en toen zei Yohannes", "volgens Bakker": a capitalised word after these is someone speaking. */
const SPEECH_CUE = /(?:^|\s)(?:zei|zegt|vertelde|vertelt|volgens|aldus|vroeg)\s+$/i
/** Cues after which even a lower-case word from the name lists is a name: "ze heet roos". */
const STRONG_NAME_CUE =
  /(?:^|[\s(,;:])(?:(?:ze|zij|hij|die|ik|je|kind|leerling|jongen|meisje|zoon|dochter|moeder|vader|man|vrouw|cli[eë]nt|zus|zusje|broer|broertje)\s+(?:heet|heette)|heten|genaamd|naam is|noemen we|noem ik|is named|named|called|name is)\s*[:]?\s*$/i
const RELATION_VAN = /(?:^|\s)(?:moeder|vader|ouders|zoon|dochter|broer|zus|oma|opa|tante|oom|juf|meester|vriend|vriendin|vriendje|vriendinnetje|kind|kinderen|baby|mother|father|parents)\s+van\s+$/i
/**
 * "Olu Adeyemi, speler van onze U14": a role set off by a comma after one or two capitalised words
 * says who they are (an apposition).
 */
const APPOSITION_ROLE =
  /,\s+(?:een|de|onze|mijn|ons|our|my|a|one of (?:our|my|the)|een van (?:onze|mijn|de))?\s*(?:[\p{L}0-9-]+\s+){0,2}?(?:speler|speelster|spelers|leerling|leerlinge|leerlingen|pupil|cli[eë]nt|cliente|bewoner|bewoonster|pati[eë]nt|moeder|vader|zoon|dochter|broer|zus|oma|opa|buurman|buurvrouw|stagiair|stagiaire|jongen|meisje|player|players|student|students|pupils|mother|father|son|daughter|resident|patient)\b/iu
/** After a word inside a sentence: the role right after it. */
const APPOSITION = new RegExp(`^${APPOSITION_ROLE.source}`, 'iu')
/** After a sentence's first word: only with a second capitalised word ("Olu Adeyemi, speler"); "Kortom, een van de spelers" is no one. */
function appositionOfTwo(after: string): boolean {
  // Case-sensitive on its own: under the i flag \p{Lu} matches lower case too.
  const second = /^\s+\p{Lu}[\p{L}'’-]+/u.exec(after)
  return !!second && APPOSITION.test(after.slice(second[0].length))
}
/** Verbs of telling: after a capitalised word they make it someone speaking. */
const SPEECH_VERBS = 'zegt|zei|vertelt|vertelde|verteld|says|said|told|tells'
/** A comma and a school class or level after a name: ", 3 havo", ", groep 6", ", klas 2b". */
const CLASS_APPOSITION_SOURCE = String.raw`,\s+(?:klas\s+|groep\s+)?\d\s?(?:[a-z]{1,2}\s+)?(?:vmbo|havo|vwo|mavo|gym\w*|atheneum)\b|,\s+(?:klas|groep)\s+\d[a-z]?\b`
const CLASS_APPOSITION = new RegExp(`^(?:${CLASS_APPOSITION_SOURCE})`, 'iu')

const AFTER_NAME_WORDS = new RegExp(
  String.raw`^(?:\s*\(\s*\d{1,2}(?:\s*(?:jaar|jr\.?|j\.?|years?|y|mnd\.?|maanden|months?))?\s*\)|\s*\(\s*\d\s*(?:vmbo|havo|vwo|mavo|gym\w*|atheneum|[a-z]{1,2})\b[^)]{0,12}\)|,?\s+\d{1,2}\s*(?:jaar|jr\b|j\b|years?\b)|,\s+\d{1,2}\s*(?:mnd\b|maanden\b|maand\b|months?\b)|\s+(?:uit|van|in|zit in)\s+groep\s+\d|\s+(?:uit|in|zit in)\s+(?:klas\s+)?\d\s?[a-z]{0,2}\s+(?:vmbo|havo|vwo|mavo|gym\w*|atheneum)\b|\s+(?:uit|in|zit in)\s+(?:klas\s+)?\d[a-z]{1,2}\b|\s+(?:from|in)\s+(?:class|group|grade|year|form)\s+\d|,?\s+aged\s+\d{1,2}\b|${CLASS_APPOSITION_SOURCE}|\s+(?:uit|van|bij|in|from)\s+(?:de\s+|het\s+|the\s+)?(?:[jm]?o\s?\d{1,2}(?:-\d)?)\b|\s+(?:uit|van|zit in)\s+(?:mijn|m'?n|onze|ons)\s+(?:[\p{L}\d-]+\s+)?(?:groep|groepje|klas|team|elftal|selectie|mentorklas)\b|\s+(?:is|was)\s+(?:een|de)\s+(?:kind|leerling|leerlinge|speler|speelster|pupil|peuter|kleuter|jongen|meisje|cli[eë]nt|cliente|bewoner|bewoonster)\s+(?:van|uit|in|bij)\b|\s+(?:${SPEECH_VERBS})\b)`, 'iu')
/** What after a capitalised word says it is a person: an age, a class, "zegt", or a role after a comma. */
const afterName = (after: string) => AFTER_NAME_WORDS.test(after) || appositionOfTwo(after)
const AGE_AFTER = /^(?:\s*\(\s*\d{1,2}(?:\s*(?:jaar|jr\.?|j\.?|years?|y))?\s*\)|,?\s+\d{1,2}\s*(?:jaar|jr\b|j\b|years?\b))/i
/** A speech verb right after, also after a comma that closes an apposition ("Saba Haile, told me"). */
const SPEECH_AFTER = new RegExp(String.raw`^,?\s+(?:${SPEECH_VERBS})\b`, 'i')
/** After a sentence-initial "Roos" or "Bakker", a verb that makes it the subject of the sentence. */
const SUBJECT_VERB = /^\s+(?:heeft|had|zegt|zei|vertelt|vertelde|woont|woonde|huilt|huilde|durft|krijgt|kreeg|zit|zat|komt|kwam|gaat|ging|wordt|werd|slaat|sloeg|kan|mag|moet|wil)\b/i
/** Roles, relations and nouns ("stiefvader", "leerkracht", "onderzoek") before "zegt" at the start of a sentence. */
const NOT_A_NAME_ENDING =
  /(?:vader|moeder|ouders?|arts|kracht|werker|coach|agent|kundige|leider|leidster|trainer|trainster|docent|man|vrouw|zus|zusje|broer|broertje|kind|juf|meester|tante|oom|opa|oma|buur|buren|persoon|genoot|genote|ling|ster|aar|eur|ist|iker|ent|ant|je|ing|heid|schap|isme|tie|sie|teit|code|wet|zoek|raad|dienst|team|school|protocol|richtlijn|site|app)$/
/** Place, not person: "in Utrecht", "uit Tilburg", also with the article of a town's name ("in Den Bosch", "naar Ter Apel"). */
const PLACE_BEFORE =
  /(?:^|\s)(?:in|uit|naar|te|richting|gemeente|regio|provincie|ggd|thuis|wijkteam|near|from|(?:woon)?plaats|stad|dorp|city|town)\s*[,:(]?\s+(?:(?:den|de|het|ter|ten|'s)\s+)?$/i
/** The second part of a town's name: "Alphen aan den Rijn", "Bergen op Zoom", "Wijk bij Duurstede". */
const PLACE_COMPOUND_BEFORE = /\p{Lu}[\p{L}-]+\s+(?:aan|op|bij)\s+(?:(?:de|den|der|het)\s+)?$/u
const PLACE_ARTICLE_BEFORE =
  /(?:^|\s)(?:op|in|naar|over|bij|aan|uit|langs|rond|achter|onder|tegenover|richting|via|vanaf|vanuit|door|om)\s+(?:de|het|'t)\s+$/i
/**
 * "Tijdens de Sinterklaasviering zei een kind…", "na de Paasbrunch": after a preposition of time
 * and an article comes an event, and the verb after it is the sentence's own (Dutch puts it
 * second), not a person speaking. Only for words on no name list.
 */
const EVENT_ARTICLE_BEFORE = /(?:^|\s)(?:tijdens|na|sinds|sedert|gedurende|vlak\s+na|vlak\s+voor|during|after|since)\s+(?:de|het|'t|the)\s+$/i
const ABBREVIATION_BEFORE = /(?:^|\s)(?:mevr|mw|dhr|fam|mr|mrs|ms|dr|burg|st|ir|drs|prof|ds|jhr|nr|o\.a|bijv|bv|evt|ca|vs|dd|t\.a\.v|tav)\.\s*$/i

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && /[\s"'“”‘’(«»*•]/u.test(text[i]!)) {
    if (text[i] === '\n') return true
    i--
  }
  if (i < 0) return true
  const ch = text[i]!
  if (ch === '.') return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 8), i + 1))
  return /[!?:;…>-]/.test(ch)
}

/** "cliënte" as "cliente", "Önder" as "onder": the lists are also written without diacritics. */
const foldedLower = (lower: string) => (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower)

/** Countries and the words on NOT_PERSONS, with or without diacritics ("Somalië"). */
/** Dutch and Flemish towns and regions (namen.generated.ts), none of them a given name. */
const TOWNS = packedSet(PLACES)
const isPlaceOrNoPerson = (lower: string) => NOT_PERSONS.has(lower) || COUNTRIES.has(foldedLower(lower)) || TOWNS.has(lower)

function nameClass(lower: string): 'any' | 'cap' | undefined {
  if (ANY_CASE.has(lower)) return 'any'
  if (CAPITALISED.has(lower)) return 'cap'
  // A double given name off the lists ("joris-jan", "anne-wil"): every part a name, as strong as its weakest part.
  if (lower.includes('-')) {
    const parts = lower.split('-').filter(Boolean).map((p) => (p.includes('-') ? undefined : nameClass(p)))
    if (parts.length >= 2 && parts.every(Boolean)) return parts.includes('cap') ? 'cap' : 'any'
  }
  const folded = foldedLower(lower)
  if (folded === lower) return undefined
  return ANY_CASE.has(folded) ? 'any' : CAPITALISED.has(folded) ? 'cap' : undefined
}

/**
 * Endings that only surnames have, in the languages of large groups of newcomers: Ukrainian and
 * Russian (-enko, -chuk, -yuk, -ovych), Polish (-wicz, -czyk), Georgian (-shvili, -dze), Armenian
 * (-yan), Turkish (-oğlu). No Dutch or English word ends so, so they count in lower case too
 * ("olena shevchenko zegt…"), where a name from the lists would need a capital or a cue.
 */
const SURNAME_ONLY_ENDING = /\p{L}{2}(?:enko|chuk|czuk|yuk|iuk|ovych|evych|ovich|evich|owicz|ewicz|wicz|czyk|czak|nyk|chyk|shvili|adze|idze|yan|oğlu|oglu)$/u
/** Endings that surnames share with a few words ("alaska", "ski"): only capitalised. */
const SURNAME_ENDING = /\p{Ll}(?:ski|ska|sky|skyi|skyy|ova|eva)$/u

/** A word that looks like a foreign surname on its own: Turkish letters, or an ending that only surnames have. */
function looksLikeSurname(word: string, ordinary: ReadonlySet<string> = NO_WORDS): boolean {
  const lower = word.toLowerCase()
  if (lower.length < 6 || isOrdinary(lower, ordinary) || STOP_WORDS.has(lower)) return false
  if (SURNAME_ONLY_ENDING.test(lower)) return true
  return isCapitalised(word) && (/[ğışİŞ]/u.test(word) || SURNAME_ENDING.test(word))
}

const NO_WORDS: ReadonlySet<string> = new Set()

/** Role words with one typo ("Docther (52)", "Moedre zegt"): still the role, not a name. */
const ROLE_WORDS = [...STOP_WORDS].filter((w) => w.length >= 5)
const isTypoOfRole = perWord((lower: string): boolean => {
  if (lower.length < 5 || nameClass(lower) !== undefined) return false
  return ROLE_WORDS.some((w) => Math.abs(w.length - lower.length) <= 1 && editDistance(w, lower, 1) <= 1)
})

/**
 * Chat words that are also given names ("datum enzo?", "hoe lang max?"): in lower case they are
 * the word ("en zo", maximum, minimum); a capital still makes them a name ("Max zegt").
 */
const CHAT_WORDS = new Set(['enzo', 'max', 'min'])

/** "dec/jan", "jan-mrt", "3 jan": a month among months or after a day, not Jan (or Jun). */
const MONTH_WORD = new RegExp(`^(?:${MONTHS})$`, 'i')
const MONTH_BEFORE = new RegExp(`(?:\\b\\d{1,2}\\s*|\\b(?:${MONTHS})\\.?\\s*(?:[/-]|t/m|tot|en)\\s*)$`, 'i')
const MONTH_AFTER = new RegExp(`^\\.?\\s*(?:[/-]|t/m|tot|en)\\s*(?:${MONTHS})\\b`, 'i')
/** "the May holiday", "de meivakantie" written apart ("mei vakantie"), "in May": a month, not May. */
const MONTH_HOLIDAY_AFTER = /^\s*(?:holidays?|vacation|break|half[- ]term|term|vakantie|deadline)\b/i
const MONTH_TIME_BEFORE = /\b(?:in|during|since|until|before|after|early|late|mid|next|last|this|every)\s+(?:the\s+)?$/i
const isMonthHere = (lower: string, before: string, after: string) =>
  MONTH_WORD.test(lower) && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || MONTH_HOLIDAY_AFTER.test(after) || (/^(?:may|june|july|march|april|august)$/.test(lower) && MONTH_TIME_BEFORE.test(before)))

/**
 * Games and their characters, named as children name them ("Mario Kart", "Zelda"): a title,
 * not a person, even capitalised and followed by another capital.
 */
const GAME_TITLES = /\b(?:(?:super\s+)?mario\s+(?:kart|party|bros\.?|odyssey|wonder)|super\s+mario|zelda|pok[eé]mon|pikachu|minecraft|fortnite|roblox|fifa|call of duty|among us|animal crossing|brawl stars)\b/giu

/**
 * Holidays and feast days ("Oud en Nieuw", "Keti Koti", "Sint-Maarten"): a date in the calendar,
 * not a person, though "Oud" and "Koti" can be surnames.
 */
const HOLIDAYS =
  /\b(?:oud\s*(?:en|&)\s*nieuw|oud\s*(?:en|&)\s*nieuwjaar|oudjaar(?:sdag|savond)?|nieuwjaar(?:sdag|sduik|sreceptie)?|kerst(?:mis|avond|dagen|vakantie|feest|diner)?|eerste\s+kerstdag|tweede\s+kerstdag|pasen|paasdagen|pinksteren|hemelvaart(?:sdag)?|koningsdag|bevrijdingsdag|dodenherdenking|moederdag|vaderdag|sinterklaas(?:avond|feest)?|pakjesavond|sint[- ]maarten|suikerfeest|offerfeest|eid(?:\s+al[- ](?:fitr|adha))?|ramadan|keti\s+koti|divali|diwali|chanoeka|holi|halloween|carnaval|valentijnsdag|thanksgiving|christmas|easter|new\s+year'?s(?:\s+eve)?)\b/giu

/**
 * Children's films, series and books and their characters ("in Frozen zit Elsa opgesloten"): when
 * the story is named, its characters are characters, not children of the user's group. Only names
 * in the same message as their story's title.
 */
const STORY_CHARACTERS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bfrozen\b/iu, /\b(?:elsa|anna|olaf|kristoff|hans|sven)\b/giu],
  [/\bjip\s+en\s+janneke\b/iu, /\b(?:jip|janneke|takkie|siepie)\b/giu],
  [/\bpippi\b/iu, /\b(?:pippi|tommy|annika)\b/giu],
  [/\bharry\s+potter\b/iu, /\b(?:harry|ron|hermelien|hermione|hagrid|voldemort|dumbledore|sneep|snape|draco)\b/giu],
  [/\b(?:peppa(?:\s+pig)?|big\s+peppa)\b/iu, /\b(?:peppa|george|suzy)\b/giu],
  [/\bpaw\s+patrol\b/iu, /\b(?:ryder|chase|marshall|skye|rubble|rocky|zuma)\b/giu],
  [/\bbluey\b/iu, /\b(?:bluey|bingo|bandit|chilli)\b/giu],
  [/\b(?:dikkie\s+dik|kikker|nijntje|miffy)\b/iu, /\b(?:dikkie|kikker|nijntje|miffy|pad|eend|rat|haas)\b/giu],
  [/\b(?:assepoester|cinderella|sneeuwwitje|snow\s+white|roodkapje|hans\s+en\s+grietje|doornroosje)\b/iu, /\b(?:assepoester|cinderella|sneeuwwitje|roodkapje|hans|grietje|doornroosje)\b/giu],
  [/\b(?:encanto|moana|vaiana|coco|inside\s+out|binnenstebuiten|toy\s+story|shrek|lion\s+king|leeuwenkoning|matilda|annie)\b/iu, /\b(?:mirabel|bruno|isabela|vaiana|moana|maui|miguel|woody|buzz|shrek|fiona|simba|nala|scar|matilda|annie|blijheid|verdriet|riley)\b/giu],
]

/**
 * Famous figures, real and fictional, whom people are compared to: "noemt hem Kapitein Haak",
 * "traint net als Rocky", "zo sterk als de Hulk". Figures whose name is no one's ordinary name
 * count anywhere; those that are also given names ("Rocky", "Elvis") only after a comparison.
 */
const FAMOUS_FIGURES =
  /\b(?:romeo\s+(?:en|and|&)\s+(?:julia|juliet)|coach\s+carter|kapitein\s+haak|captain\s+hook|peter\s+pan|darth\s+vader|harry\s+potter|bob\s+de\s+bouwer|frida\s+kahlo|van\s+gogh|taylor\s+swift|michael\s+jackson|bruce\s+lee|jackie\s+chan|mike\s+tyson|muhammad\s+ali|badr\s+hari|rico\s+verhoeven|max\s+verstappen|lionel\s+messi|cristiano\s+ronaldo|robin\s+hood|sherlock\s+holmes|spider-?man|iron\s*man|captain\s+america|wonder\s+woman|batman|superman|rambo|tarzan|pinokkio|pinocchio|popeye|obelix|asterix|kuifje|tintin|gollum|voldemort|shrek|hulk|the\s+rock|de\s+hulk|mbapp[eé]|neymar|beyonc[eé]|rihanna|einstein|napoleon|hitler)\b/giu
const FAMOUS_AFTER_COMPARISON =
  /\b(?:net\s+als|zoals|als\s+een|alsof\s+(?:hij|zij|ze|ik)(?:\s+\p{L}+)?|like|just\s+like|a\s+la|à\s+la)\s+(?:de\s+|the\s+)?(?:rocky|elvis|messi|ronaldo|thor|hercules|zorro|joker|sinterklaas|pippi|bambi|dora|elsa|hagrid|mowgli|rapunzel|ariel|simba|stitch|sonic|mario|luigi|yoda|frodo|gandalf|hermelien|hermione|ninja|rocky\s+balboa|ronaldinho|zlatan|cruijff|cruyff|verstappen|tyson)\b/giu

/**
 * Whom a child looks up to ("wil worden zoals Simone Biles", "net als Nina Derwael wil worden", "her
 * idol Taylor Swift", "fan van Xavi Simons"): a famous person, not someone the user knows.
 */
const ADMIRED_BEFORE = /(?:wil(?:de)?\s+(?:later\s+)?(?:\p{L}+\s+)?(?:worden|zijn)\s+(?:net\s+)?(?:zoals|als)|(?:haar|zijn|hun|z'?n|d'r|my|her|his|their)\s+(?:grote\s+)?(?:idool|held|heldin|voorbeeld|idol|hero)|fan\s+van|posters?\s+van|wants\s+to\s+be\s+(?:just\s+)?like|idolises|idolizes|looks\s+up\s+to|(?:de|het|the)\s+nieuwe|the\s+next)\s+$/iu
/** A comparison ("net als", "zo hard als", "zoals", "like") in a sentence about wanting or becoming: someone admired. */
const COMPARISON_BEFORE = /(?:\bnet\s+(?:zo\s+\p{L}+\s+)?als|\bzo\s+\p{L}+\s+als|\bzoals|\blike|\bals)\s+$/iu
const WANTING = /\b(?:wil|wilt|willen|wilde|wou|later|droomt|dromen|worden|wordt|wants|want|dreams|become|idool|held|idol|hero)\b/iu

/** Cheap gate: without a comparison or an admiring word no token needs the look-back below. */
const ADMIRED_ANYWHERE = /\b(?:als|zoals|like|idool|held|heldin|voorbeeld|idol|hero|fan|posters?|nieuwe|next|idolises|idolizes|looks)\b/i

function takeAdmired(text: string, tokens: Token[], taken: boolean[]): void {
  if (!ADMIRED_ANYWHERE.test(text)) return
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.word)) continue
    const before = text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start)
    let k = i
    while (k + 1 < tokens.length && isCapitalised(tokens[k + 1]!.word) && /^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) && k - i < 2) k++
    // Only a first and last name (a famous person is named in full), or a name after admiring words.
    const sentence = text.slice(Math.max(0, tokens[i]!.start - 80), tokens[k]!.end + 40)
    const admired = ADMIRED_BEFORE.test(before) || (k > i && COMPARISON_BEFORE.test(before) && WANTING.test(sentence))
    if (admired) for (let x = i; x <= k; x++) taken[x] = true
    i = k
  }
}

/**
 * A children's character on a thing a child wears or carries ("een pleister van Dora", "rugzak met
 * Spiderman"): a print, not a person. Only characters whose name is rarely a child's own (not Anna).
 */
const CHARACTER_ON_THING =
  /\b(?:pleisters?|plasters?|shirtje|shirt|t-shirt|trui(?:tje)?|jas(?:je)?|muts(?:je)?|pyjama|rugzak(?:je)?|backpack|tas(?:je)?|beker(?:tje)?|drinkbeker|broodtrommel|lunchbox|stickers?|knuffel|schoenen|sokken|pet(?:je)?|poppetje|speelgoed|band-?aids?)\s+(?:van|met|with|of)\s+(?:dora|elsa|olaf|frozen|nijntje|miffy|bumba|peppa(?:\s+pig)?|spider-?man|batman|superman|bluey|mickey(?:\s+mouse)?|minnie(?:\s+mouse)?|barbie|sonic|mcqueen|k3|woezel(?:\s+en\s+pip)?|dikkie\s+dik|paw\s+patrol|hello\s+kitty|minions?|stitch|ariel|vaiana|moana|bambi|nemo|pj\s+masks|ninjago)\b/giu

/**
 * A professional and "van" before a capitalised word: where they work, not whose they are (family
 * roles are RELATION_VAN). Only a small "van": "dokter Van Dijk" is a surname.
 */
const PROFESSIONAL_VAN =
  /(?:^|\s)(?:casemanager|zorgco[öo]rdinator|co[öo]rdinator|medewerker|medewerkster|consulent|(?:wijk)?verpleegkundige|wijkverpleging|wijkagent|begeleider|hulpverlener|regisseur|arts|huisarts|jeugdarts|dokter|aandachtsfunctionaris|directeur|manager|teamleider|collega|collega's|contactpersoon|behandelaar|therapeut|psycholoog|maatschappelijk werker)(?:\s+\p{L}+)?\s+(?:van|bij)\s+$/iu

/**
 * A sports role and "van" or "bij" before a capitalised word: a club or a country ("de coach van
 * Ajax", "keeper bij Feyenoord"). Only when the word is no listed given name: "de trainer van Sem"
 * is a child.
 */
const SPORT_ROLE_VAN =
  /(?:^|\s)(?:(?:jeugd|hoofd|assistent|keepers|bonds)?(?:coach|trainer|trainster)|speler|speelster|spelers|keeper|doelman|spits|aanvoerder|voorzitter|bestuurslid|bestuur|scheidsrechter|talentscout|scout|fysio|physio|teammanager)\s+(?:van|bij|at|of)\s+$/iu

/** Someone served by an organisation ("een cliënt van Humanitas", "bewoner bij Zonnehuis"); a listed name stays a person. */
const CLIENT_ROLE_VAN = /(?:^|\s)(?:cli[eë]nt|cliente|cli[eë]nten|pati[eë]nt|pati[eë]nten|bewoner|bewoonster|bewoners|deelnemer|deelnemers|vrijwilliger|vrijwilligers|lid|leden|client|patient|resident|member|volunteer)\s+(?:van|bij|at|of)\s+$/iu

/**
 * Where someone works or plays, not whose they are: after a professional and "van"/"bij" any
 * capitalised word ("de casemanager van Vitras"); after a sports role only one that is no listed
 * name ("de coach van Ajax", but "de trainer van Sem" is a child). `before` ends in "van " or "bij ".
 */
function organisationAfterRole(before: string, lower: string): boolean {
  return (PROFESSIONAL_VAN.test(before) && /\s(?:van|bij)\s+$/.test(before)) || ((SPORT_ROLE_VAN.test(before) || CLIENT_ROLE_VAN.test(before)) && nameClass(lower) === undefined)
}

/** A word of the knowledge, also in the plural ("Kleuters", "Ouders"). */
function isOrdinary(lower: string, ordinary: ReadonlySet<string>): boolean {
  if (ordinary.size === 0) return false
  const w = foldedLower(lower)
  return ordinary.has(w) || (w.length > 4 && (ordinary.has(w.replace(/'?s$/, '')) || ordinary.has(w.replace(/en$/, ''))))
}

/** "elke ward", "every ward", "onze roos": after a determiner a lower-case word is a noun, not a name (no tussenvoegsels: "mevrouw de jong"). */
const DETERMINER_BEFORE = /(?:^|\s)(?:een|elke|iedere|ieder|deze|onze|ons|jullie|every|each|the|a|an|its|our|this|their|your)\s+$/i

/** In a message about Sinterklaas, "Piet" and "de Sint" are the feast's figures, not someone's name. */
const isHolidayFigure = (lower: string, text: string, after: string) =>
  (lower === 'piet' || lower === 'sint' || lower === 'pieten') &&
  !/^\s+(?:van|de|der|den|ter|ten|\p{Lu})/u.test(after) &&
  /sinterklaas|\bsint\b|pieten|pepernoot|pepernoten|pakjesavond|5 december|kerstman/i.test(text)

/**
 * "Sinterklaasviering", "Kerstborrel", "Paasontbijt", "Carnavalsoptocht": a feast's name and an
 * everyday word (or a longer tail that is no name and has no surname ending), one event.
 * "Kerstens" stays a surname: its tail is no word.
 */
const FEAST_STEM = /^(sinterklaas|sint|kerst|paas|pasen|carnavals?|ramadan|suikerfeest|offerfeest|koningsdag|halloween|moederdag|vaderdag|nieuwjaars?|oudejaars?)(\p{L}{4,})$/u
function isFeastCompound(lower: string, ordinary: ReadonlySet<string>): boolean {
  const m = FEAST_STEM.exec(lower)
  return !!m && (EVERYDAY.has(m[2]!) || isOrdinary(m[2]!, ordinary) || (m[2]!.length >= 5 && nameClass(m[2]!) === undefined && !/(?:s|sen|se|ens|er|ing?h)$/.test(m[2]!)))
}

/** "belle" for "bellen": a word ending in e that is an everyday word with its n back. */
function droppedFinalN(lower: string, ordinary: ReadonlySet<string>): boolean {
  return lower.length >= 4 && lower.endsWith('e') && ordinary.has(foldedLower(lower) + 'n')
}

/** Youth teams by their letter: "F'jes", "E-pupillen", "A-junioren". */
const TEAM = /^\p{Lu}['’-]?(?:jes|pupillen|junioren|senioren)$/u

/** Words that name a kind of institution or venue: the capitalised words after one are its name. */
const VENUE = /(?:^(?:mc|umc|umcg|lumc|amc)|zorggroep|zorgorganisatie|thuiszorg|welzijn|woonzorg|corporatie|school|sportpark|sporthal|park|centrum|huis|hof|opvang|kdv|bso|obs|cbs|rkbs|vv|sv|hc|kv|zv|rkvv|rksv|fc|hv|mhc|hhc|sc|zc|zpc|bc|tc|ltc|ltv|tv|vc|av|gv|rc|ckv|kc|club|vereniging|stichting|praktijk|kliniek|ziekenhuis|dagverblijf|kinderopvang|peuterspeelzaal|buurthuis|wijkcentrum|gebouw|locatie|afdeling|team)$/

/** A youth team's code right after a club's name ("VV Hollandia JO11-2", "MO15-1", "O13"): not a name, and its digits are no house number. */
const isTeamCode = (text: string, t: Token) =>
  (/^(?:[JjMm]?[Oo]|[A-F])$/.test(t.word) && /^\d/.test(text.slice(t.end, t.end + 1))) ||
  // Written out: "de Onder 9", "our Under 12s".
  (/^(?:onder|under)$/i.test(t.word) && /^\s*\d{1,2}\b/.test(text.slice(t.end, t.end + 4)))

/** A venue's word after its name: "Stedelijk Gymnasium", "Erasmus MC", "Rijnlands Lyceum". */
const VENUE_AFTER = /^(?:huis|museum|theater|theatre|schouwburg|bibliotheek|prijs|award|arena|paleis|monument|\p{L}*foundation|\p{L}*fonds|\p{L}*fund|stichting|academy|instituut|institute|gymnasium|lyceum|college|atheneum|academie|mc|umc|umcg|lumc|amc|\p{L}*ziekenhuis|\p{L}*kliniek|\p{L}*school|\p{L}*bank|\p{L}*zorggroep|zorg|sporthal|stadion)$/u

/**
 * A named place or organisation is no person: "Sportpark De Eendracht", "VV Oranje Zwart",
 * "Zorgcentrum De Horst", "bewoners van De Lindehof", "het Stedelijk Gymnasium".
 */
function takeVenueNames(text: string, tokens: Token[], taken: boolean[]): void {
  takeGameTitles(text, tokens, taken)
  takeWorksAndPublicFigures(text, tokens, taken)
  takeWebsites(text, tokens, taken)
  takeGroupNames(text, tokens, taken)
  takeAdmired(text, tokens, taken)
  takeBrandsBeforeProducts(text, tokens, taken)
  takeEventNames(text, tokens, taken)
  takeReadTitles(text, tokens, taken)
  takeNamesBeforeVenueWord(text, tokens, taken)
  takeNamesAfterVenueWord(text, tokens, taken)
}

/**
 * Works and the public people around them: a title in quotes after a word for a work or for
 * reading and watching ("In 'Kees de jongen'", "we lezen 'Pluk van de Petteflet'"), its maker
 * ("'Matilda' van Roald Dahl", "het prentenboek van Dick Bruna", "schrijfster Carry Slee"), a
 * saying's source ("een uitspraak van Toon Hermans", "zoals Cruijff al zei") and public figures
 * by name (public-figures.ts). None of them is someone the user knows; a child's own story ("het
 * verhaal van Sanne") is no work here, and quoted speech ("ze zei 'Daan slaat'") no title.
 */
const WORK_NOUN = String.raw`boek|boekje|boeken|prentenboek|voorleesboek|kinderboek|jeugdboek|roman|film|serie|tekenfilm|musical|toneelstuk|lied|liedje|song|gedicht|sprookje|strip|stripboek|podcast|documentaire|album|schilderij|book|movie|novel|poem|painting|series|show`
const WORK_CUE_BEFORE = new RegExp(String.raw`(?:\b(?:${WORK_NOUN}|verhaal|spel|game|programma|aflevering|lezen|lees|leest|lazen|las|gelezen|voorlezen|voorgelezen|voorlees|kijken|keken|gekeken|zagen|gezien|luisteren|luisterden|zingen|zongen|read|reading|watched|watching|titel|title)|(?:^|[.!?]\s+)(?:in|uit|over))\s*$`, 'iu')
const MAKER_ROLE = /\b(?:presentator|presentatrice|journalist|journaliste|columnist|columniste|verslaggever|verslaggeefster|nieuwslezer|nieuwslezeres|programmamaker|documentairemaker|interviewer|presenter|reporter|schrijver|schrijfster|auteur|kinderboekenschrijver|kinderboekenschrijfster|author|writer|regisseur|director|zanger|zangeres|singer|rapper|dichter|dichteres|poet|kunstenaar|artist|schilder|painter|componist|composer|illustrator|illustratrice|cabaretier|comedian|filosoof|philosopher|oud-voetballer|profvoetballer|topsporter|wereldkampioen|wereldkampioene|olympisch\s+kampioen|bondscoach)\s+$/iu
const SAYING_SOURCE = /\b(?:quote|citaat|uitspraak|gezegde|motto|woorden|lijfspreuk|in\s+the\s+words)\s+(?:van|of)\s+$/iu
const MAKER_AFTER_WORK = new RegExp(String.raw`\p{L}*(?:${WORK_NOUN})\b(?:[^.!?]|(?<=(?:^|[^\p{L}])\p{L})\.){0,80}\s(?:van|door|by)\s+$`, 'iu')
/**
 * A broadcast, item, column or interview right before "van" or "door" names its maker ("dat item van
 * Arjen Lubach", "de column van …"). Unlike a book's noun (MAKER_AFTER_WORK) only right before it:
 * "een interview met de moeder van Daan Jansen" is about a client.
 */
const MEDIA_ITEM_BEFORE = /\b(?:item|tv-item|uitzending|aflevering|programma|tv-programma|talkshow|column|interview|vlog|reportage|episode|broadcast)\s+(?:van|door|by)\s+$/iu
/** Methods, programmes and materials: "de methode van Rutgers" names who made it, usually an organisation. */
const ORG_WORK_BEFORE = /\b(?:methode|lesmethode|model|aanpak|lespakket|lesmateriaal|materiaal|richtlijn|handreiking|brochure|folder|campagne|website|toolkit|checklist|stappenplan|protocol|training|cursus|vlaggensysteem|method|guideline|toolkit|programme|program)\s+(?:\p{L}+\s+){0,2}?van\s+$/iu
/** After a work's noun in an earlier sentence: "Heb je tips, bijvoorbeeld van Max Velthuijs?" */
const MAKER_EXAMPLE_BEFORE = /\b(?:bijvoorbeeld|zoals|o\.\s?a\.|onder\s+andere|iets|eentje|werk|boeken|titels|tips|stijl|in\s+de\s+trant)\s+(?:van|door|by)\s+$|\b(?:schrijvers|auteurs|illustratoren|authors)\s+(?:als|zoals|like)\s+$/iu
/** A work's noun, also inside a compound ("boekentips", "leesboeken"): only with a maker's cue after it. */
/** A work's noun anywhere in a word ("voorleesboek", "boekentips", "kinderfilms"), but not "Facebook" or "notebook". */
const WORK_IN_WORD = new RegExp(String.raw`(?:${WORK_NOUN.replace('|book|', '|(?<!face|note|mac|chrome)book|')})`, 'iu')
/** A title written with a capital article inside a sentence ("In De Tweeling van …", "uit Het Achterhuis van …"). */
const ARTICLE_TITLE_BEFORE = /(?:^|\s)(?:De|Het|Een|The)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:van|door|by)\s+$/u
const CHARACTER_WORD = /\b(?:personage|personages|character|characters|films|tekenfilms|disneyfilms|movies|cartoons|tekenfilmfigu\w*|stripfigu\w*|disneyfigu\w*|filmfigu\w*|figuurtjes|tekenfilmhelden|cartoon\s+characters?)\b/iu
/** Two or more capitalised names listed together: "Elsa en Anna", "Mike and Sulley", "Ezel, Fiona en Shrek". */
const NAMED_TOGETHER = /\p{Lu}[\p{L}'’-]+(?:\s*,\s*\p{Lu}[\p{L}'’-]+)*\s+(?:en|and|&)\s+\p{Lu}[\p{L}'’-]+/gu
const QUOTED_TITLE = /(?<![\p{L}])(['"‘“„«])(\p{Lu}[^'"‘’“”„«»\n]{0,60}?)(['"’”»])(?![\p{L}])/gu

/** A word in either case for its first letter: the office words below, without the `i` flag (it would let \p{Lu} match lower case). */
const eitherCase = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`
const OFFICE = `(?:${['minister-president', 'minister', 'staatssecretaris', 'premier', 'kamerlid', 'burgemeester', 'wethouder', 'gedeputeerde', 'kinderombudsman', 'kinderombudsvrouw', 'ombudsman', 'secretary of state', 'prime minister', 'mayor'].map(eitherCase).join('|')})`
const OFFICE_NAME = String.raw`(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:van|de|der|den|ter|ten|het|'t))*(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`
const OFFICE_WORD = /minister|staatssecretaris|premier|kamerlid|burgemeester|wethouder|gedeputeerde|ombudsman|ombudsvrouw|secretary of state|mayor/i
const OFFICE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])${OFFICE}\s+(?:van\s+(?:VWS|JenV|J&V|OCW|SZW|BZK)\s+)?(${OFFICE_NAME})`, 'gu')
const NAME_THEN_OFFICE = new RegExp(String.raw`(${OFFICE_NAME})\s*,?\s+(?:als|toen|toenmalig|de|oud|voormalig|destijds|former|then)?\s*-?\s*${OFFICE}(?![\p{L}])`, 'gu')

function takeWorksAndPublicFigures(text: string, tokens: Token[], taken: boolean[]): void {
  const takeWithin = (start: number, end: number) => takeSpan(tokens, taken, start, end)
  // Public figures, matched without case or accents (folding keeps positions for composed text);
  // only when a token is the first word of one.
  if (tokens.some((t) => PUBLIC_FIGURE_FIRST_WORDS.has(foldedLower(t.lower).split('-')[0]!))) {
    const lower = text.toLowerCase()
    const folded = lower.normalize('NFD').replace(/\p{M}/gu, '')
    for (const m of (folded.length === text.length ? folded : lower).matchAll(PUBLIC_FIGURES)) takeWithin(m.index, m.index + m[0].length)
  }
  // Holders of a public office, named with it: "staatssecretaris Van Rijn", "Martin van Rijn als
  // staatssecretaris", "burgemeester Halsema". A minister or mayor is no one's identifying detail.
  // Not a street named after one ("Burgemeester de Withstraat 21").
  const office = (start: number, end: number) => {
    const last = text.slice(start, end).split(/\s+/).pop()!.toLowerCase()
    if (!STREET_END.test(last) && !HOUSE_NUMBER.test(text.slice(end, end + 12))) takeWithin(start, end)
  }
  // Per scan, so only when an office is named at all: the name patterns try every capital otherwise.
  if (OFFICE_WORD.test(text)) {
    for (const m of text.matchAll(OFFICE_THEN_NAME)) office(m.index + m[0].length - m[1]!.length, m.index + m[0].length)
    for (const m of text.matchAll(NAME_THEN_OFFICE)) office(m.index, m.index + m[1]!.length)
  }
  // Characters named together in a message about characters ("ze is gek op Elsa en Anna. Kan ik
  // die personages gebruiken?", "characters like Mike and Sulley"): story figures, not children.
  if (CHARACTER_WORD.test(text))
    for (const m of text.matchAll(NAMED_TOGETHER)) takeWithin(m.index, m.index + m[0].length)
  // Quoted titles, and where each one ends (a maker may follow it).
  const titleEnds: number[] = []
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const end = m.index + m[0].length
    const maker = /^\s*,?\s*(?:van|door|by)\s+\p{Lu}/u.test(text.slice(end, end + 12))
    if (!maker && !WORK_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    takeWithin(m.index, end)
    titleEnds.push(end)
  }
  // Makers and sources: capitalised words (initials and tussenvoegsels between) after a cue.
  const takeNameAt = (i: number, minimum: number) => {
    let k = i
    let capitals = 0
    while (k < tokens.length && (k === i || /^[\s.]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) {
      const t = tokens[k]!
      if (isCapitalised(t.word)) capitals++
      else if (!TUSSENVOEGSEL.has(t.lower) || k === i) break
      k++
    }
    // "het boek van Sanne Jansen uit groep 5", "…van Daan (7)": a child after all.
    if (/^\s*(?:\(\s*\d|uit\s+(?:groep|klas|de\s+klas)|van\s+\d|,?\s*\d{1,2}\s*(?:jaar|jr))/iu.test(text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 16))) return
    if (capitals < minimum) return
    for (let x = i; x < k; x++) taken[x] = true
    // A list of makers: "van Max Velthuijs of Guido van Genechten", "by Roald Dahl and Quentin Blake".
    const next = tokens[k]
    if (next && /^(?:of|en|and|or)$/i.test(next.word) && /^\s+$/.test(text.slice(tokens[k - 1]!.end, next.start)) && tokens[k + 1] && isCapitalised(tokens[k + 1]!.word)) takeNameAt(k + 1, 2)
    // …or with commas: "Edward van de Vendel, Annet Schaap of Bibi Dumon Tak".
    else if (next && isCapitalised(next.word) && /^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, next.start))) takeNameAt(k, 2)
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // Already taken (a public figure) still leads a list: "van Max Velthuijs of Guido van Genechten".
    if (!isCapitalised(t.word)) continue
    const before = text.slice(Math.max(0, t.start - 60), t.start)
    // "De Dierenbescherming zegt …": a capitalised article opening a sentence, then a word on no
    // name list, names an organisation or a place ("De Vries zegt" keeps its listed surname).
    if (/^(?:De|Het)$/.test(t.word) && isSentenceStart(text, t.start)) {
      let k = i + 1
      while (k < tokens.length && /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && isCapitalised(tokens[k]!.word) && nameClass(tokens[k]!.lower) === undefined && !looksLikeSurname(tokens[k]!.word)) k++
      for (let x = i + 1; x < k; x++) taken[x] = true
      continue
    }
    // Every cue below but a role, a source and "zoals" ends in "van", "door" or "by": test that first.
    const afterVan = /\s(?:van|door|by)\s+$/iu.test(before)
    if (MAKER_ROLE.test(before) || SAYING_SOURCE.test(before)) takeNameAt(i, 1)
    else if (!afterVan) {
      // "zoals Cruijff al zei": a saying's source.
      if (/\bzoals\s+$/iu.test(before) && /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:al|ooit|eens)\s+(?:zei|zegt|schreef|zong)\b/u.test(text.slice(t.end, t.end + 50))) takeNameAt(i, 1)
    } else if (titleEnds.some((e) => /^\s*,?\s*(?:van|door|by)\s+$/iu.test(text.slice(e, t.start)))) takeNameAt(i, 1)
    // After a work's noun a single first name may be the child's own ("het boek van Sanne"): two capitals.
    else if (MAKER_AFTER_WORK.test(before) || MEDIA_ITEM_BEFORE.test(before)) takeNameAt(i, 2)
    else if (ORG_WORK_BEFORE.test(before)) takeNameAt(i, 1)
    else if (ARTICLE_TITLE_BEFORE.test(before)) takeNameAt(i, 2)
    else if (MAKER_EXAMPLE_BEFORE.test(before) && WORK_IN_WORD.test(text.slice(Math.max(0, t.start - 200), t.start))) takeNameAt(i, 2)
  }
}

/**
 * Groups and teams introduced by their names ("de groepen heten Tijgers, Panters en Leeuwen",
 * "our teams are called Red and Blue"): the names listed, and the same words later in the message
 * ("de trainer van de Panters"), are groups, not people. Only after a plural group noun: "ze heet
 * Roos" names a person.
 */
const GROUP_NOUN = String.raw`\p{L}*(?:groep(?:en|jes)|teams|klassen|poules|afdelingen|selecties|lichtingen|units|groups|classes|squads)`
const GROUP_NAMING = new RegExp(
  String.raw`(?:(?:heten|noemen\s+we|zijn)\s+(?:de|onze|die|the|our)\s+${GROUP_NOUN}|(?:hebben|kregen|dragen)\s+(?:de|onze|alle|the|our)\s+${GROUP_NOUN}\s+\p{L}*(?:namen|names)(?:\s+(?:als|zoals|like))?|${GROUP_NOUN}\s+(?:heten|noemen\s+we|noemen\s+wij|zijn|are\s+called|are\s+named|are|(?:hebben|kregen|have|got)\s+\p{L}*(?:namen|names)(?:\s+(?:als|zoals|like))?)?)\s*:?\s*(?:de\s+|het\s+|the\s+)?$`,
  'iu',
)

/** Cheap gate: most messages name no group at all, and then no token needs the look-backs below. */
const GROUP_ANYWHERE = new RegExp(String.raw`${GROUP_NOUN}|\b(?:groep|groepje|stamgroep|team|teampje|klas|unit|poule|afdeling|group)\b`, 'iu')

function takeGroupNames(text: string, tokens: Token[], taken: boolean[]): void {
  if (!GROUP_ANYWHERE.test(text)) return
  const groups = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.word) || !GROUP_NAMING.test(text.slice(Math.max(0, tokens[i]!.start - 50), tokens[i]!.start))) continue
    // The list: capitalised words joined by commas, "en", "of", "and", "&".
    for (let k = i; k < tokens.length && isCapitalised(tokens[k]!.word); ) {
      groups.add(tokens[k]!.lower)
      const next = tokens[k + 1]
      if (!next) break
      const between = text.slice(tokens[k]!.end, next.start)
      // Joined by commas, "en", "of", "and", "&", each name with or without its article ("de Vossen, de Dassen en de Egels").
      let j = k + 1
      if (/^(?:en|of|and|or)$/.test(tokens[j]?.word ?? '') && /^\s*,?\s*$/.test(between)) j++
      else if (!/^\s*(?:,|&)?\s*$/.test(between)) break
      if (/^(?:de|het|the)$/.test(tokens[j]?.word ?? '')) j++
      k = j
    }
  }
  // "de Rode groep", "de Gele", "team Blauw": a capitalised word right before or after a group word names the group.
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.word) || isSentenceStart(text, tokens[i]!.start)) continue
    const next = tokens[i + 1]
    if (next && GROUP_WORD.test(next.word) && /^\s+$/.test(text.slice(tokens[i]!.end, next.start))) groups.add(tokens[i]!.lower)
  }
  if (groups.size >= 1) tokens.forEach((t, i) => groups.has(t.lower) && (taken[i] = true))
}

/** A group of children at a club, school or childcare, named by the word before it ("de Rode groep"). */
const GROUP_WORD = /^(?:groep|groepje|stamgroep|team|teampje|klas|unit|poule|afdeling|group|team)$/

/** A word with a web domain's ending glued to it ("Bol.com", "marktplaats.nl", "Vinted.be"): a site or shop, not a person. */
const DOMAIN_AFTER = /^\.(?:com|nl|be|org|net|eu|de|fr|uk|io|app|info|shop|store|tv)(?![\p{L}\p{N}]|\.\p{L})/u

function takeWebsites(text: string, tokens: Token[], taken: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) if (DOMAIN_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 8))) taken[i] = true
}

/**
 * Things people buy, after which a capitalised word is their brand ("nieuwe Nike schoenen", "een
 * Moncler jas", "zijn Samsung telefoon"): a person is written before such a word only with "van"
 * or "'s", never right before it.
 */
const PRODUCT = /^(?:schoenen|schoen|sneakers?|gympen|shirt|shirts|trui|hoodie|jas|jack|jassen|pet|petje|broek|trainingspak|tas|tasje|rugzak|horloge|telefoon|mobiel|phone|laptop|tablet|koptelefoon|oortjes|airpods|fiets|scooter|brommer|kleding|kleren|spullen|parfum|sieraden|ketting|riem|sokken|jacket|shoes|trainers|bag|watch|clothes)$/i
/** Brands that are also given names or words, written with their model: "iPhone 15", "PlayStation 5". */
const BRAND_WITH_MODEL = /\b(?:i[Pp]hone|i[Pp]ad|Galaxy|PlayStation|Xbox|Switch|AirPods|MacBook)\s*\d*\b/gu

/**
 * Brands that are no one's given name or surname here, and the capitalised model word after one
 * ("Nike Dunks", "Apple Watch"): what a child suddenly owns, not who.
 */
const BRANDS = new Set('nike adidas puma reebok asics fila lacoste gucci prada balenciaga moncler versace burberry ralph lauren tommy hilfiger apple samsung huawei xiaomi oneplus sony nintendo rolex casio airpods ipad iphone macbook playstation xbox'.split(' ').filter((b) => !['ralph', 'tommy'].includes(b)))

function takeBrandsBeforeProducts(text: string, tokens: Token[], taken: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!BRANDS.has(tokens[i]!.lower)) continue
    const next = tokens[i + 1]
    // "Nike Bakker": a brand word before a listed name or surname is someone's given name.
    if (next && isCapitalised(next.word) && (nameClass(next.lower) !== undefined || looksLikeSurname(next.word))) continue
    taken[i] = true
    // The brand's model after it ("Nike Air Max", "Apple Watch Ultra"): up to three capitalised words.
    for (let k = i + 1; k <= i + 3 && k < tokens.length && isCapitalised(tokens[k]!.word) && /^[\s-]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) taken[k] = true
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (!isCapitalised(t.word) || isSentenceStart(text, t.start) || !/^\s+$/.test(text.slice(t.end, tokens[i + 1]!.start))) continue
    if (!PRODUCT.test(tokens[i + 1]!.word)) continue
    taken[i] = true
    // A brand of two or three words ("een Louis Vuitton tas", "Canada Goose jas"): its capitalised words before.
    for (let k = i - 1, n = 0; k >= 0 && n < 2 && isCapitalised(tokens[k]!.word) && /^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)); k--, n++) {
      if (isSentenceStart(text, tokens[k]!.start)) break
      taken[k] = true
    }
  }
  for (const m of text.matchAll(BRAND_WITH_MODEL)) {
    takeSpan(tokens, taken, m.index, m.index + m[0].length)
  }
}

/**
 * A named event ends in what it is ("Dam tot Damloop", "Zevenheuvelenloop", "Kidsrun", "de
 * Roparun", "Norway Cup", "de Nationale Sportweek", "Open Dag", "Ouderavond"): the capitalised
 * words of its name, with small joining words between them, are no person.
 */
const EVENT_END = /(?:loop|run|marathon|triathlon|toernooi|tournament|cup|festival|kermis|classic|challenge|race|tocht|spelen|games|week|weekend|dag|dagen|maand|feest|gala|avond)$/i

function takeEventNames(text: string, tokens: Token[], taken: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!isCapitalised(t.word) || !EVENT_END.test(t.lower)) continue
    taken[i] = true
    // Back over the name: capitalised words, and "tot", "van", "de", "aan" between two of them.
    let k = i - 1
    while (k >= 0 && /^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
      if (isCapitalised(tokens[k]!.word) && !isSentenceStart(text, tokens[k]!.start)) taken[k--] = true
      else if (/^(?:tot|van|de|der|aan|op|en)$/.test(tokens[k]!.word) && k > 0 && isCapitalised(tokens[k - 1]!.word)) k--
      else break
    }
  }
}

/**
 * After reading or watching ("we lazen", "de trainer las … voor", "de film", "watched"), the
 * capitalised words that follow are a title: "Pluk van de Petteflet", "Voetbalgoden".
 */
const READ_WORDS = 'las|lazen|lees|leest|lezen|gelezen|voorgelezen|voorlezen|keek|keken|kijken|bekeken|zagen|luisterden|boek|boekje|film|serie|verhaal|prentenboek|voorleesboek|voorstelling|musical|toneelstuk|read|reading|watched|watching|book|movie'
/** Most messages name no reading or watching: then no capitalised word needs the look-back below. */
const READ_ANYWHERE = new RegExp(`\\b(?:${READ_WORDS})\\b`, 'i')
const READ_CUE = new RegExp(`\\b(?:${READ_WORDS})(?:\\s+(?:de|het|een|van|uit|the|a|of|we|wij|ik|hij|zij|ze|juf|meester|trainer|coach|leiding|klas|groep|samen|gisteren|vanavond|'s\\s+avonds|s\\s+avonds)){0,3}\\s+$`, 'i')
/** Watched without "naar" ("we keken 's avonds Heidi", "watched Matilda"): what is watched is a title; a person is looked at "naar". */
const VIEWED_BEFORE = /\b(?:keken|keek|kijken|bekeken|watched|watching)(?:\s+(?:we|wij|ze|zij|jullie|samen|'s\s+avonds|s\s+avonds|gisteren|vanavond|met\s+de\s+(?:kinderen|groep|klas)|together|last\s+night)){0,3}\s+$/i
const TITLE_NOUN_BEFORE = /\b(?:film|serie|boek|boekje|prentenboek|musical|voorstelling|toneelstuk|documentaire|movie|book|series|show)\s+$/i
function takeReadTitles(text: string, tokens: Token[], taken: boolean[]): void {
  if (!READ_ANYWHERE.test(text)) return
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.word) || !READ_CUE.test(text.slice(Math.max(0, tokens[i]!.start - 60), tokens[i]!.start))) continue
    // The title: capitalised words, and small words between two of them ("van de").
    let k = i
    while (k + 1 < tokens.length && /^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
      let j = k + 1
      while (j < tokens.length && /^(?:van|de|der|den|het|en|in|op|of|the|of|and)$/.test(tokens[j]!.word)) j++
      if (j < tokens.length && isCapitalised(tokens[j]!.word) && /^[\s\p{L}]*$/u.test(text.slice(tokens[k]!.end, tokens[j]!.start))) k = j
      else break
    }
    // "de juf las Emma Jansen voor": someone read to, not a title. A title with a given name in it
    // has more words between ("Pluk van de Petteflet"); a lone name stays a name.
    const onlyNames = tokens.slice(i, k + 1).every((t) => nameClass(t.lower) !== undefined || looksLikeSurname(t.word))
    // Right after the word for a title ("de film Lion", "het boek Matilda") it is a title even when it is also a name.
    const titled = TITLE_NOUN_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.start)) || VIEWED_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start))
    if (!onlyNames || titled) for (let x = i; x <= k; x++) taken[x] = true
    i = k
  }
}

/** Game and story titles, their characters and holidays (see GAME_TITLES, HOLIDAYS, STORY_CHARACTERS) are no one's name. */
function takeGameTitles(text: string, tokens: Token[], taken: boolean[]): void {
  const stories = STORY_CHARACTERS.filter(([title]) => title.test(text)).flatMap(([title, characters]) => [...text.matchAll(new RegExp(title, 'giu')), ...text.matchAll(characters)])
  for (const m of [...text.matchAll(GAME_TITLES), ...text.matchAll(CHARACTER_ON_THING), ...text.matchAll(HOLIDAYS), ...text.matchAll(FAMOUS_FIGURES), ...text.matchAll(FAMOUS_AFTER_COMPARISON), ...stories]) {
    takeSpan(tokens, taken, m.index, m.index + m[0].length)
  }
}

/**
 * "Stedelijk Gymnasium", "Erasmus MC", "Beatrix Kinderziekenhuis": the capitalised words before a
 * venue word; from a sentence's start only the word right before it.
 */
function takeNamesBeforeVenueWord(text: string, tokens: Token[], taken: boolean[]): void {
  for (let i = 1; i < tokens.length; i++) {
    // A compound's last part counts: "Prins Willem-Alexanderschool", "Beatrix-ziekenhuis".
    if (!VENUE_AFTER.test(tokens[i]!.lower.slice(tokens[i]!.lower.lastIndexOf('-') + 1)) || !isCapitalised(tokens[i]!.word)) continue
    let k = i - 1
    // Titles written with a dot belong to the name too: "Mr. Dr. Schaepmanschool", "St. Jozefschool".
    while (k >= 0 && /^\.?\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) && isCapitalised(tokens[k]!.word) && (k === i - 1 || !isSentenceStart(text, tokens[k]!.start) || /^\.\s/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)))) k--
    for (let x = k + 1; x <= i; x++) taken[x] = true
  }
}

/**
 * "Sportpark De Eendracht", "bewoners van De Lindehof": inside a sentence a person's "de" is
 * written small after a first name or title ("Jan de Vries", "mevrouw de Jong"); a capitalised De
 * or Het there, not after a title, starts the name of a place, and so does a venue word before capitals.
 */
function takeNamesAfterVenueWord(text: string, tokens: Token[], taken: boolean[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!
    const before = text.slice(Math.max(0, t.start - 40), t.start)
    const article = (t.word === 'De' || t.word === 'Het') && !isSentenceStart(text, t.start) && !PERSON_TITLE.test(before) && !TITLE_CUE.test(before) && !NAME_CUE.test(before) && !(i > 0 && isCapitalised(tokens[i - 1]!.word) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start)) && nameClass(tokens[i - 1]!.lower) !== undefined)
    const venue = VENUE.test(t.lower) && t.lower !== 'team'
    if (!article && !venue) continue
    let k = i + 1
    while (k < tokens.length && /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && isCapitalised(tokens[k]!.word) && !isTeamCode(text, tokens[k]!)) k++
    if (k === i + 1) continue
    // With a house number it is an address after all: "woont op De Lindehof 12".
    const last = tokens[k - 1]!
    if (HOUSE_NUMBER.test(text.slice(last.end, last.end + 16))) continue
    for (let x = i + 1; x < k; x++) taken[x] = true
    // "Sportpark De Eendracht": the venue's own word is no street or person either.
    taken[i] = true
  }
}

function findNames(text: string, tokens: Token[], found: Found[], taken: boolean[], ordinary: ReadonlySet<string>): void {
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start)

  /**
   * The surname after a name: tussenvoegsels and capitalised words, or a known surname in lower
   * case: any listed surname after a given name that is no word ("emma visser"), only one that is
   * no word either after one that is ("roos bakker" could be a flower and a baker).
   */
  const extend = (i: number): number => {
    const givenIsNoWord = nameClass(tokens[i]!.lower) === 'any'
    let j = i
    let k = i + 1
    while (k < tokens.length && /^\s+$/.test(gap(tokens[k - 1]!, tokens[k]!))) {
      const t = tokens[k]!
      if (TUSSENVOEGSEL.has(t.lower) && !isCapitalised(t.word)) {
        k++
        continue
      }
      const surname =
        (isCapitalised(t.word) && !NOT_PERSONS.has(t.lower) && !STOP_WORDS.has(t.lower)) ||
        (k === j + 1 && (givenIsNoWord ? nameClass(t.lower) !== undefined : nameClass(t.lower) === 'any') && !STOP_WORDS.has(t.lower))
      if (!surname) break
      j = k
      k++
    }
    return j
  }

  const english = mostlyEnglish(text)
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue
    const t = tokens[i]!
    const capital = isCapitalised(t.word)
    const cls = nameClass(t.lower)
    // Most words are lower case and on no list: never a name, and nothing more to look at.
    if (!capital && cls === undefined) continue
    // English writers capitalise names: "can I skip", "can parents sue me" are verbs. A surname by
    // its shape is one in any language ("natalia bondarenko from ukraine").
    const after = text.slice(t.end, t.end + 60)
    const next = tokens[i + 1]
    // "piet van dijk", "sanne de boer": a listed first name, a tussenvoegsel and a listed surname, all in lower case.
    const lowerFullName = LOWER_TUSSENVOEGSEL_SURNAME.exec(after)
    // A given name that is no word with a listed surname after it is a full name in any case ("emma visser", "sanne de vries").
    const listedFullName = () =>
      cls === 'any' &&
      next !== undefined &&
      /^\s+$/.test(gap(t, next)) &&
      ((nameClass(next.lower) !== undefined && !STOP_WORDS.has(next.lower)) || (lowerFullName !== null && nameClass(lowerFullName[1]!) !== undefined))
    if (!capital && english && !listedFullName() && !looksLikeSurname(t.word, ordinary) && !(next && looksLikeSurname(next.word, ordinary))) continue
    const before = text.slice(Math.max(0, t.start - 40), t.start)
    const start = isSentenceStart(text, t.start)
    // Acronyms ("VGV", "GGD") are organisations and terms, not people; a known name in capitals
    // of four letters or more ("EMMA") still is one. So are organisations named after people.
    const allCaps = t.word.length > 1 && t.word === t.word.toUpperCase()
    const nextCapitalised = next !== undefined && /^\s+$/.test(gap(t, next)) && isCapitalised(next.word)
    // A listed given name that is also a place ("Saba", "Lisse", "Jordan") and then says something,
    // alone or with a surname: places do not speak.
    const speaks = () =>
      cls !== undefined && !NOT_PERSONS.has(t.lower) && (SPEECH_AFTER.test(after) || (nextCapitalised && SPEECH_AFTER.test(text.slice(next!.end, next!.end + 20))))
    const stop =
      isHolidayFigure(t.lower, text, after) ||
      (cls === undefined && isFeastCompound(t.lower, ordinary)) ||
      (!capital && DETERMINER_BEFORE.test(before)) ||
      STOP_WORDS.has(t.lower) ||
      FUNCTION_WORDS.has(t.lower) ||
      // "the baby I'm visiting": the English "I" in any of its forms is no name.
      /^i(?:['’](?:m|ve|ll|d))?$/.test(t.lower) ||
      STOP_WORDS.has(foldedLower(t.lower)) ||
      (capital && start && isTypoOfRole(t.lower)) ||
      (cls === undefined && isOrdinary(t.lower, ordinary)) ||
      (cls === undefined && capital && start && EVERYDAY.has(foldedLower(t.lower))) ||
      // "Speel-Plein" is a word; "anne-wil" is a listed double name, though "wil" is a word.
      (cls === undefined && isCompoundOfWord(t.word, ordinary)) ||
      (isPlaceOrNoPerson(t.lower) && !speaks()) ||
      TEAM.test(t.word) ||
      (!capital && CHAT_WORDS.has(t.lower)) ||
      isMonthHere(t.lower, before, after) ||
      // "Trainer O9", "coach JO11-2": a youth team's code, wherever it stands.
      isTeamCode(text, t) ||
      (allCaps && (cls !== 'any' || t.word.length < 4)) ||
      ORGANISATION.test(text.slice(t.start, t.start + 32))
    const nextIsName = nextCapitalised && (nameClass(next!.lower) !== undefined || looksLikeSurname(next!.word, ordinary))
    // "oksana melnyk", "iryna kovalenko": a listed given name and a surname by its shape, both in lower case.
    const nextIsSurnameShape = next !== undefined && /^\s+$/.test(gap(t, next)) && cls !== undefined && looksLikeSurname(next.word, ordinary)
    // "Boy Kerstens, …": a listed name and then a capitalised word that is no word we know: a surname off the lists.
    const nextIsUnlistedSurname =
      nextCapitalised && cls !== undefined && !isOrdinary(next!.lower, ordinary) && !STOP_WORDS.has(next!.lower) && !FUNCTION_WORDS.has(next!.lower) &&
      !isPlaceOrNoPerson(next!.lower) && !/^\p{Lu}+$/u.test(next!.word) && /^[,;:]|^\s+(?:zegt|zei|vertelt|vertelde|heeft|is|was|uit|van|komt|zit|says|said)\b/.test(text.slice(next!.end, next!.end + 12))
    const tvName = /^\s+(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|el|al|ben|bin|ait|abu)\s+(\p{Lu}[\p{L}'’-]*)/u.exec(after)
    const nextIsTussenvoegselName = !!tvName && !NOT_PERSONS.has(tvName[1]!.toLowerCase()) && !/^\p{Lu}+$/u.test(tvName[1]!)
    const nextIsLowerSurname = !capital && cls !== undefined && !!lowerFullName && nameClass(lowerFullName[1]!) !== undefined && !NOT_PERSONS.has(lowerFullName[1]!)

    // A third name after the pair ("Djaylon Semedo Tavares van de O13"): the cue stands after it.
    const thirdNameCue = () => {
      const third = tokens[i + 2]
      return (
        third !== undefined && /^\s+$/.test(gap(next!, third)) && isCapitalised(third.word) && !isOrdinary(third.lower, ordinary) &&
        !isPlaceOrNoPerson(third.lower) && !STOP_WORDS.has(third.lower) && afterName(text.slice(third.end, third.end + 40))
      )
    }
    // Evaluated only where it decides (below): it runs the after-name patterns.
    const pairBeforePersonCue = () =>
      capital && nextCapitalised && !isOrdinary(t.lower, ordinary) && !STOP_WORDS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !isPlaceOrNoPerson(t.lower) &&
      !isOrdinary(next!.lower, ordinary) && !isPlaceOrNoPerson(next!.lower) && !/^\p{Lu}+$/u.test(next!.word) &&
      (afterName(text.slice(next!.end, next!.end + 40)) ||
        (/,\s*$/.test(before) && text[next!.end] === ',' && SPEECH_AFTER.test(text.slice(next!.end, next!.end + 20))) ||
        thirdNameCue())
    const bodyPart = BODY_PARTS.has(t.lower) && !afterName(after) && !SUBJECT_VERB.test(after)
    let pair = false
    let name = false
    if ((nextIsLowerSurname || nextIsSurnameShape) && !stop) name = true
    else if (STRONG_NAME_CUE.test(before)) name = (capital && !stop) || cls !== undefined
    else if (stop) name = false
    else if (bodyPart && !PERSON_TITLE.test(before)) name = false
    // "mevrouw bakker": after a title a listed surname counts in lower case too.
    else if (PERSON_TITLE.test(before)) name = capital || cls !== undefined
    else if (NAME_CUE.test(before) || RELATION_VAN.test(before) || SPEECH_CUE.test(before)) name = capital || cls === 'any'
    // A place: "in Utrecht", "uit Ter Aar zegt…", "woonplaats (den bosch)"; only an age after it makes it a child's name.
    else if (PLACE_BEFORE.test(before) && !AGE_AFTER.test(after)) name = false
    else if (cls === undefined && EVENT_ARTICLE_BEFORE.test(before)) name = false
    // "de casemanager van Vitras", "de coach van Ajax": after a role, "van" names the organisation.
    else if (organisationAfterRole(before, t.lower)) name = false
    else if (PLACE_COMPOUND_BEFORE.test(before)) name = false
    // A place, not a person: "op de Dam", "naar de Jumbo", "in het Wilhelminapark".
    else if (PLACE_ARTICLE_BEFORE.test(before) && !afterName(after)) name = false
    // No one is "het Rijk" or "een Hoop".
    else if (/(?:^|\s)(?:het|een|'t)\s+$/i.test(before)) name = false
    // "mag ze zelf vt belle?": a verb or plural typed without its final n is that word, not a name.
    else if (cls === 'any') name = capital || (t.word.length >= 3 && !droppedFinalN(t.lower, ordinary))
    // "roos (4) van de peutergroep": an age in brackets right after makes a word that is also a name one, in any case.
    else if (cls === 'cap' && /^\s*\(\s*\d{1,2}\s*(?:jaar|jr\.?|j|mnd\.?|maanden|maand|wk|weken|months?|mo|weeks?)?\s*\)/i.test(after)) name = true
    else if (cls === 'cap')
      name = capital && (!start || nextIsName || nextIsUnlistedSurname || nextIsTussenvoegselName || afterName(after) || SUBJECT_VERB.test(after))
    else if (capital && afterName(after)) name = !start || !SPEECH_AFTER.test(after) || !NOT_A_NAME_ENDING.test(t.lower)
    // "Filmon Haile uit ons team": two capitalised words off the lists, and what follows the second
    // says it is a person: the first is the given name (without it, "Filmon" stayed on screen).
    else if ((pair = pairBeforePersonCue())) name = true
    else if (capital && !start && APPOSITION.test(after)) name = true
    else if (looksLikeSurname(t.word, ordinary)) name = true
    else if (capital && !start && nextIsName) name = nameClass(next!.lower) !== undefined
    if (!name) continue

    let last = nextIsSurnameShape || pair ? Math.max(extend(i), i + 1) : extend(i)
    if (nextIsLowerSurname) {
      let k = i + 1
      while (k < tokens.length - 1 && TUSSENVOEGSEL.has(tokens[k]!.lower)) k++
      last = Math.max(last, k)
    }
    for (let k = i; k <= last; k++) taken[k] = true
    // A cue in the form "mevr. de Vries": the tussenvoegsel before the name goes too.
    let from = t.start
    const tv = /(?:^|\s)((?:(?:van|de|der|den|ter|ten|'t|el|al)\s+)+)$/i.exec(before)
    if (tv && TITLE_CUE.test(before.slice(0, before.length - tv[1]!.length))) from -= tv[1]!.length
    found.push({ start: from, end: tokens[last]!.end, kind: 'naam' })
  }

  // "mevr. de Vries", "de familie van Dijk": a cue, a tussenvoegsel and a capitalised word.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (taken[i] || !TUSSENVOEGSEL.has(t.lower)) continue
    const before = text.slice(Math.max(0, t.start - 40), t.start)
    if (!NAME_CUE.test(before) && !STRONG_NAME_CUE.test(before)) continue
    let k = i
    while (k < tokens.length && TUSSENVOEGSEL.has(tokens[k]!.lower) && !isCapitalised(tokens[k]!.word)) k++
    const core = tokens[k]
    // After a title even a surname that is also a word is one in lower case: "mevrouw de jong", "mw de boer".
    // "van der", "van den", "ter" and "ten" begin nothing but surnames: "dhr van der meer", whatever "meer" is.
    // ("ten slotte", "ter plekke" are phrases, not surnames; "van der meer" is one).
    const sequence = tokens.slice(i, k).map((x) => x.lower).join(' ')
    const surnameOnly =
      core !== undefined && (/^van (?:der|den)$/.test(sequence) || (/^te[rn]$/.test(sequence) && !FUNCTION_WORDS.has(core.lower) && !TER_TEN_PHRASE_ENDS.has(core.lower)))
    const titled = PERSON_TITLE.test(before) && core !== undefined && (nameClass(core.lower) !== undefined || surnameOnly)
    if (!core || taken[k] || !(isCapitalised(core.word) || titled)) continue
    // After "van der" a word is a surname whatever else it means ("van der Meer", "dhr van der meer").
    const surname = surnameOnly && (titled || isCapitalised(core.word))
    if (!surname && (NOT_PERSONS.has(core.lower) || STOP_WORDS.has(core.lower))) continue
    // "familie in Ghana", "jongen van de O15": a place or a team, not "in 't Veld" (which needs a title).
    if ((!surname && isPlaceOrNoPerson(core.lower)) || TEAM.test(core.word) || isTeamCode(text, core) || /^\d/.test(text.slice(core.end, core.end + 1)) || (/^(?:in|op)$/.test(t.lower) && !PERSON_TITLE.test(before))) continue
    // "een leerling van het Barlaeus": after a role, "van het" names where they are, not a surname
    // (those are rare and need a title: "meneer van het Hof").
    if (t.lower === 'van' && tokens[i + 1]?.lower === 'het' && k === i + 2 && !PERSON_TITLE.test(before)) continue
    // "een collega van Buurtzorg", "een coach van Ajax": where they work or play ("trainer van Dijk" stays a surname).
    if (t.word === 'van' && k === i + 1 && organisationAfterRole(`${before}van `, core.lower)) continue
    if (!/^\s+$/.test(text.slice(t.end, core.start).replace(/\p{L}+/gu, ' ').replace(/\s+/g, ' '))) continue
    for (let x = i; x <= k; x++) taken[x] = true
    found.push({ start: t.start, end: core.end, kind: 'naam' })
  }
}

/** Words that end a fixed phrase with "ter" or "ten" ("ten slotte", "ter plekke"): after a title no surname. */
const TER_TEN_PHRASE_ENDS = new Set(['slotte', 'plekke', 'info', 'informatie', 'minste', 'sprake', 'opzichte', 'zake', 'behoeve', 'aanzien', 'hoogte', 'tijde', 'onrechte', 'dele', 'eerste', 'tweede', 'laatste', 'gevolge', 'name', 'overstaan', 'gronde', 'huize', 'voorkoming', 'bescherming', 'beschikking', 'ondersteuning', 'vergelijking', 'controle', 'kennis'])

// ---- the scan ---------------------------------------------------------------------------------

/**
 * Whether what takeVenueNames marks (`taken`) can change what findStreets and findNames find.
 * They read a token's mark only for a token that can end a street (STREET_END), for a token that
 * can be a name (capitalised or on a name list, and not a stop or function word off the lists:
 * such a word is never a name, whatever its mark), and for a tussenvoegsel after a name cue (and
 * the word after it). A message with none of these, most of them, finds the same without the
 * venue names taken first: findNames then skips every token at its first checks, findStreets at
 * its first. tests/unit/speedups.test.ts holds the scan with and without this check together.
 */
export function takingCanMatter(text: string, tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (STREET_END.test(t.lower)) return true
    const cls = nameClass(t.lower)
    if ((isCapitalised(t.word) || cls !== undefined) && !(cls === undefined && (STOP_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower)))) return true
    if (TUSSENVOEGSEL.has(t.lower)) {
      const before = text.slice(Math.max(0, t.start - 40), t.start)
      if (NAME_CUE.test(before) || STRONG_NAME_CUE.test(before)) return true
    }
  }
  return false
}

function redact(text: string, found: Found[], kinds: Set<PiiKind>): string {
  if (!found.length) return text
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const f of found) {
    if (f.start < at) continue // inside an earlier finding
    kinds.add(f.kind)
    out += `${text.slice(at, f.start)} [${f.kind}] `
    at = f.end
  }
  return out + text.slice(at)
}

/**
 * `own`: the content's own phone numbers as digits (ownNumbers), never someone's details.
 * `ordinary`: words the knowledge itself uses (folded): a capitalised one on no name list is a
 * word at the start of a sentence ("Kleuters van groep 1/2 …"), not a person.
 */
export function scanPii(text: string, own: ReadonlySet<string> = NO_NUMBERS, ordinary: ReadonlySet<string> = NO_WORDS): PiiScan {
  return scan(text, own, ordinary, true)
}

/** scanPii without the takingCanMatter shortcut: the plain computation, for tests/unit/speedups.test.ts. */
export function scanPiiPlain(text: string, own: ReadonlySet<string> = NO_NUMBERS, ordinary: ReadonlySet<string> = NO_WORDS): PiiScan {
  return scan(text, own, ordinary, false)
}

function scan(text: string, own: ReadonlySet<string>, ordinary: ReadonlySet<string>, shortcut: boolean): PiiScan {
  const kinds = new Set<PiiKind>()
  // A web address is not a person's detail, but its digits look like one (a BSN in an article id).
  let redacted = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
  const digits = /\d/.test(text)
  const at = text.includes('@')
  const holds = { digit: digits, at, account: digits || at || text.includes('_') }
  for (const d of DETECTORS) {
    if (!holds[d.needs ?? 'digit']) continue
    redacted = redacted.replace(d.pattern, (match: string, ...rest: unknown[]) => {
      const index = rest.find((r) => typeof r === 'number') as number
      if (d.accept && !d.accept(match, redacted, index, own)) return match
      kinds.add(d.kind)
      return ` [${d.kind}] `
    })
  }
  const found: Found[] = []
  const tokens = tokenize(redacted)
  const taken = new Array<boolean>(tokens.length).fill(false)
  if (!shortcut || takingCanMatter(redacted, tokens)) takeVenueNames(redacted, tokens, taken)
  findInitialNames(redacted, tokens, found, taken, ordinary)
  findLowerCaseInitialNames(redacted, tokens, found, taken, ordinary)
  findHomeAddresses(redacted, tokens, found, taken)
  findStreets(redacted, tokens, found, taken)
  findNames(redacted, tokens, found, taken, ordinary)
  redacted = redact(redacted, found, kinds)
  return { kinds: [...kinds], redacted }
}
