/**
 * Recognises acute danger in free text (safety rule 2): a weapon; strangling; a threat for
 * tonight, now or later today; a child who cannot go home safely; imminent departure for
 * genital mutilation or a forced marriage; a threat to kill oneself or others; a child hurt
 * right now. A false alarm costs a user one extra line; a miss can cost a life, so the
 * detector leans towards recall.
 *
 * Typos: every token is first corrected towards a lexicon of the inflected forms the patterns
 * use (edit distance with a length-dependent budget), so "gewrugd" still reads as "gewurgd".
 */
import { editDistance, typoBudget } from '../nlp/edit-distance.js'
import { fold } from '../nlp/normalize.js'

export type AcuteReason =
  | 'wapen'
  | 'wurging'
  | 'dreiging-nu'
  | 'niet-veilig-naar-huis'
  | 'vgv-vertrek'
  | 'huwelijksdwang-vertrek'
  | 'doodsbedreiging'
  | 'letsel-nu'
  | 'ernstig-letsel'
  | 'gevlucht'
  | 'verlaten'
  | 'verzorger-onmachtig'
  | 'vrijheidsberoving'
  | 'uitbuiting'
  | 'seksueel-geweld'

const W = (words: string) => words.trim().split(/\s+/)

const WEAPON = W(`mes messen keukenmes zakmes pistool revolver vuurwapen wapen wapens geweer bijl hamer
  steekwapen gestoken neergestoken steken stak schaar knuppel honkbalknuppel schroevendraaier breekijzer machete
  boksbeugel taser pepperspray strijkijzer knife gun weapon scissors bat`)
const STRANGLE = W(`wurgen wurgt wurgde wurgden gewurgd wurging wurgpoging verwurgen verwurgd verwurging
  verwurgde keel nek strangled strangle strangling choked choking choke`)
// "nu" is left out on purpose: "wat moet ik nu doen" is how half of all questions start.
// It counts only right next to a threat (see NOW_PHRASE).
const NOW = W(`vanavond vannacht vanmiddag straks zometeen dadelijk vandaag morgen thuiskomt tonight today later`)
const NOW_PHRASE = /\b(nu|now)\b (\w+ ){0,2}(slaat|slaan|sla|schopt|bedreigt|dreigt|aanvalt|vermoordt|mishandelt|hits|beats|attacks)\b|\b(slaat|slaan|schopt|bedreigt|dreigt|mishandelt|hits|beats)\b (\w+ ){0,2}(nu|now)\b/
// Single words only: W() splits on spaces, so a phrase such as "pijn doen" would make "doen" a
// threat word on its own. Phrases are matched separately (THREAT_PHRASE).
const THREAT = W(`slaan slaat sla sloeg geslagen vermoorden vermoord vermoordt dood doden aandoen gedreigd dreigde
  bedreigd bedreigde geschopt schopte mishandeld klappen klap mep meppen slaag afranselen straffen straft losgaat losgaan
  flipt flippen uithalen uithaalt doodslaan neersteken neerschieten schieten burn stab shoot pushed kicked punched stabbed
  geduwd duwde
  aandoet aanvallen afmaken mishandelen mishandelt bedreigt dreigt schoppen schopt elkaar kill hurt hit beat
  kills hits beats`)
const THREAT_PHRASE = /\bpijn (te )?(doen|doet|gedaan)\b|\b(af|dood|kapot) te (maken|slaan)\b|\bom te brengen\b|\biets aan (te )?(doen|doet)\b|\bin elkaar (te )?(slaan|slaat|geslagen)\b|\b(gaat|gaan|ging) (\w+ ){0,3}los\b/
const KILL = W(`vermoorden vermoord vermoordt doodmaken doodmaakt doden ombrengen afmaken onthoofden uitroeien afslachten
  liquideren executeren zelfmoord suicide
  suicidaal kill killing`)
const KILL_OBJECT = W(`kind kinderen zichzelf mezelf zelf zich haar hem mij me ons gezin iedereen moeder vader
  vrouw man partner myself himself herself them us`)
const HOME = W(`huis thuis home`)
const AFRAID = W(`bang durft durf angst doodsbang scared afraid`)
const FGM = W(`besnijden besneden besnijdenis meisjesbesnijdenis vgv knippen genitale verminking fgm cutting
  circumcision circumcised`)
const MARRIAGE = W(`uithuwelijken uitgehuwelijkt huwelijksdwang trouwen huwelijk achterlating achtergelaten
  achterlaten marriage married`)
