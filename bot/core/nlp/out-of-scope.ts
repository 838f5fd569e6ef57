/**
 * Recognises questions Meldwijzer cannot answer honestly, by kind: asking it to look something up
 * (a file, a melding's outcome, a status), to do a task (write a letter, call someone), another
 * country's law, medicine doses and diagnoses, and money matters and services of other bodies
 * (allowances, the Wmo's own contribution, tax). Search would otherwise find an entry that shares
 * a word ("melding", "Wmo", "kind") and answer a question that was not asked; blind rounds
 * answered such questions honestly in 48–80% of cases.
 *
 * Each kind is a concept: what is asked for, in any wording, not a list of questions. The kinds
 * that can share words with the meldcode (a task, money, a service) only count when the message
 * has no word of the meldcode's own subject in it (DOMAIN).
 */
import { fold } from './normalize.js'

export type OutOfScopeKind = 'lookup' | 'task' | 'foreign-law' | 'medical' | 'money' | 'family-law' | 'tech' | 'house-rules' | 'work'

/** Asking the bot itself: "kun je", "wil jij", "can you", "could you please". */
const ASK_BOT = String.raw`(?:kun|kan|kunt|wil|wilt|zou|zal)\s+(?:je|jij|u|jullie)|(?:can|could|would|will)\s+you(?:\s+please)?|please`

/** Looking up or checking what only a system or a person knows. */
const LOOKUP_VERB = String.raw`opzoeken|zoeken|opvragen|nakijken|nagaan|natrekken|uitzoeken|che(?:c|k)?ken|check|controleren|ophalen|inzien|bekijken|look\s+up|find\s+out|pull\s+up|check\s+whether|check\s+if`
/** What only a system knows: a file, a melding, a status, a register, whether someone is known. */
const RECORD = String.raw`ingeschreven|inschrijving|brp|gba|dossier|melding|meldingen|systeem|register|registratie|status|aanvraag|gemeld|bekend|opgepakt|geregistreerd|file|record|records|system|registered|reported`
const LOOKUP = [
  new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,60}\b(?:${LOOKUP_VERB})\b`),
  // "kun je even kijken of mijn melding al is opgepakt", "kun je in het systeem zien of …".
  new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,40}\b(?:kijken|zien|see|tell\s+me)\b.{0,60}\b(?:${RECORD})\b`),
  new RegExp(String.raw`\b(?:zoek|check|kijk)\s+(?:(?:even|ff|eens|effe|snel)\s+)?(?:op|na|of)\b.{0,40}\b(?:${RECORD}|gezin)\b`),
  // The outcome or status of one case: "wat is er uitgekomen van de melding", "hoe ver is de aanvraag".
  /\b(?:wat\s+is\s+er\s+(?:uiteindelijk\s+)?(?:uit|van)\s*gekomen|wat\s+was\s+de\s+uitkomst|hoe\s+staat\s+(?:het|t|'t)\s+met|hoe\s+ver\s+is|what\s+happened\s+(?:with|to)|what\s+came\s+of|what\s+was\s+the\s+outcome)\b.{0,60}\b(?:melding|meling|onderzoek|aanvraag|zaak|dossier|report|case|application)\b/,
  /\bwat\s+staat\s+er\s+in\s+(?:het|zijn|haar|hun|mijn)\s+dossier\b/,
  // "kijk even in het BIG-register of …", "zoek in het BRP op": a register only its keeper can read.
  /\b(?:kijk|zoek|check)\s+(?:(?:jij|je|u|even|ff|eens|snel)\s+){0,2}(?:in|na\s+in)\s+(?:het|de|ons|onze)\s+(?:\S+\s+)?\S*(?:register|systeem|brp|database)\b/,
  // A named record system, with or without an article: "zoek even in ParnasSys of …".
  /\b(?:kijk|zoek|check|kijken|zoeken|checken)\s+(?:(?:jij|je|u|even|ff|eens|snel)\s+){0,2}(?:in|na\s+in)\s+(?:(?:het|de|ons|onze)\s+)?(?:parnassys|magister|somtoday|esis|his|ecd|epd|lvs|brp|gba|bvh|suwinet|mens\s+centraal)\b/,
  /\b(?:wat\s+is\s+de\s+(?:status|stauts|statsu|satus)|what\s+is\s+the\s+status|(?:status|stauts)\s+van)\b.{0,40}\b(?:aanvraag|melding|dossier|zaak|application|report|case)\b/,
  /\b(?:is\s+(?:mijn|onze|de)\s+collega\s+(?:vandaag\s+)?ziek|welke\s+scheids\s+fluit|heeft\s+nog\s+plek)\b/,
]

/**
 * Writing a letter, mail or report for the user is a task whatever it is about ("een brief aan vt
 * met mijn melding erin", "schrijf jij de melding", "draft the report"): the bot neither writes nor
 * sends, and it takes no melding. "Hoe schrijf ik een verslag?" asks how, and is answered.
 */
const DOCUMENT = String.raw`brief|briefje|mail|mailtje|e-?mail|letter|email|melding|rapportage|verslag|rapport|report|memo|notulen|minutes|nieuwsbrief|newsletter`
/** Documents that go to someone else, unlike one's own record (verslag, rapportage). */
const SENT_DOCUMENT = /\b(?:brief|briefje|mail|mailtje|e-?mail|letter|email|melding|report)\b/
const WRITE_VERB = String.raw`maken|schrijven|uitwerken|opstellen|opmaken|uittypen|typen|formuleren|write|draft|type\s+up|sturen|versturen|send`
const WRITE_FOR_ME = [
  new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,40}\b(?:${DOCUMENT})\b.{0,50}\b(?:${WRITE_VERB})\b`),
  new RegExp(String.raw`\b(?:${ASK_BOT})\s+(?:\w+\s+)?(?:write|draft|type\s+up|schrijven|opstellen|uittypen)\b.{0,30}\b(?:${DOCUMENT})\b`),
  new RegExp(String.raw`(?:^|[.!?]\s|^\s)\s*(?:schrijf|maak|typ|write|draft)\s+(?:(?:jij|je|u|you)\s+)?(?:(?:even|ff|eens|snel|voor\s+(?:me|mij|ons)|me|mij|ons|me|us)\s+){0,3}(?:een|de|het|a|an|the|my|mijn)\s+(?:\w+\s+)?(?:${DOCUMENT})\b`),
  new RegExp(String.raw`\bgraag\s+(?:een|de|het)\s+(?:\w+\s+)?(?:${DOCUMENT})\b.{0,60}\b(?:sturen|opsturen|versturen|doorsturen|mailen)\b`),
]

/** A task for the bot: write, draft, translate, fill in, call or submit something for the user. */
/**
 * Sending a record or message for the user ("wil je mijn verslag doorsturen naar de huisarts"): a
 * task the bot cannot do. A melding sent on is a report request (report-request.ts), which gets
 * the answer that Meldwijzer is no reporting channel. Only with the bot as the one who sends, so
 * "stuur ik het verslag per mail?" is a question.
 */
const SEND_FOR_ME = [
  /\b(?:stuur|verstuur)\s+(?:jij|je|u)\b.{0,50}\b(?:verslag|dossier|gegevens|notitie|aantekeningen|bericht|mail|brief|overdracht)\b/,
  /\b(?:kun|kan|wil|kunt|wilt)\s+(?:jij|je|u)\b.{0,40}\b(?:verslag|dossier|gegevens|notitie|aantekeningen|bericht|mail|brief|overdracht)\b.{0,40}\b(?:sturen|versturen|doorsturen|door\s+sturen|mailen|doorgeven)\b/,
  /^\s*(?:stuur|verstuur)\s+(?!(?:ik|we|wij|je|jij|u)\b).{0,20}\b(?:verslag|dossier|gegevens|notitie|aantekeningen|bericht|mail|brief|overdracht)\b/,
]

const TASK = [
  new RegExp(
    String.raw`\b(?:${ASK_BOT}|schrijf|maak|stel|vertaal|write|draft|translate|make|give\s+me|geef\s+(?:me|mij))\b.{0,40}\b(?:\w*(?:brief|mail|gedicht(?:je|jes|en)?|tekst|schema|rooster|planning|convenant|opstelling|presentatie|schrift|letter|poem|plan|schedule)|rapport|getuigenverklaring|cv|essay|speech|recept\w*|recipes?|boodschappenlijst\w*|shopping\s+list)\b`,
  ),
  new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,40}\b(?:bellen|opbellen|indienen|aanvragen|invullen|versturen|call|submit|fill\s+in|send)\b`),
  // Entering something in the user's own systems: "kun jij dit in ons registratiesysteem zetten".
  new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,60}\b(?:in|into)\s+(?:ons|onze|het|de|jullie|mijn|our|the|my)\s+\w*(?:systeem|dossier|ecd|registratie\w*|system|record|file)\s+(?:zetten|invoeren|opslaan|plaatsen|verwerken|put|enter|save|add)\b`),
  new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,40}\b(?:put|enter|save|add|log|zet|voer|opslaan|bewaren|zetten|invoeren|plaatsen)\s+(?:\w+\s+){0,2}(?:in|into)\s+(?:ons|onze|het|de|jullie|mijn|our|the|my)\s+(?:\w+\s+)?\w*(?:systeem|dossier|ecd|registratie\w*|system|record|file)\b`),
]

