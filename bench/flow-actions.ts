/** The button ids of the flows, on their own: bench/rss-idle.ts uses them without loading the eval set, YAML or the checker. */
import { nodeKey } from '../bot/content/model.js'
import type { Bundle } from '../bot/compose/bundle.js'

/** Every button id in the flows (choices and flow starts); without the eval set's texts. */
export function flowActions(bundle: Bundle): string[] {
  const actions: string[] = []
  for (const flow of bundle.content.flows.values())
    for (const node of flow.nodes) {
      if (!bundle.content.nodes.has(nodeKey(flow.id, node.id))) continue
      for (const [i, c] of (node.choices ?? []).entries()) actions.push(`c:${flow.id}/${node.id}/${c.id ?? i + 1}`)
    }
  for (const id of bundle.content.flows.keys()) actions.push(`flow:${id}`)
  return actions
}