// Travel and time words make a departure; a place only counts as a destination ("naar Somalië"):
// "is besnijden in het buitenland verboden?" is a question, not a departure.
const DEPARTURE = W(`vakantie zomervakantie reis reist vertrek vertrekt vertrekken vliegt vliegen vlucht ticket
  tickets morgen binnenkort week weekend straks vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  holiday trip travel flight leaving tomorrow`)
const PLACES = W(`herkomst buitenland somalie egypte soedan eritrea ethiopie irak marokko turkije pakistan
  afghanistan`)
const HURT = W(`bloedt bloed bewusteloos gewond letsel geslagen slaat schopt mishandeld gebroken ademt
  bleeding unconscious injured hurt`)
const HURT_NOW = W(`net zojuist gebeurt`)

const LEXICON = [
  ...new Set([...WEAPON, ...STRANGLE, ...NOW, ...THREAT, ...KILL, ...KILL_OBJECT, ...HOME, ...AFRAID, ...FGM,
    ...MARRIAGE, ...DEPARTURE, ...PLACES, ...HURT, ...HURT_NOW]),
]
const LEXICON_SET = new Set(LEXICON)

/** Maps a token to the lexicon form it most probably is, or returns it unchanged. */
/**
 * Real words that sit within typo distance of a lexicon word and must be read as themselves:
 * "vermoeden" is not "vermoorden", "zorgen" is not "morgen", "verzorging" is not "verwurging".
 * Found by running every word of the content through the detector (words only, never the
 * content's misspelling keywords, which must keep being corrected).
 */
const NOT_TYPOS = new Set(W(`vermoeden vermoed vermoedt vermoedens vermoedde zorgen zorgt gezorgd mensen slapen slaapt
  geslaagd slagen staat staan stond knoppen mogen binnenkomst verzorging verzorgen verzorgd verzorgt verzorgde
  verzorgende verzorgenden gewoon stelen gestolen steelt geweerd missen verborgen verbergen verbergt gestoten stoten
  stootte uitzoeken buren onthouden straat straten uitreizen vandaan binnenkomt`))

/**
 * Corrections depend on the token only, and people keep using the same words, so they are
 * remembered (bounded: tokens come from users). Same results, less work per turn.
 */
const corrections = new Map<string, string>()
function correct(token: string): string {
  if (LEXICON_SET.has(token) || token.length < 5 || NOT_TYPOS.has(token)) return token
  const known = corrections.get(token)
  if (known !== undefined) return known
  const best = nearestLexiconWord(token)
  if (corrections.size >= 5000) corrections.delete(corrections.keys().next().value!)
  corrections.set(token, best)
  return best
}

function nearestLexiconWord(token: string): string {
  // Typos rarely hit the first letter; requiring it keeps everyday words such as "zorgen" from
  // being read as "morgen".
  const budget = typoBudget(token.length)
  let best = token
  let bestD = budget + 1
  for (const w of LEXICON) {
    if (w[0] !== token[0] || Math.abs(w.length - token.length) > budget) continue
    const d = editDistance(token, w, budget)
    if (d < bestD) {
      bestD = d
      best = w
    }
  }
  return best
}

/** Words that say the danger is drawn, played or watched, not happening. */
const DEPICTION = /\b(getekend|tekening|tekeningen|tekent|tekenen|speelgoed|nep|plastic|spel|game|games)\b/

/** True when the text is about a depiction (a drawing, a game, a film): no acute alarm from search. */
export function isDepiction(text: string): boolean {
  return DEPICTION.test(` ${fold(text)} `)
}

const has = (set: Set<string>, list: string[]) => list.some((w) => set.has(w))

