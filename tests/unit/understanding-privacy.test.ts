/**
 * Identifying details as people actually type them (issue 19, point 5), and, as important, the
 * ordinary messages that must not get the privacy notice. Cases written from the requirement.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { realBundle } from '../support/engine.js'
import { parse } from 'yaml'
import { NAMES_ANY_CASE, NAMES_CAPITALISED, STREET_NOUNS } from '../../bot/core/understanding/namen.generated.js'
import { type PiiKind, type PiiScan, scanPii } from '../../bot/core/understanding/privacy.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** As the engine scans: with the knowledge's own phone numbers and words. */
function scanAsEngine(text: string): PiiScan {
  const { understanding } = realBundle()
  return scanPii(text, understanding.ownNumbers, understanding.knownWords)
}

/** Something identifying was found, and none of the secrets is left in the redacted text. */
function expectHidden(scan: PiiScan, text: string, secrets: string[]) {
  expect(scan.kinds.length, text).toBeGreaterThan(0)
  for (const s of secrets) expect(scan.redacted, text).not.toContain(s)
}

/**
 * A round's misses widened to their kind, as the engine scans: messages with nothing identifying
 * get no notice; identifying ones are flagged with every secret gone from the redacted text.
 */
function kindsAsEngine(title: string, clean: string[], identifying: Array<[string, string[]]>) {
  describe(title, () => {
    it.each(clean)('no notice: %s', (text) => expect(scanAsEngine(text).kinds, text).toEqual([]))
    it.each(identifying)('identifying: %s', (text, secrets) => expectHidden(scanAsEngine(text), text, secrets))
  })
}

function expectFound(text: string, kind: PiiKind, secrets: string[]) {
  const scan = scanPii(text)
  expect(scan.kinds, text).toContain(kind)
  for (const s of secrets) expect(scan.redacted, text).not.toContain(s)
}

describe('names', () => {
  it.each([
    // in any case, anywhere in the sentence, also at its start
    ['sanne heeft blauwe plekken', ['sanne']],
    ['Sanne heeft blauwe plekken', ['Sanne']],
    ['ik maak me zorgen om daan uit mijn klas', ['daan']],
    ['Het gaat om Noah. Hij is vaak moe', ['Noah']],
    ['mijn leerling mohammed komt vaak te laat', ['mohammed']],
    ['Ayoub en zijn zusje Nour worden geslagen', ['Ayoub', 'Nour']],
    ['ik ben bezorgd over Zeynep', ['Zeynep']],
    ['Emre zegt dat zijn vader hem slaat', ['Emre']],
    ['Jerrel durft niet naar huis', ['Jerrel']],
    ['Agnieszka heeft vaak honger', ['Agnieszka']],
    ['Abdirahman wil niet naar huis', ['Abdirahman']],
    ['de moeder van Lotte en Bram belde', ['Lotte', 'Bram']],
    // given name with surname, tussenvoegsel, foreign surnames
    ['het gaat om Sanne de Jong uit groep 5', ['Sanne', 'Jong']],
    ['Fatima El Amrani heeft blauwe plekken', ['Fatima', 'Amrani']],
    ['my client Sarah Johnson has bruises', ['Sarah', 'Johnson']],
    ['het kind van fam. Kowalski', ['Kowalski']],
    ['de buurman, Öztürk, schreeuwt vaak', ['Öztürk']],
    ['ik zag Jansen gisteren nog', ['Jansen']],
    // a name that is also a word: with a capital inside a sentence, or with context
    ['ik denk dat Roos honger heeft', ['Roos']],
    ['Roos heeft honger', ['Roos']],
    ['meneer Bakker slaat zijn moeder', ['Bakker']],
    ['volgens Bakker is het niet zo erg', ['Bakker']],
    ['mevrouw de Vries belde', ['Vries']],
    ['mevr. de Vries belde', ['Vries']],
    ['de familie Visser is verhuisd', ['Visser']],
    ['ze heet roos en ze is 6', ['roos']],
    // context cues for names not on any list
    ['leerling Xylander heeft blauwe plekken', ['Xylander']],
    ['meneer Kwakernaak slaat zijn vrouw', ['Kwakernaak']],
    ['mevrouw Oyelaran is bang', ['Oyelaran']],
    ['de familie Nguyen woont hier sinds kort', ['Nguyen']],
    ['Tesfalem (7) is vaak moe', ['Tesfalem']],
    ['het gaat om Brandon-Lee, 9 jaar', ['Brandon-Lee']],
    ['Quirinus uit groep 5 huilt veel', ['Quirinus']],
    ['en toen zei Yohannes dat het thuis niet goed ging', ['Yohannes']],
    ['Tesfay zegt dat hij bang is voor zijn vader', ['Tesfay']],
    ['de leerling (Daan, groep 6) heeft brandwondjes', ['Daan']],
    ['het meisje heet Xiomara', ['Xiomara']],
    ['Naam: Jan Jansen', ['Jan', 'Jansen']],
    ['de vader, Ahmed Bouzid, is agressief', ['Ahmed', 'Bouzid']],
    ['meester Kees zag het', ['Kees']],
    ['Ik ben de juf van Emma (groep 3)', ['Emma']],
    ['het gaat om Lars van den Heuvel', ['Lars', 'Heuvel']],
    ['Mijn naam is Petra en ik ben leerkracht', ['Petra']],
    ['EMMA zegt dat ze bang is', ['EMMA']],
  ])('finds the name in "%s"', (text, secrets) => expectFound(text, 'naam', secrets))
})

