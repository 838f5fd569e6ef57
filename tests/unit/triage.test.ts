/**
 * Danger triage: the concept rules compose kinds of danger with markers of time, presence and
 * lowering; the classifier gives a second opinion. Rules are tested on small concept lists made
 * here (what each mechanism does), the whole triage on the real content (how it behaves).
 */
import { describe, expect, it } from 'vitest'
import type { SafetyContent } from '../../bot/content/safety-schema.js'
import { DangerTriage, RULES_ONLY, decide } from '../../bot/core/understanding/triage.js'
import { compileTerm, termMatches } from '../../bot/core/understanding/terms.js'
import { featuresOf } from '../../bot/core/understanding/features.js'
import { Engine } from '../../bot/core/engine.js'
import { ctx, realBundle } from '../support/engine.js'
import { checkAfterEdit } from '../support/fixtures.js'

const terms = (lines: string) => lines.trim().split('\n').map((l) => l.trim())
const TOY: SafetyContent = {
  concepts: [
    { id: 'knijpen', title: 'Knijpen', strength: 'acute', terms: terms('knijp*\n*geknepen\nkeel dicht') },
    { id: 'voorwerp', title: 'Voorwerp', strength: 'context', terms: terms('stok\nriem') },
    { id: 'klap', title: 'Klap', strength: 'context', terms: terms('slaat\nsloeg') },
    { id: 'klein', title: 'Klein kind', strength: 'qualifier', terms: terms('baby') },
    { id: 'reis', title: 'Reis', strength: 'context', needs: 'departure', terms: terms('ritueel') },
    { id: 'bruiloft', title: 'Bruiloft', strength: 'context', needs: 'departure', terms: terms('uithuwelijken') },
  ],
  markers: [
    { id: 'nu', kind: 'now', terms: terms('vanavond') },
    { id: 'bij', kind: 'near', terms: terms('nu') },
    { id: 'weg', kind: 'departure', terms: terms('vliegt') },
    { id: 'oud', kind: 'lowers', terms: terms('vorig jaar') },
  ],
}
const toy = new DangerTriage(TOY, new Set(['knippen']))
const level = (t: string) => decide(toy.facts(t), 0, RULES_ONLY)

describe('terms', () => {
  it('match words, prefixes, suffixes and words in order with at most two between', () => {
    expect(termMatches(compileTerm('knijp*'), ['hij', 'knijpt'])).toBe(true)
    expect(termMatches(compileTerm('*geknepen'), ['dichtgeknepen'])).toBe(true)
    expect(termMatches(compileTerm('keel dicht'), ['keel', 'helemaal', 'hard', 'dicht'])).toBe(true)
    expect(termMatches(compileTerm('keel dicht'), ['keel', 'a', 'b', 'c', 'dicht'])).toBe(false)
  })
  it('joined by + match only side by side, and may mix with words that allow a gap', () => {
    expect(termMatches(compileTerm('als+kind'), ['als', 'kind', 'geslagen'])).toBe(true)
    expect(termMatches(compileTerm('als+kind'), ['als', 'straf', 'het', 'kind'])).toBe(false)
    expect(termMatches(compileTerm('als kind'), ['als', 'straf', 'het', 'kind'])).toBe(true)
    expect(termMatches(compileTerm('als+kind geslagen'), ['als', 'kind', 'vaak', 'geslagen'])).toBe(true)
    expect(termMatches(compileTerm('als+kind geslagen'), ['als', 'dat', 'kind', 'geslagen'])).toBe(false)
  })
  it('do not count right after a negation', () => {
    expect(termMatches(compileTerm('stok'), ['geen', 'stok'])).toBe(false)
    expect(termMatches(compileTerm('stok'), ['niet', 'met', 'stok'])).toBe(false)
    expect(termMatches(compileTerm('stok'), ['een', 'stok'])).toBe(true)
  })
  it('do not count across a negation between their words, unless the term holds one itself', () => {
    expect(termMatches(compileTerm('is veilig'), ['het', 'is', 'daar', 'niet', 'veilig'])).toBe(false)
    expect(termMatches(compileTerm('is veilig'), ['het', 'is', 'daar', 'veilig'])).toBe(true)
    expect(termMatches(compileTerm('mag niet naar huis'), ['ze', 'mag', 'echt', 'niet', 'naar', 'huis'])).toBe(true)
  })
})

describe('concept rules', () => {
  it('read a clear danger on its own', () => expect(level('hij knijpt haar')).toBe('acute'))
  it('correct a typo towards a danger word, but leave known words alone', () => {
    expect(level('hij kinjpt haar')).toBe('acute')
    expect(toy.facts('we gaan knippen').concepts).toEqual([])
  })
  it('need a time marker or a second concept for a context concept', () => {
    expect(level('hij slaat haar')).toBe('check')
    expect(level('hij slaat haar vanavond')).toBe('acute')
    expect(level('hij sloeg haar met een riem')).toBe('acute')
  })
  it('read "nu" as now only next to a danger word', () => {
    expect(level('hij slaat haar nu')).toBe('acute')
    expect(toy.facts('wat moet ik nu doen want hij heeft ooit iemand geslagen en daarna slaat').urgent).toBe(false)
  })
  it('never count a qualifier on its own', () => {
    expect(level('een baby vanavond')).toBe('calm')
    expect(toy.facts('baby en een stok').danger).toBe(true)
  })
  it('make two concepts danger together only when one holds on its own terms', () => {
    expect(toy.facts('hij sloeg haar met een riem').danger).toBe(true)
    expect(toy.facts('het ritueel met de riem').danger).toBe(true)
    // two concepts that each need a departure, without one, are no danger together
    expect(toy.facts('na het ritueel gaan ze haar later uithuwelijken').danger).toBe(false)
    expect(toy.facts('na het ritueel gaan ze haar uithuwelijken, ze vliegt morgen').danger).toBe(true)
  })
  it('count a marker with `with` only when both stand in one sentence, and not when an `unless` concept is found', () => {
    const seen: SafetyContent = {
      ...TOY,
      concepts: [...TOY.concepts, { id: 'bult', title: 'Bult', strength: 'context', recent: true, terms: terms('bult') }],
      markers: [...TOY.markers, { id: 'gezien', kind: 'unreal', only: ['bult'], unless: ['klap'], terms: terms('zag+ik+zelf'), with: terms('viel\ntegen liep') }],
    }
    const t = new DangerTriage(seen, new Set())
    // the witness and the fall together, in either order, make it an accident the user saw
    expect(t.facts('een bult, zag ik zelf, hij viel').figurative).toBe(true)
    expect(t.facts('hij viel en kreeg een bult, dat zag ik zelf').figurative).toBe(true)
    // the witness alone, or the fall in another sentence, says nothing
    expect(t.facts('een bult, zag ik zelf').figurative).toBe(false)
    expect(t.facts('een bult, zag ik zelf. Gisteren viel hij ook').figurative).toBe(false)
    // a blow named beside it: no accident
    expect(t.facts('hij sloeg hem, een bult, zag ik zelf, hij viel').figurative).toBe(false)
  })
  it('need a departure for a concept that says so', () => {
    expect(level('er is een ritueel')).toBe('check')
    expect(level('ze vliegt voor het ritueel')).toBe('acute')
  })
  it('turn a danger that is past into a question, not into silence', () => {
    expect(level('vorig jaar knijpt hij haar')).toBe('check')
  })
  it('let a calm model settle a past danger, but never one said as a joke or sport while it happens', () => {
    const t = { concept: 0.3, contextAcute: 0.9, contextCheck: 0.5, aloneAcute: 0.9, aloneCheck: 0.5 }
    const past = toy.facts('vorig jaar knijpt hij haar nu')
    expect(past).toMatchObject({ danger: true, urgent: true, lowered: true, figurative: false })
    expect(decide(past, 0.05, t)).toBe('calm')
    expect(decide(past, 0.4, t)).toBe('check')
    expect(decide(past, 0.95, t)).toBe('acute')
    const figurative = { ...past, figurative: true }
    expect(decide(figurative, 0.05, t)).toBe('check')
    // A joke made just now ("zei net … als grapje") is weighed like a past danger.
    const jokeJustMade = { ...figurative, urgentNotNow: true }
    expect(decide(jokeJustMade, 0.05, t)).toBe('calm')
    expect(decide(jokeJustMade, 0.4, t)).toBe('check')
  })
})

