/**
 * Property-based test of the content checker: random mutations of the real flows/ and
 * knowledge/ YAML (lines dropped, duplicated, swapped or re-indented, YAML syntax sprinkled in,
 * values and ids replaced, files truncated, emptied or removed) must give a list of content
 * problems, or pass, but never make the checker throw. Each problem names a file and position.
 * Up to FUZZ_CONTENT_RUNS (800) mutated sets within FUZZ_CONTENT_SECONDS (12 s); the count is printed.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent, formatProblem, type ContentFile } from '../../bot/content/check.js'
import { readContentFiles } from '../../bot/runtime/node/content-files.js'

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
const RUNS = Number(process.env.FUZZ_CONTENT_RUNS ?? 800)
/** The checker takes tens to hundreds of ms on the full content, so the run also has a time budget. */
const SECONDS = Number(process.env.FUZZ_CONTENT_SECONDS ?? 12)
const FILES = readContentFiles()
const IDS = [...new Set(FILES.flatMap((f) => [...f.text.matchAll(/\bid:\s*([a-z0-9-]+)/g)].map((m) => m[1]!)))]

const SNIPPETS = [
  ':', ': ', '- ', '-', '  ', '\t', '#', '&anker ', '*anker', '!!binary ', '!!str ', '{', '}', '[', ']', '"', "'", '|', '>', '? ',
  '---\n', '...\n', '%YAML 1.2\n', '<<: *x\n', '~', 'null', 'true', '0x1F', '1e999', '.nan', '2026-13-45', '\u0000', '\uFEFF', '\u202E',
  'ë', '🙂', '\r\n', '\n  - ', '\nnodes:\n', 'next: ', 'sources: [', 'reviewed: 1999', 'id: ', 'choices:\n  - label: x\n',
]

type Mutation = (lines: string[], r: number[]) => string[]
const pick = <T>(xs: readonly T[], r: number) => xs[Math.abs(Math.trunc(r)) % xs.length]!
const at = (lines: string[], r: number) => Math.abs(Math.trunc(r)) % Math.max(1, lines.length)

const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (l, [a]) => l.filter((_, i) => i !== at(l, a!)),
  duplicateLine: (l, [a]) => l.flatMap((x, i) => (i === at(l, a!) ? [x, x] : [x])),
  swapLines: (l, [a, b]) => {
    if (l.length < 2) return l
    const out = [...l]
    const i = at(l, a!)
    const j = at(l, b!)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
    return out
  },
  indent: (l, [a, b]) => l.map((x, i) => (i === at(l, a!) ? (b! % 2 ? `  ${x}` : x.replace(/^ {1,2}/, '')) : x)),
  insertSnippet: (l, [a, b, c]) =>
    l.map((x, i) => {
      if (i !== at(l, a!)) return x
      const pos = Math.abs(Math.trunc(b!)) % (x.length + 1)
      return x.slice(0, pos) + pick(SNIPPETS, c!) + x.slice(pos)
    }),
  replaceValue: (l, [a, b]) =>
    l.map((x, i) => (i === at(l, a!) ? x.replace(/:\s.*$/, `: ${pick(['', '[]', '{}', '42', 'ja', 'null', '"x"', '- a', '|', IDS[0] ?? 'x', 'flow:bestaat-niet', 'topic:bestaat-niet'], b!)}`) : x)),
  swapId: (l, [a, b]) => l.map((x, i) => (i === at(l, a!) ? x.replace(/\b(id|next|related|sources):\s*.*$/, (_, k: string) => `${k}: ${pick(IDS, b!)}`) : x)),
  renameKey: (l, [a, b]) => l.map((x, i) => (i === at(l, a!) ? x.replace(/^(\s*-?\s*)([a-zA-Z]+):/, (_, p: string) => `${p}${pick(['idd', 'Text', 'nodes', 'choices', 'extra', 'next', 'end', 'acute'], b!)}:`) : x)),
  truncate: (l, [a]) => l.slice(0, at(l, a!)),
  empty: () => [],
}

const mutation = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.array(fc.integer(), { minLength: 3, maxLength: 3 }))
const plan = fc.record({
  file: fc.nat(FILES.length - 1),
  steps: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  removeOther: fc.option(fc.nat(FILES.length - 1), { freq: 8 }),
})

let runs = 0
let withProblems = 0
let totalProblems = 0

describe('content checker under random mutations of the real content', () => {
  it('reports problems and never throws', () => {
    fc.assert(
      fc.property(plan, ({ file, steps, removeOther }) => {
        const files: ContentFile[] = FILES.map((f) => ({ ...f }))
        const target = files[file]!
        let lines = target.text.split('\n')
        for (const [name, r] of steps) lines = MUTATIONS[name]!(lines, r)
        target.text = lines.join('\n')
        const input = removeOther === null || removeOther === file ? files : files.filter((_, i) => i !== removeOther)

        const result = checkContent(input)
        runs++
        if (result.ok) return
        withProblems++
        totalProblems += result.problems.length
        expect(result.problems.length).toBeGreaterThan(0)
        for (const p of result.problems) {
          expect(input.some((f) => f.path === p.file)).toBe(true)
          expect(Number.isInteger(p.line) && p.line >= 0).toBe(true)
          expect(Number.isInteger(p.col) && p.col >= 0).toBe(true)
          expect(p.message.length).toBeGreaterThan(0)
          expect(formatProblem(p)).toContain(p.file)
        }
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false, ...(SEED !== undefined ? { seed: SEED } : {}) },
    )
    expect(runs).toBeGreaterThan(0)
  }, 120_000)

  afterAll(() => {
    console.info(`fuzz-content: ${runs} mutated content sets, ${withProblems} with problems (${totalProblems} problems), ${runs - withProblems} still valid`)
  })
})
