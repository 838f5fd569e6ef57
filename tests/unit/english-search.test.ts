/**
 * English questions search the Dutch knowledge with the Dutch words of their domain words added
 * (bot/core/nlp/english.ts). The answer stays Dutch.
 */
import { describe, expect, it } from 'vitest'
import { mostlyEnglish, withDutchSearchWords } from '../../bot/core/nlp/english.js'
import { realBundle } from '../support/engine.js'

describe('English questions', () => {
  it('are recognised by their function words; Dutch and mixed Dutch questions are left alone', () => {
    expect(mostlyEnglish('can the board suspend a coach while we look into it?')).toBe(true)
    expect(mostlyEnglish('mag het bestuur een trainer schorsen?')).toBe(false)
    expect(withDutchSearchWords('mag het bestuur een trainer schorsen?')).toBe('mag het bestuur een trainer schorsen?')
  })
  it('get the Dutch words of their domain words, phrases first', () => {
    const q = withDutchSearchWords('do I need consent from the parents before I report domestic violence?')
    expect(q).toContain('toestemming')
    expect(q).toContain('ouders')
    expect(q).toContain('huiselijk geweld')
    expect(q).toContain('melden')
  })
  it('find the Dutch entry for an English question', () => {
    const hits = realBundle().index.search('is there a duty to report for teachers in the Netherlands?', 3).map((h) => h.ref)
    expect(hits.some((r) => /meldplicht|meldrecht|wet-verplichte-meldcode/.test(r))).toBe(true)
  })
})

describe('everyday English words of the domain (round 26)', () => {
  it('adds the Dutch words for partners, places and people', () => {
    const q = withDutchSearchWords('the GP says her husband hits her, what should the desk do?')
    for (const nl of ['huisarts', 'partner', 'slaat', 'loket']) expect(q).toContain(nl)
  })
})

describe('English words for kinds of violence, injuries and roles (round 27)', () => {
  it('adds the Dutch words, so the question finds the entry', () => {
    const q = withDutchSearchWords('my colleague keeps yanking the kids by their arms and shouting, is that abuse?')
    expect(q).toContain('hardhandig')
    expect(q).toContain('schreeuwen')
    const hits = realBundle().index.search('a colleague at the daycare is rough with the toddlers, yanking their arms. what do I do?', 3).map((h) => h.ref)
    // A colleague in childcare: the childcare entry (houder, vertrouwensinspecteur), the general one next to it.
    expect(hits[0]).toBe('topic:misbruik-door-medewerker-kinderopvang')
    expect(hits).toContain('topic:misbruik-door-medewerker')
  })
})