describe('numbers, dates and addresses', () => {
  it.each<[string, PiiKind, string[]]>([
    // BSN: named, with or without the 11-proef; unnamed only when it passes
    ['bsn 123456789', 'bsn', ['123456789']],
    ['zijn burgerservicenummer is 123 45 6789', 'bsn', ['6789']],
    ['het BSN van de moeder: 111.222.333', 'bsn', ['111.222.333']],
    ['sofinummer 12345678', 'bsn', ['12345678']],
    ['nummer 123456782 staat op haar pas', 'bsn', ['123456782']],
    ['123456782', 'bsn', ['123456782']],
    // phone numbers in every common format
    ['06-12345678', 'telefoon', ['12345678']],
    ['06 12 34 56 78', 'telefoon', ['56 78']],
    ['06/12345678', 'telefoon', ['12345678']],
    ['06.12.34.56.78', 'telefoon', ['56.78']],
    ['(06) 12345678', 'telefoon', ['12345678']],
    ['+31 6 12345678', 'telefoon', ['12345678']],
    ['+31612345678', 'telefoon', ['12345678']],
    ['+31 (0)6 1234 5678', 'telefoon', ['5678']],
    ['0031 6 1234 5678', 'telefoon', ['5678']],
    ['0031612345678', 'telefoon', ['12345678']],
    ['(0)6 12345678', 'telefoon', ['12345678']],
    ['vast nummer 020-1234567', 'telefoon', ['1234567']],
    ['020 123 45 67', 'telefoon', ['45 67']],
    ['(020) 123 4567', 'telefoon', ['4567']],
    ['0101234567', 'telefoon', ['0101234567']],
    ['tel. 0597-123456', 'telefoon', ['123456']],
    // dates with a year, two or four digits, and month names
    ['geboren op 12-03-2015', 'geboortedatum', ['12-03-2015']],
    ['12-3-15', 'geboortedatum', ['12-3-15']],
    ['3-3-\'15', 'geboortedatum', ['3-3-']],
    ['geb. 04/11/2019', 'geboortedatum', ['04/11/2019']],
    ['ze is op 3 maart 2016 geboren', 'geboortedatum', ['2016']],
    ['3 mrt \'16', 'geboortedatum', ['16']],
    ['geboortedatum: 4 januari', 'geboortedatum', ['4 januari']],
    ['born on 4 january 2012', 'geboortedatum', ['2012']],
    ['2015-03-12', 'geboortedatum', ['2015-03-12']],
    // streets by their endings, with or without a number
    ['ze woont op Kerkstraat 14', 'adres', ['Kerkstraat', '14']],
    ['ze wonen in de Julianastraat', 'adres', ['Julianastraat']],
    ['wonen op de Dorpsweg 3a', 'adres', ['Dorpsweg', '3a']],
    ['in de Burg. de Withstraat', 'adres', ['Withstraat', 'Burg']],
    ['op de hoek van de Amstelveenseweg en de Prinsengracht', 'adres', ['Amstelveenseweg', 'Prinsengracht']],
    ['Adres: Nieuwe Gracht 45', 'adres', ['Gracht', '45']],
    ['ze woont aan de Lindenlaan', 'adres', ['Lindenlaan']],
    ['het huis aan de Beukenhof 12', 'adres', ['Beukenhof']],
    ['Stationsplein 1', 'adres', ['Stationsplein']],
    ['kerkstraat 14', 'adres', ['kerkstraat']],
    ['Laan van Meerdervoort 100', 'adres', ['Meerdervoort', '100']],
    ['ze woont op de kerkstraat 5', 'adres', ['kerkstraat']],
    // postcode, e-mail, IBAN, client numbers
    ['1234 AB', 'postcode', ['1234']],
    ['postcode 3511ab', 'postcode', ['3511']],
    ['mail moeder.jansen@gmail.com', 'email', ['gmail']],
    ['NL91 ABNA 0417 1643 00', 'iban', ['0417']],
    ['rekening NL91ABNA0417164300', 'iban', ['0417164300']],
    ['nl91abna0417164300', 'iban', ['0417164300']],
    ['cliëntnummer 2023-0456', 'nummer', ['0456']],
    ['dossiernummer: AB12345', 'nummer', ['12345']],
    ['clientnr 88812', 'nummer', ['88812']],
  ])('finds "%s" as %s', (text, kind, secrets) => expectFound(text, kind, secrets))
})

describe('nothing identifying: no privacy notice', () => {
  it.each([
    // sentence starts, capitalised ordinary words
    'Ik maak me zorgen om een oudere dame die verwaarloosd lijkt door haar zoon. Wat kan ik doen?',
    'De leerling lijkt verwaarloosd door haar moeder. Wat nu?',
    'Mijn cliënt is bang. Hoe pak ik dit aan?',
    'Zorg dat je het gesprek goed voorbereidt',
    'Hoop doet leven, maar wat doe ik nu?',
    'Moeder zegt dat het wel meevalt',
    'Stiefvader zegt dat hij niets heeft gedaan',
    'Onderzoek zegt dat dit vaak voorkomt',
    'Wil je met me meedenken?',
    'Dan bel ik Veilig Thuis',
    'ik heb hoop dat het goed komt',
    'de bakker op de hoek zag het ook',
    'er zijn rozen en een roos in de tuin',
    'de visser op de boot',
    'ik zie een storm aankomen in dat gezin',
    'er was brand in het huis',
    'ze spreekt alleen engels en frans',
    'het kind van de buren',
    // organisations, places, roles
    'bel Veilig Thuis op 0800-2000',
    'bel dan De Kindertelefoon of Centrum Veilige Sport',
    'de GGD en de KNVB',
    'ik werk bij de Raad voor de Kinderbescherming',
    'ze wonen in Utrecht',
    'het gezin komt uit Tilburg',
    'Zij verhuizen naar Rotterdam',
    'de intern begeleider en de aandachtsfunctionaris',
    'mijn collega van het Wijkteam',
    'Hart van Nederland had er een item over',
    // ages, groups, steps, times, amounts
    'een leerling van 8 met blauwe plekken',
    'het kind is 12 jaar en zit in groep 8',
    'een kind van groep 5, 9 jaar',
    'stap 2 van de meldcode',
    'we spreken om 15.30 af',
    'om 9:45 kwam ze binnen',
    'het gesprek is sinds 3 maart bezig',
    'vanaf 1 januari geldt de nieuwe meldcode',
    'ze kreeg € 250,- van haar vader',
    'in 2019 waren er 1234 meldingen',
    'het kost 1500 euro',
    'er zijn 12345 meldingen per jaar',
    // our own phone numbers
    'bel 112 bij direct gevaar',
    'bel 113 of 0800-0113',
    'Veilig Thuis 0800-2000',
    'de Kindertelefoon 0800-0432',
    'Centrum Veilige Sport 0900-2025590',
    'het LECK is bereikbaar op 0900-44 45 444',
    'Fier 088-2084700',
    // streets that are ordinary words
    'ze was onderweg naar school',
    'hij nam een omweg',
    'er is geen uitweg meer',
    'over de snelweg',
    'in een zijweg van de weg',
    'ze speelt in de speeltuin en in het park',
    'op het schoolplein',
    'bij de dijk',
    'achter het hof',
    'ze wonen in de straat achter de school',
    'ik liep over de Dam',
    'ze werkt bij de Jumbo',
    'in de hoofdstraat',
    'de familie is bang',
    'Kan ik hier de naam en het adres van het gezin doorgeven?',
    'mag ik namen noemen in deze chat',
    // places that are surnames too, organisations named after people or words, acronyms
    'ik werk in tilburg',
    'de GGD Tilburg belde terug',
    'de moeder komt uit Soest',
    'Veilig Thuis Utrecht',
    'bel Sterk Huis of Fier',
    'de William Schrikker Stichting',
    'ik bel het AMK en de VGV-aandachtsfunctionaris',
    'I am worried about my student. What should I do?',
    'May I ask something?',
    'Signs of Safety gebruiken',
    'Groep 7 heeft een nieuwe juf',
    // seasons, months and days name groups and times, not people
    'Winter komt eraan en sommige kinderen komen zonder jas',
    'In Zomer zit een kind dat zich nooit laat verschonen',
    // family words at the start of a sentence, with a verb of speaking after them
    'Papa zegt dat hij het regelt',
    'Mam zei dat het wel meevalt',
    'Opa vertelt steeds hetzelfde verhaal',
    'de jongen van 14 uit 2b',
    'Ik ben IB\'er op een basisschool in Amsterdam-Noord',
    // numbers that are no dates, phone numbers or BSN
    'schooljaar 2023-2024',
    '1-2 keer per week',
    '12-18 jaar',
    'van 9.00 tot 17.00',
    '1/3 van de kinderen',
    '119.000 kinderen per jaar',
    'sinds mei 2023',
    'per 1-1-2020 geldt de nieuwe regel',
    'sinds 1 juli 2013 is de meldcode verplicht',
    'versie 2.1.3',
    'Postbus 1234',
    '1500 mg',
    'wat is de meldcode?',
  ])('finds nothing in "%s"', (text) => {
    expect(scanPii(text).kinds).toEqual([])
  })
})

