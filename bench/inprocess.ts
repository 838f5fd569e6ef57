/**
 * In-process figures: the engine's step function and the search on their own, per call, over
 * the real knowledge and over a synthetic corpus twenty times its size (no HTTP, no store).
 */
import { buildBundle } from '../bot/compose/build-bundle.js'
import { Engine } from '../bot/core/engine.js'
import { searchDocuments, type SearchDoc } from '../bot/core/search/documents.js'
import { MiniSearchIndex, type SearchIndex } from '../bot/core/search/search-index.js'
import type { Input, Session } from '../bot/core/types.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { prng, quantile, timeCalls, type Timing } from './lib.js'
import type { Workload } from './workload.js'

/**
 * Real documents plus synthetic ones made of shuffled real titles, keywords and sentences, so
 * term statistics stay Dutch and domain-like. Each synthetic ref is "<real ref>~n": the engine
 * can still open the entry it came from.
 */
export function syntheticCorpus(real: SearchDoc[], factor: number, seed = 20261123): SearchDoc[] {
  const rnd = prng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!
  const words = (s: string) => s.split(/\s+/).filter(Boolean)
  const titleWords = real.flatMap((d) => words(d.title))
  const keywordLines = real.flatMap((d) => d.keywords.split(' \n ').filter(Boolean))
  const sentences = real.flatMap((d) => d.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 10))
  const out = [...real]
  for (let n = 1; out.length < real.length * factor; n++) {
    const parent = real[n % real.length]!
    const title = [...words(parent.title).slice(0, 2), ...Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(titleWords))].join(' ')
    const keywords = Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => pick(keywordLines)).join(' \n ')
    const text = Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => pick(sentences)).join(' ')
    out.push({ ...parent, ref: `${parent.ref}~${n}`, title, keywords, text })
  }
  return out
}

/** Maps synthetic refs back to their real entry, so the engine can run on the big index. */
class ParentRefs implements SearchIndex {
  constructor(private readonly inner: SearchIndex) {}
  search(query: string, limit?: number) {
    return this.inner.search(query, limit).map((h) => ({ ...h, ref: h.ref.replace(/~\d+$/, '') }))
  }
  toJSON() {
    return this.inner.toJSON()
  }
}

export interface InProcessResult {
  docs: { real: number; synthetic: number }
  buildMs: { real: number; synthetic: number }
  search: { real: Timing; synthetic: Timing; realCold: Timing; syntheticCold: Timing }
  step: { real: Timing; synthetic: Timing }
  stepAction: Timing
}

/**
 * @param warm typed messages the timed steps never see (bench/workload.ts warmupTexts): both
 *   engines step through them once first, as a server that has run a while has (its hot code
 *   compiled, the common words met); without them the step's figures are of a process warming up.
 */
export function runInProcess(work: Workload, seconds: number, factor = 20, warm: string[] = []): InProcessResult {
  const bundle = buildBundle(readContentFiles())
  const docs = searchDocuments(bundle.content)
  const big = syntheticCorpus(docs, factor)
  let t = performance.now()
  const realIndex = MiniSearchIndex.build(docs)
  const realBuild = performance.now() - t
  t = performance.now()
  const bigIndex = MiniSearchIndex.build(big)
  const bigBuild = performance.now() - t
  const bigEngine = new Engine(bundle.content, new ParentRefs(bigIndex), bundle.understanding)

  let n = 0
  const ctx = { now: Date.UTC(2026, 10, 23), newId: () => `bench-${++n}` }
  // A session inside a flow, so typed text is also tried against the buttons on screen.
  const inFlow: Session = bundle.engine.step(undefined, { type: 'action', id: 'flow:stap-1' }, ctx).session
  const textInputs = work.texts.flatMap((text): Array<[Session | undefined, Input]> => [
    [undefined, { type: 'text', text }],
    [inFlow, { type: 'text', text }],
  ])
  const actionInputs = work.actions.map((id): [Session, Input] => [inFlow, { type: 'action', id }])
  const share = seconds / 5

  // Search remembers fuzzy lookups per word (search-index.ts), so repeated queries get cheaper.
  // "Cold" is the cost of words never seen before: every query once on a fresh index, on five
  // fresh indexes, after one pass on another index so the code itself is compiled (the first
  // few hundred questions after a start are slower again; startup covers that).
  const cold = (d: SearchDoc[]): Timing => {
    const once = (index: MiniSearchIndex) =>
      work.texts.map((q) => {
        const t0 = performance.now()
        index.search(q, 8)
        return performance.now() - t0
      })
    once(MiniSearchIndex.build(d))
    const samples = Array.from({ length: 5 }, () => once(MiniSearchIndex.build(d))).flat()
    samples.sort((a, b) => a - b)
    return { calls: samples.length, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: samples[samples.length - 1]! }
  }
  const realCold = cold(docs)
  const syntheticCold = cold(big)
  const search = {
    real: timeCalls(work.texts, (q) => realIndex.search(q, 8), share),
    synthetic: timeCalls(work.texts, (q) => bigIndex.search(q, 8), share),
    realCold,
    syntheticCold,
  }
  // After the search figures, so those stay as they were measured before.
  for (const engine of [bundle.engine, bigEngine]) for (const text of warm) engine.step(undefined, { type: 'text', text }, ctx)

  return {
    docs: { real: docs.length, synthetic: big.length },
    buildMs: { real: realBuild, synthetic: bigBuild },
    search,
    step: {
      real: timeCalls(textInputs, ([s, i]) => bundle.engine.step(s, i, ctx), share),
      synthetic: timeCalls(textInputs, ([s, i]) => bigEngine.step(s, i, ctx), share),
    },
    stepAction: timeCalls(actionInputs, ([s, i]) => bundle.engine.step(s, i, ctx), share),
  }
}
