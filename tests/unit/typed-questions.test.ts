/**
 * knowledge/vragen/getypt.generated.yaml is generated from the content and the regression rounds
 * (scripts/generate-typed-questions.ts). After a content change or a round moved to regression it
 * must be regenerated, or search learns from a mapping that no longer holds.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { TYPED_FILE, typedQuestionsYaml } from '../../scripts/generate-typed-questions.js'
import { realBundle } from '../support/engine.js'
import { MiniSearchIndex } from '../../bot/core/search/search-index.js'

describe('typed questions from the rounds', () => {
  it('are searched, but a word known only from them leaves a question out of scope', () => {
    const doc = (ref: string, text: string, typed: string) => ({ ref, kind: 'topic' as const, title: ref, keywords: '', text, asked: '', typed })
    const index = MiniSearchIndex.build([
      doc('topic:kindcheck', 'De kindcheck: zijn er kinderen in het gezin?', 'hoe stel ik de wifi router in voor de kindcheck'),
      doc('topic:vastleggen', 'Leg feiten vast in het dossier.', ''),
    ])
    const [hit] = index.search('wifi router kindcheck')
    expect(hit?.ref).toBe('topic:kindcheck')
    // found through the typed question, but unknown to the knowledge itself
    expect(hit?.unknownTerms).toBe(2)
  })

  it('are up to date with the content and the rounds (else: npm run questions:typed)', () => {
    expect(readFileSync(join(REPO_ROOT, TYPED_FILE), 'utf8')).toBe(typedQuestionsYaml())
  }, 60_000)

  it('are loaded per entry, for search', () => {
    const { typed } = parse(readFileSync(join(REPO_ROOT, TYPED_FILE), 'utf8')) as { typed: Record<string, string[]> }
    expect(Object.values(typed).flat().length).toBeGreaterThan(500)
    const { content } = realBundle()
    for (const [ref, list] of Object.entries(typed)) expect(content.typed.get(ref), ref).toEqual(list)
  })
})
