/**
 * The content checker, on fixtures named after the failure they provoke. Error text is locked
 * with inline snapshots: a content editor reads these messages, so a change shows up in review.
 */
import { describe, expect, it } from 'vitest'
import { checkContent, formatProblem } from '../../bot/content/check.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'
import { fixtureFiles } from '../support/fixtures.js'

const problems = (fixture: string) => {
  const result = checkContent(fixtureFiles(fixture))
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('content checker', () => {
  it('accepts the minimal base and the real content', () => {
    expect(problems('_base')).toEqual([])
    const real = checkContent(readContentFiles())
    expect(real.ok ? [] : real.problems.map(formatProblem)).toEqual([])
  })

  it('reports an unknown node with its position and a suggestion', () => {
    expect(problems('unknown-node')).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:8:32 nodes[0].choices[0].next: unknown node "stap-2b". Did you mean "stap-2a"?",
        "flows/stap-2.yaml:10:9 nodes[1].id: node "stap-2a" cannot be reached from "begin". Link to it or remove it.",
      ]
    `)
  })

  it('reports YAML syntax errors with line and column and a fix, and still checks other files', () => {
    expect(problems('yaml-syntax-error')).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:6:11 (yaml): this quoted text is never closed. Add the closing quote at the end of the text.",
        "knowledge/extra.yaml:5:15 topics[0].sources[0]: unknown source "bron-b". Did you mean "bron-a"? Add it to knowledge/bronnen.yaml or fix the id.",
      ]
    `)
  })

  it('rejects a choice list without a doubt option (safety rule 3)', () => {
    expect(problems('missing-doubt-option')).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:8:7 nodes[0].choices: node "begin" offers no doubt option. Add a choice like { label: "Ik twijfel", next: twijfel } (safety rule 3).",
      ]
    `)
  })

  it('rejects a dead end: a node with no choices that is not an end node', () => {
    expect(problems('dead-end-node')).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:10:5 nodes[1]: node "stap-2a" has no choices: add choices or "end: true" (no dead ends).",
      ]
    `)
  })

  it('rejects a node nobody can reach', () => {
    expect(problems('unreachable-node')).toMatchInlineSnapshot(`
      [
        "flows/stap-2.yaml:13:9 nodes[2].id: node "vergeten" cannot be reached from "begin". Link to it or remove it.",
      ]
    `)
  })

  it('rejects an unknown source id', () => {
    expect(problems('unknown-source')).toMatchInlineSnapshot(`
      [
        "knowledge/extra.yaml:5:15 topics[0].sources[0]: unknown source "bron-b". Did you mean "bron-a"? Add it to knowledge/bronnen.yaml or fix the id.",
      ]
    `)
  })

  it('rejects questions for an entry that does not exist, and a key that is no entry reference', () => {
    expect(problems('questions-for-unknown-entry')).toMatchInlineSnapshot(`
      [
        "knowledge/vragen/vragen.yaml:3:5 questions.topic:twijfel-veiligthuis: unknown topic "twijfel-veiligthuis". Did you mean "twijfel-veilig-thuis"?",
        "knowledge/vragen/vragen.yaml:5:5 questions.kindcheck: "kindcheck" is not an entry. Write the entry as "topic:<id>", "signal:<id>", "sector:<id>", "contact:<id>" or "flow:<id>".",
      ]
    `)
  })

  it('rejects duplicate ids', () => {
    expect(problems('duplicate-topic-id')).toMatchInlineSnapshot(`
      [
        "knowledge/extra.yaml:2:9 topics[0].id: duplicate topic id "acuut-gevaar".",
      ]
    `)
  })

  it('reports every shape problem of a file at once', () => {
    expect(problems('bad-date-and-unknown-key')).toMatchInlineSnapshot(`
      [
        "knowledge/extra.yaml:6:15 topics[0].reviewed: write the date as YYYY-MM-DD, e.g. 2026-11-23.",
        "knowledge/extra.yaml:7:5 topics[0].bron: unknown key "bron". Allowed here: id, title, keywords, text, textB1, more, sources, reviewed, related, category, organisation.",
      ]
    `)
  })

  it('refuses an empty content folder instead of running with no content', () => {
    const result = checkContent([])
    expect(result.ok ? [] : result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "flows/ and knowledge/:1:1 (content): no content files found. Point CONTENT_ROOT at a folder with flows/*.yaml and knowledge/*.yaml.",
      ]
    `)
  })

  it('requires the Veilig Thuis contact with 0800-2000', () => {
    expect(problems('missing-veilig-thuis')).toMatchInlineSnapshot(`
      [
        "knowledge/basis.yaml:1:1 (file): contact "veilig-thuis" with phone 0800-2000 is required (safety rule 1).",
      ]
    `)
  })

  it('rejects an organisation whose sector is not in knowledge/sectoren.yaml', () => {
    expect(problems('organisation-unknown-sector')).toMatchInlineSnapshot(`
      [
        "organisations/obs-de-linde.yaml:4:9 sector: unknown sector "onderwys". Did you mean "onderwijs"? Use a sector id from knowledge/sectoren.yaml.",
      ]
    `)
  })

  it('rejects an organisation phone number the channels cannot call', () => {
    expect(problems('organisation-bad-phone')).toMatchInlineSnapshot(`
      [
        "organisations/vv-de-bal.yaml:6:10 contact.phone: not a phone number as Meldwijzer writes them: area code, "-", then the number in groups, e.g. 030-123 45 67, 0800-1234 or 0612-345 678.",
      ]
    `)
  })

  it('rejects a Teams tenant id claimed by two organisations', () => {
    expect(problems('organisation-duplicate-tenant')).toMatchInlineSnapshot(`
      [
        "organisations/obs-het-anker.yaml:6:5 teamsTenants[1]: tenant id "11111111-2222-4333-8444-555555555555" also belongs to organisation "obs-de-linde" (organisations/obs-de-linde.yaml); a Teams tenant picks one organisation.",
      ]
    `)
  })

  it('rejects an insight token hash shared by two organisations', () => {
    expect(problems('organisation-duplicate-insight-hash')).toMatchInlineSnapshot(`
      [
        "organisations/obs-het-anker.yaml:6:14 insight.tokenHash: token hash also used by organisation "obs-de-linde" (organisations/obs-de-linde.yaml); a token shows one organisation's counts. Make a new one: npm run insight:token -- obs-het-anker",
      ]
    `)
  })
})