describe('the triage on the real content', () => {
  const { understanding } = realBundle()
  const t = understanding.triage as DangerTriage
  it('carries a trained model and gives the same probability for the same message', () => {
    const a = t.assess('hij heeft haar gewurgd')
    expect(a.probability).toBeGreaterThan(0)
    expect(t.assess('hij heeft haar gewurgd').probability).toBe(a.probability)
  })
  it('reads "Veilig Thuis" as the organisation, not as safe at home', () => {
    expect(t.facts('ik durf Veilig Thuis niet te bellen').concepts).not.toContain('niet-naar-huis')
  })
  it('without a model still answers: rules only, asking where unsure', () => {
    const rulesOnly = new DangerTriage({ ...realBundle().content.safety, model: undefined }, understanding.knownWords)
    expect(rulesOnly.assess('hij heeft haar gewurgd').level).toBe('acute')
    expect(rulesOnly.assess('wat zijn de stappen van de meldcode').level).toBe('calm')
  })
})

describe('a danger concept can name a contact', () => {
  it('is shown right after 112 (113 for suicide)', () => {
    const { content, index, understanding } = realBundle()
    const suicide = { assess: () => ({ level: 'acute' as const, concepts: ['zelfdoding'], urgent: false, lowered: false, probability: 0.9 }) }
    const engine = new Engine(content, index, { ...understanding, triage: suicide })
    const { replies } = engine.step(undefined, { type: 'text', text: 'zxqv' }, ctx())
    expect(replies[0]!.tag).toBe('acute')
    expect(replies[1]!.text).toContain('0800-0113')
  })
  it('must exist: the checker names an unknown one with file, line and column', () => {
    const result = checkAfterEdit('knowledge/safety/gevaar.yaml', 'contact: zelfmoordpreventie-113', 'contact: zelfmoordpreventie')
    expect(result.ok).toBe(false)
    const problems = result.problems
    expect(problems.find((p) => p.includes('unknown contact'))).toMatch(/^knowledge\/safety\/gevaar\.yaml:\d+:\d+ concepts\[\d+\]\.contact: unknown contact "zelfmoordpreventie"\. Did you mean "zelfmoordpreventie-113"\?/)
  })
})

describe('a marker for some concepts only', () => {
  const { understanding } = realBundle()
  const t = understanding.triage as DangerTriage
  it('lowers a choke at the judo club, not a child caught with an adult in the showers there', () => {
    expect(t.facts('bij judo nu een verwurging geoefend, hij was even weg').lowered).toBe(true)
    expect(t.facts('bij judo is een vrijwilliger net betrapt met een jongen onder de douche, hij is er nog steeds').lowered).toBe(false)
  })
  it('must name concepts that exist: the checker says which with file, line and column', () => {
    const { problems } = checkAfterEdit('knowledge/safety/markers.yaml', 'only: [wurging,', 'only: [wurgen,')
    expect(problems).toEqual([expect.stringMatching(/^knowledge\/safety\/markers\.yaml:\d+:\d+ markers\[\d+\]\.only\[0\]: unknown concept "wurgen"\. Did you mean "wurging"\?/)])
  })
})

describe('round 06 kinds, in words written here (not the round\'s)', () => {
  const { understanding } = realBundle()
  const t = understanding.triage as DangerTriage
  it.each([
    // danger within the hour, or witnessed while it happens
    'zijn stiefvader appte: als je straks thuiskomt sla ik je dood. de les is over een half uur klaar',
    'ik kijk uit het raam van de praktijk en zie een man een vrouw aan haar haren de auto in sleuren',
    'in de klas hiernaast schreeuwt de juf en slaat ze een kleuter, ik hoor het nog',
    // locked in, without food
    'meisje zegt dat ze thuis in de kast moet zitten als ze stout is, de hele nacht, zonder eten',
    // a threat in any word order, a weapon brandished, hanging, euphemisms for VGV and forced marriage
    'moeder appt: als hij de kinderen meeneemt maak ik hem af, ze staat nu bij zijn huis',
    'vader zwaait in de wachtkamer met een schaar naar de baby van zijn vriendin',
    'mijn cliënt zegt dat hij zich vanavond gaat ophangen en dat zijn zoontje niet zonder hem kan',
    'peuter gaat volgende week naar oma in het buitenland voor de sunnah, zegt haar zus',
    'ze is 15 en wordt dit weekend in het land van haar ouders verloofd met een man van 30',
  ])('asks or alarms: %s', (text) => expect(['acute', 'check']).toContain(t.assess(text).level))

  it.each([
    // drills, case studies and flowcharts
    'voor de teamdag zoeken we oefencasussen over verstikking en wurging',
    'we maken een beslisboom voor het loket: bij gevaar 112, bij twijfel Veilig Thuis',
    // a hypothetical
    'theoretisch: als ik een bult zou zien bij een baby, moet ik dan altijd melden?',
    // children pretending
    'twee kleuters deden alsof ze elkaar wurgden bij het buitenspelen, moet ik iets met ouders?',
  ])('stays calm: %s', (text) => expect(t.assess(text).level).toBe('calm'))
})

