/**
 * The few texts the engine itself says. They are safety texts, so they live in code rather
 * than content: no content edit can remove the Veilig Thuis line or the 112 line.
 * Everything else the bot says comes from flows/ and knowledge/.
 */

export const VT_NUMBER = '0800-2000'

/** Safety rule 1: this line (or another mention of 0800-2000) ends every turn. */
export const VT_LINE =
  'Twijfel je? Bel **Veilig Thuis: 0800-2000** (gratis, dag en nacht, ook voor anoniem advies).'
/** VT_LINE without markdown, for plain text (error bodies, calendar files). */
export const VT_LINE_PLAIN = VT_LINE.replace(/\*\*/g, '')

/**
 * The acute reply, said once: 112 once in the text (the first button is "Bel 112"), the meldcode
 * skipped once, Veilig Thuis after. About 50 words. Its first line, ACUTE_HEADLINE, also heads the
 * plain-language acute reply for volunteers and desk staff.
 */
export const ACUTE_HEADLINE = '**Is er nu direct gevaar? Bel 112.**'

export const ACUTE_REPLY =
  `${ACUTE_HEADLINE} Wacht daar niet mee; bij acuut gevaar sla je de stappen van de meldcode over.\n\n- Blijf zelf veilig. Ga niet in discussie met een pleger.\n- Bel daarna **Veilig Thuis: 0800-2000**, dag en nacht.\n- Leg vast wat je zag, hoorde en deed.`

/** Doubt at a question about danger now: 112 first, then the doubt advice. */
export const DOUBT_AT_DANGER = '**Twijfel je of iemand nu in gevaar is? Bel 112.** Liever een keer te vaak dan te laat.'

/** Possibly direct danger: the question comes first, and its first line names 112 (tag acute-check). */
export const ACUTE_CHECK =
  '**Is iemand nu in direct gevaar? Bel dan meteen 112.**\n\nIs het niet direct gevaarlijk, maar maak je je wel zorgen? Kies "Nee, niet nu" voor het antwoord op je vraag.'

/** "Nee, niet nu" when the question had no confident answer in the knowledge. */
export const CHECK_NO_ANSWER =
  'Goed dat er nu geen direct gevaar is. Op je vraag heb ik geen betrouwbaar antwoord; kies hieronder een onderwerp, of vraag (anoniem) advies bij **Veilig Thuis: 0800-2000**.'

export const PRIVACY_NOTICE =
  'Je hoeft geen namen, BSN, adressen, telefoonnummers, geboortedata of andere herkenbare gegevens te delen. Ik heb ze niet nodig, herhaal ze niet en bewaar ze niet. Beschrijf de situatie in algemene woorden, bijvoorbeeld "een leerling van 8".'

/** Asked when the best answer depends on who is asking and nobody said. */
export const WHO_ARE_YOU =
  'Het antwoord hangt af van wie je bent: een professional volgt de meldcode van de organisatie, een vrijwilliger bij een sportclub gaat naar de vertrouwenscontactpersoon, een medewerker van het Wmo-loket heeft een eigen route. Wie ben je?'

export const FALLBACK =
  'Daar heb ik geen betrouwbaar antwoord op, en ik verzin niets. Kies hieronder een onderwerp of stel je vraag anders. Bij twijfel kun je altijd (anoniem) advies vragen bij **Veilig Thuis: 0800-2000**.'

/** A question outside the meldcode, by kind (nlp/out-of-scope.ts); OUT_OF_SCOPE_TAIL follows. */
export const OUT_OF_SCOPE = {
  lookup: 'Ik kan niets opzoeken of nakijken: ik zie geen dossiers, meldingen of gegevens van mensen, en ik weet niets over een zaak.',
  task: 'Brieven, teksten en schema\'s schrijven of iets voor je regelen kan ik niet.',
  'foreign-law': 'Ik ken alleen de Nederlandse meldcode; over de regels in een ander land kan ik niets betrouwbaars zeggen.',
  medical: 'Over medicijnen, doseringen en diagnoses kan ik niets zeggen; vraag het een huisarts of apotheker.',
  money: 'Over toeslagen, bijdragen, belasting en voorzieningen kan ik niets zeggen; vraag het de gemeente of de instantie die erover gaat.',
  tech: 'Bij technische vragen over Teams, apps of je computer kan ik niet helpen; vraag het de ICT-afdeling of helpdesk van je organisatie.',
  'house-rules': 'Over de regels van de opvang, school of club zelf, zoals zieke kinderen op de groep of hoeveel kinderen iemand tegelijk mag opvangen, kan ik niets betrouwbaars zeggen; vraag het je leidinggevende, de GGD of je sportbond.',
  work: 'Over verlof, salaris en andere afspraken met je werkgever kan ik niets zeggen; vraag het je leidinggevende of HR.',
  'family-law': 'Over scheiding, alimentatie, gezag, omgang en procedures bij de rechter (ook beroep tegen een maatregel voor een kind) kan ik geen juridisch advies geven, en ik raad geen advocaat aan; daarvoor is een advocaat of mediator.',
} as const

