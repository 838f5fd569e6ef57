/**
 * Plain-language warnings (issue 13). Not errors: content stays valid while B1 texts are written.
 *  - every entry and flow node without a B1 text (search and links reach every one of them, so a
 *    volunteer or desk worker can reach each);
 *  - an acute signal without `nextB1`;
 *  - one B1 text for both audiences that names one audience's route (VCP at the Wmo-loket);
 *  - more than about 80 words before the buttons.
 * One is an error: a flow node with answer buttons over the limit. Its first button would sit below
 * a phone's first screen, where a user at "what now?" does not scroll to find it (round 23's longer
 * step 3 did exactly that; only the Chromium test caught it).
 */
import type { Document, LineCounter } from 'yaml'
import { B1_AUDIENCES, JARGON, MAX_WORDS, ROUTE_WORDS, pickB1, wordCount } from './b1.js'
import type { Path } from './positions.js'
import type { B1Text, Flow, KnowledgeFile } from './schema.js'

interface Parsed<T> {
  file: { path: string }
  doc: Document
  lines: LineCounter
  data: T
}
type Warn = (p: Parsed<unknown>, path: Path, message: string) => void

const KINDS = ['topics', 'signals', 'sectors', 'contacts'] as const

export function checkPlainLanguage(knowledge: Parsed<KnowledgeFile>[], flows: Parsed<Flow>[], warn: Warn, error: Warn): void {
  for (const k of knowledge) {
    for (const kind of KINDS) {
      for (const [i, e] of (k.data[kind] ?? []).entries()) {
        const path: Path = [kind, i]
        // An entry written for one audience may name that audience's route in a single B1 text.
        // A sector card speaks to people in that sector, in their own route; no route check there.
        const ownAudience = kind === 'sectors' ? 'eigen sector' :
          'category' in e && (e.category === 'sport' || e.category === 'gemeente')
            ? (e.category === 'sport' ? 'sport' : 'wmo')
            : 'audience' in e && e.audience !== 'professional'
              ? e.audience
              : undefined
        const next = 'next' in e ? e.next : undefined
        if (e.textB1 === undefined) warn(k, [...path, 'id'], `"${e.id}" has no textB1: volunteers and desk staff get the professional text.`)
        else checkB1(k, [...path, 'textB1'], e.textB1, ownAudience, warn)
        if ('nextB1' in e && e.nextB1 !== undefined) checkB1(k, [...path, 'nextB1'], e.nextB1, ownAudience, warn)
        else if ('acute' in e && e.acute) warn(k, [...path, 'id'], `acute signal "${e.id}" has no nextB1: volunteers and desk staff get a general next step after 112.`)
        if (next)
          for (const audience of B1_AUDIENCES) {
            const hit = JARGON[audience].exec(next)
            if (hit && !pickB1('nextB1' in e ? e.nextB1 : undefined, audience))
              warn(k, [...path, 'next'], `"${e.id}" has no nextB1 for ${audience} and its next says "${hit[0]}": that audience gets a general next step instead.`)
          }
        const shown = wordCount(e.text) + (next ? wordCount(next) : 0)
        if (shown > MAX_WORDS) warn(k, [...path, 'text'], `"${e.id}" shows ${shown} words before the buttons (about ${MAX_WORDS} fit on a phone): shorten it or move detail to a related entry.`)
      }
    }
  }
  for (const f of flows) {
    // The professional route's nodes describe a sector's own roles, like the sector cards.
    const ownAudience = f.data.id === 'sport' || f.data.id === 'wmo' ? f.data.id : f.data.id === 'professional' ? 'eigen sector' : undefined
    for (const [i, n] of f.data.nodes.entries()) {
      const path: Path = ['nodes', i]
      if (n.textB1 === undefined) warn(f, [...path, 'id'], `node "${n.id}" has no textB1: volunteers and desk staff get the professional text.`)
      else checkB1(f, [...path, 'textB1'], n.textB1, ownAudience, warn)
      const shown = wordCount(n.text)
      if (shown > MAX_WORDS && n.choices?.length)
        error(f, [...path, 'text'], `node "${n.id}" shows ${shown} words before its answer buttons; at most ${MAX_WORDS} keep the first button on a phone's first screen. Shorten it, or move detail to a topic the node links to.`)
      else if (shown > MAX_WORDS) warn(f, [...path, 'text'], `node "${n.id}" shows ${shown} words before the buttons (about ${MAX_WORDS} fit on a phone): shorten it or split the node.`)
    }
  }
}

function checkB1(p: Parsed<unknown>, path: Path, value: B1Text, ownAudience: string | undefined, warn: Warn): void {
  if (typeof value === 'string') {
    for (const audience of B1_AUDIENCES) {
      const other = audience === 'sport' ? 'wmo' : 'sport'
      const hit = ROUTE_WORDS[audience].exec(value)
      if (hit && ownAudience !== audience && ownAudience !== 'eigen sector')
        warn(p, path, `this one B1 text names the ${audience} route ("${hit[0]}") but also reaches ${other === 'wmo' ? 'Wmo desk staff' : 'sport volunteers'}: write { sport: …, wmo: … } instead.`)
    }
    if (wordCount(value) > MAX_WORDS) warn(p, path, `B1 text has ${wordCount(value)} words (about ${MAX_WORDS} fit on a phone before the buttons).`)
    return
  }
  for (const [key, text] of Object.entries(value)) {
    if (text === undefined) continue
    if (key === 'algemeen')
      for (const audience of B1_AUDIENCES) {
        const hit = ROUTE_WORDS[audience].exec(text)
        if (hit) warn(p, [...path, key], `the algemeen B1 text names the ${audience} route ("${hit[0]}"); it is shown to an audience without its own text.`)
      }
    if (wordCount(text) > MAX_WORDS) warn(p, [...path, key], `B1 text has ${wordCount(text)} words (about ${MAX_WORDS} fit on a phone before the buttons).`)
  }
}
