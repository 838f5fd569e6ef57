/**
 * The Node startup cache: a bundle read back from it understands as one built from the content
 * (the known words it carries are the ones worked out from the content, in the same order), and
 * content it was not written for is never read from it.
 */
import { describe, expect, it } from 'vitest'
import { loadBundle, serializeBundle } from '../../bot/compose/bundle.js'
import { knownWordsOf } from '../../bot/core/understanding/understanding.js'
import { readCachedBundle } from '../../bot/runtime/node/cached-bundle.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'
import { realBundle } from '../support/engine.js'

describe('the startup cache', () => {
  it('carries the known words for Node, not for the Worker, and a bundle read back has them as built', () => {
    const built = realBundle()
    const forNode = JSON.parse(JSON.stringify(serializeBundle(built, { knownWords: true })))
    const forWorker = JSON.parse(JSON.stringify(serializeBundle(built)))
    expect(forWorker.knownWords).toBeUndefined()
    expect(forNode.knownWords.length).toBeGreaterThan(1000)
    const fromNode = loadBundle(forNode).understanding.knownWords
    const fromWorker = loadBundle(forWorker).understanding.knownWords
    expect([...fromNode]).toEqual([...knownWordsOf(built.content)])
    expect([...fromWorker]).toEqual([...fromNode])
  })

  it('is not read for content it was not written for', () => {
    const files = readContentFiles()
    const changed = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n# changed\n` } : f))
    expect(readCachedBundle(changed)).toBeUndefined()
  })
})