describe('typo correction towards danger words', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('leaves a typo of an ordinary word of the knowledge alone ("miesje" is meisje, "gebeld" is not geweld)', () => {
    expect(t.facts('een miesje uit groep 7 vroeg iets').concepts).toEqual([])
    expect(t.facts('ik heb de ouders gebeld over het verzuim').concepts).toEqual([])
  })
  it('still corrects a typo of a danger word the knowledge also uses ("gewrugd")', () => {
    expect(t.facts('hij heeft haar gewrugd').concepts).toContain('wurging')
  })
  it('reads two swapped letters in a short word as that word ("neit" is niet), and leaves words alone', () => {
    expect(t.facts('ze durft neit meer naar huis').concepts).toContain('niet-naar-huis')
    expect(t.facts('ze durft niet meer naar huis').concepts).toContain('niet-naar-huis')
  })
})

describe('round 10 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('afraid to leave the building because others wait outside is like not daring to go home', () => {
    expect(t.facts('hij durft niet naar buiten want ze staan hem bij het hek op te wachten').concepts).toContain('niet-naar-huis')
  })
  it.each([
    // a game on a console, like a film or a toy
    ['een jongen zei dat zijn broer hem had vermoord, op de xbox', 'lowered'],
    // recovered, explained and over
    ['de baby was vorige week slap, het was een virus en ze is helemaal hersteld', 'lowered'],
    // an old quarrel everyone knows
    ['meneer zegt dat de buurvrouw hem wil vermoorden, het is een burenruzie die al jaren speelt', 'lowered'],
    // where the line lies: a policy question
    ['mag je een kind hardhandig vastpakken om te voorkomen dat hij de weg op rent, waar ligt de grens?', 'lowered'],
  ])('says it is not danger now: %s', (text, fact) => expect(t.facts(text)).toMatchObject({ [fact]: true }))
})

describe('everyday words near a danger word (gewone-woorden.generated.ts)', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('are left as typed: sheltered is not hanged, spoken is not stabbed', () => {
    expect(t.assess('moeder en kinderen zijn gisteren opgevangen in de vrouwenopvang, hoe nu verder?').level).not.toBe('acute')
    expect(t.facts('moeder en kinderen zijn opgevangen in de opvang').concepts).not.toContain('zelfdoding')
    expect(t.facts('ik heb met de moeder gesproken over het verzuim').concepts).not.toContain('aanval')
  })
  it('holds no word the danger terms match: regenerate it when gevaar.yaml gains words', async () => {
    const { ORDINARY_NEAR_DANGER } = await import('../../bot/core/understanding/gewone-woorden.generated.js')
    const listed = ORDINARY_NEAR_DANGER.split(' ')
    expect(listed.length).toBeGreaterThan(300)
    expect(listed.filter((w) => t.isDangerWord(w))).toEqual([])
  })
})

describe('round 07 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    'peuter op de SEH met een dijbeenfractuur en oude ribfracturen, de ouders willen hem nu tegen advies in meenemen',
    'the coach took a girl into the equipment room and the door is locked, I am outside and hear crying',
  ])('asks or alarms: %s', (text) => expect(['acute', 'check']).toContain(t.assess(text).level))
  it.each([
    // nobody locks her in: she does it herself
    'mevrouw draait zelf de deur op slot uit angst voor inbrekers, niemand sluit haar op. hoe zit het met brandveiligheid?',
    // a holiday with no signals
    'leerling gaat in de zomervakantie naar familie in Mali, er zijn geen signalen, moet ik toch iets vragen over besnijdenis?',
    // studying, not a case
    'geen casus hoor, ik leer voor mijn tentamen: hoe herken je verstikking?',
  ])('stays calm: %s', (text) => expect(t.assess(text).level).toBe('calm'))
  it('never alarms on a joke made just now, whatever the model says', () => {
    const joke = 'een vader riep net bij het ophalen dat hij zijn zoon wurgt als die nog eens te laat is, als grapje, iedereen lag in een deuk'
    expect(t.facts(joke)).toMatchObject({ figurative: true, urgentNotNow: true })
    expect(t.assess(joke).level).not.toBe('acute')
  })
})

describe('urgentNotNow', () => {
  it('is urgency through a recent word or a departure ahead, not through now or presence', () => {
    const t = realBundle().understanding.triage as DangerTriage
    expect(t.facts('hij heeft haar gisteren gewurgd, grapje haha')).toMatchObject({ urgent: true, urgentNotNow: true })
    expect(t.facts('ze gaat volgende week op reis voor de besnijdenis')).toMatchObject({ urgent: true, urgentNotNow: true })
    expect(t.facts('hij wurgt haar op dit moment, grapje haha')).toMatchObject({ urgent: true, urgentNotNow: false })
  })
})

describe('round 12 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('an adult pushing a child and squeezing the neck, now, is acute', () => {
    const f = t.facts('de coach drukt een meisje tegen de muur en knijpt in haar nek, nu op dit moment')
    expect(f.concepts).toEqual(expect.arrayContaining(['wurging', 'aanval']))
    expect(t.assess('de coach duwt een jongen van 10 tegen de grond en grijpt zijn keel, het gebeurt nu').level).toBe('acute')
  })
  it.each([
    // explained by a vaccination
    'de baby is suf na de prikken van vanochtend, moeder gaf paracetamol',
    // arranged with carers, or known to the police
    'hij sluit haar op als hij boodschappen doet, dat is zo afgesproken met de thuiszorg en er is een sleutelkluis',
  ])('says it is not danger now: %s', (text) => expect(t.facts(text).lowered || t.facts(text).figurative).toBe(true))
})

describe('round 13 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('a child kept in the cold or running to exhaustion as a punishment, for an hour now, is at least asked', () => {
    const text = 'de coach laat een meisje van 8 al een uur strafrondjes lopen, het vriest en ze valt telkens'
    expect(t.facts(text).concepts).toContain('kou-of-uitputting')
    expect(['acute', 'check']).toContain(t.assess(text).level)
  })
})


describe('round 14 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    // the protection against circumcision is already in place: talked through, the parents against it
    'ze reizen in de kerstvakantie naar Mali, het voorlichtingsgesprek over besnijdenis is gevoerd en vader is er faliekant tegen',
    'family flies to Sierra Leone next month; we discussed cutting and both parents are firmly against it, they carry the statement',
  ])('a trip with the protection in place is not said to be urgent: %s', (text) => {
    expect(t.facts(text).concepts).toContain('besnijdenis')
    expect(t.facts(text).lowered).toBe(true)
    expect(t.assess(text).level).not.toBe('acute')
  })
  it('without that protection a trip ahead stays at least a question', () => {
    expect(['acute', 'check']).toContain(t.assess('ze reizen in de kerstvakantie naar Mali en oma zegt dat het meisje daar besneden wordt').level)
  })
  it('a course or a training question with no danger word is not asked about danger', () => {
    expect(t.assess('which trainings on recognising abuse exist for our volunteer coaches? we want courses for everyone').level).toBe('calm')
  })
  it('English words one edit from a danger word stay as typed ("strongly" is not "strangled")', () => {
    expect(t.facts('she is strongly against it').concepts).not.toContain('wurging')
  })
})

