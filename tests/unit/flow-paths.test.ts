/**
 * Transcripts must exercise every flow path: every choice of every flow is pressed by some
 * transcript in tests/transcripts/, and every end node is reached. A new choice or end node
 * without a transcript fails here with the list of what is missing.
 */
import { describe, expect, it } from 'vitest'
import { allFlowPaths, choiceActions, endNodes, flowPaths } from '../../bot/content/paths.js'
import type { Session } from '../../bot/core/types.js'
import { ctx, realBundle } from '../support/engine.js'
import { loadTranscripts, runTranscript, type Send } from '../support/transcripts.js'
import type { Flow } from '../../bot/content/schema.js'

/** Runs every transcript and records the actions sent and the flow positions reached. */
async function coverage() {
  const { engine } = realBundle()
  const actions = new Set<string>()
  const positions = new Set<string>()
  for (const { transcript } of loadTranscripts()) {
    const c = ctx()
    let session: Session | undefined
    const send: Send = async (input) => {
      if ('action' in input) actions.add(input.action)
      const r = engine.step(session, 'text' in input ? { type: 'text', text: input.text } : { type: 'action', id: input.action }, c)
      session = r.session
      if (session.flow && session.node) positions.add(`${session.flow}/${session.node}`)
      return r.replies
    }
    await runTranscript(transcript, send)
  }
  return { actions, positions }
}

describe('flow paths', () => {
  const flows = [...realBundle().content.flows.values()]

  it('enumerates a path for every end node and every choice', () => {
    const paths = allFlowPaths(flows)
    for (const f of flows) {
      const own = paths.filter((p) => p.flow === f.id)
      for (const end of endNodes(f)) expect(own.some((p) => p.ending === `end:${end.split('/')[1]}`)).toBe(true)
      const taken = new Set(own.flatMap((p) => p.steps.map((s) => `c:${f.id}/${s.node}/${s.choice}`)))
      for (const a of choiceActions(f)) expect(taken.has(a), a).toBe(true)
    }
  })

  it('ends every path at an end node or by leaving the flow, never in a loop', () => {
    const loops = allFlowPaths(flows).filter((p) => p.ending.startsWith('loop:'))
    expect(loops).toEqual([])
  })

  it('finds the paths of a small flow in order', () => {
    const flow = {
      id: 'mini', title: 'Mini', keywords: [], dossier: false, start: 'a',
      nodes: [
        { id: 'a', text: 'A', choices: [{ id: 'ja', label: 'Ja', next: 'b' }, { label: 'Ik twijfel', next: 'twijfel' }] },
        { id: 'b', text: 'B', end: true },
      ],
    } as Flow
    expect(flowPaths(flow)).toEqual([
      { flow: 'mini', steps: [{ node: 'a', choice: 'ja' }], ending: 'end:b' },
      { flow: 'mini', steps: [{ node: 'a', choice: '2' }], ending: 'exit:twijfel' },
    ])
  })

  it('has transcripts that press every choice and reach every end node', async () => {
    const { actions, positions } = await coverage()
    const missingChoices = flows.flatMap(choiceActions).filter((a) => !actions.has(a))
    const missingEnds = flows.flatMap(endNodes).filter((e) => !positions.has(e))
    expect({ missingChoices, missingEnds }).toEqual({ missingChoices: [], missingEnds: [] })
  })
})
