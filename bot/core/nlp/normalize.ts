/**
 * Dutch text normalisation, shared by search, safety detection and label matching:
 * lower case, diacritics folded (cliënt → client), punctuation to spaces, and a small table of
 * misspellings and spelling variants people type in a hurry.
 */
import { STOP_WORDS } from './stopwords.js'
import { BoundedMemo } from './per-word.js'

export { STOP_WORDS }

/**
 * One turn folds and normalises the same strings many times: each safety detector and the search
 * take the message apart again, and the search normalises it word by word (about 28 calls per
 * typed turn, most of them single words). Both functions are pure, so results are remembered:
 *
 * - single words across turns, bounded: common words come back in every message. A lone word says
 *   little about anyone (the search's fuzzy lookups and the acute-danger typo correction keep words
 *   the same way);
 * - anything longer, such as a whole message or a button label, only within the turn: the engine
 *   calls forgetTurnMemos() when a step ends, so no message a user typed stays in memory after
 *   its answer, as none is stored.
 */
const memos: Array<{ words: BoundedMemo<string>; longer: BoundedMemo<string> }> = []
const WORD = /^\S{1,32}$/

/** Both bounded: content checks and index builds fold thousands of strings outside any turn. */
function remembered(fn: (text: string) => string, maxWords = 4096, maxLonger = 256): (text: string) => string {
  const words = new BoundedMemo<string>(maxWords)
  const longer = new BoundedMemo<string>(maxLonger)
  memos.push({ words, longer })
  return (text) => {
    const cache = WORD.test(text) ? words : longer
    let out = cache.get(text)
    if (out === undefined) {
      out = fn(text)
      cache.set(text, out)
    }
    return out
  }
}

/** Forgets the remembered results for anything longer than a word; the engine calls it after every step. */
export function forgetTurnMemos(): void {
  for (const { longer } of memos) longer.clear()
}

/** Every string remembered right now, words and longer (for the test that nothing typed outlives its turn). */
export function rememberedStrings(): string[] {
  return memos.flatMap(({ words, longer }) => [...words.keys(), ...longer.keys()])
}

