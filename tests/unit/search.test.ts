/** Search behaviour that the eval cannot pin down by itself: query preparation and name handling. */
import { describe, expect, it } from 'vitest'
import { normalize } from '../../bot/core/nlp/normalize.js'
import { prepareQuery } from '../../bot/core/search/query.js'
import { splitCompound } from '../../bot/core/search/compounds.js'
import { stem } from '../../bot/core/search/search-index.js'
import { realBundle } from '../support/engine.js'

describe('prepareQuery', () => {
  it.each([
    ['ik ben pedagogisch medewerker en een peuter heeft brandplekjes op zijn handen', 'een peuter heeft brandplekjes op zijn handen'],
    ['Ik werk als wijkverpleegkundige, cliënt is verslaafd en heeft jonge kinderen', 'cliënt is verslaafd en heeft jonge kinderen'],
    ['broertje van 3 zit alleen thuis', 'broertje van zit alleen thuis'],
    ['wat is stap 2', 'wat is stap 2'],
    ['afweging 3 uitleg', 'afweging 3 uitleg'],
    // A count before the meldcode's own parts is read as the word the knowledge writes.
    ['welke 5 vragen heeft het afwegingskader', 'welke vijf vragen heeft het afwegingskader'],
    ['de 5 stappen van de meldcode', 'de vijf stappen van de meldcode'],
    ['5 kinderen in huis', 'kinderen in huis'],
    // Work-floor abbreviations no entry spells, written out; framing phrases dropped.
    ['ll uit groep 7 is vaak afwezig', 'leerling uit groep is vaak afwezig'],
    ['wat leg ik vast in het kader van de meldcode', 'wat leg ik vast de meldcode'],
  ])('"%s" → "%s"', (raw, prepared) => {
    expect(prepareQuery(raw)).toBe(prepared)
  })

  it('names a request for secrecy, whose words are all filler words', () => {
    expect(prepareQuery('de cliënt zei: dit blijft onder ons')).toMatch(/geheim/)
    expect(prepareQuery('ze vroeg of het tussen ons kon blijven')).toMatch(/geheim/)
    expect(prepareQuery('onder ons gezegd vind ik het lastig')).not.toMatch(/geheim/)
  })

  it('keeps an introduction that is the subject of the question', () => {
    expect(prepareQuery('ik ben maar vrijwilliger, moet ik dit uitzoeken?')).toBe('ik ben maar vrijwilliger, moet ik dit uitzoeken?')
  })
})

describe('search over the real knowledge', () => {
  const top = (q: string) => realBundle().index.search(q, 1)[0]?.ref

  it('finds the subject of a long question, not its filler words', () => {
    expect(top('hoe werkt de verwijsindex precies en mag ik daar iemand in zetten zonder dat ouders het weten')).toBe('topic:verwijsindex')
  })

  it('reads "Veilig Thuis" as one name, so "thuis" keeps meaning "at home"', () => {
    expect(top('wat is het nummer van veilig thuis')).toBe('contact:veilig-thuis')
    expect(top('vt bellen')).toBe('contact:veilig-thuis')
    expect(top('kind durft niet naar huis en wil niet thuis slapen')).not.toMatch(/veilig-thuis/)
  })

  it('splits a compound the knowledge does not know into parts it does', () => {
    expect(realBundle().index.search('wat verstaan ze onder mantelzorgontsporing', 3).map((h) => h.ref)).toContain('topic:ontspoorde-mantelzorg')
  })

  it('does not make a word from outside the knowledge known by splitting it', () => {
    const [hit] = realBundle().index.search('openingstijden van het gemeentehuis', 1)
    expect(hit?.unknownTerms ?? 1).toBeGreaterThan(0)
  })

  it('does not read ages as step numbers', () => {
    expect(top('broertje van 3 zit vaak zonder toezicht')).not.toMatch(/afweging-3|stap-3/)
  })
})

describe('splitCompound', () => {
  const terms = new Set(['mantelzorg', 'ontspor', 'vertrouwen', 'persoon', 'kinderdagverblijf', 'gemeente', 'huis'].map(stem))
  // Two entries: one about derailed informal care and trusted persons, one about the gemeente; none about a town hall.
  const entries = [new Set(['mantelzorg', 'ontspor', 'vertrouwen', 'persoon'].map(stem)), new Set(['gemeente'])]
  const like = (entry: Set<string>, tail: string) => (tail.length > 6 ? [...entry].some((t) => t.startsWith(tail.slice(0, 6))) : entry.has(stem(tail)))
  const vocabulary = { has: (t: string) => terms.has(t), together: (head: string, tail: string) => entries.some((e) => e.has(head) && like(e, tail)) }

  it('splits into a known head and a known tail, or the known start of the tail', () => {
    expect(splitCompound('mantelzorgontsporing', vocabulary, stem)).toEqual(['mantelzorg', 'ontspor'])
  })

  it('drops a linking s from the head', () => {
    expect(splitCompound('vertrouwenspersoon', vocabulary, stem)).toEqual(['vertrouwen', 'persoon'])
  })

  it('leaves short words, and words with a part it does not know', () => {
    expect(splitCompound('ontspor', vocabulary, stem)).toBeUndefined()
    expect(splitCompound('mantelzorgtaxi', vocabulary, stem)).toBeUndefined()
  })

  it('leaves a compound whose parts no entry names together', () => {
    expect(splitCompound('gemeentehuis', vocabulary, stem)).toBeUndefined()
  })
})

describe('normalize', () => {
  it('leaves words that are names of JavaScript object members as words', () => {
    expect(normalize('constructor toString hasOwnProperty __proto__')).toBe('constructor tostring hasownproperty proto')
  })

  it('gives the same answer the second time (results are remembered)', () => {
    const text = 'Cliënt zegt: ik ben bang voor mijn partner, stap5?'
    const first = normalize(text)
    expect(normalize(text)).toBe(first)
    expect(first).toBe('client zegt ik ben bang voor mijn partner stap 5')
  })
})
