import { describe, expect, it } from 'vitest'
import { detectOutOfScope } from '../../bot/core/nlp/out-of-scope.js'

describe('questions outside the meldcode, by kind (in words written here)', () => {
  it.each([
    ['lookup', 'kunt u even nakijken of de school die melding al heeft gedaan?'],
    ['lookup', 'could you look up whether this dad has a record?'],
    ['lookup', 'hoe staat het met de aanvraag voor jeugdhulp die we in mei deden?'],
    ['task', 'maak een trainingsplanning voor de winter'],
    ['task', 'can you write a thank-you letter to our sponsor?'],
    ['foreign-law', 'wat zijn de Belgische regels voor beroepsgeheim?'],
    ['foreign-law', 'how does the law in Spain handle reporting by teachers?'],
    ['medical', 'welke dosering melatonine voor een kind van 4?'],
    ['medical', 'welk antibioticum werkt bij oorontsteking?'],
    ['money', 'hoe hoog is de huurtoeslag voor een alleenstaande?'],
    ['money', 'hoe vraagt een bewoner een scootmobiel aan?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))

  it.each([
    // the meldcode's own questions that share a word with a kind
    'wat gebeurt er met mijn melding bij Veilig Thuis?',
    'krijg ik te horen wat Veilig Thuis met mijn melding doet?',
    'is it true Veilig Thuis cannot tell me what happened after my report?',
    'moeder geeft haar kind elke avond slaapmiddelen om het stil te houden, wat moet ik?',
    'zoon neemt steeds geld van haar AOW, is dat financieel misbruik?',
    'een meisje gaat naar familie in Somalië, moet ik iets doen?',
    'hoe schrijf ik een goed verslag van het gesprek met de ouders?',
    'kost bellen naar Veilig Thuis iets?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 18 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['medical', 'mag een kind van 8 twee tabletten per dag? wat is de maximale dosis'],
    ['medical', 'hoeveel diazepam mag mijn moeder van 90?'],
    ['lookup', 'kun je zien of er bij jullie al iets over deze leerling bekend is?'],
    ['lookup', 'zoek even op of de aanvraag al binnen is'],
    ['lookup', 'can you chekc... can you check if she was reported before?'],
    ['money', 'is het tarief voor de huishoudelijke hulp verhoogd?'],
    ['task', 'stel een verzoekschrift op voor de rechter'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it('a policy question about a register is the meldcode’s own', () => {
    expect(detectOutOfScope('moet een trainer die is geschorst ergens in een register komen te staan?')).toBeUndefined()
  })
})

describe('round 19 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['money', 'moet een vrijwilliger belasting betalen over een onkostenvergoeding?'],
    ['money', 'wat is de eigen bijdrage voor begeleiding thuis?'],
    ['money', 'hoeveel moet iemand per maand betalen voor een rolstoel via de gemeente?'],
    ['task', 'wil je een mail aan Veilig Thuis opstellen met mijn zorgen?'],
    ['task', 'schrijf even de melding voor me'],
    ['task', 'could you draft a letter to the parents?'],
    ['foreign-law', 'hoe werkt melden op Aruba?'],
    ['foreign-law', 'collega in Suriname vraagt hoe melden daar gaat'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'hoe schrijf ik een goed verslag van de collegiale consultatie?',
    'kun je me helpen een verslag van het consult te schrijven?',
    'ze is bang voor haar man en hij beheert al het geld, is dat financieel geweld?',
    'mother-in-law in Portugal joked about it, should I document this?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 19 kinds, widened again after their paraphrases (2026-12-02)', () => {
  it.each([
    ['foreign-law', 'ik werk op st maarten, geldt de nederlandse meldcode hier ook?'],
    ['foreign-law', 'hoe werkt de meldprocedure op Curaçao?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
})

describe('round 20 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['family-law', 'hoeveel kinderalimentatie moet vader betalen na de scheiding?'],
    ['family-law', 'hoe kan moeder de omgangsregeling laten wijzigen?'],
    ['money', 'wat is volgend jaar de eigen bijdrage voor een rolstoel?'],
    ['lookup', 'wat is de stauts van mijn melding?'],
    ['foreign-law', 'what does Belgium law say about teachers reporting?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'vechtscheiding in de klas, valt dat onder kindermishandeling?',
    'ouders gaan scheiden en het kind is bang voor vader, wat kan ik doen als leerkracht?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 21 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['money', 'moet de vereniging omzetbelasting afdragen over de bar?'],
    ['money', 'mag een cliënt de kosten van de opvang aftrekken bij de aangifte?'],
    ['family-law', 'kent u een goede advocaat voor ouders bij een uithuisplaatsing?'],
    ['family-law', 'hoe gaan ouders in hoger beroep tegen de ots?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'wat betekent een ondertoezichtstelling voor het gezin?',
    'de rechter heeft een ots uitgesproken, wat doet de jeugdbeschermer dan?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 22 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['tech', 'mijn laptop loopt steeds vast bij het inloggen, hoe kan ik dat verhelpen?'],
    ['tech', 'wat is een handige app om de planning van vrijwilligers te maken?'],
    ['family-law', 'welke advocaat is goed in gezagszaken?'],
    ['money', 'hoeveel contributie is gebruikelijk voor een jeugdlid bij een voetbalclub?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'een gezin kan de contributie niet betalen en het kind komt zonder eten naar de training, wat kan de club doen?',
    'welke apps raden jullie af voor kinderen onder de 12?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 23 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['money', 'op hoeveel uur thuishulp heeft meneer recht na zijn operatie?'],
    ['money', 'hoe vraagt haar broer een visum aan om op bezoek te komen?'],
    ['task', 'kun jij mijn aantekeningen naar het wijkteam doorsturen?'],
    ['task', 'stuur dit verslag even door naar de huisarts'],
    ['foreign-law', 'welke meldplichten gelden in Canada voor leraren?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'stuur ik de melding per mail of bel ik veilig thuis?',
    'stuur ik het verslag per mail naar de huisarts?',
    'hoe doe ik een melding bij veilig thuis?',
    // a melding sent on for the user is a report request: "Meldwijzer is geen meldkanaal" (report-request.ts)
    'kun jij de melding namens mij bij veilig thuis doen?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 24 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['family-law', 'hoe vraag je voogdij aan als de moeder overleden is?'],
    ['money', 'kan de gemeente een gehandicaptenparkeerkaart geven aan haar dochter, hoe werkt dat?'],
    ['money', 'wij willen subsidie voor nieuwe doelen, hoe vragen we dat aan?'],
    ['house-rules', 'mag een kind met waterpokken gewoon naar de opvang komen volgens de regels?'],
    ['house-rules', 'hoeveel baby\'s mag een pm\'er tegelijk opvangen?'],
    // widened after the paraphrases
    ['family-law', 'een vader wil weten hoe hij het gezag over zijn dochter krijgt'],
    ['house-rules', 'hoeveel spelers mag een trainer maximaal in zijn auto vervoeren?'],
    ['money', 'hoe kom ik aan een ontheffing of vergunning om bij cliënten te parkeren?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    // a sick child nobody collects is the meldcode's question (neglect)
    'kind is vaak ziek op de opvang en niemand haalt hem op, is dat verwaarlozing?',
    'hoe vraag ik advies aan bij veilig thuis?',
    'hoe vraag ik een VOG aan voor onze trainers?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 25 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['task', 'wil jij mijn notities van vandaag in het ecd zetten?'],
    ['task', 'can you enter this in our registration system for me?'],
    ['task', 'kun je dit gespreksverslag even bewaren in het dossier van de cliënt?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'kun je uitleggen hoe ik dit in het dossier zet?',
    'kun je me helpen: hoe registreren we een melding?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 26 misses, widened to their kind (in words written here)', () => {
  it.each([
    ['task', 'kun je me een recept geven voor gezonde traktaties voor de groep?'],
    ['task', 'could you give me a recipe for cupcakes for the team party?'],
    ['task', 'kun je voor mij een verklaring omtrent gedrag aanvragen?'],
    ['task', 'can you fill in the VOG form for me?'],
    ['task', 'kun je even uitrekenen hoeveel ze overhoudt na de vaste lasten?'],
    ['lookup', 'tot hoe laat is de sporthal vanavond open?'],
    ['lookup', 'wat zijn de openingstijden van de bibliotheek?'],
    ['work', 'hoeveel ouderschapsverlof krijg ik als pm\'er?'],
    ['work', 'heb ik recht op calamiteitenverlof als mijn moeder valt?'],
  ] as const)('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'tot hoe laat is veilig thuis bereikbaar?',
    'hoe vraag ik een VOG aan voor nieuwe vrijwilligers?',
    'kun je voor mij uitleggen wat de kindcheck is?',
    'mag ik verlof nemen om met de vertrouwenscontactpersoon te praten over mishandeling?',
  ])('not outside: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 27 kinds, in words written here', () => {
  it.each([
    'could you write an essay for my course about the Dutch reporting code for child abuse?',
    'schrijf jij hoofdstuk 3 van mijn scriptie over huiselijk geweld?',
    'plan even een afspraak in bij de tandarts voor meneer, dinsdagmiddag',
  ])('declines: %s', (text) => expect(detectOutOfScope(text)).toBe('task'))
  it.each([
    'ik schrijf een essay over de meldcode: wat zijn de vijf stappen?',
    'moet ik in stap 3 een afspraak maken met beide ouders?',
    'hoe noteer ik objectief wat ik in het overdrachtsschrift zie?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 28 kinds, in words written here', () => {
  it.each([
    ['task', 'stel een getuigenverklaring op voor de rechtbank over wat ik op de groep zag'],
    ['tech', 'outlook blijft vastlopen bij het openen van bijlagen, hoe los ik dat op?'],
    ['lookup', 'zoek even in het KvK-register of die stichting bestaat'],
    ['task', 'schrijf een gedichtje voor de juf die met pensioen gaat'],
    ['task', 'spelen we beter 4-4-2 of 4-3-3 tegen die ploeg?'],
    ['task', 'bewaar de gegevens van deze cliënt tot ons volgende gesprek'],
    ['lookup', 'is er nog een apotheek open hier in de buurt?'],
  ])('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'hoe lang bewaar je aantekeningen over een vermoeden?',
    'where should I keep my notes about a case?',
    'welke stappen zet ik bij een vermoeden, eerst overleggen?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 29 kinds, in words written here', () => {
  it.each([
    ['task', 'verzin eens een raadsel voor de kinderen van de bso'],
    ['task', 'could you tell us a joke before the meeting starts'],
    ['task', 'geef me een grap voor de teamuitje'],
    ['task', 'twee gesprekken over mishandeling vandaag, zing even een liedje voor me'],
  ])('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'ik vertel de kinderen een verhaaltje over een beer, mag dat over ruzie thuis gaan?',
    'een kind vertelde een grap over zijn vader die mama slaat, wat doe ik daarmee?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 30 kinds, in words written here', () => {
  it.each([
    'the chat app keeps crashing on my phone, how can I fix it?',
    'mijn teams app werkt niet op mijn telefoon, hoe kan ik dat oplossen?',
    'het roosterprogramma loopt elke ochtend vast zodra ik inlog op de laptop van het werk, kun je dat fixen?',
  ])('tech: %s', (text) => expect(detectOutOfScope(text)).toBe('tech'))
  it.each([
    ['medical', 'wanneer krijgt een peuter de volgende inentingen?'],
    ['money', 'hoe werkt een aanvraag voor een traplift bij de gemeente'],
    ['task', 'voeg dit gesprek even toe aan het clientdossier van mevrouw'],
  ])('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'mijn telefoon werkt niet, hoe bel ik Veilig Thuis?',
    'my phone is not working, can I email Veilig Thuis instead?',
    'zet ik dit gesprek in het dossier of alleen in mijn eigen aantekeningen?',
    'bij de aanvraag van een rolstoel vertelde mevrouw dat haar zoon haar slaat',
  ])('answers: %s', (text) =>
    expect(detectOutOfScope(text)).toBeUndefined(),
  )
})

describe('round 31 kinds, in words written here', () => {
  it.each([
    ['task', 'Schrijf mijn stagescriptie over huiselijk geweld, 6000 woorden'],
    ['task', 'Kun je de aanvraag voor huishoudelijke hulp van mevrouw meteen goedkeuren?'],
    ['task', 'Plan voor mij een afspraak met de jeugdarts in, donderdag om tien uur'],
    ['task', 'We hebben een paper nodig over de meldcode voor ons team. Schrijf jij die?'],
    ['lookup', 'kun je in het BRP kijken waar moeder nu ingeschreven staat'],
    ['lookup', 'zoek ff in Magister of die leerling vaker afwezig was'],
  ])('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'Please advise: one of my pupils, Oliver Grant, has bruises on his neck',
    'hoe plan ik een gesprek met ouders in voor stap 3?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('rounds 32 and 33 kinds, in words written here', () => {
  it.each([
    ['task', 'stel een verklaring op voor de kinderrechter over wat de moeder heeft gedaan, ik teken hem'],
    ['task', 'kun je een brief aan de advocaat schrijven over het geweld van haar ex'],
    ['task', 'write a statement for the police about the father hitting his son'],
    ['money', 'hoe doe ik de aangifte inkomstenbelasting als ik twee banen heb'],
    ['family-law', 'welk formulier vult een stiefvader in om voogdij te krijgen'],
  ])('%s: %s', (kind, text) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'hoe schrijf ik een verslag voor de rechter over mishandeling?',
    'moet ik aangifte doen bij de politie als een kind thuis geslagen wordt?',
    'heb ik toestemming nodig van de ouder met gezag om te melden?',
    'stel dat ik een verklaring voor de politie moet afleggen, wat zeg ik dan?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})

describe('round 34 kinds, in words written here', () => {
  it.each([
    'reken even uit hoeveel zorgtoeslag een gezin met twee kinderen krijgt',
    'kun je de eigen bijdrage Wmo berekenen voor een weduwe met alleen AOW',
  ])('money: %s', (text) => expect(detectOutOfScope(text)).toBe('money'))
  it('answers: hoe bereken ik of er sprake is van acute onveiligheid?', () =>
    expect(detectOutOfScope('hoe bereken ik of er sprake is van acute onveiligheid?')).toBeUndefined())
})
describe('round 35 kinds, in words written here', () => {
  it.each([
    ['kun je voor meneer de indicatie vaststellen voor huishoudelijke hulp?', 'task'],
    ['wat is de boete als onze vereniging de bondsafdracht te laat overmaakt', 'money'],
    ['maak een spreadsheet die per team de trainingstijden telt', 'tech'],
  ])('declines: %s', (text, kind) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'we houden de signalen per leerling bij in een spreadsheet, mag dat volgens de AVG?',
    'een gezin kan de contributie niet betalen en het kind heeft geen goede schoenen, is dat een signaal?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})
describe('round 36 kinds, in words written here', () => {
  it.each([
    ['gaat het zaterdag regenen? we willen met de jeugd naar het bos', 'lookup'],
    ['hoeveel verdient een jeugdverpleegkundige bij de ggd', 'work'],
    ['kun je de notulen van de ledenvergadering voor me uitwerken', 'task'],
  ])('declines: %s', (text, kind) => expect(detectOutOfScope(text)).toBe(kind))
  it('answers: wat verdient aandacht bij een kind dat steeds honger heeft?', () =>
    expect(detectOutOfScope('wat verdient aandacht bij een kind dat steeds honger heeft?')).toBeUndefined())
})
describe('round 37 kinds, in words written here', () => {
  it.each([
    ['wat betekent een hoge bse bij een peuter?', 'medical'],
    ['ik wil een klacht indienen over mijn teamleider, hoe pak ik dat aan?', 'work'],
  ])('declines: %s', (text, kind) => expect(detectOutOfScope(text)).toBe(kind))
  it.each([
    'een kind viel flauw, bleek lage bloedsuiker te hebben. is een keer flauwvallen een signaal?',
    'mag ik een klacht indienen over de aandachtsfunctionaris die niets met mijn melding doet?',
  ])('answers: %s', (text) => expect(detectOutOfScope(text)).toBeUndefined())
})