/** Lower-case, strip diacritics, turn punctuation into spaces, collapse white space. */
export const fold = remembered((text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
)

/**
 * Whole-word rewrites applied after folding. Left: what people type; right: the word the
 * knowledge uses. Only unambiguous ones: fuzzy matching handles the rest.
 */
const REWRITES = new Map<string, string>(Object.entries({
  veiligthuis: 'veilig thuis',
  vt: 'veilig thuis',
  meldkode: 'meldcode',
  meldcodes: 'meldcode',
  afwegingkader: 'afwegingskader',
  afwegingskaders: 'afwegingskader',
  kindermishandelig: 'kindermishandeling',
  kindermisshandeling: 'kindermishandeling',
  mishandelt: 'mishandeling',
  huislijk: 'huiselijk',
  aandachtsfunctionarisen: 'aandachtsfunctionaris',
  vcp: 'vertrouwenscontactpersoon',
  vertrouwenspersoon: 'vertrouwenscontactpersoon',
  cvsn: 'centrum veilige sport',
  kinderen: 'kind',
  kids: 'kind',
  kid: 'kind',
  child: 'kind',
  children: 'kind',
  pupil: 'leerling',
  // Some users write English; map the words the knowledge needs onto its Dutch terms.
  steps: 'stappen',
  step: 'stap',
  report: 'melden',
  reporting: 'melding',
  abuse: 'mishandeling',
  abused: 'mishandeld',
  neglect: 'verwaarlozing',
  neglected: 'verwaarloosd',
  bruises: 'blauwe plekken',
  bruise: 'blauwe plek',
  teacher: 'leerkracht',
  violence: 'geweld',
  parents: 'ouders',
  consent: 'toestemming',
  confidentiality: 'beroepsgeheim',
  childcare: 'kinderopvang',
  doubt: 'twijfel',
  volunteer: 'vrijwilliger',
  girl: 'meisje',
  boy: 'jongen',
  secret: 'geheim',
  uncle: 'oom',
  aunt: 'tante',
  mother: 'moeder',
  mom: 'moeder',
  father: 'vader',
  dad: 'vader',
  hungry: 'honger',
  scared: 'bang',
  afraid: 'bang',
  signs: 'signalen',
  cuts: 'snijden',
  selfharm: 'zelfbeschadiging',
  teenager: 'jongere',
  teen: 'jongere',
  suspect: 'vermoeden',
  suspicion: 'vermoeden',
  home: 'thuis',
  injuries: 'letsel',
  injury: 'letsel',
  burns: 'brandwonden',
  hit: 'slaan',
  hits: 'slaat',
  beaten: 'geslagen',
  sexual: 'seksueel',
  elderly: 'oudere',
  partner: 'partner',
  domestic: 'huiselijk',
  advice: 'advies',
  anonymous: 'anoniem',
  sport: 'sport',
  coach: 'coach',
  municipality: 'gemeente',
  told: 'vertelde',
  tells: 'vertelt',
  disclosed: 'vertelde',
  mandatory: 'verplicht',
  obliged: 'verplicht',
  required: 'verplicht',
  football: 'voetbal',
  soccer: 'voetbal',
  club: 'club',
  neighbour: 'buurman',
  neighbor: 'buurman',
  // Spelling variants and separable verbs: "vul ... in" is invullen; "uitzoeken" is onderzoeken.
  zzper: 'zzp',
  zzpers: 'zzp',
  zzpr: 'zzp',
  vul: 'invullen',
  uitzoeken: 'onderzoeken',
  ff: 'even',
  nie: 'niet',
  nt: 'niet',
  wrm: 'waarom',
  wnr: 'wanneer',
  idd: 'inderdaad',
  mn: 'mijn',
  m: 'hem',
  zn: 'zijn',
  dr: 'haar',
  n: 'een',
  t: 'het',
  k: 'ik',
  stp: 'stap',
}))

export const normalize = remembered((text: string): string =>
  fold(text)
    // "stap5", "afweging2": people leave out the space.
    .replace(/\b(stap|afweging|norm|vraag)(\d)\b/g, '$1 $2')
    .split(' ')
    // A Map, not an object lookup: a typed "constructor" must stay a word, not become a function.
    .map((w) => REWRITES.get(w) ?? w)
    .join(' '),
)

export function tokens(text: string): string[] {
  const n = normalize(text)
  return n ? n.split(' ') : []
}

/**
 * Words that carry meaning for the reader but not for finding a topic: time words tell when, not
 * what ("morgen", "vanavond"; the acute detector reads them from the raw text), and "weer" is
 * mostly "again". Search ignores them as well as the stop words; the check whether a message says
 * anything at all (contentTokens) does not, so "wat wordt het weer morgen" is an honest "I don't
 * know" rather than the menu.
 */
export const SEARCH_NEUTRAL_WORDS = new Set(
  ('weer morgen vandaag gisteren vanavond vannacht vanochtend vanmiddag straks zometeen ' +
    // Everyday verbs, adverbs and prepositions that say how a question is put, not what it is
    // about. Left in, they outvote the subject of a long question ("hoe werkt de verwijsindex
    // precies en mag ik iemand erin zetten zonder …" found "onder invloed").
    // "komt" stays: "in haar bed komt" is how a signal is found.
    'zonder onder precies zetten ongeveer misschien beetje eigenlijk daarna daarvoor erin eraan ermee ' +
    // How much and where, when the question asks for an overview: "hoeveel vragen heeft het",
    // "welke vragen staan erin", "wat moet ik allemaal vastleggen". "staat voor de deur" still
    // finds stalking by its "deur".
    'hoeveel allemaal staan staat stond ' +
    // Calendar words: "wat is het rooster voor volgende week" is not about a departure next week.
    'week weekend maandag dinsdag woensdag donderdag vrijdag zaterdag zondag').split(' '),
)
/**
 * Number words are content here: the meldcode has five steps and five afwegingen, so "wat zijn de
 * vijf vragen van het afwegingskader" asks for the overview of all five, not for the first one.
 */
const NUMBER_WORDS = new Set('twee drie vier vijf zes zeven acht negen tien eerste tweede derde vierde vijfde'.split(' '))
export const SEARCH_STOP_WORDS = new Set([...STOP_WORDS, ...SEARCH_NEUTRAL_WORDS].filter((w) => !NUMBER_WORDS.has(w)))

/** Tokens that carry meaning: normalised, stop words removed. */
export function contentTokens(text: string): string[] {
  return tokens(text).filter((t) => !STOP_WORDS.has(t))
}