describe('realistic messages', () => {
  it.each<[string, PiiKind]>([
    ["Goedemiddag, ik ben leerkracht van groep 6 en ik maak me zorgen over Noor. Ze komt vaak te laat.", 'naam'],
    ["Het gaat om de familie El Idrissi, ze wonen aan de Vondellaan 23 in Utrecht.", 'naam'],
    ["ik maak me zorgen om mijn buurjongen kevin, zijn vader schreeuwt elke avond", 'naam'],
    ["De vader van Daan heeft me gebeld vanaf 06 12 34 56 78, wat moet ik daarmee?", 'telefoon'],
    ["Zijn geboortedatum is 14-07-2012 en hij zit bij ons op school.", 'geboortedatum'],
    ["Mijn cliënt mevrouw Hendriks (82) wordt volgens mij uitgebuit door haar zoon.", 'naam'],
    ["Het meisje, Amira, vertelde in de kring dat papa mama had geslagen.", 'naam'],
    ["De moeder heet Aylin Yildiz en spreekt weinig Nederlands.", 'naam'],
    ["Ik heb met juf Marieke overlegd over Bram uit groep 4.", 'naam'],
    ["het adres is Dorpsstraat 12, 1234 AB Ergens", 'adres'],
    ["kun je mailen naar jan.devries@school.nl", 'email'],
    ["Hij heet Mustafa en is 9.", 'naam'],
    ["Jesse en zijn broertje Finn komen vaak zonder ontbijt.", 'naam'],
    ["Ik heb een zorg over Mohamed Benali uit 2b.", 'naam'],
    ["De leerling (Lina, 13) heeft snijwonden op haar armen.", 'naam'],
    ["Tijdens de training vertelde Sven dat zijn vader hem slaat.", 'naam'],
    ["Oma Riet zegt dat ze geld moet afgeven aan haar kleinzoon.", 'naam'],
    ["BSN van het kind: 123456782", 'bsn'],
    ["Kan ik het rekeningnummer NL20INGB0001234567 doorgeven?", 'iban'],
    ["Ze woont in de Prinses Margrietstraat", 'adres'],
    ["Ze zijn verhuisd naar de Lindelaan in Breda.", 'adres'],
    ["Hij woont op nummer 14 van de Kastanjelaan.", 'adres'],
    ["De broer van Yusuf zit ook bij ons op school.", 'naam'],
    ["Daar zegt Anouk niks over.", 'naam'],
  ])('"%s" has %s', (text, kind) => {
    expect(scanPii(text).kinds).toContain(kind)
  })

  it.each([
    "Goedemiddag, ik ben leerkracht in groep 6 en ik maak me zorgen over een leerling. Ze komt de laatste weken vaak te laat, heeft geen eten bij zich en ziet er moe uit. Wat is verstandig?",
    "Ik werk als pedagogisch medewerker bij de Kinderopvang. Een moeder kwam vanochtend met een blauw oog. Moet ik iets doen?",
    "Een collega van het Wijkteam vertelde dat er thuis veel ruzie is. Ik twijfel of ik Veilig Thuis moet bellen.",
    "Als trainer van de O13 zag ik dat een speler steeds schrikt als zijn vader langs de lijn staat. Hoe pak ik dat aan?",
    "Wij hebben op school een Zorgteam en de Leerplichtambtenaar is betrokken. Moeten we nog melden?",
    "De huisarts heeft al contact gehad met de GGZ. Wat is mijn rol als wijkverpleegkundige?",
    "Ik ben vrijwilliger bij de Voedselbank en een vrouw vertelde dat haar man haar slaat.",
    "Mijn cliënt (82) wordt volgens mij financieel uitgebuit door haar zoon. Wat nu?",
    "Onze school hanteert de meldcode sinds 2013. Is er iets veranderd in 2019?",
    "Er is een Signalenlijst van Augeo, maar welke stap hoort daarbij?",
    "In de Jeugdwet staat iets over een meldrecht. Hoe zit dat?",
    "Het kind vertelde in de kring dat papa mama had geslagen. Ik heb het genoteerd. Wat moet ik nu doen?",
    "Ik ben IB'er. De ouders willen niet praten. Stap 3 lukt dus niet. Advies?",
    "Sinds de zomervakantie is ze erg stil. Haar cijfers zijn gedaald van een 7 naar een 4.",
    "Hij is 15 en zit in 3 havo, hij heeft een oudere vriend van 23 die hem cadeaus geeft.",
    "Volgens de GGD is er geen reden tot zorg, maar ik ben het daar niet mee eens.",
    "Na overleg met de aandachtsfunctionaris hebben we besloten om Veilig Thuis te raadplegen.",
    "De moeder is Pools en spreekt weinig Nederlands. Kan ik een tolk inzetten?",
    "Het gezin woont sinds 2 jaar in Nederland en komt uit Syrië.",
    "Ik heb om 10.15 een gesprek met de ouders. Hoe bereid ik dat voor?",
    "Mag ik zonder toestemming informatie delen met de Raad voor de Kinderbescherming?",
    "Wat zegt de AVG over het delen van gegevens?",
    "Zij zegt dat haar stiefvader haar aanraakt. Ik ben geschrokken.",
    "Ook de Buurtsportcoach heeft iets gezien op het Cruyff Court.",
    "Vanaf 1 januari 2026 verandert er iets, klopt dat?",
    "Onze club heeft een VCP. Moet ik naar de VCP of naar het bestuur?",
    "Bij de KNVB is er een meldpunt. Werkt dat hetzelfde?",
    "De Kindertelefoon is bereikbaar op 0800-0432, maar wat doet die precies?",
    "Kan ik anoniem melden bij Veilig Thuis? Ik ben bang dat de familie erachter komt.",
    "Een leerling uit groep 8 vertelde dat ze besneden gaat worden in de zomervakantie.",
  ])('"%s" has nothing identifying', (text) => {
    expect(scanPii(text).kinds).toEqual([])
  })
})

describe('our own content names no one', () => {
  // flows/ and knowledge/ describe situations without people: every line must pass clean (the
  // review dates of the content itself aside).
  const lines: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') lines.push(...v.split(/\n+/).filter((l) => l.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(l.trim())))
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  for (const dir of ['flows', 'knowledge'])
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.yaml')) walk(parse(readFileSync(join(ROOT, dir, f), 'utf8')))

  it('has lines to check', () => expect(lines.length).toBeGreaterThan(1000))
  it('finds nothing identifying in any line', () => {
    // The content's own phone numbers (Helpwanted's 020 line) are not someone's details.
    const own = realBundle().understanding.ownNumbers
    const flagged = lines.filter((l) => scanPii(l, own).kinds.length > 0)
    expect(flagged.length, 'lines flagged (not shown: they would be content, not secrets)').toBe(0)
  })
})

