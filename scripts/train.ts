/**
 * `npm run train`: trains the danger classifier from the labelled corpus
 * (knowledge/safety/corpus/*.yaml, one file per independent writer, plus the labelled regression
 * eval and the acute and calm messages of blind rounds already reported) and writes
 * knowledge/safety/danger-model.json.
 *
 *  1. Leave one writer out: for each writer, train on the others and score that writer's
 *     messages. Those scores, together with the concept rules, choose the thresholds, so they
 *     are set on wording the model never saw (as a new user's will be).
 *  2. Train on everything, keep the weights that matter, pack them, write the model.
 *
 * Deterministic: a seeded shuffle and fixed hyper-parameters; the same corpus gives the same file.
 *   --check         train and compare with the committed model instead of writing it (CI)
 *   --corpus DIR    another corpus folder (to try a change before it is committed)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { DangerModelSchema, type DangerModelData, type SafetyContent } from '../bot/content/safety-schema.js'
import { HASH_BITS, featuresOf, words } from '../bot/core/understanding/features.js'
import { packWeights, sigmoid } from '../bot/core/understanding/classifier.js'
import { DangerTriage, RULES_ONLY, decide, factFeatures, type RuleFacts, type Thresholds } from '../bot/core/understanding/triage.js'
import { REPO_ROOT } from '../bot/runtime/node/content-files.js'
import { loadEvalSet } from '../tests/eval/eval-set.js'
import { buildBundle } from '../bot/compose/build-bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'

const CORPUS_DIR = join(REPO_ROOT, 'knowledge', 'safety', 'corpus')
const MODEL_PATH = join(REPO_ROOT, 'knowledge', 'safety', 'danger-model.json')

const CorpusFile = z.object({
  writer: z.string(),
  voice: z.string().optional(),
  acute: z.record(z.string(), z.array(z.string())).default({}),
  calm: z.record(z.string(), z.array(z.string())).default({}),
})

interface Example {
  text: string
  label: 0 | 1
  writer: string
  concept: string
  features: number[]
  facts?: RuleFacts
  /** An everyday question with no danger words in mind (a round's questions, clean or out-of-scope messages). */
  everyday?: boolean
}

/**
 * The regression eval (tests/eval/regression/) is labelled too: items of category `acute` describe
 * direct danger, every other item is a question or worry without it. Those messages were written
 * by earlier writers and blind rounds already reported, so they are training data like the corpus,
 * and they bring what calm traffic mostly is (signals, steps, procedure), not only near-misses.
 */
function regressionExamples(seen: Set<string>): Example[] {
  const out: Example[] = []
  for (const item of loadEvalSet()) {
    const text = item.text ?? item.turns?.filter((t): t is string => typeof t === 'string').at(-1)
    if (!text) continue
    const key = words(text).join(' ')
    if (!key || seen.has(key)) continue
    seen.add(key)
    // Every other item is something a user asks the bot (a step, a signal, a legal question): an
    // everyday message, like a round's questions, not a near-miss written to look like danger.
    const everyday = item.category !== 'acute'
    out.push({ text, label: everyday ? 0 : 1, writer: 'regression', concept: item.category, features: featuresOf(words(text)), everyday })
  }
  return out
}

/**
 * Blind rounds already reported and moved to regression: their acute and calm messages are
 * labelled, and their questions, clean and out-of-scope messages are everyday messages without
 * danger. Without those the model gave a question it had no words for about the prior (0.42 for
 * "wat wordt het weer morgen"), and the thresholds, chosen on near-misses only, never saw what
 * asking costs there.
 */
function roundExamples(seen: Set<string>): Example[] {
  const out: Example[] = []
  const rounds = join(REPO_ROOT, 'tests', 'eval', 'regression', 'rounds')
  const files = [['acute.yaml', 1], ['calm.yaml', 0], ['questions.yaml', 0], ['clean.yaml', 0], ['out-of-scope.yaml', 0]] as const
  for (const r of readdirSync(rounds).filter((d) => /^\d+(-[a-z]+)?$/.test(d)).sort())
    for (const [file, label] of files) {
      let items: Array<{ text: string }> = []
      try {
        items = parse(readFileSync(join(rounds, r, file), 'utf8')) as Array<{ text: string }>
      } catch {
        continue
      }
      for (const { text } of items) {
        const key = words(text).join(' ')
        if (!key || seen.has(key)) continue
        seen.add(key)
        const everyday = file !== 'acute.yaml' && file !== 'calm.yaml'
        out.push({ text, label, writer: `round${r}`, concept: file, features: featuresOf(words(text)), everyday })
      }
    }
  return out
}

