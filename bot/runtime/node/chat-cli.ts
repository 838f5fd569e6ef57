/**
 * `npm run chat`: the same conversation in the terminal, through the same engine and store.
 * Buttons are numbered; type a number to press one, or type a question.
 * `npm run chat -- --organisation=<id>` starts as someone of that organisation (organisations/<id>.yaml).
 */
import { randomUUID } from 'node:crypto'
import { createInterface } from 'node:readline'
import { buildBundle } from '../../compose/build-bundle.js'
import { formatSources } from '../../core/render.js'
import type { Action, Input, Reply } from '../../core/types.js'
import { ConversationService } from '../../service/conversation-service.js'
import { MemoryStore } from '../../store/memory-store.js'
import { orExitOnContentError, readContentFiles } from './content-files.js'

const bold = (s: string) => (process.stdout.isTTY ? s.replace(/\*\*(.+?)\*\*/g, '\x1b[1m$1\x1b[22m') : s.replace(/\*\*(.+?)\*\*/g, '$1'))

function print(replies: Reply[]): Action[] {
  const actions: Action[] = []
  for (const r of replies) {
    console.log(`\n${bold(r.text)}`)
    const src = formatSources(r.sources)
    if (src) console.log(`\n${src}`)
    for (const a of r.actions ?? []) {
      actions.push(a)
      console.log(`  [${actions.length}] ${a.label}`)
    }
  }
  return actions
}

const { engine, organisations } = orExitOnContentError(
  () => buildBundle(readContentFiles(process.env.CONTENT_ROOT || undefined)),
  'Meldwijzer start niet: de inhoud bevat fouten.',
)
const service = new ConversationService({ engine, store: new MemoryStore(), now: Date.now, newId: randomUUID, organisations })
const organisation = /^--organisation=(.+)$/.exec(process.argv.find((a) => a.startsWith('--organisation=')) ?? '')?.[1]
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY })

console.log('Meldwijzer in de terminal. Typ een vraag of het nummer van een knop; "stop" om te stoppen.')
let { conversationId, replies } = await service.turn(undefined, { type: 'start' }, false, organisation)
let actions = print(replies)
const prompt = () => process.stdout.write('\n> ')
prompt()
// The async iterator buffers lines, so piped input (a script, a test) is not lost between turns.
for await (const raw of rl) {
  const line = raw.trim()
  if (/^(stop|exit|quit)$/i.test(line)) break
  if (line) {
    const n = Number(line)
    const input: Input = Number.isInteger(n) && n >= 1 && n <= actions.length ? { type: 'action', id: actions[n - 1]!.id } : { type: 'text', text: line }
    ;({ conversationId, replies } = await service.turn(conversationId, input))
    actions = print(replies)
  }
  prompt()
}
rl.close()
