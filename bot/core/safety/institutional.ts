/**
 * Recognises abuse by someone in a professional or volunteer role (safety rule 6): a teacher,
 * childcare worker, trainer, carer or volunteer. That is not the home situation the meldcode is
 * about; it has its own routes (meldplicht in school and childcare with the vertrouwensinspecteur;
 * in sport the club's VCP and Centrum Veilige Sport).
 *
 * The hard part is who does what: "de juf ziet dat vader slaat" is a teacher worried about home,
 * "de juf slaat" is institutional. So we look at the person word nearest before the harm word,
 * or at "door de <rol>" after it.
 */
import { fold } from '../nlp/normalize.js'

export type InstitutionalSetting = 'onderwijs' | 'kinderopvang' | 'sport' | 'zorg'

const ROLE_WORDS: Record<string, InstitutionalSetting | 'context'> = {}
const add = (setting: InstitutionalSetting | 'context', words: string) => {
  for (const w of words.split(/\s+/).filter(Boolean)) ROLE_WORDS[w] = setting
}
add('sport', 'trainer trainster coach scheidsrechter teamleider jeugdleider jeugdtrainer clubbestuurder masseur')
add('onderwijs', 'leerkracht leraar lerares docent docente meester juf juffrouw mentor rector conrector gymleraar gymdocent gymjuf onderwijsassistent concierge teacher')
add('kinderopvang', 'leidster leidsters gastouder oppas groepsleiding groepsleider pedagogisch')
// Roles found in any setting: the words around them decide which.
add('context', 'collega medewerker medewerkster begeleider begeleidster verzorgende verpleegkundige hulpverlener vrijwilliger stagiair therapeut arts dokter leiding leider employee colleague volunteer')

/**
 * Compound role words ("hockeytrainer", "zwemleraar", "jeugdleider"): the last part names the
 * role, a sport in the first part names the setting.
 */
const ROLE_SUFFIXES: Array<[string, InstitutionalSetting | 'context']> = [
  ['trainer', 'sport'], ['trainster', 'sport'], ['coach', 'sport'], ['leraar', 'onderwijs'], ['lerares', 'onderwijs'],
  ['docent', 'onderwijs'], ['docente', 'onderwijs'], ['juf', 'onderwijs'], ['meester', 'onderwijs'], ['leider', 'context'],
  ['leidster', 'kinderopvang'], ['begeleider', 'context'], ['begeleidster', 'context'], ['medewerker', 'context'],
]
const SPORT_PREFIX = /^(voetbal|hockey|tennis|zwem|judo|karate|turn|dans|korfbal|handbal|volleybal|basketbal|atletiek|paardrij|rij|ski|schaats|wielren|roei|zeil|golf|honkbal|rugby|waterpolo|badminton|tafeltennis|squash|fitness|kickbox|box|worstel|sport|jeugd|keepers|team)/

function roleOf(token: string): InstitutionalSetting | 'context' | undefined {
  const direct = ROLE_WORDS[token]
  if (direct) return direct
  for (const [suffix, setting] of ROLE_SUFFIXES) {
    if (token.length > suffix.length + 2 && token.endsWith(suffix)) {
      const prefix = token.slice(0, -suffix.length)
      if (SPORT_PREFIX.test(prefix)) return 'sport'
      return setting
    }
  }
  return undefined
}

const FAMILY = new Set(
  'vader moeder ouder ouders stiefvader stiefmoeder papa mama pa ma partner vriend vriendje man vrouw echtgenoot broer zus oom tante opa oma ex zoon dochter father mother dad mom husband boyfriend'.split(' '),
)

/** Words that end the subject search: "de juf ziet dat het kind thuis geslagen wordt". */
const CLAUSE_BREAK = new Set(
  'dat omdat want thuis kind leerling meisje jongen ziet zag vertelt vertelde zegt zei hoort merkt vermoedt denkt vindt bang that home'.split(' '),
)

const HARM = /^(raakt|inappropriate\w*|misbruik\w*|betast\w*|betasten|aangerand|aanrand\w*|seksue\w*|ongewenst\w*|grensoverschrijd\w*|intimid\w*|mishandel\w*|slaat|sloeg|slaan|geslagen|schopt|geschopt|knijpt|zoent|kust|aanraakt|aanraken|aangeraakt|betast|appjes|appt|naaktfoto\w*|ongepast\w*|vastgebonden|opgesloten|scheldt|uitgescholden|vernedert|vernederd|abuse\w*|abused|touch\w*|groom\w*|harass\w*|hits|hit)$/