describe('the name lists', () => {
  const yaml = parse(readFileSync(join(ROOT, 'knowledge', 'safety', 'namen.yaml'), 'utf8')) as {
    voornamen: { altijd: string[]; alleenMetHoofdletter: string[]; weggelaten: string[] }
    achternamen: { altijd: string[]; alleenMetHoofdletter: string[]; weggelaten: string[] }
    straatwoorden: string[]
  }
  const any = new Set(NAMES_ANY_CASE.split(' '))
  const cap = new Set(NAMES_CAPITALISED.split(' '))

  it('the generated module holds exactly the names of namen.yaml', () => {
    for (const n of [...yaml.voornamen.altijd, ...yaml.achternamen.altijd]) expect(any.has(n.toLowerCase()), n).toBe(true)
    for (const n of [...yaml.voornamen.alleenMetHoofdletter, ...yaml.achternamen.alleenMetHoofdletter]) expect(cap.has(n.toLowerCase()), n).toBe(true)
    for (const n of [...yaml.voornamen.weggelaten, ...yaml.achternamen.weggelaten]) {
      expect(any.has(n.toLowerCase()), n).toBe(false)
      expect(cap.has(n.toLowerCase()), n).toBe(false)
    }
    expect(STREET_NOUNS.split(' ').sort()).toEqual(yaml.straatwoorden.map((w) => String(w)).sort())
  })

  it('has a few thousand given names and about a thousand surnames, with names of many backgrounds', () => {
    expect(yaml.voornamen.altijd.length).toBeGreaterThan(3000)
    expect(yaml.achternamen.altijd.length + yaml.achternamen.alleenMetHoofdletter.length).toBeGreaterThan(800)
    for (const n of ['Sanne', 'Daan', 'Mohamed', 'Fatima', 'Ayoub', 'Emre', 'Zeynep', 'Agnieszka', 'Jerrel', 'Abdirahman']) expect(any.has(n.toLowerCase()), n).toBe(true)
  })

  it('keeps ordinary words out of the any-case list', () => {
    for (const w of ['roos', 'bos', 'hoop', 'zorg', 'wil', 'dan', 'ben', 'will', 'bakker', 'visser', 'brand', 'storm', 'onder', 'wat']) expect(any.has(w), w).toBe(false)
  })
})

describe('never echoes', () => {
  it('returns only kinds and a redacted copy', () => {
    const scan = scanPii('Sanne de Jong, bsn 123456782, 06-12345678, Kerkstraat 14, 1234 AB')
    expect(Object.keys(scan).sort()).toEqual(['kinds', 'redacted'])
    for (const s of ['Sanne', 'Jong', '123456782', '12345678', 'Kerkstraat', '1234 AB']) expect(scan.redacted).not.toContain(s)
  })
})

describe('towns whose name starts with an article', () => {
  it.each(['ze woont ergens in Den Bosch, verder weet ik niets', 'het gezin komt uit Den Helder', 'de club zit in De Meern'])('are places, not people: "%s"', (t) => {
    expect(scanPii(t).kinds).toEqual([])
  })
  it('a surname with "den" after a first name is still a name', () => {
    expect(scanPii('de moeder van Jan den Bosch belde').kinds).toContain('naam')
  })
})

describe('the knowledge\'s own words', () => {
  it('start a sentence without being a name, also in the plural; names on the lists still count', () => {
    const { understanding } = realBundle()
    const scan = (t: string) => scanPii(t, understanding.ownNumbers, understanding.knownWords).kinds
    expect(scan('Kleuters van groep 1/2 tekenen hun gezin')).toEqual([])
    expect(scan('Vaders zeggen vaak dat het wel meevalt')).toEqual([])
    expect(scan('Daan van groep 6 zegt dat papa slaat')).toEqual(['naam'])
    expect(scan('Gesprekken van groep 6 gaan over thuis')).toEqual([])
    // Without the knowledge's words, a capitalised word off the everyday list before "van groep 6" reads as a name.
    expect(scanPii('Risicofactoren van groep 6 gaan over thuis').kinds).toEqual(['naam'])
    expect(scan('Risicofactoren van groep 6 gaan over thuis')).toEqual([])
    // A role word stays a role, also in the plural or with a typo ("Kleuters", "Docther (52)").
    expect(scanPii('Kleuters van groep 1/2 tekenen hun gezin').kinds).toEqual([])
    expect(scanPii('Docther (52) van mijn cliënt zegt dat haar broer geld pakt').kinds).toEqual([])
  })
})

describe('words that are also names or places (round 01–05 misses, widened to their kind)', () => {
  const clean = (text: string) => expect(scanPii(text).kinds, text).toEqual([])
  it.each([
    // parts of the body, described with an injury
    'het kind heeft een schram op de wang en op de kin',
    'Iris troebel en de pupil reageert traag, kan dat van een klap komen?',
    'peuter met een bult op het voorhoofd en een blauwe plek achter het oor',
    // English sentences: lower-case words are verbs, not names
    'can we skip the parents if they are the danger?',
    'will the family sue me if I report and I turn out to be wrong?',
    // countries and towns, also with an article or in two parts
    'haar familie in Sierra Leone wil dat ze deze zomer komt',
    'de neef in Turkije belt haar elke dag',
    'ik werk in Capelle aan den IJssel bij de opvang',
    'onze club zit in Bergen op Zoom, wie is daar de Veilig Thuis?',
    'woonplaats: Den Helder, meer weet ik niet',
    'in Ter Apel zegt een medewerker dat ze bang is',
    // function words and role words at the start of a sentence
    'Elke 3 jaar een training, is dat genoeg?',
    'Cliënte vertelt dat ze niet meer naar huis durft',
    'Speelster zegt dat de trainer haar appt',
    // an age team is no surname
    'een jongen van de O13 huilde na de training',
    // places anyone goes, in lower case and without a number
    'hij hangt elke avond rond op het sportpark',
    'ze zag het in de supermarkt gebeuren',
  ])('no notice: %s', clean)

  it.each([
    // after a title a listed surname counts in lower case too
    ['mevrouw de jong van nummer 4 durft niet naar huis', ['jong']],
    ['mw de boer zegt dat haar zoon haar slaat', ['boer']],
    ['meneer bakker komt zijn dochter ophalen', ['bakker']],
    // a first name and a surname off the lists
    ['Sanne Kortekaas, groep 5, komt zonder jas', ['Kortekaas']],
    // a street typed in lower case is an address where someone lives
    ['het gezin woont op de molenstraat', ['molenstraat']],
    // a body part that is someone's name when she does something
    ['Iris zegt dat haar vader haar slaat', ['Iris']],
  ])('a name: %s', (text, secrets) => {
    const scan = scanPii(text)
    expect(scan.kinds.length, text).toBeGreaterThan(0)
    for (const s of secrets) expect(scan.redacted, text).not.toContain(s)
  })
})

describe('venues, teams and roles (round 06 misses, widened to their kind)', () => {
  it.each([
    'We trainen op Sportpark Het Noorderveld, is daar een VCP?',
    'Zijn jullie van HC De Zwaluwen? Die hebben een goede gedragscode',
    'Ik werk in Verpleeghuis De Bloesem op de tweede afdeling',
    'de ouders van Kinderdagverblijf Het Vlindertje vragen naar ons beleid',
    'Bewoners van Het Anker krijgen weinig bezoek van familie',
    'Moedre (40) vertelt dat haar partner haar telefoon controleert',
    'de trainer van de E-pupillen zegt dat er iets speelt',
  ])('no notice: %s', (text) => expect(scanPii(text).kinds, text).toEqual([]))

  it.each([
    ['coach joost de graaf blijft na de training alleen met een meisje', ['joost', 'graaf']],
    ['collega Fatma zegt dat haar man dreigt', ['Fatma']],
    ['ze woont op De Lindehof 12', ['Lindehof']],
    ['daan de boer uit groep 7 wil niet naar huis', ['daan', 'boer']],
  ])('a name or address: %s', (text, secrets) => expectHidden(scanPii(text), text, secrets))
})

