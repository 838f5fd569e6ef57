/**
 * Composition: checked content and its search index to what the engine runs on (the
 * understanding layer, the engine, the organisations). It sits above bot/content and bot/core so
 * neither imports the other's builder. Building from content files (with the checker, YAML and
 * all) is build-bundle.ts; the Worker only loads a bundle serialised at build time, so it never
 * imports the checker (a smaller upload).
 */
import { nodeKey, remindersOf, type Content } from '../content/model.js'
import type { Organisation } from '../content/organisation-schema.js'
import type { SafetyContent } from '../content/safety-schema.js'
import type { Flow, FlowNode } from '../content/schema.js'
import { Engine } from '../core/engine.js'
import { MiniSearchIndex } from '../core/search/search-index.js'
import { createUnderstanding, type Understanding } from '../core/understanding/understanding.js'
import { StaticOrganisationDirectory } from '../organisations/directory.js'

export interface Bundle {
  content: Content
  index: MiniSearchIndex
  understanding: Understanding
  engine: Engine
  /** Organisation settings (organisations/*.yaml), checked with the content; the engine never reads them. */
  organisations: StaticOrganisationDirectory
}

/** @param knownWords the understanding's known words when already worked out (a cached bundle). */
export function compose(content: Content, index: MiniSearchIndex, organisations: readonly Organisation[], knownWords?: ReadonlySet<string>): Bundle {
  const understanding = createUnderstanding(content, knownWords)
  return { content, index, understanding, engine: new Engine(content, index, understanding), organisations: new StaticOrganisationDirectory(organisations) }
}

/**
 * The bundle as plain JSON, for runtimes without a file system (Workers): the build checks the
 * content and builds the index once, the runtime only loads. Maps become entry lists because
 * JSON has no Map; `questions` and `typed` are left out (search only, already in the index), `nodes` and `reminders` are left out and rebuilt from the flows, as the checker builds it, so
 * the file is smaller and a node is the same object in both maps.
 */
export interface SerializedBundle {
  version: 4
  content: { [K in Exclude<keyof Content, 'nodes' | 'reminders' | 'safety' | 'questions' | 'typed'>]: Array<[string, unknown]> } & { safety: SafetyContent }
  index: unknown
  organisations: Organisation[]
  /**
   * The understanding's known words (understanding.ts `knownWordsOf`), in the Node startup cache
   * only: working them out folds every text of the content, about a tenth of a start from the
   * cache. The Worker's bundle leaves them out (its size has a limit) and works them out.
   */
  knownWords?: string[]
}

export function serializeBundle(bundle: Bundle, options: { knownWords?: boolean } = {}): SerializedBundle {
  const c = bundle.content
  const entries = <T>(m: Map<string, T>) => [...m.entries()] as Array<[string, unknown]>
  return {
    version: 4,
    content: {
      flows: entries(c.flows),
      sources: entries(c.sources),
      topics: entries(c.topics),
      signals: entries(c.signals),
      sectors: entries(c.sectors),
      contacts: entries(c.contacts),
      safety: c.safety,
    },
    index: bundle.index.toJSON(),
    organisations: bundle.organisations.list(),
    ...(options.knownWords ? { knownWords: [...bundle.understanding.knownWords] } : {}),
  }
}

/**
 * Content the search index is built from and nothing else reads: left out of a serialised bundle,
 * empty in a loaded one. Anything comparing a fresh bundle with a loaded one leaves these keys out.
 */
export const SEARCH_ONLY_KEYS = ['questions', 'typed'] as const satisfies ReadonlyArray<keyof Content>
const searchOnlyContent = (): Pick<Content, (typeof SEARCH_ONLY_KEYS)[number]> => ({ questions: new Map(), typed: new Map() })

/** Loads a bundle written by serializeBundle; the content was checked when it was written. */
export function loadBundle(data: SerializedBundle): Bundle {
  if (data.version !== 4) throw new Error(`bundle version ${String(data.version)}; run npm run build:worker again`)
  const m = <T>(list: Array<[string, unknown]>) => new Map(list as Array<[string, T]>)
  const d = data.content
  const flows = m<Flow>(d.flows)
  const nodes = new Map<string, FlowNode>()
  for (const flow of flows.values()) for (const n of flow.nodes) nodes.set(nodeKey(flow.id, n.id), n)
  const content: Content = {
    flows,
    nodes,
    sources: m(d.sources),
    topics: m(d.topics),
    signals: m(d.signals),
    sectors: m(d.sectors),
    contacts: m(d.contacts),
    reminders: remindersOf(flows.values()),
    safety: d.safety,
    // Search only, and already in the loaded index.
    ...searchOnlyContent(),
  }
  const index = MiniSearchIndex.load(data.index)
  return compose(content, index, data.organisations, data.knownWords && new Set(data.knownWords))
}
