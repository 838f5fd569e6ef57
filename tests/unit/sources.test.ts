/** The source registry (issue 13): one source per address, and laws link to wetten.overheid.nl. */
import { describe, expect, it } from 'vitest'
import { realBundle } from '../support/engine.js'

describe('source registry', () => {
  const sources = [...realBundle().content.sources.values()]

  it('has one source per address (sources that share a URL are merged)', () => {
    const byUrl = new Map<string, string[]>()
    for (const s of sources) {
      if (!s.url) continue
      const key = s.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
      byUrl.set(key, [...(byUrl.get(key) ?? []), s.id])
    }
    expect([...byUrl.values()].filter((ids) => ids.length > 1)).toEqual([])
  })

  it('links every law to wetten.overheid.nl', () => {
    const laws = sources.filter((s) => /^(Wet |Jeugdwet|Burgerlijk Wetboek|Wkkgz)/.test(s.title))
    expect(laws.length).toBeGreaterThan(5)
    expect(laws.filter((s) => !s.url?.startsWith('https://wetten.overheid.nl/')).map((s) => s.id)).toEqual([])
  })
})
