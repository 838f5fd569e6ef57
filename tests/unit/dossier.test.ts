/** The dossier summary holds the answers of the current run of a flow, the sector framework and the next step. */
import { describe, expect, it } from 'vitest'
import { allText, converse } from '../support/engine.js'

describe('dossier summary', () => {
  it('forgets the answers of an earlier run when the afwegingskader starts again', () => {
    const turns = converse([
      { action: 'flow:afwegingskader' }, 'ja', 'nee', 'ja', 'ja', 'nee',
      { action: 'flow:afwegingskader' }, 'nee',
      { action: 'dossier' },
    ])
    const text = allText(turns.at(-1)!.replies)
    expect(text).toContain('Afweging 1 – vermoeden: nee')
    expect(text).not.toContain('Afweging 2')
    expect(text).not.toContain('Afweging 5')
    expect(text).toContain('Meldcode afgesloten')
  })

  it('keeps earlier answers when the user returns to a later node of the same run', () => {
    const turns = converse([
      { action: 'flow:afwegingskader' }, 'ja', 'nee',
      { action: 'topic:afweging-3-hulp' },
      { action: 'flow:afwegingskader/afweging-3' }, 'nee',
      { action: 'dossier' },
    ])
    const text = allText(turns.at(-1)!.replies)
    expect(text).toContain('Afweging 1 – vermoeden: ja')
    expect(text).toContain('Afweging 3 – zelf hulp bieden of organiseren: nee')
    expect(text).toContain('norm 2')
  })

  it('names the sector framework but nothing the user typed', () => {
    const turns = converse([
      { action: 'menu' }, { action: 'c:start/menu/professional' }, { action: 'c:professional/sector/verloskundigen' },
      'het gaat om een zwangere vrouw van 19 die door haar vriend wordt geduwd',
      { action: 'flow:stap-5' }, { action: 'c:stap-5/begin/melden' }, { action: 'dossier' },
    ])
    const text = allText(turns.at(-1)!.replies)
    expect(text).toContain('Afwegingskader van:** Verloskundigen (KNOV)')
    expect(text).not.toMatch(/zwangere vrouw van 19|geduwd/)
    expect(text).toContain('Melden bij Veilig Thuis na het informeren van de betrokkenen')
  })

  it('the call script ("Wat zeg ik als ik bel?") names role, sector and steps, never what was typed', () => {
    const turns = converse([
      { action: 'menu' }, { action: 'c:start/menu/professional' }, { action: 'c:professional/sector/onderwijs' },
      'leerling Jan de Vries van 8 uit groep 5 heeft blauwe plekken',
      { action: 'flow:stap-2' }, { action: 'c:stap-2/begin/belscript' },
    ])
    const text = allText(turns.at(-1)!.replies)
    expect(text).toContain('Wat zeg je als je Veilig Thuis belt')
    expect(text).toContain('professional (onderwijs)')
    expect(text).toContain('stap 2')
    expect(text).not.toMatch(/Jan|Vries|groep 5|blauwe plekken/)
  })

  it('offers the call script beside the Veilig Thuis button of the doubt and acute answers', () => {
    const turns = converse(['ik twijfel', 'hij heeft een mes en bedreigt haar nu'])
    for (const t of turns) expect(t.replies.flatMap((r) => r.actions ?? []).map((a) => a.id)).toContain('belscript')
  })
})