describe('a capitalised street ending at the start of a sentence', () => {
  it('is a word, not an address ("Kerstmarkt bij de club", "Speelplein …"); with a number it is one', () => {
    expect(scanPii('Kerstmarkt bij de club: een vader schreeuwde tegen zijn kinderen').kinds).toEqual([])
    expect(scanPii('Schoolplein is na drie uur open voor iedereen').kinds).toEqual([])
    expect(scanPii('Kerkstraat 12 is waar ze woont').kinds).toContain('adres')
  })
})

kindsAsEngine(
  'round 08 misses, widened to their kind',
  [
  // a youth team's code after the club's name is neither a name nor a house number
  'VV De Meeuwen MO13-1 gaat in juni op kamp in Duitsland',
  'Sportpark Het Veld JO9-3 traint op woensdag',
  // a verb or plural typed without its final n
  'mag de ib er zelf belle of moet dat via de directie?',
  // the feast's figures, in a message about the feast
  'Bij het Sinterklaasfeest was een kleuter heel bang voor Piet, is dat een signaal?',
  ],
  [
  // nine digits in one piece are someone's number, whatever it is called and whether or not it passes the 11-proef
  ['zijn klantnummer bij de woningbouw is 123456789, hij heeft huurachterstand', ['123456789']],
  // accounts on social media
  ['de trainer stuurt haar berichten via snapchat, zijn account is jan_de_coach', ['jan_de_coach']],
  ['haar insta is noor2011 en iemand chanteert haar', ['noor2011']],
  ['een volger @lisa.dance stuurt hem rare berichten', ['@lisa.dance']],
  // a real Piet is still a name, also in December
  ['Piet de Vries neemt de kinderen mee naar Sinterklaas', ['Piet', 'Vries']],
  ],
)

kindsAsEngine(
  'round 09 misses, widened to their kind',
  [
  // a venue's name before its venue word
  'Op het Stedelijk Gymnasium zijn de mentoren getraind in de meldcode',
  'I work at Erasmus MC, who is our aandachtsfunctionaris?',
  'Ze zit op het Rijnlands Lyceum en is vaak afwezig',
  // after a determiner a lower-case word is a noun
  'does every ward need its own protocol?',
  ],
  [
  ['Sanne Jansen van het Erasmus MC belde over haar buurjongen', ['Sanne', 'Jansen']],
  ['mijn leerling ward zegt dat zijn vader hem slaat', ['ward']],
  ],
)

describe('a role, "van het" and a capitalised word (round 09 paraphrases)', () => {
  it('is where someone is, not a surname; with a title it is one', () => {
    expect(scanPii('Een leerling van het Barlaeus vertelde dat ze thuis maaltijden overslaat').kinds).toEqual([])
    expect(scanPii('meneer van het Hof zegt dat zijn zoon zijn geld beheert').kinds).toContain('naam')
  })
})

kindsAsEngine(
  'round 10 misses, widened to their kind',
  [
  // a hospital's name before or after its venue word, also at the start of a sentence
  'Wilhelmina Kinderziekenhuis: hebben wij een eigen meldcode?',
  'Ik werk in het Amsterdam UMC Emma Kinderziekenhuis op de kinderafdeling',
  'Ik werk bij het Erasmus MC Sophia, gebruiken we de KNMG-meldcode?',
  'Op de Montessorischool hebben we een nieuwe aandachtsfunctionaris',
  ],
  [
  // surnames by their shape (Ukrainian, Polish, Georgian, Armenian), in lower case and in English too
  ['oksana melnyk woont sinds maart bij een gastgezin', ['oksana', 'melnyk']],
  ['yuliia savchenko zegt dat de gastheer haar lastigvalt', ['yuliia', 'savchenko']],
  ['Aan de balie sprak ik met Svitlana Kovalchuk over haar zoon', ['Svitlana', 'Kovalchuk']],
  ['andrii petrenko from kharkiv told me his host hits him', ['andrii', 'petrenko']],
  ['de moeder, nino beridze, durft niet naar huis', ['beridze']],
  ['leerling Tomasz Wiśniewski heeft weer blauwe plekken', ['Tomasz']],
  ],
)

kindsAsEngine(
  'round 11 misses, widened to their kind',
  [
  // a youth team's code after a role word
  'Trainer O9: de meeste kinderen komen met de fiets',
  'coach JO13-2 hier, vraagje over de VOG',
  // chat words that are also names, in lower case
  'wat moet er in het dossier, datum enzo?',
  'hoe lang duurt een huisverbod max?',
  // games and their characters
  'hij speelt de hele dag Minecraft en Zelda',
  'ze had gewonnen met Mario Party',
  // a month among months or after a day
  'in dec/jan fietst ze alleen door het donker naar huis',
  'op 3 jan begint de training weer',
  ],
  [
  // Dutch licence plates in their formats, with or without the word
  ['de auto van vader, kenteken XG-123-B, stond weer bij school', ['XG-123-B']],
  ['hij rijdt een golf met 12-ABC-3 en wacht na de training', ['12-ABC-3']],
  ['nummerbord 1-KBB-23 zag ik bij de opvang', ['1-KBB-23']],
  ['kenteken gh12kl', ['gh12kl']],
  // a capital still makes a chat word a name
  ['Max zegt dat zijn vader hem slaat', ['Max']],
  ['jan zegt dat zijn vader hem slaat', ['jan']],
  ],
)

kindsAsEngine(
  'everyday words at the start of a sentence, and compounds (seen rounds\' remaining notices, as kinds)',
  [
  'Klant (80) heeft zijn zoon volmacht gegeven, netjes via de notaris',
  'Jochie zei lachend dat zijn vader hem in de maling nam',
  'Halverwege het gesprek begon ze te huilen',
  'Someone said aggression at the desk means 112, is that right?',
  'Mevrouw aan de Wmo-balie vertelde over vroeger',
  'We doen EHBO-les in groep 8',
  'trainer jo10: jongen heeft een sleutel om zijn nek',
  ],
  [
  // a name off the lists at the start, or a double name, is still a name
  ['Oksana zegt dat de gastheer haar lastigvalt', ['Oksana']],
  ['Anne-Marie (9) zegt dat ze thuis geslagen wordt', ['Anne-Marie']],
  ['Rein zegt dat zijn vader hem slaat', ['Rein']],
  ],
)


kindsAsEngine(
  'round 13 misses, widened to their kind',
  [
  // a title after reading or watching
  'We lazen Pluk van de Petteflet in groep 4',
  'Na het voorlezen van Dikkie Dik begon een kleuter te vertellen',
  'Op kamp las de trainer Voetbalgoden voor aan de O9',
  // a town, also with an age after it
  'Mevrouw uit Leeuwarden, 82 jaar, wordt steeds onderbroken',
  // organisations: after a professional and "van", or with their kind of venue
  'De zorgcoördinator van Zorggroep Noorderboog zegt dat wij moeten melden',
  'Een collega van Buurtzorg stelt dat wij dit moeten doorgeven',
  'De Sociale Verzekeringsbank zei dat de AOW op een andere rekening staat',
  ],
  [
  // someone read to is a person; a capital "Van" is a surname; family and "van" is a name
  ['de juf las Emma Jansen een boek voor', ['Emma', 'Jansen']],
  ['De huisarts is dokter Van Dijk, mag ik hem bellen?', ['Van Dijk']],
  ['de moeder van Sanne zegt dat haar man slaat', ['Sanne']],
  ],
)