describe('round 15 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    ['ernstig-letsel', 'peuter kan sinds vanmiddag zijn been niet meer bewegen, vader zegt dat hij gestruikeld is'],
    ['niet-naar-huis', 'meisje van 14 is door haar stiefvader uit huis gezet en heeft geen slaapplek voor vannacht'],
    ['levensbedreiging', 'bij de ruzie op het schoolplein trok een vader een mes tegen een andere ouder'],
    ['zelfdoding', 'a pupil of mine just sent the class a goodbye message and is not answering her phone'],
    ['opgesloten', 'the son locks her in every morning before he leaves and she has no phone'],
    ['wurging', 'de begeleider heeft een cliënt onder water gehouden in het bad tot hij in paniek raakte'],
    ['uitbuiting', 'haar vriendje neemt haar vanavond mee naar een huis met oudere mannen'],
    ['huwelijksdwang', 'ze heeft een enkeltje naar Marokko voor volgende week en er wacht een man op haar'],
  ])('%s: a kind the rules had no words for', (concept, text) => {
    expect(t.facts(text).concepts).toContain(concept)
  })
  it('"geen echte besnijdenis" plays it down; it does not say no', () => {
    expect(t.facts('het is geen echte besnijdenis, alleen een klein ritueel, ze vliegen morgen').concepts).toContain('besnijdenis')
    expect(t.facts('ik heb geen besnijdenis besproken').concepts).not.toContain('besnijdenis')
  })
  it('"wat kan ik als trainer doen" is no hypothetical', () => {
    expect(t.facts('vader slaat hem nu in de kleedkamer, wat kan ik als trainer doen').lowered).toBe(false)
  })
  it('a toy, a sports weapon or one locked away is not a weapon in someone’s hand', () => {
    expect(t.facts('kind zei dat papa een geweer heeft, het bleek een airsoftgeweer dat in de wapenkluis ligt').figurative).toBe(true)
  })
  it.each(['verwarring', 'verse'])('an everyday word near a new danger word stays as typed: %s', (word) => {
    expect(t.facts(`er was ${word} over de planning`).concepts).toEqual([])
  })
})

describe('round 16 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    ['zuigeling-onwel', 'the newborn is floppy and greyish and barely responds to us'],
    ['opgesloten', 'de mantelzorger vertelt dat hij zijn moeder elke werkdag aan een stoel vastbindt'],
    ['aanval', 'a man is kicking a boy on the parking lot right now'],
  ])('%s: a kind the rules had no words for', (concept, text) => {
    expect(t.facts(text).concepts).toContain(concept)
  })
  it.each([
    // a past year, and doing well now
    'het meisje dat in 2021 vertelde dat haar vriend haar had gewurgd, doet het nu goed op school',
    // a threat that is no violence
    'mijn zoontje dreigt elke avond de politie te bellen als hij naar bed moet',
    // a birthday prank
    'de spelers hebben de trainer op zijn verjaardag vastgebonden aan de doelpaal, wat een feest',
  ])('lowered or unreal, not happening now: %s', (text) => {
    const f = t.facts(text)
    expect(f.lowered || f.figurative).toBe(true)
  })
  it('being a referee says who writes, not that it was a game', () => {
    expect(t.facts('ik ben scheids, een vader slaat zijn zoon nu in de kleedkamer').figurative).toBe(false)
  })
})

describe('round 17 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    'aan de balie: haar nichtje van 15 trouwt over een paar dagen in Irak met een man die ze nooit zag, ze huilt',
    'a pupil (16) gets married next month in Pakistan, she says she does not want to',
  ])('a marriage ahead in time, not only a trip, is a forced-marriage danger: %s', (text) => {
    const f = t.facts(text)
    expect(f.concepts).toContain('huwelijksdwang')
    expect(f.urgent).toBe(true)
  })
  it.each([
    // a why-question, an explanation, a comparison, how one writes things down in general
    'waarom zijn blauwe plekken op de billen van een baby verdachter dan op de knieën?',
    'can you explain why a torn frenulum in an infant is a red flag?',
    'wat is het verschil tussen een wurgsignaal en gewone rode plekken in de hals?',
    'hoe leg je vast dat een kind zegt dat mama haar met een riem slaat?',
  ])('a question about knowledge lowers the alarm: %s', (text) => {
    expect(t.facts(text).lowered).toBe(true)
  })
  it('play now that the model all but rules out is not asked about ("stoeien voor de grap")', () => {
    const play = 'na de actiefilm zijn de jongens van de o9 nu aan het stoeien en boksen voor de grap, ze lachen erom'
    const f = t.facts(play)
    expect(f).toMatchObject({ figurative: true })
    expect(decide(f, 0.01, { concept: 0.3, conceptCalm: 0.15, contextAcute: 0.8, contextCheck: 0.2, aloneAcute: 0.8, aloneCheck: 0.4 })).toBe('calm')
    expect(decide(f, 0.5, { concept: 0.3, conceptCalm: 0.15, contextAcute: 0.8, contextCheck: 0.2, aloneAcute: 0.8, aloneCheck: 0.4 })).toBe('check')
  })
})

describe('kinds read off the misses across writers, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    ['huwelijksdwang', 'haar nikah is over twee weken in Marokko, ze kent de jongen niet'],
    ['besnijdenis', 'oma komt volgende week om bij het meisje het sneetje te doen'],
    ['verhulde-doodsdreiging', 'moeder zei vanochtend dat zij en de baby vanavond bij de engeltjes zijn'],
    ['wurging', 'hij sneed haar gisteren met zijn arm de lucht af'],
    ['aanval', 'de invaller schudde een peuter net heel hard door elkaar'],
    ['wapen', 'de buurjongen schiet met een luchtbuks op de kinderen in de speeltuin'],
    ['aanval', 'her boyfriend slapped her in the car this morning'],
  ])('%s: %s', (concept, text) => expect(t.facts(text).concepts).toContain(concept))
  it('"slapped" is hitting, not the Dutch "slap" (limp)', () => {
    expect(t.facts('he slapped the boy at the bus stop').concepts).not.toContain('zuigeling-onwel')
  })
  it('a shooting tournament is sport, not a weapon in someone’s hand', () => {
    expect(t.facts('zaterdag is ons schiettoernooi met de luchtbuks voor de jeugd, wie mag er begeleiden?').figurative).toBe(true)
  })
})

describe('round 18 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('locking oneself in is not being locked in', () => {
    const f = t.facts('mijn cliënte heeft zichzelf opgesloten in haar slaapkamer omdat ze bang is voor inbraak')
    expect(f.concepts).toContain('opgesloten')
    expect(f.figurative).toBe(true)
  })
  it('hiding from an attacker who is still in the house stays urgent', () => {
    const f = t.facts('she locked herself in the toilet, her face is bloody and he is still in the house')
    expect(f.concepts).toEqual(expect.arrayContaining(['letsel']))
    expect(f.urgent).toBe(true)
  })
})

