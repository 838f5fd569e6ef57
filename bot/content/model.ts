/** The checked, cross-linked content the engine runs on. Built once at start-up or build time. */
import type { SafetyContent } from './safety-schema.js'
import type { Contact, Flow, FlowNode, Reminder, ReminderKind, Sector, Signal, Source, Topic } from './schema.js'

export interface Content {
  flows: Map<string, Flow>
  /** Every node, keyed "flow/node". */
  nodes: Map<string, FlowNode>
  sources: Map<string, Source>
  topics: Map<string, Topic>
  signals: Map<string, Signal>
  sectors: Map<string, Sector>
  contacts: Map<string, Contact>
  /** Calendar reminders by kind, from the flows' `reminders:` (rebuilt from the flows, like `nodes`). */
  reminders: Map<ReminderKind, Reminder>
  /** Kinds of danger, their markers and the trained danger model (knowledge/safety/). */
  safety: SafetyContent
  /** Questions people ask per entry ref, for search only (knowledge/vragen/). */
  questions: Map<string, string[]>
  /**
   * Questions blind writers typed in rounds already moved to regression, per entry ref
   * (knowledge/vragen/getypt.generated.yaml): search only, in a field of their own, so a word
   * known only from them does not make an out-of-scope question look in scope.
   */
  typed: Map<string, string[]>
}

export type EntryKind = 'topic' | 'signal' | 'sector' | 'contact'
export type Entry = Topic | Signal | Sector | Contact

export function entryMap(content: Content, kind: EntryKind): Map<string, Entry> {
  switch (kind) {
    case 'topic':
      return content.topics
    case 'signal':
      return content.signals
    case 'sector':
      return content.sectors
    case 'contact':
      return content.contacts
  }
}

export const nodeKey = (flow: string, node: string) => `${flow}/${node}`
/** The flow and node of a key made by nodeKey. */
export function splitNodeKey(key: string): [flow: string, node: string] {
  const slash = key.indexOf('/')
  return [key.slice(0, slash), key.slice(slash + 1)]
}
/** The flow of a key made by nodeKey, without making the pair (the trail asks it per entry per visit). */
export const flowOfNodeKey = (key: string) => key.slice(0, key.indexOf('/'))

/** The flow every conversation starts in; its start node is the main menu. */
export const ROOT_FLOW = 'start'

/**
 * Topic ids the engine routes to by rule (acute danger, doubt, abuse by an employee or
 * volunteer); the content checker requires each of them.
 */
export const ROUTED_TOPICS = {
  acute: 'acuut-gevaar',
  doubt: 'twijfel-veilig-thuis',
  institutional: {
    onderwijs: 'misbruik-door-medewerker-onderwijs',
    kinderopvang: 'misbruik-door-medewerker-kinderopvang',
    sport: 'misbruik-in-de-sport',
    zorg: 'misbruik-door-medewerker',
  },
} as const

/** The reminders written in the flows, by kind (the checker has made sure each kind is written once). */
export function remindersOf(flows: Iterable<Flow>): Map<ReminderKind, Reminder> {
  const map = new Map<ReminderKind, Reminder>()
  for (const f of flows) for (const r of f.reminders ?? []) if (!map.has(r.kind)) map.set(r.kind, r)
  return map
}
