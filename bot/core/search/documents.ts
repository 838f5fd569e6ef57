/** Turns content into search documents: one per knowledge entry and one per flow with keywords. */
import type { Content } from '../../content/model.js'

export interface SearchDoc {
  /** The action that shows this document: "topic:kindcheck", "signal:blauwe-plekken", "flow:stap-2". */
  ref: string
  kind: 'topic' | 'signal' | 'sector' | 'contact' | 'flow'
  title: string
  keywords: string
  text: string
  /** Questions people ask when this is the answer (content `questions`); searched, never shown. */
  asked: string
  /** Questions typed in earlier blind rounds (content `typed`); searched, never shown. */
  typed: string
}

export function searchDocuments(content: Content): SearchDoc[] {
  const docs: SearchDoc[] = []
  const asked = (ref: string) => (content.questions.get(ref) ?? []).join(' \n ')
  const typed = (ref: string) => (content.typed.get(ref) ?? []).join(' \n ')
  const entries = [
    ['topic', content.topics],
    ['signal', content.signals],
    ['sector', content.sectors],
    ['contact', content.contacts],
  ] as const
  for (const [kind, map] of entries)
    for (const e of map.values())
      docs.push({ ref: `${kind}:${e.id}`, kind, title: e.title, keywords: e.keywords.join(' \n '), text: e.text, asked: asked(`${kind}:${e.id}`), typed: typed(`${kind}:${e.id}`) })
  for (const f of content.flows.values())
    if (f.keywords.length)
      docs.push({ ref: `flow:${f.id}`, kind: 'flow', title: f.title, keywords: f.keywords.join(' \n '), text: f.nodes.find((n) => n.id === f.start)?.text ?? '', asked: asked(`flow:${f.id}`), typed: typed(`flow:${f.id}`) })
  return docs
}