describe('calm messages alarmed across writers, widened to their kind', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    // a finger is no sexual act, smoking weed is not being naked
    ['zuigeling-onwel', 'seksueel-geweld', 'een meisje knelde haar vinger in de deur van de gymzaal'],
    ['seksueel-geweld', 'seksueel-geweld', 'hij blowt elke dag voor school, wat kan ik als mentor?'],
    // "the last time" of an old quarrel is no farewell
    ['zelfdoding', 'zelfdoding', 'de laatste keer dat ze ruzie hadden was in de zomer, nu gaat het beter'],
    // nobody checking at home is no child left alone
    ['verlaten', 'verlaten', 'hij gamet tot diep in de nacht omdat niemand het thuis in de gaten houdt'],
  ])('no %s: %s', (_, concept, text) => expect(t.facts(text).concepts).not.toContain(concept))
})

describe('round 19 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('a small child left for a long time without adults or food, with the worker inside the home, is danger now', () => {
    const f = t.facts('ik ben in de woning, peuter zit al twee dagen zonder ouders, lege koelkast')
    expect(f.concepts).toContain('verlaten')
    expect(f.now).toBe(true)
    expect(t.assess('ik ben in de woning, peuter zit al twee dagen zonder ouders, lege koelkast').level).toBe('acute')
  })
  it('violence seen happening now, in English words, is danger now', () => {
    expect(t.assess('right now the coach is manhandling a boy in the dressing room, I see it through the window').level).toBe('acute')
  })
  it.each([
    // an injury staff saw happen by accident lowers the injury, not the word "gevallen" alone
    ['ongeluk', 'de peuter heeft een blauwe plek van de tafel, we zagen het gebeuren, moet het in het schriftje?', true],
    ['excuse', 'moeder zegt dat hij gevallen is, maar de plekken zitten op zijn rug', false],
    // an actor or an artwork is not a case
    ['acteur', 'in de training speelde een acteur een vader die met een mes dreigde, hoe vond je dat?', true],
    ['kunst', 'een leerling schilderde een man met een pistool, geinspireerd door een film', true],
    // the end of life is not suicide
    ['levenseinde', 'meneer is terminaal en zegt vaak dat hij binnenkort doodgaat, signaal voor zelfmoord?', true],
  ] as const)('%s lowers: %s', (_, text, lowered) => expect(t.facts(text).lowered).toBe(lowered))
})

describe('round 19 kinds, widened again after their paraphrases (2026-12-02)', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('a nosebleed is an injury to weigh, not fresh serious injury by itself', () => {
    const f = t.facts('bij de training kreeg een jongen een bal in zijn gezicht en een bloedneus')
    expect(f.concepts).toContain('letsel')
    expect(f.concepts).not.toContain('ernstig-letsel')
  })
  it('round burn marks are serious injury', () => expect(t.facts('hij heeft ronde brandwondjes op zijn arm').concepts).toContain('ernstig-letsel'))
  it('"my weapon" said of a household thing is a figure of speech', () => expect(t.facts('de stofzuiger is mijn wapen tegen die hond').figurative).toBe(true))
})

describe('round 20 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('asking a child for nude photos is sexual abuse', () => expect(t.facts('de coach vraagt om naaktfoto’s van een speelster').concepts).toContain('seksueel-geweld'))
  it.each([
    ['a closed ward’s door code', 'bewoner van de gesloten afdeling zegt dat ze opgesloten zit, maar de deur zit op code'],
    ['violence against a thing', 'ik wurg die printer zo nog eens'],
    ['a bump seen right in front of me', 'peuter kreeg een bult op zijn hoofd, hij viel voor mijn ogen van het bankje'],
  ])('%s is not a case: %s', (_, text) => expect(t.facts(text).lowered).toBe(true))
})

describe('rounds 24 and 25 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    // harming oneself, said as "iets/wat aandoen", also split around the person
    'een vader zei net aan de telefoon dat hij zichzelf iets aandoet als hij de kinderen niet meer ziet',
    'de mantelzorger zei dat hij, als het zo doorgaat, zichzelf wat aan zal doen',
    'ze appte: als ik morgen weer alleen ben dan doe ik mezelf iets',
  ])('finds a threat of self-harm and never leaves it unasked: %s', (text) => {
    // The concept is found on its own terms; whether it is told (112 first) or asked ("Is iemand nu
    // in direct gevaar? Bel dan meteen 112.") is the model's call near its threshold: after the
    // retraining with round 28 the carer's conditional threat scored 0.296 against 0.30 and is asked.
    expect(t.facts(text).concepts).toContain('zelfdoding')
    expect(['acute', 'check']).toContain(t.assess(text).level)
  })
  it('alarms on a threat of self-harm said outright', () =>
    expect(t.assess('een vader zei net aan de telefoon dat hij zichzelf iets aandoet als hij de kinderen niet meer ziet').level).toBe('acute'))
  it('reads an accident the user or someone else saw happen as an accident, not when a blow is named', () => {
    expect(t.facts('bult op zijn hoofd, ik zag hem in de gang tegen de deurpost lopen').figurative).toBe(true)
    expect(t.facts('blauwe plek op haar knie, de juf was erbij toen ze van het klimrek viel').figurative).toBe(true)
    expect(t.facts('blauwe plek, ik zag dat vader hem duwde en hij viel tegen de kast').figurative).toBe(false)
  })
  it('reads "gaande houden" as keeping something going, not as happening now', () => {
    expect(t.facts('ze gaat in de zomer naar familie voor de besnijdenis, hoe houd ik het contact gaande').now).toBe(false)
  })
  it('reads parents who oppose genital mutilation and carry the statement as protection', () => {
    expect(t.facts('meisje gaat deze zomer naar oma in Guinee, ouders hebben de verklaring tegen meisjesbesnijdenis en zijn er fel tegen').lowered).toBe(true)
  })
})

describe('the classifier reads an intensifier as "very", not as its literal word', () => {
  it('drops "dood", "bloed" and "stik" in front of an ordinary word, and keeps the literal words', () => {
    expect(featuresOf(['hij', 'verveelt', 'zich', 'doodverveelt'])).toEqual(featuresOf(['hij', 'verveelt', 'zich', 'verveelt']))
    expect(featuresOf(['ik', 'ben', 'doodmoe'])).toEqual(featuresOf(['ik', 'ben', 'moe']))
    expect(featuresOf(['ze', 'is', 'stikjaloers'])).toEqual(featuresOf(['ze', 'is', 'jaloers']))
    for (const literal of ['doodsbang', 'doodziek', 'doodstil', 'bloedneus', 'stikken', 'doodgeslagen'])
      expect(featuresOf(['ze', 'is', literal])).not.toEqual(featuresOf(['ze', 'is', literal.replace(/^(dood|bloed|stik)s?/, '')]))
  })
})