/** Words that end the role's clause for the grooming check (a report about someone else follows). */
const CLAUSE_BREAK_GROOMING = new Set('dat omdat want ziet zag vertelt vertelde zegt zei hoort merkt vermoedt denkt that'.split(' '))

/** Moves that build secret, private contact with a child: typical grooming, whoever does it. */
const GROOMING =
  / (cadeau\w*|cadeautjes|geschenk\w*|snapchat\w*|snaps|snapt|dm\w*|priveberichten|geheimpje\w*|geheim houden|alleen mee|mee naar huis|mee in (zijn|haar) auto|bij hem thuis|bij haar thuis|blijven slapen|masseert|masseren|kietelt|knuffelt|zoent|flirt\w*|dates?) /

/** "stuurt foto's naar een jongen", "vraagt om filmpjes": sending or asking for images or private messages. */
function sendsMedia(toks: string[], i: number): boolean {
  if (!/^(fotos|foto|filmpjes|filmpje|berichtjes|priveberichten|nudes|selfies)$/.test(toks[i]!)) return false
  return toks.slice(Math.max(0, i - 3), i).some((t) => /^(stuurt|sturen|stuurde|vraagt|vroeg|appt|deelt|wil|eist)$/.test(t))
}

function settingFor(role: InstitutionalSetting | 'context', text: string): InstitutionalSetting {
  if (role !== 'context') return role
  if (/\b(club|sportclub|vereniging|training|team|voetbal|hockey|turnen|zwemles|judo|sport|sportvereniging)\b/.test(text)) return 'sport'
  if (/\b(kinderopvang|kinderdagverblijf|kdv|bso|peuterspeelzaal|creche|opvang)\b/.test(text)) return 'kinderopvang'
  if (/\b(school|klas|leerling|leerlingen|schoolplein)\b/.test(text)) return 'onderwijs'
  return 'zorg'
}

/** The setting of the suspected employee or volunteer, or undefined when none is indicated. */
export function detectInstitutional(text: string): InstitutionalSetting | undefined {
  const folded = fold(text)
  const toks = folded.split(' ')
  for (let i = 0; i < toks.length; i++) {
    if (!HARM.test(toks[i]!) && !sendsMedia(toks, i)) continue
    // "... misbruikt door de trainer"
    for (let j = i + 1; j < Math.min(toks.length, i + 5); j++) {
      if (toks[j] !== 'door' && toks[j] !== 'by') continue
      for (let k = j + 1; k < Math.min(toks.length, j + 4); k++) {
        const role = roleOf(toks[k]!)
        if (role) return settingFor(role, folded)
        if (FAMILY.has(toks[k]!)) break
      }
    }
    // The nearest person word before the harm word is most likely its subject.
    for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
      if (FAMILY.has(toks[j]!) || CLAUSE_BREAK.has(toks[j]!)) break
      const role = roleOf(toks[j]!)
      if (role) return settingFor(role, folded)
    }
  }
  // Grooming: the role is the subject and what follows is a known grooming move ("de coach
  // neemt kinderen alleen mee in zijn auto", "de trainer stuurt 's avonds snapchats"). These
  // moves are specific enough that the role as the sentence's subject settles it.
  for (let j = 0; j < toks.length; j++) {
    const role = roleOf(toks[j]!)
    if (!role || FAMILY.has(toks[j - 1] ?? '')) continue
    // Only the role's own clause: "de juf vertelt dat vader ..." is about the father.
    const clause: string[] = []
    for (const t of toks.slice(j + 1, j + 14)) {
      if (FAMILY.has(t) || CLAUSE_BREAK_GROOMING.has(t)) break
      clause.push(t)
    }
    const after = ` ${clause.join(' ')} `
    if (GROOMING.test(after)) return settingFor(role, folded)
  }
  // Plain statements of the situation: "grensoverschrijdend gedrag van een trainer".
  const m = /\b(gedrag|misbruik|geweld|intimidatie) (van|door) (een|de|onze|mijn|haar|zijn)? ?(\w+)/.exec(folded)
  const role = m ? roleOf(m[4]!) : undefined
  return role ? settingFor(role, folded) : undefined
}