export function loadCorpus(dir = CORPUS_DIR): Example[] {
  const out: Example[] = []
  const seen = new Set<string>()
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const data = CorpusFile.parse(parse(readFileSync(join(dir, f), 'utf8')))
    for (const [label, groups] of [[1, data.acute], [0, data.calm]] as const)
      for (const [concept, texts] of Object.entries(groups))
        for (const text of texts) {
          const key = words(text).join(' ')
          if (!key || seen.has(key)) continue
          seen.add(key)
          out.push({ text, label, writer: data.writer, concept, features: featuresOf(words(text)) })
        }
  }
  return [...out, ...regressionExamples(seen), ...roundExamples(seen)]
}

/** mulberry32: a small seeded generator, so the shuffle (and the model) is the same every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EPOCHS = Number(process.env.TRAIN_EPOCHS ?? 10)
const L2 = Number(process.env.TRAIN_L2 ?? 5e-5)
const RATE = Number(process.env.TRAIN_RATE ?? 1)

/** Logistic regression by SGD over binary features scaled by 1/sqrt(n); classes weighted equally. */
export function train(examples: Example[]): { bias: number; weights: Map<number, number> } {
  const w = new Float64Array(1 << HASH_BITS)
  let bias = 0
  const pos = examples.filter((e) => e.label === 1).length
  const classWeight = [examples.length / (2 * Math.max(1, examples.length - pos)), examples.length / (2 * Math.max(1, pos))]
  const order = examples.map((_, i) => i)
  const random = rng(20261130)
  let step = 0
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const idx of order) {
      const e = examples[idx]!
      const x = 1 / Math.sqrt(e.features.length || 1)
      let z = bias
      for (const f of e.features) z += w[f]! * x
      const g = (sigmoid(z) - e.label) * classWeight[e.label]!
      const rate = RATE / (1 + step++ / 20000)
      bias -= rate * g * 0.1
      for (const f of e.features) w[f] = w[f]! * (1 - rate * L2) - rate * g * x
    }
  }
  const weights = new Map<number, number>()
  w.forEach((v, i) => {
    if (v !== 0) weights.set(i, v)
  })
  return { bias, weights }
}

function probability(model: { bias: number; weights: Map<number, number> }, e: Example): number {
  let z = 0
  for (const f of e.features) z += model.weights.get(f) ?? 0
  return sigmoid(model.bias + z / Math.sqrt(e.features.length || 1))
}

/** Keeps the largest weights (at most `max`) and quantises them to signed bytes. */
/**
 * How many of the model's weights ship, the largest by magnitude: the weights are most of the
 * danger model's bytes in the Worker bundle (500 KB gzip at most). Measured 2026-12-03: 28,000
 * would save 1.9 KB gzip and change three seen messages' level (one acute from outright to
 * asked), 26,000 3.9 KB and leave two more acute messages unasked; the front-coded name lists
 * (bot/core/nlp/front-coding.ts) made 18 KB of room instead, so all 30,000 stay.
 */
const KEPT_WEIGHTS = 30000
function compact(weights: Map<number, number>, max: number): { kept: Map<number, number>; scale: number } {
  const sorted = [...weights.entries()].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
  const kept = new Map(sorted.slice(0, max))
  const scale = Math.max(...[...kept.values()].map(Math.abs)) / 127
  return { kept, scale }
}


interface Scored {
  label: 0 | 1
  p: number
  facts: RuleFacts
  /** How many messages this stands for (`compress`); 1 when left out. */
  weight?: number
  everyday?: boolean
  /** The message, for `--misses` only. */
  text?: string
}