kindsAsEngine(
  'round 14 misses, widened to their kind',
  [
  // a club after a sports role and "van" or "bij"
  'Een coach van Ajax zei in een interview dat jongens hard moeten worden',
  'de keeper bij Heerenveen vertelde op tv over zijn jeugd',
  'een jeugdtrainer van Vitesse zegt dat huilen voor watjes is',
  ],
  [
  // a listed given name after the same role is a child; "van" and a listed surname is a surname
  ['de coach van Jayden zei dat hij thuis klappen krijgt', ['Jayden']],
  ['de trainer van Dijk zei dat hij thuis slaat', ['van Dijk']],
  ],
)

kindsAsEngine(
  'round 15 misses, widened to their kind',
  [
  // a character printed on a thing a child wears or carries
  'Een peuter kwam met een pleister van Dora op haar kin',
  'zijn rugzak met Spiderman lag nog in de gang',
  // a sentence's first word, a comma and a role: no one
  'Kortom, een van de spelers zei dat het thuis niet goed gaat',
  ],
  [
  // a name and a surname off the lists, set off by a comma and a role
  ['Olu Adeyemi, speler van onze O14, zegt dat zijn vader hem slaat', ['Olu', 'Adeyemi']],
  ['Dawit Tesfaye, one of our U15 basketball players, told me his dad hits him', ['Dawit', 'Tesfaye']],
  // a child's own name after a thing stays a name
  ['het shirt van Daan was gescheurd en hij had blauwe plekken', ['Daan']],
  ],
)

kindsAsEngine(
  'round 16 misses, widened to their kind',
  [
  // the first of a month after a preposition: when a rule took effect
  'Op 1 januari 2019 is de meldcode aangepast, wat is er veranderd?',
  'What changed in the code on January 1, 2019?',
  ],
  [
  // with birth around it, a date stays a birth date
  ['zij is op 1 mei 2016 geboren en woont bij haar oma', ['1 mei 2016']],
  ['she was born on January 1, 2015 and lives with her aunt', ['January 1, 2015']],
  ],
)

kindsAsEngine(
  'round 17 misses, widened to their kind',
  [
  // holidays are dates, not people
  'rond Oud en Nieuw en Keti Koti hebben we minder ouders op het veld, is dat een risico?',
  'na Sint-Maarten en het Suikerfeest vertellen kleuters veel over thuis',
  // the characters of a story named in the same message
  'we lazen Jip en Janneke en Takkie de poes was weg, een kind werd er heel verdrietig van',
  'de kinderen spelen Paw Patrol na en Chase moet altijd in de kooi',
  ],
  [
  // a common street noun with a house number, after a home named, in lower case
  ['mevrouw woont op dorpsstraat 12, de dochter komt zelden', ['dorpsstraat 12']],
  // the same character name without its story is a child's name
  ['Elsa uit groep 3 zegt dat ze thuis in de kast moet', ['Elsa']],
  ],
)

kindsAsEngine(
  'round 18 misses, widened to their kind',
  [
  // a brand right before what was bought, and brands written with their model
  'sinds kort loopt hij in een dure Moncler jas en heeft hij een PlayStation 5, waar komt dat geld vandaan?',
  'she suddenly wears Gucci shoes and has a new Galaxy phone',
  // a named event by what it ends in
  'bij de Zevenheuvelenloop stond een vader zijn zoon uit te schelden',
  'we gaan met de O15 naar de Norway Cup, moeten begeleiders een VOG hebben?',
  // a month before a holiday word or after "in the"
  'after the June half-term a pupil came back with bruises',
  ],
  [
  // a name right before a product word is no brand when it is a listed name and starts the sentence… but inside a sentence "van" marks a person
  ['de jas van Sanne lag nog in de kleedkamer en ze wilde niet naar huis', ['Sanne']],
  // May as a person
  ['I talked to May after training, she says her dad hits her', ['May']],
  ],
)

kindsAsEngine(
  'round 19 misses, widened to their kind',
  [
  // a school or hospital named after someone, the name glued to its venue word with a hyphen
  'onze nieuwe leerling kwam van de Koningin Beatrix-school en zegt weinig over thuis',
  // a web shop by its domain
  'haar kleinzoon bestelt op Zalando.nl en Marktplaats.nl met haar rekening',
  // a law by the date it was made or took effect, and an article by its number
  'het besluit van 12 maart 2019 zegt iets over het afwegingskader, toch?',
  'is art. 5.2.6 lid 2 van de Wmo nog van toepassing?',
  // famous figures, real and fictional, whom people are compared to or admire
  'hij noemt zijn oom altijd Darth Vader en wil daar niet over praten',
  'ze wil later worden zoals Sifan Hassan, maar thuis mag ze niet trainen',
  // groups named, and the same names later in the message
  'bij ons heten de teams Rood en Blauw; mag de leiding van Blauw alleen douchen met de kinderen?',
  // a country in English
  'a pupil is going to Morocco for the summer holidays, anything to watch for?',
  ],
  [
  // a date with birth around it stays a birth date, even with a rule word near
  ['de wet zegt niks over haar, ze is geboren op 12 maart 2019', ['12 maart 2019']],
  // a classmate compared to, without admiring words, stays a name
  ['ze speelt net als Sanne Bakker uit haar klas', ['Sanne Bakker']],
  // a person's own name stays a name when the groups are people ("de kinderen heten")
  ['de kinderen heten Daan en Sem, hun vader drinkt', ['Daan', 'Sem']],
  ],
)

kindsAsEngine(
  'round 19 kinds, widened again after their paraphrases (2026-12-02)',
  [
  // a famous person named in full after a comparison, in a sentence about wanting or becoming
  'hij wil later net zo snel zwemmen als Ranomi Kromowidjojo, maar zijn ouders zijn streng',
  'ze wil de nieuwe Vivianne Miedema worden en traint zich kapot',
  // a group named by the word before "groep" or "team", and the same name later on
  'de Groene groep heeft een nieuwe leidster; mag de leidster van de Groene alleen met een kind zijn?',
  // groups listed right after the group noun
  'de bso heeft stamgroepen de Vossen en de Beren, wie legt vast bij de Beren?',
  ],
  [
  // a classmate compared to, in a sentence without wanting, stays a name
  ['ze rent net zo hard als Sanne Bakker uit haar klas', ['Sanne Bakker']],
  // a child who wants to become something stays a name
  ['Sanne Bakker wil later juf worden maar thuis wordt ze geslagen', ['Sanne Bakker']],
  ],
)

kindsAsEngine(
  'round 20 misses, widened to their kind',
  [
  // titles written with a dot before a school's name
  'de St. Bonifatiusschool wil weten wie de aandachtsfunctionaris is',
  // a title right after the word for it, even when it is a first name
  'we keken de film Matilda en een meisje werd er stil van',
  // a foundation or fund named after someone
  'het Richard Krajicek Foundation-veldje ligt naast de school, wie houdt daar toezicht?',
  ],
  [
  // a person with a title stays a person
  ['Mr. Bakker zegt dat zijn dochter thuis geslagen wordt', ['Bakker']],
  ],
)

