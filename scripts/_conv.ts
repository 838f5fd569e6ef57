import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { converse } from '../tests/support/engine.js'
const t = parse(readFileSync(process.argv[2]!, 'utf8')) as { turns: Array<{ user?: string }> }
const turns = converse(t.turns.map((x) => x.user!).filter(Boolean))
turns.forEach((x, i) => console.log(i + 1, x.session.role ?? '-', x.replies.map((r) => r.tag).join(','), '|', (x.input as { text: string }).text, '→', x.replies.at(-1)!.text.slice(0, 70).replace(/\n/g, ' ')))