/** The share of acute messages answered acute / at least asked, and of calm ones alarmed / asked. */
export function rates(items: Scored[], t: Thresholds) {
  let acute = 0, asked = 0, nAcute = 0, falseAcute = 0, falseCheck = 0, nCalm = 0, nEveryday = 0, everydayAsked = 0, everydayAlarmed = 0
  for (const s of items) {
    const level = decide(s.facts, s.p, t)
    const w = s.weight ?? 1
    // Everyday questions are counted apart: mixed in, their easy calm would widen the near-misses' budget.
    if (s.everyday) {
      nEveryday += w
      if (level !== 'calm') everydayAsked += w
      if (level === 'acute') everydayAlarmed += w
    } else if (s.label === 1) {
      nAcute += w
      if (level === 'acute') acute += w
      if (level !== 'calm') asked += w
    } else {
      nCalm += w
      if (level === 'acute') falseAcute += w
      if (level === 'check') falseCheck += w
    }
  }
  return {
    acute: acute / nAcute,
    atLeastAsked: asked / nAcute,
    calmAcute: falseAcute / nCalm,
    calmCheck: falseCheck / nCalm,
    everydayAskedOrAlarmed: nEveryday ? everydayAsked / nEveryday : 0,
    // Reported, not budgeted: a budget of 1% cost 3.8 points of acute outright across writers (91.8 → 88.0%).
    everydayAlarmed: nEveryday ? everydayAlarmed / nEveryday : 0,
  }
}

/**
 * Everyday questions asked about danger (or alarmed): less than calm near-misses asked (8%). A
 * question with no danger in it ("kind heeft vaak vieze kleren") asked "is iemand nu in direct
 * gevaar?" costs the user a click and trust; at 8% the choice lowered the checks to 0.25 and the
 * regression eval's short signal descriptions were asked first.
 */
const EVERYDAY_BUDGET = 0.05
function objective(r: ReturnType<typeof rates>): number {
  const overBudget =
    Math.max(0, r.calmAcute - 0.02) * 40 + Math.max(0, r.calmCheck - 0.08) * 10 + Math.max(0, r.everydayAskedOrAlarmed - EVERYDAY_BUDGET) * 10
  return r.atLeastAsked * 3 + r.acute * 2 - overBudget
}

const GRID = [0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
const CONCEPT = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]
/** Below this, a clear danger that is neither now nor lowered is not even asked about ("wat zegt de meldcode over wurging?"). */
const CONCEPT_CALM = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15]

/**
 * Chooses thresholds on the held-out scores: the fewest acute messages left unasked, then the
 * most answered acute outright, within a budget for false alarms (calm: acute ≤ 2%, asked ≤ 8%,
 * the targets of issue 19; everyday questions asked or alarmed ≤ 5%). Outright acute weighs 2 against 3 for asked: with weight 1 the choice
 * gave up 3 points of outright acute for 1.7 of asked, and outright (target 90%) is the figure
 * furthest from its target.
 */
function chooseThresholds(items: Scored[]): Thresholds {
  const groups = compress(items, [...GRID, ...CONCEPT, ...CONCEPT_CALM])
  let best: { t: Thresholds; score: number } | undefined
  for (const concept of CONCEPT)
    for (const conceptCalm of CONCEPT_CALM.filter((c) => c <= concept))
      for (const contextCheck of GRID)
        for (const contextAcute of GRID.filter((g) => g >= contextCheck))
          for (const aloneCheck of GRID.filter((g) => g >= contextCheck))
            for (const aloneAcute of GRID.filter((g) => g >= Math.max(aloneCheck, contextAcute))) {
              const t = { concept, conceptCalm, contextAcute, contextCheck, aloneAcute, aloneCheck }
              const score = objective(rates(groups, t))
              if (!best || score > best.score) best = { t, score }
            }
  return best!.t
}

/**
 * Speed only, same choice: every threshold tried is one of `cuts`, so a probability can be
 * replaced by the largest cut at or below it without changing any comparison `decide` makes, and
 * messages with the same facts, label and cut counted once with a weight. About 11,000 held-out
 * scores become about 1,800 groups, and the full grid takes seconds instead of minutes.
 */
function compress(items: Scored[], cuts: number[]): Scored[] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b)
  const floor = (p: number) => {
    let v = -1
    for (const c of sorted) if (c <= p) v = c
    return v
  }
  const groups = new Map<string, Scored>()
  for (const s of items) {
    const p = floor(s.p)
    const key = `${s.label}|${s.everyday ? 1 : 0}|${p}|${JSON.stringify(s.facts)}`
    const g = groups.get(key)
    if (g) g.weight = (g.weight ?? 1) + (s.weight ?? 1)
    else groups.set(key, { label: s.label, p, facts: s.facts, weight: s.weight ?? 1, everyday: s.everyday })
  }
  return [...groups.values()]
}

