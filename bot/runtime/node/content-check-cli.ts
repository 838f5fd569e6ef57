/**
 * `npm run content:check`: runs the three content passes and prints every problem at once.
 *   --paths   also list every path through every flow (see bot/content/paths.ts)
 *   [dir]     check another content root instead of the repository
 */
import { checkContent, formatProblem } from '../../content/check.js'
import { allFlowPaths, formatFlowPath } from '../../content/paths.js'
import { readContentFiles } from './content-files.js'

const args = process.argv.slice(2)
const showPaths = args.includes('--paths')
const root = args.find((a) => !a.startsWith('--'))
const files = readContentFiles(root)
const result = checkContent(files)
for (const w of result.warnings) console.warn(`warning: ${formatProblem(w)}`)
if (result.ok) {
  const c = result.content
  const paths = allFlowPaths(c.flows.values())
  if (showPaths) for (const p of paths) console.log(formatFlowPath(p))
  console.log(
    `content ok: ${files.length} files, ${c.flows.size} flows, ${c.nodes.size} nodes, ${paths.length} flow paths, ${c.topics.size} topics, ` +
      `${c.signals.size} signals, ${c.sectors.size} sectors, ${c.contacts.size} contacts, ${c.reminders.size} reminders, ${c.sources.size} sources`,
  )
} else {
  for (const p of result.problems) console.error(formatProblem(p))
  console.error(`\n${result.problems.length} problem(s) in content. Fix them and run "npm run content:check" again.`)
  process.exit(1)
}