describe('round 26 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it.each([
    // English: a weapon named with a place where it is now, someone being beaten now
    'a parent with a crowbar in the clubhouse, kids everywhere',
    'my client is being hit by her husband right now, i hear it on the phone',
    // a girls' party as a euphemism for genital mutilation, with the trip to the village
    'meisje uit groep 5 moet volgende week naar het dorp voor het meisjesfeest van haar oma',
  ])('alarms: %s', (text) => expect(t.assess(text).level).toBe('acute'))
  it('reads asking whether one may lock someone up as a question, not a locking-up now', () =>
    expect(t.facts('een dochter vraagt of ze haar vader met dementie ’s nachts mag opsluiten zodat hij niet gaat zwerven').figurative).toBe(true))
  it('keeps a real lock-up real when the user asks "is that allowed?" after it', () => {
    expect(t.facts('de buurman heeft zijn moeder nu in de garage opgesloten zonder eten, mag dat zomaar?').lowered).toBe(false)
    expect(t.assess('de buurman heeft zijn moeder nu in de garage opgesloten zonder eten, mag dat zomaar?').level).toBe('acute')
  })
  it('reads a shoulder blade as no weapon', () => expect(t.facts('she fell on her shoulder blade at the club').concepts).not.toContain('wapen'))
  it('reads a small injury a doctor has already seen as handled, not when a blow is named', () => {
    expect(t.facts('oudere meneer heeft nu een bult op zijn hoofd van een val, de huisarts heeft het gezien').lowered).toBe(true)
    expect(t.facts('zoon sloeg haar, ze heeft nu een blauwe plek, de huisarts heeft het gezien').lowered).toBe(false)
  })
  it('reads asking whether a past decision was right as reflection', () =>
    expect(t.facts('vorige maand belden we 112 toen een bewoner flauwviel, was het terecht dat we belden?').lowered).toBe(true))
  it('reads "hou op" only as a call to stop, not "houd ik zicht op"', () =>
    expect(t.facts('hoe houd ik zicht op de baby als moeder somber is?').concepts).not.toContain('roept-om-hulp'))
})

describe('round 27 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('corrects a typo of a word that makes a danger urgent, as it does a danger word', () => {
    expect(t.facts('vader slaat hem met de riem, hij moet vanavnd weer naar huis').urgent).toBe(true)
    expect(t.facts('de stiefvader haalt haar over een kwatier op, ze heeft striemen van de riem').urgent).toBe(true)
  })
  it('never corrects into a word the lowering markers use, and leaves everyday words near a marker alone', () => {
    // "trainings" is no typo of the "training" in "training over" (a course)
    expect(t.facts('he says dad beat him, the trainings over and he cannot go home').lowered).toBe(false)
    expect(t.facts('in de serie van gisteren werd iemand neergestoken').concepts).not.toContain('besnijdenis')
  })
  it('reads play as play, except a child acting out sexual acts', () => {
    expect(t.facts('kleuter slaat met een knuffel op de pop in de poppenhoek').lowered).toBe(true)
    expect(t.facts('kleuter doet met een knuffel seksuele dingen na en noemt de invaller, die begint over vijf minuten').lowered).toBe(false)
  })
  it.each([
    'buurvrouw belde: haar man zegt dat hij haar en daarna zichzelf neerschiet, hij heeft een jachtgeweer',
    'kind op de training heeft verse brandplekken, zegt van mama, die komt over 10 min',
  ])('alarms: %s', (text) => expect(t.assess(text).level).toBe('acute'))
  it('asks at most when the user says whoever threatened has no weapon', () =>
    expect(t.assess('een bewoner van 90 riep dat hij de buurman neerschiet om de herrie, hij heeft geen wapen en zit in een rolstoel').level).not.toBe('acute'))
  it('reads a small injury a doctor already looked at as handled, in other words too', () => {
    expect(t.facts('peuter heeft een blauwe plek op zijn been, de jeugdarts heeft er vanmorgen al naar gekeken').lowered).toBe(true)
    expect(t.facts('baby van twee weken is heel slap en suf, de kinderarts is vanochtend geweest en vond het goed').lowered).toBe(true)
    // Someone else having been there is not a doctor having seen it.
    expect(t.facts('baby van twee weken is heel slap en suf, de buurvrouw is vanochtend geweest').lowered).toBe(false)
  })
})

describe('round 29 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('reads "nu" as now only in the sentence of the danger, or said on its own', () => {
    // "nu" in a later sentence tells how things are now, not that the knife is there now
    expect(t.facts('vorig jaar bedreigde haar vriend haar met een mes. hij woont nu in Spanje').urgent).toBe(false)
    expect(t.facts('hij bedreigt haar met een mes nu').urgent).toBe(true)
    expect(t.facts('vader slaat moeder met een riem. NU.').urgent).toBe(true)
    // "wat nu?" after a story asks what to do
    expect(t.facts('hij sloeg haar met een riem. wat nu?').urgent).toBe(false)
  })
  it('reads "net" in a comparison as no time ("lijkt net op", "net als")', () => {
    expect(t.facts('de vlekken lijken net op brandplekken').urgent).toBe(false)
    expect(t.facts('rode plekken, net als striemen').urgent).toBe(false)
    expect(t.facts('ze heeft net een brandwond opgelopen').urgent).toBe(true)
  })
  it('an exception that is not words side by side: the checker says where and how to write it', () => {
    const { problems } = checkAfterEdit('knowledge/safety/markers.yaml', '      lijkt+net+op\n', '      lijkt net op\n')
    expect(problems).toEqual([expect.stringMatching(/^knowledge\/safety\/markers\.yaml:\d+:\d+ markers\[\d+\]\.except\[\d+\]: an exception is lower-case words side by side, joined by \+/)])
  })
  it('reads feeling locked in as a feeling, not as being locked in', () => {
    expect(t.facts('de mantelzorger voelt zich opgesloten in haar eigen huis').concepts).not.toContain('opgesloten')
    expect(t.facts('hij sluit haar op in de kelder, ze voelt zich opgesloten').concepts).toContain('opgesloten')
  })
  it('reads a question whether a care measure counts as locking up as no 112', () => {
    expect(t.assess('in het zorgplan staat onder de Wzd dat zijn deur s nachts op slot gaat, telt dat als opsluiting?').level).not.toBe('acute')
    expect(t.assess('haar zoon sluit haar s nachts op in de schuur').level).toBe('acute')
  })
  it('reads a wound the nurse already dressed as handled, unless someone attacked', () => {
    expect(t.facts('mevrouw brandde zich vanochtend aan de waterkoker, ik heb de wond verbonden').lowered).toBe(true)
    expect(t.assess('ik heb de wond net verbonden, haar zoon heeft haar geslagen en hij staat nog in de gang').level).toBe('acute')
  })
  it('reads a release from prison later on as no danger now, and detention as handled', () => {
    expect(t.assess('haar ex heeft haar in 2020 met een mes bedreigd en zit in de gevangenis, ze vraagt wat ze moet doen als hij straks vrijkomt').level).not.toBe('acute')
  })
  it('reads a diagnosis by a doctor as seen, and cooling a burn under the tap as first aid, not as holding a child under it', () => {
    expect(t.facts('de plekken lijken op striemen maar de huisarts heeft vastgesteld dat het eczeem is').lowered).toBe(true)
    expect(t.facts('ik heb haar hand tien minuten onder de kraan gehouden').concepts).not.toContain('aanval')
    expect(t.facts('de leidster hield de peuter onder de kraan met koud water').concepts).toContain('aanval')
  })
})

