/**
 * The conversation's trail: the flow nodes visited, one entry per node ("flow/node"), in the
 * order of their last visit, for the whole conversation (the dossier summary covers every step
 * and afweging done, and "Terug" walks it back).
 *
 * Bounded whatever the client does: a node visited again moves to the end instead of being
 * added twice, each flow keeps at most MAX_PER_FLOW entries and the whole trail at most
 * MAX_TRAIL, oldest first out. Pressing the same button 10,000 times leaves one entry.
 */
import { flowOfNodeKey as flowOf } from '../content/model.js'

export const MAX_PER_FLOW = 8
export const MAX_TRAIL = 24
/** Answers recorded with `set:` come from the content, but a session never holds more than this. */
export const MAX_ANSWERS = 32


/** The trail after visiting `key`: moved to (or added at) the end, then trimmed to the caps. */
export function visit(trail: readonly string[], key: string): string[] {
  const next = trail.filter((k) => k !== key)
  next.push(key)
  const flow = flowOf(key)
  let inFlow = next.reduce((n, k) => n + (flowOf(k) === flow ? 1 : 0), 0)
  for (let i = 0; inFlow > MAX_PER_FLOW && i < next.length; ) {
    if (flowOf(next[i]!) === flow) {
      next.splice(i, 1)
      inFlow--
    } else i++
  }
  return next.length > MAX_TRAIL ? next.slice(next.length - MAX_TRAIL) : next
}

/** The trail without any entry of `flow` (a flow started again from its first node is a new run). */
export const withoutFlow = (trail: readonly string[], flow: string) => trail.filter((k) => flowOf(k) !== flow)

/** Drops the oldest answers beyond MAX_ANSWERS (object keys keep insertion order). */
export function boundAnswers(answers: Record<string, string>): Record<string, string> {
  const keys = Object.keys(answers)
  if (keys.length <= MAX_ANSWERS) return answers
  return Object.fromEntries(keys.slice(keys.length - MAX_ANSWERS).map((k) => [k, answers[k]!]))
}
