import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { buildBundle } from '../bot/compose/bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
import { DangerTriage, RULES_ONLY, decide } from '../bot/core/understanding/triage.js'
const b = buildBundle(readContentFiles())
const t = new DangerTriage({ ...b.content.safety, model: undefined }, b.understanding.knownWords)
const [file, label] = process.argv.slice(2)
const d = parse(readFileSync(file!, 'utf8'))
for (const [concept, texts] of Object.entries(d[label!] ?? {})) for (const text of texts as string[]) {
  const f = t.facts(text); const lvl = decide(f, 0, RULES_ONLY)
  if ((label === 'calm' && lvl !== 'calm') || (label === 'acute' && lvl === 'calm')) console.log(`${concept}\t${lvl}\t${f.concepts.join(',')}${f.lowered ? ' L' : ''}${f.urgent ? ' U' : ''}\t${text}`)
}
