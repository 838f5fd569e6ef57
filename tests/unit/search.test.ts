/** Search behaviour that the eval cannot pin down by itself: query preparation and name handling. */
import { describe, expect, it } from 'vitest'
import { normalize } from '../../bot/core/nlp/normalize.js'
import { prepareQuery } from '../../bot/core/search/query.js'
import { realBundle } from '../support/engine.js'

describe('prepareQuery', () => {
  it.each([
    ['ik ben pedagogisch medewerker en een peuter heeft brandplekjes op zijn handen', 'een peuter heeft brandplekjes op zijn handen'],
    ['Ik werk als wijkverpleegkundige, cliënt is verslaafd en heeft jonge kinderen', 'cliënt is verslaafd en heeft jonge kinderen'],
    ['broertje van 3 zit alleen thuis', 'broertje van zit alleen thuis'],
    ['wat is stap 2', 'wat is stap 2'],
    ['afweging 3 uitleg', 'afweging 3 uitleg'],
  ])('"%s" → "%s"', (raw, prepared) => {
    expect(prepareQuery(raw)).toBe(prepared)
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

  it('does not read ages as step numbers', () => {
    expect(top('broertje van 3 zit vaak zonder toezicht')).not.toMatch(/afweging-3|stap-3/)
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
