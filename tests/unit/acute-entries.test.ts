/** A signal marked `acute: true` puts 112 first when it answers free text the detector missed. */
import { describe, expect, it } from 'vitest'
import { buildBundle } from '../../bot/compose/bundle.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'
import { isConfident } from '../../bot/core/engine.js'
import { detectAcute } from '../../bot/core/safety/acute.js'
import { ctx } from '../support/engine.js'

/**
 * A signal from today's signals files whose title, typed as a question, is answered with that
 * signal and does not trip the acute detector: the case the safety net is for.
 */
function plainSignal() {
  const files = readContentFiles()
  const { content, index } = buildBundle(files)
  for (const s of content.signals.values()) {
    if (detectAcute(s.title).length) continue
    const hit = index.search(s.title, 1)[0]
    if (hit?.ref !== `signal:${s.id}` || !isConfident(hit)) continue
    const file = files.find((f) => f.path.startsWith('knowledge/') && f.text.includes(`  - id: ${s.id}\n`))
    if (file) return { files, file, id: s.id, title: s.title }
  }
  throw new Error('no plain signal found')
}

describe('acute signals', () => {
  it('answers with the acute reply first when the best match is marked acute', () => {
    const { files, file, id, title } = plainSignal()
    const marked = files.map((f) => (f === file ? { ...f, text: f.text.replace(`  - id: ${id}\n`, `  - id: ${id}\n    acute: true\n`) } : f))
    const { engine } = buildBundle(marked)
    const { replies } = engine.step(undefined, { type: 'text', text: title }, ctx())
    expect(replies[0]!.tag).toBe('acute')
    expect(replies[0]!.text).toMatch(/Bel 112/)
    expect(replies.length).toBeGreaterThan(1)
  })

  it('leaves the same answer alone when the signal is not marked', () => {
    const { files, title } = plainSignal()
    const { engine } = buildBundle(files)
    const { replies } = engine.step(undefined, { type: 'text', text: title }, ctx())
    expect(replies[0]!.tag).not.toBe('acute')
  })
})
