/**
 * `npx tsx bench/ab-servers.ts A.mjs B.mjs [--rounds=N] [--scenario=text|action|new] [--seconds=N]`:
 * two built servers (dist/server.mjs of two checkouts, `node scripts/build.mjs` in each) compared
 * under the same load scenario as `npm run bench`, started fresh and alternated round by round
 * (A B, B A, …), so load from other jobs on a shared machine falls on both. Each round: 200
 * conversations opened, 1 s of load to warm up (text with `--warmup=N`: first N turns of the eval's
 * other typed messages, as `npm run bench` warms its text turns up), then `--seconds` measured. Prints the server's
 * CPU per request (user + system, from /proc) per round and the medians.
 */
import autocannon from 'autocannon'
import { arg, cpuMs, pinBenchToItsCore, startBuiltServer } from './lib.js'
import { openConversations, warmupTexts, workload } from './workload.js'

const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'))
if (!a || !b) throw new Error('usage: bench/ab-servers.ts A.mjs B.mjs [--rounds=N] [--scenario=text|action|new]')
const rounds = arg('rounds', 4)
const seconds = arg('seconds', 4)
const scenario = process.argv.find((x) => x.startsWith('--scenario='))?.slice('--scenario='.length) ?? 'text'
const work = workload()
const warmupTurns = arg('warmup', 0)
const others = warmupTexts(work)
pinBenchToItsCore()

async function once(entry: string): Promise<number> {
  const { child, url } = await startBuiltServer([entry])
  const ids = await openConversations(url, 200)
  let k = 0
  const body = () =>
    scenario === 'new'
      ? '{"action":"menu"}'
      : JSON.stringify(
          scenario === 'action'
            ? { conversationId: ids[k++ % ids.length], action: work.actions[k % work.actions.length] }
            : { conversationId: ids[k++ % ids.length], text: work.texts[k % work.texts.length] },
        )
  const load = (duration: number) =>
    autocannon({ url: `${url}/api/chat`, connections: 20, duration, requests: [{ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: body() }) }] })
  if (scenario === 'text' && warmupTurns > 0) {
    let w = 0
    await autocannon({ url: `${url}/api/chat`, connections: 20, amount: warmupTurns, requests: [{ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: JSON.stringify({ conversationId: ids[w % ids.length], text: others[w++ % others.length] }) }) }] })
  }
  await load(1)
  const cpu0 = cpuMs(child.pid!)
  const result = await load(seconds)
  const perRequest = ((cpuMs(child.pid!) - cpu0) * 1000) / result.requests.total
  await new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM')))
  return perRequest
}

const out: Record<'A' | 'B', number[]> = { A: [], B: [] }
for (let r = 0; r < rounds; r++)
  for (const which of r % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
    const us = await once(which === 'A' ? a : b)
    out[which].push(us)
    console.log(`round ${r + 1} ${which}: ${us.toFixed(0)} µs per request`)
  }
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
console.log(`${scenario}: A median ${median(out.A).toFixed(0)} µs, B median ${median(out.B).toFixed(0)} µs per request (server CPU)`)
