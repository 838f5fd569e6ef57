/**
 * Every path through a flow, for the content checker (`npm run content:check -- --paths`) and
 * for the test that requires transcripts to exercise every choice and end node
 * (tests/unit/flow-paths.test.ts). Pure: it only reads the flow definitions.
 *
 * A path starts at the flow's start node and follows choices until it reaches an end node, a
 * choice that leaves the flow (an action such as "flow:stap-2", "twijfel" or "topic:kindcheck"),
 * or a node already on the path (a loop, reported as such rather than followed forever).
 */
import type { Flow } from './schema.js'

export interface PathStep {
  /** The node the user is at. */
  node: string
  /** The id of the choice taken there (the choice's `id`, or its 1-based position). */
  choice: string
}

export interface FlowPath {
  flow: string
  steps: PathStep[]
  /** How the path ends: `end:<node>`, `exit:<action>` or `loop:<node>`. */
  ending: string
}

/** The id the engine uses for a choice in action ids (`c:<flow>/<node>/<choice>`). */
export const choiceId = (c: { id?: string | undefined }, index: number) => c.id ?? String(index + 1)

/** All paths through one flow, depth first, in the order the choices are listed. */
export function flowPaths(flow: Flow): FlowPath[] {
  const nodes = new Map(flow.nodes.map((n) => [n.id, n]))
  const paths: FlowPath[] = []
  const walk = (nodeId: string, steps: PathStep[], seen: Set<string>) => {
    const node = nodes.get(nodeId)
    if (!node) return
    if (node.end || !node.choices?.length) {
      paths.push({ flow: flow.id, steps, ending: `end:${nodeId}` })
      return
    }
    node.choices.forEach((c, i) => {
      const step = { node: nodeId, choice: choiceId(c, i) }
      const next = [...steps, step]
      if (!nodes.has(c.next)) paths.push({ flow: flow.id, steps: next, ending: `exit:${c.next}` })
      else if (seen.has(c.next)) paths.push({ flow: flow.id, steps: next, ending: `loop:${c.next}` })
      else walk(c.next, next, new Set([...seen, c.next]))
    })
  }
  walk(flow.start, [], new Set([flow.start]))
  return paths
}

/** Paths of every flow, flows in the order given. */
export function allFlowPaths(flows: Iterable<Flow>): FlowPath[] {
  return [...flows].flatMap(flowPaths)
}

/** Every choice of a flow as the action id the engine sends for it: `c:<flow>/<node>/<choice>`. */
export function choiceActions(flow: Flow): string[] {
  return flow.nodes.flatMap((n) => (n.choices ?? []).map((c, i) => `c:${flow.id}/${n.id}/${choiceId(c, i)}`))
}

/** End nodes of a flow, as `<flow>/<node>`. */
export function endNodes(flow: Flow): string[] {
  return flow.nodes.filter((n) => n.end || !n.choices?.length).map((n) => `${flow.id}/${n.id}`)
}

/** One line per path: `stap-3: begin -[nee]-> gesprek -[zorg-weg]-> afsluiten (end)`. */
export function formatFlowPath(p: FlowPath): string {
  const parts = p.steps.map((s) => `${s.node} -[${s.choice}]->`)
  const [kind, target] = [p.ending.slice(0, p.ending.indexOf(':')), p.ending.slice(p.ending.indexOf(':') + 1)]
  const tail = kind === 'end' ? `${target} (end)` : kind === 'loop' ? `${target} (loop)` : target
  return `${p.flow}: ${[...parts, tail].join(' ')}`
}