describe('round 30 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('reads what happens every night as urgent, but not as now: it does not cancel an example', () => {
    expect(t.facts('haar man sluit haar elke nacht op in de slaapkamer').urgent).toBe(true)
    const example = t.facts('stel dat een bewoner s nachts zegt dat hij er een eind aan wil maken, wie bel ik dan?')
    expect(example.lowered).toBe(true)
    expect(t.assess('stel dat een bewoner s nachts zegt dat hij er een eind aan wil maken, wie bel ik dan?').level).not.toBe('acute')
  })
  it('reads a carer who smells of drink and staggers, about to drive off with the children, as danger', () => {
    expect(t.facts('vader stinkt naar alcohol en loopt te zwalken, hij wil de kinderen in de auto zetten').danger).toBe(true)
  })
  it('reads violence heard in the background of a call that then breaks off as happening now', () => {
    expect(t.assess('aan de telefoon hoorde ik op de achtergrond gegil en een harde klap, toen werd de verbinding verbroken').level).toBe('acute')
  })
  it('reads a children\'s book, a history lesson and a debate as not real, and "er nog … van" as no presence', () => {
    expect(t.facts('in het prentenboek dat we voorlezen slaat een vader zijn kind').lowered).toBe(true)
    expect(t.facts('in het debat zei een leerling dat hij ze allemaal zou vermoorden, als standpunt').lowered).toBe(true)
    expect(t.facts('hij is er nog steeds boos over dat zijn hamster dood is').urgent).toBe(false)
    expect(t.facts('hij is er nog, hij staat met een mes in de gang').urgent).toBe(true)
  })
  it('reads "nothing is happening now" and "no case at the moment" as said, though they name the moment', () => {
    expect(t.facts('voor het protocol: wat als een bewoner zegt dat hij dood wil? er is geen casus op dit moment').lowered).toBe(true)
    expect(t.facts('she screams every night that they will kill her but nothing is really happening').now).toBe(false)
  })
  it('reads asking whether to go in or knock now as a danger going on now', () => {
    expect(t.facts('achter de deur van de bergruimte hoor ik een kind gillen, moet ik naar binnen?').now).toBe(true)
  })
  it('reads what a doctor counts as part of an illness as no danger now, and an animal that died as no threat', () => {
    expect(t.facts('mijn moeder roept elke nacht dat ze haar slaan, de geriater zegt dat het bij haar ziektebeeld hoort').lowered).toBe(true)
    expect(t.facts('de hamster van de klas is vannacht dood gegaan, de kinderen zijn verdrietig').concepts).not.toContain('verhulde-doodsdreiging')
  })
  it('leaves everyday words that only look like a danger word as typed ("trouwens", "gestolen", "overleggen")', () => {
    expect(t.facts('trouwens, de fiets van de moeder is gestolen, moet ik overleggen met mijn collega?').concepts).toEqual([])
    // a form of a danger verb is still read as one
    expect(t.facts('de verzorgende vastbond de bewoner aan het bed').concepts).not.toEqual([])
  })
})

describe('round 31 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('reads someone standing or walking about with a knife, or a relative calling in panic, as danger now', () => {
    expect(t.assess('mijn vader met alzheimer loopt met een mes door het huis en herkent niemand').level).toBe('acute')
    expect(t.facts('zijn vrouw belt in paniek, hij heeft een keukenmes gepakt').now).toBe(true)
  })
  it('reads a nightmare or a shout in ones sleep as not real, and a boys circumcision party as no cutting of the girl', () => {
    expect(t.facts('hij werd schreeuwend wakker uit een nare droom en riep dat papa hem sloeg').figurative).toBe(true)
    expect(t.facts('de zus gaat deze zomer mee naar het besnijdenisfeest van haar broertje in Marokko').lowered).toBe(true)
  })
})

describe('rounds 32 and 33 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('reads an everyday object used to hit as a weapon, and a pan of boiling water that fell over as none', () => {
    expect(t.facts('haar vriend sloeg haar gisteren met een bezemsteel').concepts).toContain('wapen')
    expect(t.facts('hij verbrandde zijn hand aan een pan kokend water die omviel').concepts).not.toContain('wapen')
  })
  it('reads a threat to put someone in the water as a veiled death threat, and an injury shaped like a hand as inflicted', () => {
    expect(t.facts('haar man zei dat hij haar vanavond in de gracht gooit').danger).toBe(true)
    expect(t.facts('peuter met plekken in de vorm van vingers op zijn wang').concepts).toContain('toegebracht-letsel')
    expect(t.facts('brandwonden aan beide handen met een handschoenpatroon').concepts).toContain('toegebracht-letsel')
  })
  it('keeps the word order of a subordinate clause ("dat ze niet naar huis durft")', () => {
    expect(t.facts('ze zegt dat ze vanavond niet naar huis durft').concepts).toContain('niet-naar-huis')
    expect(t.facts('hij controleert haar telefoon en ze mag nergens heen zonder hem').concepts).not.toContain('niet-naar-huis')
  })
  it('reads the parents of the other team as real people, a doctor not seen as no doctor, a past "vanmiddag" as not now', () => {
    expect(t.facts('een vader van de tegenstander schopt een jongen van 8, de wedstrijd ligt stil').figurative).toBe(false)
    expect(t.facts('hij kan zijn arm niet bewegen, ze zijn niet naar de dokter geweest').lowered).toBe(false)
    expect(t.facts('ik had vanmiddag een gesprek over de blauwe plek van de peuter').now).toBe(false)
  })
})

