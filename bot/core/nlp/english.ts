/**
 * English questions meet a Dutch knowledge: the words of the meldcode's own world, in English,
 * are searched as their Dutch words too ("report" as "melden", "care home" as "verpleeghuis").
 * Only for a message that is mostly English; Dutch words in it stay as they are. The answer stays
 * Dutch: the knowledge is reviewed in Dutch and is not translated here.
 */

/** English word or phrase (lower case) → Dutch search words. Phrases first: they are matched whole. */
const GLOSSARY: ReadonlyArray<[string, string]> = [
  ['domestic violence', 'huiselijk geweld'],
  ['child abuse', 'kindermishandeling'],
  ['elder abuse', 'ouderenmishandeling'],
  ['reporting code', 'meldcode'],
  ['report code', 'meldcode'],
  ['duty to report', 'meldplicht meldrecht'],
  ['right to report', 'meldrecht'],
  ['professional secrecy', 'beroepsgeheim'],
  ['forced marriage', 'huwelijksdwang'],
  ['honour violence', 'eergerelateerd geweld'],
  ['honor violence', 'eergerelateerd geweld'],
  ['honour based', 'eergerelateerd'],
  ['genital mutilation', 'vrouwelijke genitale verminking'],
  ['care home', 'verpleeghuis zorginstelling'],
  ['nursing home', 'verpleeghuis zorginstelling'],
  ['weighing framework', 'afwegingskader'],
  ['assessment framework', 'afwegingskader'],
  ['confidential contact', 'vertrouwenscontactpersoon'],
  ['self harm', 'zelfbeschadiging'],
  ['report', 'melden melding'],
  ['reporting', 'melden melding'],
  ['reported', 'gemeld melding'],
  ['abuse', 'mishandeling misbruik'],
  ['abused', 'mishandeld misbruikt'],
  ['neglect', 'verwaarlozing'],
  ['neglecting', 'verwaarlozing'],
  ['neglected', 'verwaarloosd'],
  ['elderly', 'oudere ouderen'],
  ['elder', 'oudere ouderen'],
  ['bruise', 'blauwe plek'],
  ['bruises', 'blauwe plekken'],
  ['injury', 'letsel'],
  ['injuries', 'letsel'],
  ['consent', 'toestemming'],
  ['permission', 'toestemming'],
  ['confidentiality', 'beroepsgeheim'],
  ['parents', 'ouders'],
  ['father', 'vader'],
  ['dad', 'vader'],
  ['mother', 'moeder'],
  ['mum', 'moeder'],
  ['mom', 'moeder'],
  ['child', 'kind'],
  ['children', 'kinderen'],
  ['kid', 'kind'],
  ['kids', 'kinderen'],
  ['baby', 'baby'],
  ['toddler', 'peuter'],
  ['teenager', 'jongere'],
  ['teacher', 'leerkracht'],
  ['teachers', 'leerkrachten'],
  ['coach', 'trainer'],
  ['volunteer', 'vrijwilliger'],
  ['volunteers', 'vrijwilligers'],
  ['board', 'bestuur'],
  ['staff', 'medewerker'],
  ['employee', 'medewerker'],
  ['colleague', 'collega'],
  ['residents', 'bewoners'],
  ['step', 'stap'],
  ['steps', 'stappen'],
  ['consultation', 'consultatie overleg'],
  ['conversation', 'gesprek'],
  ['talk', 'gesprek'],
  ['record', 'vastleggen'],
  ['notes', 'aantekeningen dossier'],
  ['file', 'dossier'],
  ['suspicion', 'vermoeden'],
  ['suspect', 'vermoeden'],
  ['signs', 'signalen'],
  ['signals', 'signalen'],
  ['advice', 'advies'],
  ['anonymous', 'anoniem'],
  ['anonymously', 'anoniem'],
  ['unsafe', 'onveilig'],
  ['safety', 'veiligheid'],
  ['structural', 'structureel'],
  ['marriage', 'huwelijk'],
  ['circumcision', 'besnijdenis'],
  ['fgm', 'vgv besnijdenis'],
  ['exploited', 'uitbuiting'],
  ['exploitation', 'uitbuiting'],
  ['trafficking', 'mensenhandel'],
  ['sexual', 'seksueel'],
  ['assaulted', 'aangerand'],
  ['sue', 'aansprakelijk'],
  ['liable', 'aansprakelijk'],
  ['liability', 'aansprakelijkheid'],
  ['suspend', 'schorsen'],
  ['divorced', 'gescheiden'],
  ['custody', 'gezag'],
  ['witnessing', 'getuige'],
  ['witness', 'getuige'],
  ['financial', 'financieel'],
  ['money', 'geld'],
  ['suicide', 'zelfdoding'],
  ['police', 'politie'],
  ['helpline', 'hulplijn'],
  ['family', 'gezin familie'],
  ['refuses', 'weigert'],
  ['refuse', 'weigeren'],
  ['competent', 'wilsbekwaam'],
  ['sideline', 'langs de lijn'],
  ['screaming', 'schreeuwen'],
  ['scream', 'schreeuwen'],
  ['locks', 'opsluiten'],
  ['punishment', 'straf'],
  ['blackmailing', 'afpersing sextortion'],
]
const PHRASES = GLOSSARY.filter(([en]) => en.includes(' '))
const WORDS = new Map(GLOSSARY.filter(([en]) => !en.includes(' ')))

const ENGLISH_MARKERS = /\b(?:the|i|you|my|your|our|it|to|for|a|an|can|could|should|would|if|when|what|how|is|are|do|does|did|with|about|this|that|she|he|they|me|him|her|them|will|has|have|who|there)\b/gi
const DUTCH_MARKERS = /\b(?:de|het|een|ik|je|mijn|kan|moet|als|wat|hoe|is|zijn|met|over|dit|dat|zij|hij|ze|mij|hem|haar|wil|heeft|hebben|niet|en|van|op)\b/gi

/** Most of the message is English: at least three English function words, clearly more than Dutch ones. */
export function mostlyEnglish(text: string): boolean {
  const en = text.match(ENGLISH_MARKERS)?.length ?? 0
  return en >= 3 && en > 1.5 * (text.match(DUTCH_MARKERS)?.length ?? 0)
}

/** The message with the Dutch words for its English domain words added; unchanged when it is not mostly English. */
export function withDutchSearchWords(text: string): string {
  if (!mostlyEnglish(text)) return text
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  const added: string[] = []
  for (const [en, nl] of PHRASES) if (lower.includes(` ${en} `)) added.push(nl)
  for (const w of lower.split(' ')) {
    const nl = WORDS.get(w)
    if (nl) added.push(nl)
  }
  return added.length ? `${text} ${added.join(' ')}` : text
}