kindsAsEngine(
  'round 21 misses, widened to their kind: works, their makers and public figures',
  [
  // a quoted title after "In" or a word for reading, and its maker after "van"
  "In 'Ronja de roversdochter' van Astrid Lindgren loopt een kind weg, geschikt voor groep 7?",
  "we lezen 'Koning van Katoren' en kinderen vragen naar straf thuis",
  // a maker after a work's noun, with an abbreviation between
  'het prentenboek o.a. Kikker is verliefd van Max Velthuijs ligt in de wachtkamer',
  // a maker's role
  'schrijver Jacques Vriens komt voorlezen, mag hij over pesten praten?',
  // a saying's source
  'zoals Toon Hermans al zei: een mens lijdt het meest door het lijden dat hij vreest. hoe steun ik een bange ouder?',
  'een uitspraak van Maria Montessori hangt in de klas, maar hoe leg ik de meldcode uit aan ouders?',
  // a landmark named after a person
  'we gaan met groep 8 naar het Vincent van Gogh Museum, moet er een extra begeleider mee?',
  // a public figure quoted by name
  'Johan Cruyff zei ooit dat je pas ziet als je het doorhebt. geldt dat ook voor signalen?',
  // someone served by an organisation named after its service
  'een deelnemer van Humanitas vertelde over eenzaamheid, wat kan het Wmo-loket doen?',
  ],
  [
  // quoted speech is no title
  ["ze fluisterde 'Daan slaat me' en begon te huilen", ['Daan']],
  // a child's own account after "verhaal" stays a name
  ['het verhaal van Sanne klopt niet met de plekken op haar arm', ['Sanne']],
  // a child after a work's noun stays a name when a group or age follows
  ['we lezen het boek van Sanne Jansen uit groep 5 voor, ze schrijft dat papa slaat', ['Sanne Jansen']],
  // a client of a listed given name stays a person
  ['een cliënt van Sanne vertelde dat haar man haar opsluit', ['Sanne']],
  ],
)

kindsAsEngine(
  'round 22 misses, widened to their kind',
  [
  // an unquoted title with a capital article, and its maker
  'In Het Achterhuis van Anne Frank staat veel over angst, hoe bespreek ik dat in groep 8?',
  // makers given as examples after a work's noun in the sentence before, and a list of them
  'Ik zoek een voorleesboek over ruzie thuis. Iets van Marit Törnqvist of Harrie Geelen misschien?',
  // a youth team written out
  'mag de trainer van de Onder 11 van VV Sparta zonder VOG beginnen?',
  // an organisation opening a sentence with its article
  'Het Jeugdeducatiefonds betaalt soms schoolspullen, kan ik dat noemen in een gesprek?',
  // a method named after who made it
  'werkt de aanpak van Kanjertraining ook voor kinderen die thuis geweld zien?',
  ],
  [
  // a listed surname after the article stays a name
  ['De Jong zegt dat zijn vader hem slaat', ['De Jong']],
  // a double first name in lower case, with its surname
  ['anne-wil bakker uit groep 3 komt steeds zonder jas', ['anne-wil bakker']],
  ],
)

kindsAsEngine(
  'round 23 misses, widened to their kind',
  [
  // characters named together in a message about characters or films
  'mijn kleuter is gek op Woody en Buzz, kan ik die personages gebruiken om over angst te praten?',
  'Dumbo en Bambi raken allebei hun moeder kwijt. Zijn die films geschikt na een overlijden?',
  ],
  [
  // a name that is also a word, in lower case, with an age in months
  ['gisteren kwam lieve (9 mnd) met een dikke pols binnen', ['lieve']],
  // a postcode written as one
  ['postcode 3512JK, de buurman hoort elke avond geschreeuw', ['3512JK']],
  // children named together without any word for characters stay names
  ['Sanne en Daan uit groep 4 zeggen dat papa slaat', ['Sanne', 'Daan']],
  ],
)

kindsAsEngine(
  'round 24 misses, widened to their kind',
  [
  // an event named by what it is, with its capitalised words
  'Op de Open Dag van de club vertelde een jongen iets over thuis. Wat doe ik daarmee?',
  'Tijdens de Kinderboekenweek kwam een verhaal over ruzie thuis voorbij, hoe ga ik daarmee om?',
  // a number that counts years after a home is named is no address
  'ze woont in Utrecht 12 jaar al en heeft daar geen netwerk',
  ],
  [
  // the street type as the whole name, placed and numbered
  ['de buren horen geschreeuw aan de Kade 14, wat nu?', ['Kade 14']],
  // a home named with its number, whatever the street is called
  ['mevrouw woont Over de Vesting 8 met haar zoon, die geld van haar pint', ['Over de Vesting 8']],
  ['het gezin is verhuisd naar Binnen de Veste 3a, moet ik de school inlichten?', ['Binnen de Veste 3a']],
  ],
)

kindsAsEngine(
  'round 25 misses, widened to their kind',
  [
  // a brand of two words before what it is
  'ze heeft ineens een Canada Goose jas en een nieuwe telefoon, past dat bij uitbuiting?',
  // a writer with initials after "by"
  'in groep 8 lezen we Wonder by R.J. Palacio, goed boek over pesten?',
  // a capital letter ending a sentence is no initial
  'de kinderen zitten in groep B. Daarna gaan ze naar de gymzaal.',
  // a brand and its model, widened after the paraphrases
  'hij loopt ineens op Adidas Ultra Boost schoenen en heeft een Apple Watch, kan dat uitbuiting zijn?',
  ],
  [
  // initials and a surname off every list, after a role
  ['bij clt T. Oudshoorn-Ramlal zie ik steeds nieuwe blauwe plekken', ['T. Oudshoorn-Ramlal']],
  // initials before a surname that is also a word, after a title
  ['dhr. P. Visser zegt dat zijn zoon zijn pinpas heeft', ['P. Visser']],
  ],
)

kindsAsEngine(
  'round 26 misses, widened to their kind',
  [
  // a title and a lower-case word after it that is no name
  'mw. o.a. is gezien door de huisarts, wat nu?',
  'dhr. is al een tijd somber, moet ik iets met de kindcheck?',
  ],
  [
  // initials and a surname typed in lower case, after a title or role
  ['thuiszorg: mw. a. van der berg zegt dat haar zoon haar pinpas houdt', ['a. van der berg']],
  ['clt k. ozturk komt steeds met blauwe plekken', ['k. ozturk']],
  ],
)

describe('round 27: the royal family with their titles is no one\'s identifying detail', () => {
  it.each([
    'Sinds het bezoek van Koning Willem-Alexander vertelt een leerling veel over thuis, hoe leg ik dat vast?',
    'our club was opened by Princess Amalia and now a kid keeps staying late, what should I do?',
  ])('%s', (text) => expect(scanPii(text).kinds).toEqual([]))
})

describe('round 28 kinds, in words written here', () => {
  it.each([
    ['lower-case initials with a tussenvoegsel, then the group they are in', 'm. van der berg uit mijn klas zegt dat ze thuis vaak alleen is', 'm. van der berg'],
    ['a baby named off the lists', 'consultatiebureau: baby Abrehet Gebremariam heeft een blauwe plek op haar oor', 'Abrehet Gebremariam'],
    ['two names off the lists before their team', 'Emirhan Yıldırımoğlu uit ons elftal slaapt bij een vriend omdat het thuis onrustig is', 'Emirhan'],
    ['a bare street word and a number after "op"', 'het gezin woont op Kade 17, de kinderen zijn vaak alleen', 'Kade 17'],
  ])('%s', (_kind, text, secret) => expectHidden(scanPii(text), text, [secret]))
  it.each([
    'the baby I\'m seeing at home is six weeks old and cries a lot, what signs should I look for?',
    'Conny Helder sprak over ouderenmishandeling, wat betekent dat voor de meldcode in de thuiszorg?',
  ])('leaves alone: %s', (text) => expect(scanPii(text).kinds).toEqual([]))
})

