/** Readable titles for the refs in the counts ("flow:stap-1", "topic:kindcheck"), from the content. */
import { entryMap, type Content, type EntryKind } from '../content/model.js'

const KINDS = new Set<string>(['topic', 'signal', 'sector', 'contact'])

export function contentTitles(content: Content): (ref: string) => string | undefined {
  return (ref) => {
    const colon = ref.indexOf(':')
    const [kind, id] = [ref.slice(0, colon), ref.slice(colon + 1)]
    if (kind === 'flow') return content.flows.get(id)?.title
    return KINDS.has(kind) ? entryMap(content, kind as EntryKind).get(id)?.title : undefined
  }
}
