/** `npm run content:check`: runs the three content passes and prints every problem at once. */
import { checkContent, formatProblem } from '../../content/check.js'
import { readContentFiles } from './content-files.js'

const root = process.argv[2] ?? undefined
const files = readContentFiles(root)
const result = checkContent(files)
if (result.ok) {
  const c = result.content
  console.log(
    `content ok: ${files.length} files, ${c.flows.size} flows, ${c.nodes.size} nodes, ${c.topics.size} topics, ` +
      `${c.signals.size} signals, ${c.sectors.size} sectors, ${c.contacts.size} contacts, ${c.sources.size} sources`,
  )
} else {
  for (const p of result.problems) console.error(formatProblem(p))
  console.error(`\n${result.problems.length} problem(s) in content. Fix them and run "npm run content:check" again.`)
  process.exit(1)
}
