/**
 * `npx tsx bench/profile-server.ts [--seconds=N] [--connections=N] [--scenario=text|action|new]`: a CPU profile
 * of the built server (as `npm start` runs it) under one load scenario of `npm run bench`. The
 * profile lands in /tmp/meldwijzer-profile/; read it in Chrome DevTools or with any .cpuprofile tool.
 */
import autocannon from 'autocannon'
import { mkdirSync } from 'node:fs'
import { builtEntry } from './built-commands.js'
import { arg, pinBenchToItsCore, startBuiltServer } from './lib.js'
import { openConversations, workload } from './workload.js'

const seconds = arg('seconds', 6)
const connections = arg('connections', 20)
const scenario = process.argv.find((a) => a.startsWith('--scenario='))?.slice('--scenario='.length) ?? 'text'
const dir = '/tmp/meldwijzer-profile'
mkdirSync(dir, { recursive: true })
const work = workload()
const { child, url } = await startBuiltServer(['--cpu-prof', `--cpu-prof-dir=${dir}`, builtEntry('bot/runtime/node/server.ts')], ['ignore', 'ignore', 'inherit'])
pinBenchToItsCore()
const ids = await openConversations(url, 200)
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!
const body = () =>
  scenario === 'new'
    ? '{"action":"menu"}'
    : JSON.stringify(scenario === 'action' ? { conversationId: pick(ids), action: pick(work.actions) } : { conversationId: pick(ids), text: pick(work.texts) })
const result = await autocannon({
  url: `${url}/api/chat`,
  connections,
  duration: seconds,
  requests: [{ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) }],
})
console.log(`${scenario}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`)
await new Promise<void>((done) => {
  child.once('exit', () => done())
  child.kill('SIGTERM')
})
console.log(`profile in ${dir}`)