export function detectAcute(text: string): AcuteReason[] {
  const folded = fold(text)
  const toks = folded.split(' ').filter(Boolean).map((t) => correct(t))
  const set = new Set(toks)
  const joined = ` ${toks.join(' ')} `
  const reasons: AcuteReason[] = []
  const hasThreat = has(set, THREAT) || THREAT_PHRASE.test(joined)

  // A weapon in a drawing, a game or a film is not a weapon in the house.
  if (has(set, WEAPON) && !DEPICTION.test(joined)) reasons.push('wapen')
  if (has(set, STRANGLE.filter((w) => w !== 'keel' && w !== 'nek')) || /\b(keel|nek|hals|throat|neck)\b.{0,40}\b(dicht\w*|knijp\w*|kneep|geknepen|vast\w*|handen|grijp\w*|greep|gegrepen|beetgepakt|gepakt|pakte|druk\w*|gedrukt|grabbed|squeezed)\b|\b(handen|hand|grijp\w*|greep|gegrepen|gepakt|pakte|kneep|knijp\w*|grabbed|squeezed)\b.{0,30}\b(keel|nek|hals|throat|neck)\b/.test(joined))
    reasons.push('wurging')
  // "als hij thuiskomt", "when he gets home": the threat is for later today.
  const comingHome = /\b(als|wanneer|zodra) \w+ (\w+ ){0,2}thuis ?komt\b|\bwhen \w+ (gets?|comes?) home\b/.test(joined)
  // Fear of a person for tonight: "ze is bang, oom komt haar vanavond weer halen".
  const fearNow = has(set, AFRAID) && has(set, NOW) && /\b(hij|ze|zij|oom|vader|moeder|papa|mama|stiefvader|stiefmoeder|vriend|partner|broer|ex|he|she)\b/.test(joined)
  if (((has(set, NOW) || comingHome) && hasThreat) || fearNow || NOW_PHRASE.test(joined) || (/\b(op dit moment|right now)\b/.test(joined) && hasThreat)) reasons.push('dreiging-nu')
  if (
    /\b(niet|nooit|cant|cannot|not)\b.{0,25}\b(naar )?(huis|thuis|home)\b/.test(joined) &&
    (has(set, AFRAID) || /\b(kan|mag|veilig|durft|safe|go)\b/.test(joined) || hasThreat)
  )
    reasons.push('niet-veilig-naar-huis')
  else if (has(set, AFRAID) && /\b(naar huis|thuis|home)\b/.test(joined) && (hasThreat || /\bgaan\b|\bgo\b/.test(joined)))
    reasons.push('niet-veilig-naar-huis')
  // "geen reis gepland" is not a departure.
  const departs = toks.some(
    (t, i) =>
      (DEPARTURE.includes(t) && !/^(geen|niet|no|not|nooit)$/.test(toks[i - 1] ?? '')) ||
      (PLACES.includes(t) && /^(naar|to)$/.test(toks[i - 1] ?? '')),
  )
  if (has(set, FGM) && departs) reasons.push('vgv-vertrek')
  if (has(set, MARRIAGE) && departs && /uithuwelijk|uitgehuwelijk|huwelijksdwang|achterla|achtergelaten|moet trouwen|moet (\w+ ){0,5}trouwen|om te trouwen|gedwongen|forced|dwingen|dwingt/.test(joined + folded))
    reasons.push('huwelijksdwang-vertrek')
  const kills = has(set, KILL) || /\b(af|dood) te maken\b|\bom te brengen\b|\bdood (maakt|maken|maak|gemaakt|schiet|steekt)\b|\bmaakt? (\w+ ){0,2}dood\b/.test(joined)
  if (kills && (has(set, KILL_OBJECT) || hasThreat || /dreig|zegt|wil|threat/.test(joined)))
    reasons.push('doodsbedreiging')
  else if (/\b(mezelf|zichzelf|zelf|zich|me)\b.{0,20}\b(iets aan|dood|van kant)\b|\b(uit het leven|niet meer leven|van kant (te )?maken|einde aan (zijn|haar|mijn|het|hun) leven|van het leven (\w+ ){0,2}beroven)\b/.test(joined))
    reasons.push('doodsbedreiging')
  // A death threat in so many words: "met de dood bedreigd", "doodsbedreigingen".
  else if (/\b(met de dood|doodsbedreig\w*|death threats?|threatened to kill)\b/.test(joined)) reasons.push('doodsbedreiging')
  // Suicide in any compound ("zelfmoordgedachten", "suïcidaal"): a carer's threatened suicide
  // puts dependants in acute danger, and a person at risk needs help now either way.
  else if (toks.some((t) => /^(zelfmoord|zelfdoding|suicid|suizid)/.test(t))) reasons.push('doodsbedreiging')
  if (has(set, HURT) && (has(set, HURT_NOW) || /\b(nu|now)\b (\w+ ){0,3}(bloedt|gewond|geslagen|mishandeld|letsel|bleeding|hurt)\b/.test(joined)))
    reasons.push('letsel-nu')
  else if (/\b(bloedt|bewusteloos|ademt niet|unconscious|bleeding)\b/.test(joined)) reasons.push('letsel-nu')

  // Terrified of a threat, even without a time: "ze is doodsbang, haar broers gaan haar straffen".
  if (!reasons.includes('dreiging-nu') && /\b(doodsbang|terrified)\b/.test(joined) && hasThreat) reasons.push('dreiging-nu')
  // Sexual abuse with a real risk of repetition soon (KNMG: acute onveiligheid): "hij logeert er morgen weer".
  if (/\b(misbruik\w*|verkracht\w*|aangerand|aanrand\w*|betast\w*|seksueel|abused|raped)\b/.test(joined) && (has(set, NOW) || /\b(weer|opnieuw|logeert|komt|again)\b/.test(joined)) && /\b(oom|vader|papa|stiefvader|broer|opa|vriend|partner|hij|he|neef|buurman)\b/.test(joined))
    reasons.push('dreiging-nu')
  // A threat to harm someone, in so many words: "dreigde de kinderen iets aan te doen".
  if (!reasons.includes('doodsbedreiging') && /\b(dreig\w*|gedreigd|threat\w*)\b/.test(joined) && (THREAT_PHRASE.test(joined) || has(set, KILL)))
    reasons.push('doodsbedreiging')
  // Abuse going on now, heard or seen: "ik hoor gillen en er wordt geslagen".
  if (!reasons.includes('dreiging-nu') && /\b(wordt|worden) (nu |net |weer )?(geslagen|geschopt|mishandeld|gewurgd|bedreigd|aangevallen)\b/.test(joined) && /\b(hoor|hoorde|zie|gil\w*|schreeuw\w*|hulp)\b/.test(joined))
    reasons.push('dreiging-nu')
  // A shaken baby; serious injury with an explanation that does not fit (KNMG: acute onveiligheid).
  if (/\b(door elkaar (geschud|geschut|schudden|schudt|schudde)|geschud|shaken)\b/.test(joined)) reasons.push('ernstig-letsel')
  else if (/\b(gebroken|breuk|botbreuk|fractuur|brandwond\w*|schedelbreuk|hersenletsel|fracture)\b/.test(joined) && /\b(uitleg|verklaring|verhaal) (\w+ )?(klopt|past) niet\b|\b(geen|vage|rare) (uitleg|verklaring)\b|\btoegebracht\b|\bdoesnt match\b/.test(joined))
    reasons.push('ernstig-letsel')
  // A forced flight from home (KNMG: acute onveiligheid): "net gevlucht met de kinderen".
  // Fleeing a country ("gevlucht uit Syrië") is not this: it needs home, a partner or someone searching.
  if (/\b(gevlucht|weggevlucht|vluchtte|vluchten|ondergedoken|fled)\b/.test(joined) && /\b(huis|thuis|partner|man|vriend|ex|kinderen|zoekt|opvang|home)\b/.test(joined))
    reasons.push('gevlucht')
  // A young child left alone right now or for days ("al twee dagen weg"); "steeds alleen gelaten"
  // without a now is a neglect signal, not acute.
  if (/\b(alleen (thuis )?(gelaten|achtergelaten)|achtergelaten|left alone)\b/.test(joined) && /\b(baby|peuter|kleuter|kind|kinderen)\b/.test(joined) && /\b(nu|op dit moment|al (\w+ )?(dagen|uren|nachten|dag)|sinds gisteren|vannacht|right now)\b/.test(joined))
    reasons.push('verlaten')
  // Beaten or burned with an object: "met een stok sloeg", "met het strijkijzer deed".
  if (!reasons.includes('wapen') && /\bmet ((een|de|het|zijn|haar) )?(\w+ )?(stok|riem|stoel|fles|strijkijzer|kabel|snoer|sigaret|aansteker|kokend \w+|heet \w+)\b/.test(joined) && /\b(sloeg|slaat|geslagen|slaan|deed|gedaan|verbrand\w*|brandde|gegooid|gooide|raakte|overgoten|overgiet|gesneden|sneed|gestoken|geduwd)\b/.test(joined))
    reasons.push('wapen')
  // Injury in a baby who cannot yet move about is a red flag for inflicted injury; blood in a
  // child's underwear or nappy points to recent sexual violence.
  if (!reasons.includes('ernstig-letsel') && /\b(baby|zuigeling|pasgeboren\w*|\d+ (maanden|weken) oud|van \d+ (maanden|weken))\b/.test(joined) && /\b(blauwe plek\w*|bult\w*|breuk\w*|gebroken|brandwond\w*|bloeding\w*|zwelling|letsel)\b/.test(joined))
    reasons.push('ernstig-letsel')
  if (!reasons.includes('ernstig-letsel') && /\bbloed (\w+ ){0,2}(onderbroek|luier|ondergoed)|\b(genitaal|anaal) letsel\b/.test(joined)) reasons.push('ernstig-letsel')
  // Basic care withheld for days or as a punishment: food, drink.
  if (/\b(geen|niets te) (eten|drinken|voedsel)\b|\buithonger\w*|\bhonger laten\b/.test(joined) && /\b(al (\w+ )?dagen|dagenlang|als straf|days)\b/.test(joined))
    reasons.push('verlaten')
  // A plan for suicide: pills saved up, a farewell letter.
  if (!reasons.includes('doodsbedreiging') && /\b(pillen|medicijnen|tabletten|slaappillen) (\w+ ){0,2}(verzameld|gespaard|opgespaard)\b|\bafscheidsbrief\w*\b/.test(joined))
    reasons.push('doodsbedreiging')
  // Rape, told or suspected: recent sexual violence needs help now (Centrum Seksueel Geweld, 24/7).
  if (/\b(verkracht\w*|raped|rape)\b/.test(joined)) reasons.push('seksueel-geweld')
  // Violence against a pregnant woman (KNMG: acute onveiligheid).
  if (/\b(zwanger|pregnant)\b/.test(joined) && (hasThreat || /\b(geschopt|geslagen|geduwd|getrapt|kicked|pushed|hit|punched)\b/.test(joined)))
    reasons.push('ernstig-letsel')
  // A child taken away with a threat: "heeft de kinderen meegenomen, ze ziet ze nooit meer".
  if (/\b(meegenomen|ontvoerd|ontvoering|ontvoeren|abducted)\b/.test(joined) && /\b(nooit meer|niet meer terug|kinderen|kind)\b/.test(joined))
    reasons.push('dreiging-nu')
  // Trying to run someone over, pushing down the stairs.
  if (/\b(aan te rijden|aanrijden|overrijden|omver (te )?rijden|van de trap (ge)?duw\w*|down the stairs)\b/.test(joined)) reasons.push('ernstig-letsel')
  // Medication or basic care withheld for days from a dependent adult.
  if (/\bgeen (medicijnen|medicatie|insuline|zorg|verzorging)\b/.test(joined) && /\b(al (\w+ )?dagen|dagenlang|days)\b/.test(joined)) reasons.push('verlaten')
  // A carer who cannot care right now (psychosis, intoxication) with a dependent child.
  if (/\b(psychotisch|psychose|verward|dronken|onder invloed|stoned|drugs|overdosis|delirium|drunk)\b/.test(joined) && /\b(baby|peuter|kleuter|zuigeling|kind|kinderen|children|kids|auto)\b/.test(joined) && !/\b(vroeger|jaren|vaak|soms|regelmatig)\b/.test(joined))
    reasons.push('verzorger-onmachtig')
  // Deprivation of liberty: locked in, held, phone taken.
  if (/\b(opgesloten|vastgehouden|vastgebonden|op slot|mag de deur niet uit|mag niet naar buiten|telefoon (\w+ )?afgepakt|locked (in|up))\b/.test(joined))
    reasons.push('vrijheidsberoving')
  // Trafficking and sexual exploitation, forced prostitution.
  // Coercion in so many words; "loverboy?" alone is a signal to look into, not acute.
  if (/\b(gedwongen (\w+ ){0,3}(seks|prostitutie|werken)|seks voor geld|gedwongen prostitutie|mensenhandel|trafficking|opgehaald door (\w+ ){0,2}mannen)\b/.test(joined))
    reasons.push('uitbuiting')
  // A ceremony or party "for her" in a country where genital mutilation is common, with a trip
  // coming: the way families and children speak of it (GGD signal list: rumours of a ceremony).
  if (!reasons.includes('vgv-vertrek') && departs && /\b(ceremonie|feest|inwijding|ritueel|ceremony|party)\b/.test(joined) && /\b(somalie|egypte|soedan|eritrea|ethiopie|irak|guinee|mali|sierra leone|gambia|djibouti|herkomst)\b/.test(joined))
    reasons.push('vgv-vertrek')
  // Violence heard or happening right now: screaming next door, a child crying out.
  if (!reasons.includes('dreiging-nu') && /\b(geschreeuw|gegil|gillen|gilt|schreeuwt|krijst|gestommel|klappen|gebonk|screaming|yelling)\b/.test(joined) && /\b(nu|net|op dit moment|hoor|hoort|horen|now|right now)\b/.test(joined))
    reasons.push('dreiging-nu')
  // Welts are marks of a beating with an object: serious injury that was inflicted.
  if (!reasons.includes('ernstig-letsel') && /\b(striemen|striem|welts)\b/.test(joined)) reasons.push('ernstig-letsel')
  // "er vanavond een einde aan maakt": ending one's life.
  if (!reasons.includes('doodsbedreiging') && /\ber (\w+ ){0,3}een einde aan (maakt|maken|te maken|maak)\b/.test(joined)) reasons.push('doodsbedreiging')
  return reasons
}