export const OUT_OF_SCOPE_TAIL =
  'Ik help alleen bij de meldcode en bij zorgen over huiselijk geweld en kindermishandeling. Maak je je zorgen over iemands veiligheid? Vraag (anoniem) advies bij **Veilig Thuis: 0800-2000**; bij direct gevaar bel je **112**.'

export const UNKNOWN_ACTION =
  'Die keuze ken ik niet (meer); misschien is de inhoud bijgewerkt. Kies hieronder opnieuw.'

export const EXPIRED =
  'Dit gesprek is verlopen of niet meer bekend. Er is niets van bewaard. We beginnen opnieuw.'

/** The first turn named an organisation Meldwijzer has no settings for: said once, in one line. */
export const ORGANISATION_UNKNOWN =
  'Die organisatie ken ik niet, dus ik antwoord zonder de gegevens van je eigen organisatie. Kijk in de meldcode van je organisatie wie je aanspreekpunt is.'

/** The acute reply with an organisation: its contact comes after 112 and Veilig Thuis. */
export const ACUTE_THEN_ORGANISATION = '**Daarna, als het veilig is:** licht ook je eigen aanspreekpunt in.'

export const TOO_LONG =
  'Je bericht is lang; ik heb alleen het begin gelezen. Een korte vraag werkt het best.'

/**
 * Said under every signal (shared/domain.md §5: almost every signal can have another cause; more
 * signals together make it more likely; some victims show none; stap 1: describe what you saw and
 * heard, objectively).
 */
export const SIGNAL_CAUTION =
  '**Let op:** een signaal bewijst op zichzelf niets. Bijna elk signaal kan ook een andere oorzaak hebben; meerdere signalen samen maken een vermoeden sterker, en sommige kinderen of volwassenen laten geen signalen zien. Leg feitelijk vast wat je ziet en hoort, en bespreek het met een collega of de aandachtsfunctionaris.'

/**
 * The same caution in plain language for volunteers and desk staff. It names no route: the signal's
 * own next step, just above it, already says whom to talk to (VCP or leidinggevende).
 */
export const SIGNAL_CAUTION_B1 =
  '**Let op:** een signaal bewijst op zichzelf niets. Het kan ook een andere oorzaak hebben. Zie je meer signalen samen, dan wordt je zorg sterker. En sommige kinderen of volwassenen laten niets merken.'

export const DOSSIER_EMPTY =
  'Er is nog geen stap of afweging doorlopen, dus er is nog niets samen te vatten. Kies een stap in het menu.'

/** The menu when the user comes back to it: the introduction was said at the start. */
export const MENU_AGAIN = 'Waarmee kan ik je nog helpen? Kies hieronder, of typ je vraag.'

export const LABELS = {
  back: 'Terug',
  resume: 'Verder waar ik was',
  menu: 'Menu',
  twijfel: 'Ik twijfel: advies van Veilig Thuis',
  acuut: 'Er is direct gevaar',
  dossier: 'Samenvatting voor mijn dossier',
  belscript: 'Wat zeg ik als ik bel?',
  meer: 'Meer',
  restart: 'Nieuw gesprek',
  call112: 'Bel 112',
  callVT: 'Bel Veilig Thuis 0800-2000',
  checkYes: 'Ja, nu',
  checkNo: 'Nee, niet nu',
} as const

/** The forms of violence a signal points to (knowledge `forms`), as the signal reply names them. */
export const FORM_LABELS: Readonly<Record<string, string>> = {
  lichamelijk: 'lichamelijke mishandeling',
  emotioneel: 'emotionele mishandeling',
  verwaarlozing: 'verwaarlozing',
  seksueel: 'seksueel misbruik',
  partnergeweld: 'partnergeweld',
  'getuige-huiselijk-geweld': 'getuige zijn van huiselijk geweld',
  'dwingende-controle': 'dwingende controle',
  eergerelateerd: 'eergerelateerd geweld',
  huwelijksdwang: 'huwelijksdwang',
  achterlating: 'achterlating',
  vgv: 'meisjesbesnijdenis (vrouwelijke genitale verminking)',
  financieel: 'financieel misbruik',
  ouderenmishandeling: 'ouderenmishandeling',
  'ontspoorde-mantelzorg': 'ontspoorde mantelzorg',
  oudermishandeling: 'oudermishandeling',
  medisch: 'medische verwaarlozing of mishandeling',
  uitbuiting: 'uitbuiting',
  stalking: 'stalking',
}
