/**
 * `npm run content:check`: runs the three content passes and prints every problem at once.
 *   --paths     also list every path through every flow (see bot/content/paths.ts)
 *   --warnings  list every warning (plain language, length); without it, a count and the first ten
 *   [dir]     check another content root instead of the repository
 */
import { checkContent, formatProblem } from '../../content/check.js'
import { allFlowPaths, formatFlowPath } from '../../content/paths.js'
import { readContentFiles } from './content-files.js'

const args = process.argv.slice(2)
const showPaths = args.includes('--paths')
const showWarnings = args.includes('--warnings')
const root = args.find((a) => !a.startsWith('--'))
const files = readContentFiles(root)
const result = checkContent(files)
if (result.warnings.length) {
  const shown = showWarnings ? result.warnings : result.warnings.slice(0, 10)
  for (const w of shown) console.warn(`warning: ${formatProblem(w)}`)
  const noB1 = result.warnings.filter((w) => /has no textB1|acute signal .* has no nextB1/.test(w.message)).length
  const nextFallback = result.warnings.filter((w) => /has no nextB1 for/.test(w.message)).length
  const long = result.warnings.filter((w) => /words/.test(w.message)).length
  const route = result.warnings.filter((w) => /names the/.test(w.message)).length
  const labels = result.warnings.filter((w) => /characters/.test(w.message)).length
  console.warn(
    `${result.warnings.length} warning(s): ${noB1} without a B1 text, ${nextFallback} signal next step(s) replaced by the general B1 next step for an audience, ${route} B1 text(s) naming one audience's route for both, ${long} over about 80 words, ${labels} label(s) over 40 characters` +
      (showWarnings ? '.' : '. Run with --warnings to list them all.'),
  )
}
if (result.ok) {
  const c = result.content
  const paths = allFlowPaths(c.flows.values())
  if (showPaths) for (const p of paths) console.log(formatFlowPath(p))
  console.log(
    `content ok: ${files.length} files, ${c.flows.size} flows, ${c.nodes.size} nodes, ${paths.length} flow paths, ${c.topics.size} topics, ` +
      `${c.signals.size} signals, ${c.sectors.size} sectors, ${c.contacts.size} contacts, ${c.reminders.size} reminders, ${c.sources.size} sources, ${result.organisations.length} organisations`,
  )
} else {
  for (const p of result.problems) console.error(formatProblem(p))
  console.error(`\n${result.problems.length} problem(s) in content. Fix them and run "npm run content:check" again.`)
  process.exit(1)
}