function main() {
  const check = process.argv.includes('--check')
  const bundle = buildBundle(readContentFiles())
  const safety: SafetyContent = { ...bundle.content.safety, model: undefined }
  const known = bundle.understanding.knownWords
  const dirArg = process.argv.indexOf('--corpus')
  const examples = loadCorpus(dirArg > 0 ? process.argv[dirArg + 1] : undefined)
  const writers = [...new Set(examples.map((e) => e.writer))].sort()
  const rules = new DangerTriage(safety, known)
  const stacked = !process.argv.includes('--no-facts')
  for (const e of examples) {
    e.facts = rules.facts(e.text)
    if (stacked) e.features = featuresOf(words(e.text), factFeatures(e.facts))
  }

  // 1. Held-out scores per writer.
  const scored: Scored[] = []
  const perWriter: Record<string, number> = {}
  for (const writer of writers) {
    const model = train(examples.filter((e) => e.writer !== writer))
    const held = examples.filter((e) => e.writer === writer)
    perWriter[writer] = held.length
    for (const e of held) scored.push({ label: e.label, p: probability(model, e), facts: e.facts!, everyday: e.everyday, text: e.text })
  }
  console.error(`held-out AUC across writers: ${auc(scored).toFixed(4)}`)
  if (process.argv.includes('--auc-only')) return
  const thresholds = chooseThresholds(scored)
  // `--misses`: what the held-out scores get wrong at the chosen thresholds (acute not answered
  // acute, calm alarmed), to read for kinds the rules lack. Printed to stderr; nothing else changes.
  if (process.argv.includes('--misses'))
    for (const s of scored) {
      const level = decide(s.facts, s.p, thresholds)
      if (s.label === 1 ? level !== 'acute' : level === 'acute') console.error(`${s.label ? 'ACUTE' : s.everyday ? 'EVERYDAY' : 'CALM'} ${level} p=${s.p.toFixed(2)} [${s.facts.concepts}]${s.facts.lowered ? ' L' : ''}${s.facts.urgent ? ' U' : ''} ${s.text}`)
    }
  const heldOut = rates(scored, thresholds)
  const rulesAlone = rates(scored.map((s) => ({ ...s, p: 0 })), RULES_ONLY)
  const none: RuleFacts = { concepts: [], danger: false, context: 0, urgent: false, now: false, lowered: false, figurative: false, urgentNotNow: false, short: false }
  const modelAlone = rates(scored.map((s) => ({ ...s, facts: none })), thresholds)

  // 2. The model on everything.
  const full = train(examples)
  const { kept, scale } = compact(full.weights, KEPT_WEIGHTS)
  const packed = packWeights(kept, scale)
  const model: DangerModelData = {
    version: 1,
    hashBits: HASH_BITS,
    bias: round(full.bias),
    scale,
    size: packed.size,
    weights: packed.weights,
    thresholds,
    trainedOn: {
      messages: examples.length,
      acute: examples.filter((e) => e.label === 1).length,
      calm: examples.filter((e) => e.label === 0).length,
      writers: perWriter,
      heldOutAcrossWriters: roundAll(heldOut),
      rulesAloneAcrossWriters: roundAll(rulesAlone),
      modelAloneAcrossWriters: roundAll(modelAlone),
    },
  }
  DangerModelSchema.parse(model)
  const json = `${JSON.stringify(model, null, 1)}\n`
  console.log(JSON.stringify({ ...model, weights: `${packed.weights.length} chars` }, null, 1))
  if (check) {
    const committed = readFileSync(MODEL_PATH, 'utf8')
    if (committed !== json) {
      console.error('knowledge/safety/danger-model.json is not what the corpus trains: run npm run train and commit it.')
      process.exit(1)
    }
    console.log('danger-model.json matches the corpus.')
  } else writeFileSync(MODEL_PATH, json)
}

/** Area under the ROC curve of the classifier's held-out probabilities. */
function auc(items: Scored[]): number {
  const sorted = [...items].sort((a, b) => a.p - b.p)
  let rankSum = 0
  let pos = 0
  sorted.forEach((s, i) => {
    if (s.label === 1) (rankSum += i + 1, pos++)
  })
  const neg = items.length - pos
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg)
}

const round = (n: number) => Math.round(n * 1e6) / 1e6
const roundAll = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))

main()