describe('round 34 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('reads medical words for bruising as an injury, and an old scar or a treated past as past', () => {
    expect(t.facts('bij opname hematomen op beide schouders en een ribfractuur').concepts).toContain('letsel')
    expect(t.facts('een oud litteken van een brandwond van toen ze baby was').lowered).toBe(true)
    expect(t.facts('hij had na de bevalling gedachten om de baby iets aan te doen, hij is behandeld voor een depressie').lowered).toBe(true)
  })
})
describe('round 35 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('reads stockpiled pills and ending everything as a suicide threat', () => {
    expect(t.facts('mijn buurvrouw appt dat de tabletten al klaarliggen op het nachtkastje').concepts).toContain('zelfdoding')
    expect(t.facts('hij wil er een einde maken aan alles, de kinderen gaan mee').concepts).toContain('zelfdoding')
  })
  it('reads a fracture sign, a broken jaw or ribs as a serious injury, and a "#" of a hashtag or C# as nothing', () => {
    expect(t.facts('vermoedelijk kaak# re, vriend staat in de gang').concepts).toContain('ernstig-letsel')
    expect(t.facts('ze heeft twee gebroken ribben').concepts).toContain('ernstig-letsel')
    expect(t.facts('mijn collega schreef #metoo in de groepsapp').concepts).toEqual([])
    expect(t.facts('we zoeken een C# programmeur voor de app').concepts).toEqual([])
  })
  it('lets "nu" in a present passive reach the participle at the end of the clause', () => {
    expect(t.facts('een meisje wordt nu door haar broer bij de fietsenstalling hard geschopt').urgent).toBe(true)
    // Not across sentences, and not a plain "is nu".
    expect(t.facts('het kind wordt nu opgevangen door oma. vorige week is hij geschopt').urgent).toBe(false)
  })
  it('reads a coach alone with a minor in his car, and bruises on the ears, as concepts', () => {
    expect(t.facts('de coach zit nu alleen met een minderjarige in zijn auto achter de sporthal').concepts).toContain('seksueel-geweld')
    expect(t.facts('peuter met blauwe plekken op de oren').concepts).toEqual(expect.arrayContaining(['letsel', 'toegebracht-letsel']))
  })
  it('a partner in the waiting room is present; a threat made in a waiting room years ago is not', () => {
    expect(t.facts('blauw oog, haar man zit in de wachtkamer').now).toBe(true)
    expect(t.facts('in 2019 heeft een vader in de wachtkamer gedreigd zichzelf iets aan te doen').now).toBe(false)
  })
  it('care already given lowers a bruise or a fracture: the GP was called, a cast, the emergency department', () => {
    expect(t.facts('oma is gisteren uitgegleden, blauwe plek op haar heup, haar zoon heeft de huisarts gebeld').lowered).toBe(true)
    expect(t.facts('polsfractuur na een val van de trampoline, gisteren op de seh gegipst').lowered).toBe(true)
    expect(t.facts('armbreuk, ze zijn niet naar de seh geweest').lowered).toBe(false)
  })
  it('"dat spelletje doen" with an adult is a veiled abuse, not a game that makes it unreal', () => {
    expect(t.facts('ze zegt dat de buurman vanavond weer dat spelletje wil doen').lowered).toBe(false)
    expect(t.facts('tijdens een spelletje riep hij dat hij haar zou wurgen, ze lachten erom').lowered).toBe(true)
  })
})
describe('round 36 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('an if-question with a concrete recent time is a real case, not an example', () => {
    expect(t.facts('wat moet ik doen als een leerling vertelt dat haar moeder haar vanochtend heeft gewurgd').lowered).toBe(false)
    expect(t.facts('wat moet ik doen als een leerling vertelt dat haar moeder haar heeft gewurgd').lowered).toBe(true)
  })
  it('a blow heard now is violence now; "ik hoor nu pas" is news of the past', () => {
    expect(t.facts('hoor nu door de muur een harde klap en gegil').now).toBe(true)
    expect(t.facts('ik hoor nu pas dat haar vader haar vorig jaar sloeg').urgent).toBe(false)
  })
  it('"wat zeg ik nu" asks about the user, not about the danger', () => {
    expect(t.facts('een vrouw vertelt dat haar ex haar jaren geleden sloeg, wat zeg ik nu?').urgent).toBe(false)
  })
  it('a traditional treatment abroad within days is a veiled genital mutilation', () => {
    expect(t.facts('ze brengen het meisje volgende week naar het buitenland voor een traditionele ingreep').danger).toBe(true)
  })
  it('a fracture seen at the emergency department, with an explanation that fits, is lowered; one that does not fit is not', () => {
    expect(t.facts('polsfractuur na val, op de seh gezien, verhaal past').lowered).toBe(true)
    expect(t.facts('polsfractuur na val, verhaal past niet').lowered).toBe(false)
  })
})
describe('a short message with no danger the rules know', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('is asked about, not sent to 112, whatever the model says; with a danger concept it still goes to 112', () => {
    // The model gives "vader komt vanavond" almost 1: three words, a man and a time.
    expect(t.assess('vader komt vanavond').level).toBe('check')
    expect(t.assess('hij slaat haar nu').level).toBe('acute')
  })
  it('the rule is the decision itself: the same probability decides otherwise for a longer message', () => {
    const facts = { ...t.facts('vader komt vanavond') }
    expect(facts.short).toBe(true)
    expect(decide(facts, 0.99, { concept: 0.3, contextAcute: 0.7, contextCheck: 0.35, aloneAcute: 0.75, aloneCheck: 0.45 })).toBe('check')
    expect(decide({ ...facts, short: false }, 0.99, { concept: 0.3, contextAcute: 0.7, contextCheck: 0.35, aloneAcute: 0.75, aloneCheck: 0.45 })).toBe('acute')
  })
})
describe('round 37 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('a death threat that depends on what the family finds out is no figure of speech', () => {
    const honour = t.facts('haar vader heeft gezegd dat hij haar vermoordt als hij erachter komt, ze moet vanavond naar huis')
    expect(honour.concepts).toContain('dreiging-bij-ontdekking')
    expect(honour.figurative).toBe(false)
    expect(honour.now).toBe(true)
  })
  it('a fall that a known illness explains lowers a bruise; not when a blow is named', () => {
    expect(t.facts('meneer met parkinson is gisteren gevallen, blauwe plek op zijn heup').lowered).toBe(true)
    expect(t.facts('meneer met parkinson is gisteren gevallen, blauwe plek op zijn heup, zijn zoon sloeg hem').lowered).toBe(false)
  })
  it('"nu stabiel" says how it is now, after the danger; "is … hier nog" in a question is no one present', () => {
    expect(t.facts('twee jaar geleden een suicidepoging, nu stabiel en in behandeling').now).toBe(false)
    expect(t.facts('vorig jaar gewurgd door haar ex, is de meldcode hier nog van toepassing?').now).toBe(false)
  })
})
describe('round 38 kinds, in words written here', () => {
  const t = realBundle().understanding.triage as DangerTriage
  it('dragging someone out of bed is an attack; "maken me af als ze horen" is a threat that depends on discovery', () => {
    expect(t.facts('de nachtdienst sleurt meneer uit bed').concepts).toContain('aanval')
    expect(t.facts('haar ooms maken haar af als ze horen dat ze een vriend heeft').concepts).toContain('dreiging-bij-ontdekking')
  })
  it('a parent hurting their own child at a match is not sport; a tackle is', () => {
    expect(t.facts('tijdens de wedstrijd greep een vader zijn zoon bij de keel').figurative).toBe(false)
    expect(t.facts('tijdens de wedstrijd een harde tackle, blauwe plek op zijn been').figurative).toBe(true)
  })
  it('after a suicide attempt, admitted or in treatment lowers it; not with "vanavond"', () => {
    expect(t.facts('een paar weken geleden een suicidepoging, nu opgenomen').lowered).toBe(true)
    expect(t.facts('ze is in behandeling maar zegt dat ze zich vanavond ophangt').lowered).toBe(false)
  })
})