/** Deciding someone's application for them ("kun je de aanvraag goedkeuren"): the municipality's call, not advice. */
const DECIDE_FOR_ME = new RegExp(
  String.raw`\b(?:${ASK_BOT})\b.{0,60}\b(?:goedkeuren|goed\s+keuren|toekennen|accorderen)\b|` +
    // An indication or decision about one person's entitlement ("kun jij haar indicatie bepalen"): the consultant's own assessment.
    String.raw`\b(?:${ASK_BOT})\b.{0,60}\b(?:indicatie|indicatiestelling|beschikking|voorziening)\s+(?:\w+\s+)?(?:bepalen|vaststellen|stellen|afgeven|beoordelen|toewijzen)\b|` +
    String.raw`\b(?:${ASK_BOT})\b.{0,30}\b(?:bepalen|beoordelen|beslissen|vaststellen|inschatten)\s+of\b.{0,60}\b(?:recht\s+(?:heeft|hebben)\s+op|in\s+aanmerking\s+(?:komt|komen)\s+voor)\b|` +
    String.raw`\b(?:${ASK_BOT})\b.{0,20}\b(?:approve|grant|sign\s+off)\s+(?:the|this|my|her|his|their|our)\s+(?:\w+\s+)?(?:application|request|indication|claim)\b`,
)

/**
 * Arranging something for the user in so many words ("kun je voor mij een VOG aanvragen", "kun jij
 * mijn formulier invullen", "can you fill in the form for me"): a task whatever it is about, so even with a word of the meldcode in it.
 * Calling or reporting is left to report-request.ts, which answers that Meldwijzer takes no melding.
 */
const ARRANGE_FOR_ME = new RegExp(
  String.raw`\b(?:${ASK_BOT})\s+(?:(?:even|ff|eens|snel)\s+)?(?:voor\s+(?:mij|me|ons)|for\s+(?:me|us))\b.{0,40}\b(?:aanvragen|aanvraag\s+doen|indienen|invullen|regelen|apply(?:\s+for)?|fill\s+in|submit|arrange)\b|\b(?:${ASK_BOT})\b.{0,40}\b(?:aanvragen|indienen|invullen|regelen|apply\s+for|fill\s+in|submit|arrange)\s+(?:\w+\s+){0,3}(?:voor\s+(?:mij|me|ons)|for\s+(?:me|us))\b|\b(?:${ASK_BOT})\s+(?:mijn|m'?n|onze|my|our)\b.{0,30}\b(?:aanvragen|indienen|invullen|regelen|apply\s+for|fill\s+in|submit)\b`,
)

/**
 * Writing a student's or professional's own text for them (a thesis, an essay, a chapter): a task
 * whatever its subject, so even a thesis about the meldcode ("write my thesis on child abuse
 * reporting"). Asking what the meldcode says, for a thesis, is a question and is answered.
 */