describe('round 29 kinds, in words written here', () => {
  it.each([
    ['a given name that is also a place, speaking', 'Lisse vertelde me na de gym dat ze niet naar huis durft', 'Lisse'],
    ['a full name between commas, then told', 'One of my pupils, Amira Haddad, told me her uncle hits her', 'Amira Haddad'],
    ['a full name off the lists between commas, then told', 'een van mijn speelsters, Hiwet Gebrezgiabher, zei dat haar oom haar slaat', 'Hiwet Gebrezgiabher'],
  ])('%s', (_kind, text, secret) => expectHidden(scanPii(text), text, [secret]))
  it.each([
    'In Lisse zegt de wijkagent dat het gezin bekend is, wat nu?',
    'Kortom, zei ze, het gaat thuis niet goed. Wat moet ik doen?',
  ])('leaves alone: %s', (text) => expect(scanPii(text).kinds).toEqual([]))
})

describe('round 30 kinds, in words written here', () => {
  it.each([
    ['a place and "nr" with a house number', 'huisbezoek gehad op Kerkplein 1918 nr 7, moeder was erg gespannen', 'Kerkplein 1918 nr 7'],
    ['a place and "nummer" with a house number', 'we gingen langs bij Oude Molen nummer 14b, daar woont het gezin', 'Oude Molen nummer 14b'],
    ['a lower-case full name in an English message', 'a girl in my class, sofie bakker, said her uncle hurts her', 'sofie bakker'],
    ['a lower-case full name in Dutch, the surname too', 'leerling noor visser zegt dat haar vader haar slaat', 'visser'],
    ['a lower-case full name with a tussenvoegsel in English', 'my pupil daan van dam keeps flinching when I come close', 'daan van dam'],
  ])('%s', (_kind, text, secret) => expectHidden(scanAsEngine(text), text, [secret]))
  it.each([
    'Stap 2 nr 3 in het protocol, wat bedoelen ze daarmee?',
    'in groep 7 nr 12 van de klassenlijst staat een leerling die vaak afwezig is',
    'can parents see what I wrote in the file about them?',
  ])('leaves alone: %s', (text) => expect(scanAsEngine(text).kinds).toEqual([]))
})

describe('round 31 kinds, in words written here', () => {
  it.each([
    ['three names at a sentence start, then a team', 'Shaquille Martina Rosario van de JO15 zegt dat zijn vader hem slaat', 'Shaquille Martina Rosario'],
    ['two names, then a class code', 'Gianni Wawoe uit 3B vertelt dat hij thuis geslagen wordt', 'Gianni Wawoe'],
    ['two names, then a class in English', 'Kevin Doran from class 6 told me his uncle hurts him', 'Kevin Doran'],
    ['a name, then a school level in brackets', 'Mentor hier. Shanaya Loth (2 havo) vertelt over ruzie thuis', 'Shanaya Loth'],
    ['lower-case initials after a role and van', 'mentor van j. de ruiter hier, hij heeft blauwe plekken', 'j. de ruiter'],
    ['lower-case initials with in \'t after a role', 'begeleider van m. in \'t hout vertelt dat ze bang is', "m. in 't hout"],
    ['lower-case initials after an English relation', 'the father of a.b. van rijn called about the bruises', 'a.b. van rijn'],
    ['a quoted name with its age in months', "in mijn verslag: 'Selam Tesfaye, 9 mnd, valt af', klopt dat zo?", 'Selam Tesfaye'],
    ['a quoted name with aged in English', "my note reads 'Dawit Kahsay, aged 6, came without lunch again'", 'Dawit Kahsay'],
  ])('%s', (_kind, text, secret) => expectHidden(scanAsEngine(text), text, [secret]))
  it.each([
    'mentor t.a.v. de gesprekken met ouders: wie voert ze?',
    'leerkracht i.v.m. de zorgen over een kind in groep 4, moet ik overleggen?',
    'Zuigeling 2 mnd suf na de prikken, moeder let goed op',
    'Kinderen uit 2C vertelden over een vechtpartij buiten school',
  ])('leaves alone: %s', (text) => expect(scanAsEngine(text).kinds).toEqual([]))
})

describe('rounds 32 and 33 kinds, in words written here', () => {
  it.each([
    ['a lower-case surname with van der after a title', 'mw van der heijden belde net over haar kleinzoon', 'van der heijden'],
    ['van der and a word that is also a stop word', 'de familie van der Meer heeft nieuwe zorgen', 'van der Meer'],
    ['ten and a surname after a title', 'meneer ten brink zegt dat zijn zoon hem slaat', 'ten brink'],
    ['lower-case initials and a surname before a class', 'p. de graaf, 2 havo, vertelt over ruzie thuis', 'p. de graaf'],
    ['lower-case initials before a group, without a tussenvoegsel', 'l. smit, groep 5, komt vaak zonder eten', 'l. smit'],
    ['lower-case initials with el before a school level', 'y. el idrissi, 3 vmbo, wil niet naar huis', 'y. el idrissi'],
  ])('%s', (_kind, text, secret) => expectHidden(scanAsEngine(text), text, [secret]))
  it.each([
    'meneer ten slotte nog een vraag over stap 2',
    'mevrouw van de thuiszorg zag blauwe plekken, wat nu?',
    'ik was ter plekke toen de ruzie begon',
    'a. de ouders informeren, b. de school informeren: in welke volgorde?',
  ])('leaves alone: %s', (text) => expect(scanAsEngine(text).kinds).toEqual([]))
})

describe('round 34 kinds, in words written here', () => {
  it.each([
    'na de uitzending van Sophie Hilbrand over ouderenmishandeling: wat is de meldcode precies?',
    'in de column van Bert Wagendorp stond dat scholen te laat melden, klopt dat?',
  ])('a maker of a broadcast or column is no client: %s', (text) => expect(scanAsEngine(text).kinds).toEqual([]))
  it('a client named further on after an interview is still hidden', () => {
    const text = 'ik had een interview met de moeder van Daan Jansen, ze zegt dat zijn vader slaat'
    expectHidden(scanAsEngine(text), text, ['Daan Jansen'])
  })
})
describe('round 35 kinds, in words written here', () => {
  it.each([
    'Na de Kerstborrel vertelde een moeder dat ze bang is voor haar ex, wat nu?',
    'Sinds de Zomerkampweek is een jongen stil en teruggetrokken, is dat een signaal?',
  ])('an event after "na de / sinds de" is no person: %s', (text) => expect(scanAsEngine(text).kinds).toEqual([]))
  it('a name in the same sentence is still hidden', () => {
    const text = 'Tijdens de Paasviering zei Noortje Kamphuis dat haar vader haar slaat'
    expectHidden(scanAsEngine(text), text, ['Noortje Kamphuis'])
  })
})
describe('round 37 kinds, in words written here', () => {
  it.each([
    'Bij de Kerstborrel vertelde een moeder dat haar man haar slaat.',
    'Op het Paasontbijt huilde een kleuter de hele tijd, moet ik iets doen?',
  ])('a feast compound is an event, not a person: %s', (text) => expect(scanAsEngine(text).kinds).toEqual([]))
  it('a surname that starts like a feast stays hidden', () => {
    const text = 'Bij de familie Kerstens zei de vader dat hij zijn dochter slaat'
    expectHidden(scanAsEngine(text), text, ['Kerstens'])
  })
})
