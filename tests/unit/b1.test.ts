/**
 * Plain language per audience (issue 13): sport volunteers and Wmo desk staff get the B1 text
 * written for them, a signal's next step without professional terms, and the checker warns where
 * B1 is missing, names one audience's route for both, or runs past about 80 words.
 */
import { describe, expect, it } from 'vitest'
import { fitsAudience, pickB1, wordCount } from '../../bot/content/b1.js'
import { checkContent, type ContentFile } from '../../bot/content/check.js'
import { allText, converse } from '../support/engine.js'
import { fixtureFiles } from '../support/fixtures.js'

describe('B1 per audience', () => {
  it('picks the audience text, then algemeen, never the other audience', () => {
    expect(pickB1('een', 'sport')).toBe('een')
    expect(pickB1({ sport: 's', wmo: 'w' }, 'wmo')).toBe('w')
    expect(pickB1({ sport: 's', algemeen: 'a' }, 'wmo')).toBe('a')
    expect(pickB1({ sport: 's' }, 'wmo')).toBeUndefined()
    expect(pickB1('een', undefined)).toBeUndefined()
  })

  it('counts words as a reader sees them', () => {
    expect(wordCount('**Bel 112.**\n- Daarna Veilig Thuis: 0800-2000.')).toBe(6)
  })

  it('reads professional terms as not fit for an audience', () => {
    expect(fitsAudience('Bespreek het in stap 2 met de aandachtsfunctionaris.', 'sport')).toBe(false)
    expect(fitsAudience('Doe de kindcheck en bespreek het met de aandachtsfunctionaris.', 'wmo')).toBe(true)
    expect(fitsAudience('Praat met de vertrouwenscontactpersoon.', 'wmo')).toBe(false)
  })

  it('a volunteer gets the sport text on doubt, a desk worker the Wmo text, a professional the full text', () => {
    const sport = allText(converse([{ action: 'c:start/menu/sport' }, 'ik twijfel']).at(-1)!.replies)
    const wmo = allText(converse([{ action: 'c:start/menu/wmo' }, 'ik twijfel']).at(-1)!.replies)
    const prof = allText(converse(['ik twijfel']).at(-1)!.replies)
    expect(sport).toContain('vertrouwenscontactpersoon (VCP)')
    expect(sport).not.toContain('leidinggevende')
    expect(wmo).toContain('leidinggevende')
    expect(wmo).not.toMatch(/vertrouwenscontactpersoon|VCP/)
    expect(prof).toContain('in **elke stap** van de meldcode')
  })

  it('a volunteer never reads "stap 2" or "forensisch arts" as a signal\'s next step; acute signals put 112 first', () => {
    const bruise = allText(converse([{ action: 'c:start/menu/sport' }, { action: 'signal:overzicht-lichamelijke-mishandeling' }]).at(-1)!.replies)
    expect(bruise).not.toMatch(/stap 2|forensisch|LECK/)
    expect(bruise).toContain('vertrouwenscontactpersoon (VCP)')
    const fracture = allText(converse([{ action: 'c:start/menu/wmo' }, { action: 'signal:botbreuk-jong-kind' }]).at(-1)!.replies)
    expect(fracture).not.toMatch(/forensisch|LECK/)
    expect(fracture).toContain('112')
    const prof = allText(converse([{ action: 'signal:botbreuk-jong-kind' }]).at(-1)!.replies)
    expect(prof).toMatch(/LECK|forensisch/)
  })

  it('the acute answer is in plain language for a volunteer, and still starts with 112', () => {
    const turn = converse([{ action: 'c:start/menu/sport' }, { action: 'acuut' }]).at(-1)!
    expect(turn.replies[0]!.text.startsWith('**Is er nu direct gevaar? Bel 112.**')).toBe(true)
    expect(allText(turn.replies)).toContain('Ga geen ruzie maken met de dader')
  })
})

describe('plain-language warnings', () => {
  const withTopic = (topic: string): ContentFile[] => [
    ...fixtureFiles('_base'),
    { path: 'knowledge/extra.yaml', text: `topics:\n${topic}` },
  ]
  const warnings = (files: ContentFile[]) => checkContent(files).warnings.filter((w) => w.file === 'knowledge/extra.yaml').map((w) => w.message)

  it('warns about an entry without B1, a shared B1 naming one route, and a long text; accepts a map', () => {
    const long = Array.from({ length: 90 }, (_, i) => `woord${i}`).join(' ')
    expect(warnings(withTopic(`  - { id: x, title: X, text: "kort", sources: [bron-a], reviewed: 2026-11-30 }`))).toEqual([
      '"x" has no textB1: volunteers and desk staff get the professional text.',
    ])
    expect(warnings(withTopic(`  - { id: x, title: X, text: "kort", textB1: "Praat met de VCP.", sources: [bron-a], reviewed: 2026-11-30 }`))[0]).toMatch(/names the sport route \("VCP"\) but also reaches Wmo desk staff/)
    expect(warnings(withTopic(`  - { id: x, title: X, text: "${long}", textB1: { sport: "Praat met de VCP.", wmo: "Praat met je leidinggevende." }, sources: [bron-a], reviewed: 2026-11-30 }`))).toEqual([
      '"x" shows 90 words before the buttons (about 80 fit on a phone): shorten it or move detail to a related entry.',
    ])
  })
})

describe('a flow node too long for a phone', () => {
  // The first answer button must be on a phone's first screen (the Chromium test checks it, late):
  // the content checker refuses such a node at once, with its place and a fix.
  const withStep2 = (words: number, end: boolean): ContentFile[] => {
    const text = Array.from({ length: words }, (_, i) => `woord${i}`).join(' ')
    const node = end ? `    end: true` : `    choices:\n      - { label: Verder, next: stap-2a }\n      - { label: Ik twijfel, next: twijfel }`
    return [
      ...fixtureFiles('_base').filter((f) => !f.path.endsWith('stap-2.yaml')),
      { path: 'flows/stap-2.yaml', text: `id: stap-2\ntitle: Stap 2\nstart: begin\nnodes:\n  - id: begin\n    text: ${text}\n${node}\n${end ? '' : '  - id: stap-2a\n    text: Klaar.\n    end: true\n'}` },
    ]
  }

  it('is an error with file:line:col when the node has answer buttons', () => {
    const result = checkContent(withStep2(81, false))
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.message}`)).toEqual([
      `flows/stap-2.yaml:6:11 node "begin" shows 81 words before its answer buttons; at most 80 keep the first button on a phone's first screen. Shorten it, or move detail to a topic the node links to.`,
    ])
  })

  it('passes at 80 words, and is only a warning for a closing node without buttons', () => {
    expect(checkContent(withStep2(80, false)).ok).toBe(true)
    const closing = checkContent(withStep2(81, true))
    expect(closing.ok).toBe(true)
    expect(closing.warnings.map((w) => w.message)).toContain('node "begin" shows 81 words before the buttons (about 80 fit on a phone): shorten it or split the node.')
  })
})

describe('"Meer" button', () => {
  it('keeps longer material behind a Meer button and shows it when pressed', () => {
    const first = converse([{ action: 'topic:meisjesbesnijdenis-route' }]).at(-1)!
    expect(allText(first.replies)).not.toContain('FGM Protection Order')
    expect(first.replies.flatMap((r) => r.actions ?? []).map((a) => a.id)).toContain('meer:topic:meisjesbesnijdenis-route')
    const more = converse([{ action: 'topic:meisjesbesnijdenis-route' }, { action: 'meer:topic:meisjesbesnijdenis-route' }]).at(-1)!
    expect(allText(more.replies)).toContain('FGM Protection Order')
  })
})