/** School work for a child or student: sums, fractions, spelling ("kun je haar helpen met breuken en procenten"). */
const HOMEWORK = new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,40}\bhelpen\s+met\s+(?:haar\s+|zijn\s+|mijn\s+|het\s+)?(?:huiswerk|breuken|procenten|rekenen|sommen|spelling|taal|topografie|wiskunde|tafels|werkstuk|spreekbeurt)\b|\bhelp\s+(?:her|him|me)\s+with\s+(?:her|his|my)?\s*(?:homework|maths?|fractions|spelling)\b`)
const ACADEMIC = String.raw`\w*scriptie|opdracht|thesis|dissertation|essay|paper|werkstuk|profielwerkstuk|hoofdstuk|chapter|betoog|assignment|eindopdracht|casusopdracht|reflectieverslag|stageverslag`
const WRITE_ACADEMIC = new RegExp(
  String.raw`\b(?:${ASK_BOT}|schrijf|write|draft)\b.{0,60}\b(?:${ACADEMIC})\b.{0,60}\b(?:schrijven|write|opstellen|draft|maken|uitwerken)\b|\b(?:${ASK_BOT})\s+(?:\w+\s+){0,2}(?:schrijven|write|draft|opstellen|uitwerken)\b.{0,40}\b(?:${ACADEMIC})\b|(?:^|[.!?]\s|^\s)\s*(?:schrijf|write|draft)\s+(?:\w+\s+){0,3}(?:${ACADEMIC})\b|\b(?:${ASK_BOT})\s+(?:write|schrijven|schrijf)\s+(?:\w+\s+){0,3}(?:${ACADEMIC})\b|\b(?:${ACADEMIC})\b.{0,100}\b(?:schrijf|schrijft|write)\s+(?:jij|je|u|you)\s+(?:die|dat|het|deze|it|that)\b|\b(?:${ACADEMIC})\b.{0,100}\b(?:${ASK_BOT})\s+(?:die|dat|het|deze)\s+(?:voor\s+(?:mij|me|ons)\s+)?(?:uitwerk\w*|schrijven|maken|opstellen)\b`,
)

/** An order to book: "plan een afspraak in", "boek even voor mevrouw een consult", "book an appointment". */
const BOOK_PHRASE = String.raw`(?:(?:pls|please|aub|graag)\s+)?(?:plan|boek|book|schedule|maak|regel|zet)\s+(?:(?:even|ff|snel|voor\s+(?:mij|me|ons|mevrouw|meneer|(?:mijn|m'?n|de|onze)\s+\w+))\s+){0,2}(?:een|de|an|the)\s+(?:\w+\s+)?(?:afspraak|afspraakje|appointment|consult)\b`
/**
 * Booking or planning an appointment for the user ("plan een afspraak in bij de huisarts", "can you
 * book an appointment"): a task the bot cannot do, whoever the appointment is with. Only as a request
 * to the bot (an order, or "kun je"), so "moet ik een afspraak maken met de ouders?" is a question;
 * and not with a word of the meldcode in it ("kun je een afspraak met Veilig Thuis maken" is a
 * request to pass something on, answered by report-request.ts).
 */
const BOOK = new RegExp(
  String.raw`(?:^|[.!?:]\s|^\s)\s*${BOOK_PHRASE}|\b(?:${ASK_BOT})\b.{0,40}\b(?:afspraak|appointment)\b.{0,40}\b(?:maken|inplannen|plannen|boeken|regelen|inschieten|book|schedule|make|arrange)\b|\b(?:${ASK_BOT})\s+(?:\w+\s+){0,2}(?:inplannen|plannen|boeken|book|schedule)\b`,
)
/**
 * The same as an order at the start of the message, or a talk or meeting asked to be planned "voor
 * mij": a task even with a word of the meldcode in it ("Plan voor mij een afspraak in bij de
 * huisarts van mijn cliënt", "zou je een gesprek met de vcp voor me kunnen inplannen?").
 */
const BOOK_ORDER = new RegExp(
  String.raw`^\s*${BOOK_PHRASE}|\b(?:${ASK_BOT})\b.{0,80}\b(?:afspraak|gesprek|overleg|meeting|appointment)\b.{0,60}\bvoor\s+(?:mij|me|ons)\s+(?:kunnen\s+|willen\s+)?(?:inplannen|plannen|boeken|regelen|organiseren)\b`,
)

/**
 * Keeping someone's details for the user ("sla de gegevens van dit gezin op", "onthoud deze naam"):
 * Meldwijzer stores no identifying details, whatever they are about, so this comes before the
 * meldcode's own words. An order only at the start, or asked of the bot: "hoe lang bewaar je
 * aantekeningen?" and "where do I keep my notes?" are questions about recording.
 */
const STORE_FOR_ME = new RegExp(
  String.raw`^\s*(?:sla|bewaar|onthoud)\s+(?:(?:even|ff|dit|dat|deze|die|de|het|alle|mijn)\s+){0,3}(?:gegevens|info|informatie|naam|namen|adres|adressen|dossier|details|nummer|nummers|notities|aantekeningen|verhaal|casus|gesprek)\b|\b(?:${ASK_BOT})\b.{0,60}\b(?:opslaan|bewaren|onthouden|save|store|remember|keep)\b|^\s*(?:please\s+)?(?:save|store|remember|keep)\s+(?:this|these|the|her|his|their)\s+(?:\w+\s+)?(?:details|info|information|data|name|names|address|notes|case)\b`,
)
/**
 * Telling the bot to put notes into a record system ("zet mijn aantekeningen in het HIS"): an
 * imperative, not "zet ik dit in het dossier?", which asks what to record.
 */
const FILE_FOR_ME =
  /^\s*(?:zet|plaats|voeg|noteer|schrijf|verwerk)\s+(?!ik\b|je\b|jij\b|we\b|wij\b|u\b|men\b)(?:\S+\s+){0,12}?(?:in|aan|bij|toe\s+aan)\s+(?:het|mijn|ons|de|onze)\s+(?:his|ecd|epd|dossier|lvs|leerlingvolgsysteem|parnassys|systeem|cli[eë]ntdossier|registratiesysteem)\b/

/**
 * Sports tactics: a line-up or system ("4-3-3 of 3-5-2", "welke opstelling werkt beter"), for a
 * coach's course, not the meldcode. Folded, "4-3-3" is "4 3 3": only with a word of playing near
 * it, so "vraag 1 2 3 van het afwegingskader" stays a question.
 */
const SPORT_TACTICS =
  /(?<!\b(?:stap|stappen|step|steps|vraag|vragen|afweging|afwegingen|groep|groepen|klas|fase|fases|punt|punten)\s)\b[1-5]\s[1-5]\s[1-5](?:\s[1-5])?\b.{0,25}\b(?:of|or|spelen|speelt|tegen|against|systeem|formatie)\b|\b(?:spelen|speelt|speel|play|formatie|systeem|opstelling)\b.{0,30}\b[1-5]\s[1-5]\s[1-5]\b|\b(?:welke|beste|betere|which|best)\s+(?:opstelling|formatie|tactiek|speelwijze|spelsysteem|speelsysteem|line\s?up|formation|tactics)\b/

/**
 * Entertainment asked of the bot: a joke, a riddle, a song, a story to cheer someone up ("vertel
 * een mop voor mijn team", "tell me a joke"). Chit-chat, not the meldcode. Read on the text with
 * its punctuation (an order starts a sentence or follows a comma; "ik vertel een verhaaltje" is no order).
 */
const ENTERTAIN = new RegExp(
  String.raw`(?:(?:^|[.!?:,]\s)\s*(?:(?:pls|please|aub|graag|even|ff)\s+)?(?:vertel|verzin|bedenk|geef|zing|tell|give|sing|make\s+up)|\b(?:${ASK_BOT}))\b(?:\s+\w+){0,4}?\s+(?:een|nog\s+een|a|another|me\s+a|us\s+a|ons\s+een|me\s+een|mij\s+een)\s+(?:\w+\s+)?(?:mop|moppen|mopje|grap|grapje|grappen|raadsel|raadseltje|liedje|lied|verhaaltje|sprookje|joke|jokes|riddle|song|pun|bedtime\s+story)\b|\bmake\s+(?:me|us)\s+laugh\b|\bmaak\s+(?:me|mij|ons)\s+(?:\w+\s+)?aan\s+het\s+lachen\b`,
)

/** "hoe doe ik dat", "how do I": asking how, which is a question even after an order. */
const HOW_DO_I = /\b(?:hoe\s+(?:doe|moet|kan|regel|pak|schrijf|maak)\s+(?:ik|je|we)|how\s+(?:do|should|can)\s+i|how\s+(?:to\s+)?(?:write|draft)\b)\b/

/** When a shop, office or club opens or closes, or which one nearby is open: local facts Meldwijzer does not have. */
const OPEN_NEARBY =
  /\b(?:welke|which|is\s+(?:de|het|er\s+(?:een|nog\s+een)))\b.{0,40}\b(?:apotheek|winkel|supermarkt|huisartsenpost|tandarts|drogist|pharmacy|shop|store|supermarket)\b.{0,50}\b(?:open|geopend|dicht)\b/
const OPENING_HOURS =
  /\b(?:hoe\s+laat|tot\s+hoe\s+laat|vanaf\s+hoe\s+laat|wanneer)\s+(?:gaat|is|zijn|sluit|sluiten|opent|openen|gaan)\b.{0,60}\b(?:dicht|open|geopend|sluit\w*)\b|\b(?:openingstijden|openingstijd|opening\s+hours|what\s+time\s+does\s+.{0,40}\s+(?:close|open))\b/

/** Another country's rules: a country with its own law, and a word for law, rules or reporting. */
const COUNTRY = String.raw`curacao|aruba|sint\s+maarten|bonaire|saba|(?:sint|st\.?)\s+eustatius|statia|st\.?\s+maarten|caribisch\s+nederland|the\s+caribbean|caribbean\s+netherlands|suriname|turkije|turkey|marokko|morocco|ierland|ireland|italie|italy|portugal|griekenland|greece|belgie|belgium|belgian|vlaanderen|flanders|duitsland|germany|german|frankrijk|france|french|engeland|england|uk|britain|british|verenigd\s+koninkrijk|united\s+kingdom|california|californie|texas|florida|new\s+york\s+state|canada|ontario|quebec|australia|australie|new\s+zealand|nieuw-zeeland|scotland|schotland|wales|amerika|america|usa|united\s+states|spanje|spain|zweden|sweden|denemarken|denmark|noorwegen|norway|oostenrijk|austria|zwitserland|switzerland|luxemburg|luxembourg|polen|poland`
const LAW = String.raw`wet|wetten|wetgeving|regels|regelgeving|meldplicht|meldplichten|meldepflicht|meldcode|(?<!\bin\s)law|laws|rules|legislation|reporting|\w*procedure|melden\s+werkt|werkt\s+(?:het\s+)?melden|melden\s+(?:daar\s+)?gaat|gaat\s+(?:het\s+)?melden\s+daar|procedure`
const FOREIGN_LAW = [
  new RegExp(String.raw`\b(?:in|op|van|uit|for|of|on|the)\s+(?:${COUNTRY})\b.{0,80}\b(?:${LAW})\b`),
  new RegExp(String.raw`\b(?:${LAW})\b.{0,60}\b(?:in|op|van|of|for|on)\s+(?:${COUNTRY})\b`),
  // The country as an adjective: "UK law", "Belgium's rules".
  new RegExp(String.raw`\b(?:${COUNTRY})(?:'s)?\s+(?:${LAW})\b`),
  new RegExp(String.raw`\b(?:belgische|duitse|franse|engelse|britse|amerikaanse|spaanse|poolse|belgian|german|french|british|american|spanish|polish|irish|ierse|scottish|schotse|welsh|australian|canadian|surinaamse|turkse|marokkaanse|curacaose|arubaanse|vlaamse|waalse|flemish)(?:\s+mandatory)?\s+(?:${LAW})\b`),
]

/**
 * Computers, apps and software: a crash, a login, an upload, or which app to use ("de beste app om
 * schermtijd te beperken"). For the ICT desk or a shop, not for the meldcode.
 */
const TECH = [
  // A device that does not work and a plea for help ("printer doet het weer niet, kun je helpen").
  /\b(?:printer|scanner|laptop|computer|pinautomaat|kassa|telefoon|wifi)\b.{0,40}\b(?:doet\s+het\s+(?:weer\s+)?niet|werkt\s+(?:weer\s+)?niet|is\s+kapot|stuk)\b.{0,40}\b(?:helpen|help|oplossen|fixen|maken)\b/,
  // A spreadsheet to build or a formula to write, whatever is counted in it ("zorgen bijhouden in Excel, mag dat?" is a privacy question).
  /\b(?:excel\w*|spreadsheet\w*|google\s+sheets)\b.{0,60}\b(?:formule\w*|formula\w*|draaitabel\w*|pivot|opzetten|maken|bouwen|tellen|optellen|sorteren|filteren)\b|\b(?:formule\w*|formula\w*|draaitabel\w*|maak|maken|opzetten|bouwen)\b.{0,60}\b(?:excel\w*|spreadsheet\w*|google\s+sheets)\b|\b(?:vlookup|xlookup|vert\s+zoeken)\b/,
  /\b(?:crasht|crashen|crashte|vastloopt|vastlopen|blijft\s+(?:vastlopen|hangen|crashen)|loopt\s+(?:\w+\s+)?vast|hangt\s+steeds|foutmelding|error|inloggen|log\s+in|wachtwoord|password|uploaden|upload|downloaden|installeren|printer|wifi|wi-fi|bluetooth|update|updaten|laptop|computer|scherm\s+blijft|bug)\b.{0,90}\b(?:oplossen|los\s+ik|los\s+je|fix|fixen|gefixt|verhelpen|werkt\s+niet|doet\s+het\s+niet|lukt\s+niet|hoe\s+kan\s+ik|wat\s+moet\s+ik|weet\s+jij|weet\s+je)\b/,
  /\b(?:oplossen|los\s+ik|fix|verhelpen|werkt\s+niet|lukt\s+niet)\b.{0,40}\b(?:crash\w*|foutmelding|error|inloggen|wachtwoord|upload\w*|printer|wifi|update|laptop|computer)\b/,
  // An app or device that crashes or does not work, and a request to fix it ("the app crash every
  // time … how I fix this?"). Without the request to fix it, "mijn telefoon werkt niet, hoe bel ik
  // Veilig Thuis?" is a question for us.
  /\b(?:app|apps|teams|outlook|laptop|computer|telefoon|phone|tablet|programma|software)\b.{0,60}\b(?:crash\w*|not\s+working|doesn\W?t\s+work|won\W?t\s+(?:open|start|load)|werkt\s+niet|doet\s+het\s+niet|opent\s+niet|start\s+niet)\b.{0,80}\b(?:fix|repair|oplossen|verhelpen|maken|repareren)\b/,
  /\b(?:beste|goede|handige|fijne)\s+(?:app|apps|programma|software|tool)\b|\bwelke\s+(?:app|apps|programma|software)\s+om\b|\b(?:best|good)\s+(?:app|apps|software|tool)\b/,
]

/** A dose, a diagnosis or a treatment: for a doctor or pharmacist. */
const MEDICINE = String.raw`\w+(?:pam|zepam|prazol|mycine|cilline|olol|statine|profen)|tablet\w*|pil|pillen|slaappil\w*|slaaptablet\w*|paracetamol|ibuprofen|melatonine|melatonin|antibiotic\w*|antibioticum|antibiotica|medicijn\w*|medicatie|medication|koortsdrank|zetpil\w*|pijnstiller\w*|slaapmiddel\w*|painkiller\w*`
const MEDICAL = [
  /\bhoeveel\s+(?:mg|milligram|tabletten|pillen)\b|\bhow\s+many\s+(?:mg|tablets|pills)\b/,
  new RegExp(String.raw`\b(?:hoeveel|welke\s+dosis|welke\s+dosering|dosering|dosis|how\s+much|how\s+many\s+mg|what\s+dose|which\s+dose|dosage)\b.{0,40}\b(?:${MEDICINE})\b`),
  new RegExp(String.raw`\b(?:${MEDICINE})\b.{0,40}\b(?:hoeveel|dosering|dosis|mg|milligram|dosage|dose)\b`),
  /\bwelk(?:e)?\s+(?:antibioticum|medicijn|zalf|crème|creme)\b/,
  /\b(?:veilige|maximale|juiste|normale)\s+(?:dosis|dosering)\b|\b(?:safe|maximum|right)\s+dose\b/,
  /\b(?:welke\s+(?:huid)?ziekte|diagnose\s+stellen|which\s+(?:skin\s+)?disease|diagnose\s+(?:it|this))\b/,
  /\b(?:laten\s+vaccineren|vaccinatie\s+tegen|vaccinate\s+against)\b/,
  // What a lab value means ("wat betekent een verhoogd CRP", "what does a high CRP mean"): for the doctor.
  /\b(?:wat\s+(?:betekent|zegt|wil\s+zeggen)|what\s+does|what\s+is\s+an?)\b.{0,30}\b(?:crp|bse|hb|hemoglobine|leukocyten|ferritine|tsh|bloedwaarden?|bloeduitslag\w*|labuitslag\w*)\b/,
  // A value read out and asked about: "Hb 6.8, is dat te laag?", "crp van 40, is dat normaal?".
  /\b(?:crp|bse|hb|ferritine|tsh|leukocyten)\s*(?:van\s+|is\s+|was\s+|=\s*|:\s*)?\d.{0,40}\b(?:te\s+laag|te\s+hoog|normaal|valt\s+(?:dat|het)\s+mee|too\s+(?:low|high)|normal)\b/,
  // Which vaccinations, and when: the schedule is the consultatiebureau's and the RIVM's.
  /\b(?:welke|wanneer|hoeveel)\b.{0,40}\b(?:vaccinaties|vaccinatie|inentingen|inenting|vaccins)\b|\bwelke\s+prikken\b|\brijksvaccinatieprogramma\b|\b(?:which|what|when)\b.{0,30}\b(?:vaccinations|vaccines|jabs)\b/,
]

/**
 * Applying for something, in the forms people type: "aanvragen", but also the separable "hoe vraag ik
 * dat aan", "vraag je het aan", and English "apply for".
 */
const APPLY = String.raw`aanvragen|aanvraagt|aan\s+te\s+vragen|aangevraagd|vraa?g\w*\s+(?:ik|je|we|jij|u|men|hij|ze)\s+(?:\w+\s+){0,3}aan|hoe\s+vraa?g\w*|hoe\s+kom\s+(?:ik|je|we|jij|u|hij|ze|men)\s+(?:\w+\s+){0,2}aan|how\s+do\s+i\s+(?:apply|get)|apply\s+for`

/** Money matters and provisions of other bodies: allowances, contributions, tax, debts, permits. */
const MONEY_THING = String.raw`\w*tarief|tarieven|boete|boetes|toeslag|huurtoeslag|zorgtoeslag|kinderopvangtoeslag|kinderbijslag|kindgebonden\s+budget|eigen\s+bijdrage|abonnementstarief|belasting\w*|belastingdienst|btw|omzetbelasting|fiscaal\w*|fiscus|giftenaftrek|aftrekpost\w*|onbelast|vrijwilligersvergoeding|pleegzorgvergoeding|vergoeding\s+(?:krijgt|krijg|voor)\s+(?:een\s+)?pleeg\w*|huurachterstand|kwijtschel\w*|uitkering|bijstand|aow|pensioen|traplift|scootmobiel|rolstoel|woningaanpassing|\w*parkeerkaart|\w*vergunning|omgevingsvergunning|subsidie\w*|woz|tax|subsid(?:y|ies)|grant|vat|allowance|benefits|child\s+benefit|parking\s+permit|stairlift`
/** Asking about the thing itself: how much, how to apply, how long the wait, how it is computed. */
const MONEY_ASK = String.raw`${APPLY}|hoe\s+werkt\s+(?:de|een)\s+aanvraag|hoe\s+lang\s+du\w*rt\s+(?:de|een)\s+aanvraag|wat\s+(?:is|zijn)\s+(?:\w+\s+){0,2}(?:de|het)|max\w*|bedrag|aangifte|vrijgesteld|what\s+(?:is|are)\s+the|betalen|betaal|betaalt|pay|paying|owe|aftrekbaar|aftrekken|aftrek|afdragen|afdracht|declareren|terugvragen|omhoog|verhoogd|gestegen|hoger|duurder|higher|gone\s+up|increased|hoeveel|wat\s+kost|hoe\s+hoog|hoe\s+vraag|hoe\s+vraagt|aanvragen|aan\s+te\s+vragen|aangevraagd|wachttijd|wachtlijst|berekend|berekenen|bezwaar|kwijtgescholden|opgeven|aangeven|invullen|terugkrijgen|how\s+much|how\s+do\s+i\s+apply|apply\s+for|waiting\s+time`
const MONEY = [
  // A provision's size ("hoeveel uur huishoudelijke hulp heeft ze recht op"): the municipality decides.
  /\b(?:hoeveel\s+uur|hoeveel\s+uren|recht\s+op|entitled\s+to|how\s+many\s+hours)\b.{0,60}\b(?:huishoudelijke\s+hulp|thuishulp|hulp\s+bij\s+het\s+huishouden|household\s+help|home\s+help|indicatie|dagbesteding|begeleiding|voorziening|pgb|hulpmiddel)\b|\b(?:huishoudelijke\s+hulp|thuishulp|household\s+help|indicatie|dagbesteding|pgb)\b.{0,60}\b(?:hoeveel\s+uur|recht\s+op|entitled)\b/,
  // Residence permits and visas: for the IND.
  /\b(?:verblijfsvergunning|residence\s+permit|visum|visa|naturalisatie|naturalisation|naturalization)\b.{0,50}\b(?:aanvra\w*|verleng\w*|apply|extend|renew|krijgen|get)\b|\b(?:aanvra\w*|verleng\w*|apply\s+for|extend|renew|get)\b.{0,50}\b(?:verblijfsvergunning|residence\s+permit|visum|visa)\b|\b(?:visum|verblijfsvergunning)\s+aan\b/,
  // A club's fee as a price to compare ("welke contributie vragen andere clubs"), not a family that cannot pay it.
  /\b(?:welke|hoeveel|hoe\s+hoog)\s+(?:\w+\s+){0,2}(?:contributie|lidmaatschapsgeld|lidgeld)\b/,
  /\b(?:contributie|lidmaatschap\w*|lidgeld|per\s+(?:jaar|maand))\b.{0,80}\b(?:andere\s+\w*(?:clubs|verenigingen)|normaal|te\s+duur|gangbaar|gebruikelijk)\b/,
  /\b(?:vragen|rekenen)\s+andere\s+\w*(?:clubs|verenigingen)\b.{0,60}\b(?:contributie|per\s+(?:jaar|maand))\b|\bandere\s+\w*(?:clubs|verenigingen)\b.{0,40}\b(?:vragen|rekenen)\b.{0,40}\bcontributie\b/,
  // Deducting costs in a tax return ("aftrekken bij de aangifte"): not the police's aangifte.
  /\baftrek\w*\b.{0,40}\baangifte\b|\baangifte\b.{0,40}\baftrek\w*/,
  // "hoeveel moet een cliënt per maand betalen voor …", "how much does … cost": a price asked, whatever it is for.
  /\b(?:hoeveel|how\s+much)\b.{0,60}\b(?:betalen|betaalt|kost|kosten|pay|cost|costs)\b/,
  // Whether a body grants it ("of de gemeente een parkeervergunning kan geven"): that body decides.
  new RegExp(String.raw`\b(?:gemeente|belastingdienst|svb|uwv|ind|cak|zorgverzekeraar|provincie)\b.{0,40}\b(?:${MONEY_THING})\b.{0,30}\b(?:geven|verstrekken|toekennen|regelen|krijgen|verlenen)\b`),
  new RegExp(String.raw`\b(?:${MONEY_THING})\b.{0,80}\b(?:${APPLY}|hoe\s+werkt\s+(?:dat|het)|how\s+does\s+(?:that|it)\s+work)\b`),
  new RegExp(String.raw`\b(?:${MONEY_ASK})\b.{0,50}\b(?:${MONEY_THING})\b`),
  new RegExp(String.raw`\b(?:${MONEY_THING})\b.{0,40}\b(?:${MONEY_ASK})\b`),
]

/** Leave, pay and contracts at one's own work: for the employer or HR. */
const WORK_THING = String.raw`schaal\s+\d+|rooster|werkrooster|\w*verlof|verlofuren|vakantiedagen|vakantie-?uren|overuren|salaris|loon|\w*loonschaal|loonsverhoging|cao|cao-\w+|arbeidscontract|contracturen|proeftijd|\w*(?:parental|carer'?s?|sick|care)\s+leave|annual\s+leave|salary(?:\s+scale)?|pay\s+scale|overtime`
const WORK_ASK = String.raw`${MONEY_ASK}|recht\s+op|krijg\s+ik|mag\s+ik|entitled\s+to|can\s+i\s+get|welke|which`
/** A complaint about one's own manager or employer, or how they plan one's work: for HR or a confidential adviser at work. */
const MANAGER_COMPLAINT = /\b(?:mijn|m'?n)\s+(?:leidinggevende|manager|baas|werkgever|teamleider)\b.{0,60}\b(?:plant|inplannen|ingepland|rooster|diensten|weekenden|werktijden|overuren|contracturen)\b|\bklacht\w*\s+(?:\w+\s+)?(?:tegen|over)\s+(?:mijn|m'?n|onze|de)\s+(?:leidinggevende|manager|werkgever|baas|directeur|teamleider)\b|\bcomplain\w*\s+about\s+my\s+(?:manager|boss|employer)\b/
/** What a job pays: "hoeveel verdient een pm'er", "how much does a … earn". */
const PAY = /\b(?:hoeveel\s+(?:verdient|verdien|verdienen)|wat\s+(?:verdient|verdienen)\s+(?:een|de|je|jij|ik|we|wij)|how\s+much\s+(?:does|do)\s+(?:a|an)\s+\w+(?:\s+\w+)?\s+earn)\b/
/** Tomorrow's weather: nothing this assistant can know. */
const WEATHER = /\b(?:wat\s+voor\s+weer|hoe\s+wordt\s+het\s+weer|wordt\s+het\s+(?:morgen|vandaag|straks|vanmiddag|dit\s+weekend)\s+(?:droog|mooi|warm|koud|nat|zonnig)|weerbericht|weersverwachting|gaat\s+het\s+(?:\w+\s+){0,2}regenen|weather|forecast|will\s+it\s+rain)\b/
const WORK = new RegExp(String.raw`\b(?:${WORK_ASK})\b.{0,50}\b(?:${WORK_THING})\b|\b(?:${WORK_THING})\b.{0,50}\b(?:${WORK_ASK})\b`)

/** Working something out for the user ("kun je uitrekenen hoeveel hij kan aflossen"): a task, after the kinds with their own answer. */
const CALCULATE = new RegExp(String.raw`\b(?:${ASK_BOT})\b.{0,40}\b(?:uitrekenen|berekenen|narekenen|calculate|work\s+out)\b`)

/** Divorce, alimony, custody and contact arrangements: legal advice for a lawyer or mediator. */
const FAMILY_THING = String.raw`child\s+support|co[- ]?ouderschap|alimentatie|partneralimentatie|kinderalimentatie|omgangsregeling|ouderlijk\s+gezag|eenhoofdig\s+gezag|gezamenlijk\s+gezag|voogdij|gezag|echtscheiding(?:en)?|scheiden|scheiding(?:en)?|boedelverdeling|ouderschapsplan|custody|alimony|divorce|visitation`
const FAMILY_ASK = String.raw`berekend|berekenen|toegewezen|aanpassen|rechtbank|claim|calculate|work\s+out|hoeveel|wie\s+krijgt|krijgt\s+(?:ze|hij|zij)|laten\s+wijzigen|wijzigen|${APPLY}|opeisen|procedure|wil\s+weten\s+hoe|vraagt\s+hoe|weet\s+(?:jij|je|u)\s+hoe|hoe\s+(?:\w+\s+){0,3}(?:krijgt|krijg|krijgen|regelt|regel)|hoe\s+werkt\s+(?:dat|het)|rechter|advocaat|hoe\s+(?:kan|moet|werkt|regel)|wat\s+moet|how\s+much|who\s+gets|how\s+(?:can|do)`
/** A child-protection measure: explaining it is the knowledge's, contesting it in court a lawyer's. */
const PROTECTION_ORDER = String.raw`ondertoezichtstelling|onder\s+toezicht\s+(?:gesteld|stelling)|ots|uithuisplaatsing|gezagsbeeindiging|kinderbeschermingsmaatregel\w*|jeugdbeschermingsmaatregel\w*|child\s+protection\s+order|care\s+order`
const CONTEST = String.raw`hoger\s+beroep|in\s+beroep|beroep\s+(?:aantekenen|instellen|tegen)|aanvechten|appeal|contest|\w*advocaat|advocaten|lawyer|attorney`
const FAMILY_LAW = [
  new RegExp(String.raw`\b(?:${CONTEST})\b.{0,60}\b(?:${PROTECTION_ORDER})\b`),
  new RegExp(String.raw`\b(?:${PROTECTION_ORDER})\b.{0,60}\b(?:${CONTEST})\b`),
  // A lawyer to recommend or find: legal representation, whatever the case is about.
  /\b(?:weet|ken|kent|raad|raden|aanraden|aanbevelen|aanbeveling|recommend|know|welke|which|goede|good)\b.{0,50}\b\w*(?:advocaat|advocaten|lawyer|lawyers|attorney)\b/,
  /\b\w*(?:advocaat|advocaten|lawyer|attorney)\b.{0,50}\b(?:aanraden|aanbevelen|aanbeveling|raad\s+je\s+aan|recommend|weet\s+je|ken\s+je)\b/,
  new RegExp(String.raw`\b(?:${FAMILY_ASK})\b.{0,60}\b(?:${FAMILY_THING})\b`),
  new RegExp(String.raw`\b(?:${FAMILY_THING})\b.{0,60}\b(?:${FAMILY_ASK})\b`),
]

/**
 * How a school, a childcare centre or a club runs itself, apart from safety: a sick child at the
 * group, how many children one carer may have. The GGD, the manager or the sports federation knows;
 * the meldcode does not say. Checked after DOMAIN: "koorts, en niemand haalt hem op, verwaarlozing?"
 * is the meldcode's.
 */
const ILL = String.raw`koorts|\d+\s*(?:graden|gr)|ziek|zieke|waterpokken|krentenbaard|hoofdluis|luizen|diarree|overgeven|spugen|besmettelijk\w*|fever|sick|ill|contagious|chickenpox|lice`
const ATTEND = String.raw`op\s+de\s+(?:kdv|opvang|bso|groep|creche|school|club)|naar\s+(?:de\s+)?(?:kdv|opvang|bso|creche|school|training)|blijven|wegblijven|thuisblijven|thuis\s+houden|weren|geweerd|toegelaten|naar\s+huis\s+sturen|stay|attend|sent\s+home`
const HOUSE_RULES = [
  new RegExp(String.raw`\b(?:${ILL})\b.{0,60}\b(?:${ATTEND})\b.{0,80}\b(?:regels|beleid|richtlijn|protocol|mag|mogen|moet|moeten|rules|policy|allowed)\b`),
  new RegExp(String.raw`\b(?:mag|mogen|moet|moeten|may|can|should)\b.{0,40}\b(?:${ILL})\b.{0,60}\b(?:${ATTEND})\b`),
  // Ratios and group sizes: "hoeveel kinderen mag een gastouder tegelijk opvangen".
  /\bhoeveel\s+(?:kinderen|kids|baby'?s|peuters|leerlingen|spelers|jeugdleden)\b.{0,40}\b(?:mag|mogen|max\w*)\b.{0,30}\b(?:opvangen|meenemen|vervoeren|begeleiden|tegelijk|per|in\s+de\s+auto)\b|\bhoeveel\s+(?:kinderen|kids|baby'?s|peuters|leerlingen|spelers)\s+(?:mag|mogen|kan|kunnen)\b.{0,50}\b(?:gastouder|pm'?er|pedagogisch\w*|leidster|medewerker|beroepskracht|leerkracht|juf|meester|trainer|begeleider|opvangen|tegelijk|per)\b|\b(?:beroepskracht-?kindratio|bkr|maximale\s+groepsgrootte|groepsgrootte)\b|\bhow\s+many\s+(?:children|kids)\s+(?:can|may)\b/,
]

/**
 * The meldcode's own subject (recording what one sees, objectively, is part of it): with one of these words a message about a task, money or a service
 * is probably about the meldcode after all ("financieel misbruik via de uitkering", "kost bellen
 * naar Veilig Thuis iets?"), and search answers it.
 */
const DOMAIN =
  /\b(?:mishandel\w*|geweld\w*|misbruik\w*|uitbuit\w*|verwaarlo\w*|meldcode|veilig\s+thuis|vt|vog|kindcheck|consult\w*|collegia\w*|vastleg\w*|noteer\w*|noteren|genoteerd|objectie[fv]\w*|afwegingskader|aandachtsfunctionaris|vcp|vertrouwenscontactpersoon|onveilig\w*|signa\w*|vermoeden\w*|slaat|slaan|geslagen|dreig\w*|bang\s+(?:voor|van)|abuse\w*|violence|neglect\w*|exploit\w*|unsafe)\b/

/** "kun je checken of ik dit moet melden?" asks what to do, not for a record. */
const WHAT_SHOULD_I = /\b(?:moet|mag|kan|moeten|mogen|should|must|can)\s+(?:ik|we|wij|i|we)\b/

/**
 * A statement for a court, a lawyer or the police written for the user ("schrijf een verklaring voor
 * de rechter dat vader gewelddadig is"): a task whatever the statement is about, so also when it
 * names violence. Asking how to write one ("hoe schrijf ik …") is a question.
 */
const FOR_COURT = new RegExp(
  String.raw`\b(?:${ASK_BOT}|schrijf|maak|stel(?!\s+dat\b)|write|draft)\b.{0,40}\b(?:verklaring|getuigenverklaring|brief|verslag|rapport|rapportage|statement|letter|report)\s+(?:\w+\s+){0,2}(?:voor|aan|for|to)\s+(?:de\s+|het\s+|the\s+|a\s+)?(?:rechter|rechtbank|kinderrechter|advocaat|politie|officier|raad\s+voor\s+de\s+kinderbescherming|judge|court|lawyer|police)\b`,
)

/**
 * Paperwork of another field asked for as such, whatever the family is going through: filing a tax
 * return ("aangifte" alone is a police report, a domain word), and the forms or procedure to get,
 * transfer or change parental authority or guardianship (a grandmother who wants "het gezag").
 */
const TAX_RETURN = /\b(?:belastingaangifte\w*|aangifte\s+(?:inkomstenbelasting|ib|btw)|inkomstenbelasting|btw-?aangifte|ib-?aang\w*|hypotheekrente\w*|m-biljet|tax\s+returns?|income\s+tax)\b/
/** A sum to work out for the user ("bereken de huurtoeslag voor …"): whoever it is for, the municipality or the tax office does it. */
const CALCULATE_MONEY = new RegExp(String.raw`\b(?:bereken|berekenen|reken\s+(?:\w+\s+)?uit|uitrekenen|calculate|work\s+out)\b.{0,40}\b(?:${MONEY_THING})\b`)
const AUTHORITY = String.raw`gezag|voogdij|custody|guardianship|parental\s+authority`
const AUTHORITY_PROCEDURE = new RegExp(
  String.raw`\b(?:formulier\w*|aanvraag|procedure|forms?)\b.{0,50}\b(?:${AUTHORITY})\b|\b(?:${AUTHORITY})\b.{0,80}\b(?:formulier\w*|procedure|forms?)\b|` +
    String.raw`\b(?:${AUTHORITY})\b.{0,40}\b(?:(?:te|kan|kun|kunnen|wil|willen)\s+krijgen|aanvragen|aan\s+te\s+vragen|overdragen|over\s+te\s+dragen|overgedragen|wijzigen|te\s+wijzigen|to\s+get|apply\s+for|transfer)\b|` +
    String.raw`\b(?:transfer|get|apply\s+for)\b.{0,20}\b(?:${AUTHORITY})\b`,
)

export function detectOutOfScope(text: string): OutOfScopeKind | undefined {
  const t = ` ${fold(text)} `
  if (!WHAT_SHOULD_I.test(t) && LOOKUP.some((p) => p.test(t))) return 'lookup'
  if (SEND_FOR_ME.some((p) => p.test(t))) return 'task'
  if (FOREIGN_LAW.some((p) => p.test(t))) return 'foreign-law'
  if (MEDICAL.some((p) => p.test(t))) return 'medical'
  // A record of one's own ("een verslag van de consultatie") is vastleggen, which the knowledge answers.
  if (WRITE_FOR_ME.some((p) => p.test(t)) && (!DOMAIN.test(t) || SENT_DOCUMENT.test(t))) return 'task'
  // A joke or a song is asked for, whatever the day was about ("zware dag met twee vermoedens van mishandeling, vertel een mop").
  if (ARRANGE_FOR_ME.test(t) || DECIDE_FOR_ME.test(t) || HOMEWORK.test(t) || WRITE_ACADEMIC.test(t) || STORE_FOR_ME.test(t) || FILE_FOR_ME.test(t) || ENTERTAIN.test(text.toLowerCase())) return 'task'
  // Booking told as an order ("Plan voor mij een afspraak in bij de huisarts van mijn cliënt"): a
  // task whatever the appointment is about; asking how to plan one is a question.
  if (BOOK_ORDER.test(t) && !HOW_DO_I.test(t)) return 'task'
  if (TAX_RETURN.test(t) || CALCULATE_MONEY.test(t)) return 'money'
  if (AUTHORITY_PROCEDURE.test(t)) return 'family-law'
  if (FOR_COURT.test(t) && !HOW_DO_I.test(t)) return 'task'
  if (DOMAIN.test(t)) return undefined
  if (BOOK.test(t) && !HOW_DO_I.test(t)) return 'task'
  if (TASK.some((p) => p.test(t))) return 'task'
  if (OPENING_HOURS.test(t) || OPEN_NEARBY.test(t)) return 'lookup'
  if (SPORT_TACTICS.test(t)) return 'task'
  if (TECH.some((p) => p.test(t))) return 'tech'
  if (FAMILY_LAW.some((p) => p.test(t))) return 'family-law'
  if (WORK.test(t) || PAY.test(t) || MANAGER_COMPLAINT.test(t)) return 'work'
  if (WEATHER.test(t)) return 'lookup'
  if (MONEY.some((p) => p.test(t))) return 'money'
  if (CALCULATE.test(t)) return 'task'
  if (HOUSE_RULES.some((p) => p.test(t))) return 'house-rules'
  return undefined
}
