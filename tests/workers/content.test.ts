/** The Worker runs on exactly the content Node reads from YAML, loaded from the build-time module. */
import { describe, expect, inject, it } from 'vitest'
import { workerBundle } from '../../bot/runtime/worker/create-worker-app.js'
import { contentFingerprint } from './fingerprint.js'

describe('content on the Worker', () => {
  it('is the same as on Node (run npm run build:worker after editing YAML)', async () => {
    expect(await contentFingerprint(workerBundle().content)).toBe(inject('nodeContent'))
  })

  it('shares node objects between flows and nodes, as the checker builds them', () => {
    const { content } = workerBundle()
    for (const flow of content.flows.values()) for (const n of flow.nodes) expect(content.nodes.get(`${flow.id}/${n.id}`)).toBe(n)
  })

  it('searches with the prebuilt index', () => {
    const hits = workerBundle().index.search('blauwe plekken', 3)
    expect(hits.length).toBeGreaterThan(0)
  })
})
