import { buildBundle } from '../bot/compose/bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
const b = buildBundle(readContentFiles())
let s: any
for (const t of process.argv.slice(2)) {
  const tri = b.understanding.triage.assess(t)
  const r = b.engine.step(s, t.startsWith('@') ? { type: 'action', id: t.slice(1) } : { type: 'text', text: t }, { now: 0, newId: () => 'x' })
  s = r.session
  console.log(`> ${t}\n  triage ${tri.level} p=${tri.probability.toFixed(2)} ${tri.concepts.join(',')}${tri.lowered ? ' L' : ''}${tri.urgent ? ' U' : ''}\n  ` + r.replies.map((x) => `[${x.tag}] ${x.text.slice(0, 90).replace(/\n/g, ' ')}`).join('\n  '))
}
