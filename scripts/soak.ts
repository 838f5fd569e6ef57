/**
 * `npm run soak`: mixed load on the real Node server for a while (5 minutes by default), then
 * report errors (target 0) and resident memory over time (it should stay flat within the store
 * bound). Loopback only.
 *
 * Mix per request: 50% typed questions in an existing conversation (search), 30% button presses
 * in guided flows, 15% new conversations, 5% turns on a conversation id the server no longer
 * knows (the polite "verlopen" restart).
 *
 * Options (environment or flag): SOAK_SECONDS / --seconds (default 300), SOAK_RATE / --rate
 * (requests per second, evenly paced, default 400), SOAK_CONNECTIONS / --connections (default 20),
 * SOAK_SAMPLE_SECONDS (RSS sample interval, default 10), --json.
 * The server runs with RATE_LIMIT_PER_MINUTE=0 because all load comes from one address.
 */
import { arg, fmt, hasFlag, rssMb, startProcess, table } from '../bench/lib.js'
import { paced } from '../bench/paced.js'
import { openConversations, workload } from '../bench/workload.js'

const seconds = arg('seconds', 300, 'SOAK_SECONDS')
const rate = arg('rate', 400, 'SOAK_RATE')
const connections = arg('connections', 20, 'SOAK_CONNECTIONS')
const sampleSeconds = arg('sample', 10, 'SOAK_SAMPLE_SECONDS')
const json = hasFlag('json')
const say = (s: string) => (json ? process.stderr.write(`${s}\n`) : console.log(s))

const work = workload()
const server = await startProcess('bot/runtime/node/server.ts', { RATE_LIMIT_PER_MINUTE: '0' })
const samples: Array<{ t: number; rssMb: number; sent: number }> = []
let sent = 0
try {
  const ids = await openConversations(server.url, 500)
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!
  const body = () => {
    const r = Math.random()
    if (r < 0.5) return JSON.stringify({ conversationId: pick(ids), text: pick(work.texts) })
    if (r < 0.8) return JSON.stringify({ conversationId: pick(ids), action: pick(work.actions) })
    if (r < 0.95) return '{"action":"menu"}'
    return JSON.stringify({ conversationId: `verdwenen-${Math.floor(Math.random() * 1e9)}`, text: pick(work.texts) })
  }
  const t0 = Date.now()
  const sample = () => {
    samples.push({ t: Math.round((Date.now() - t0) / 1000), rssMb: rssMb(server.pid), sent })
    const s = samples[samples.length - 1]!
    say(`  ${String(s.t).padStart(4)} s  RSS ${fmt(s.rssMb)} MB  ${s.sent} requests`)
  }
  say(`soak: ${seconds} s at ${rate} req/s over ${connections} connections against ${server.url}`)
  sample()
  const timer = setInterval(sample, sampleSeconds * 1000)
  // Evenly paced, as users arrive (bench/paced.ts), with latency counted from when each request
  // was due; a dead connection counts as errors instead of hanging the run.
  const result = await paced({
    url: server.url,
    path: '/api/chat',
    rate,
    seconds,
    connections,
    body: () => {
      sent++
      return body()
    },
  })
  clearInterval(timer)
  sample()
  const healthy = (await fetch(`${server.url}/healthz`)).status === 200
  const errors = result.errors + result.non2xx
  const rss = samples.map((s) => s.rssMb)
  const summary = {
    seconds,
    rate,
    connections,
    requests: result.sent,
    answered: result.completed,
    errors: result.errors,
    non2xx: result.non2xx,
    latencyMs: { p50: result.p50, p99: result.p99, max: result.max },
    rssMb: { start: rss[0], end: rss[rss.length - 1], max: Math.max(...rss) },
    healthyAfter: healthy,
    samples,
  }
  if (json) console.log(JSON.stringify(summary, null, 2))
  else {
    console.log('')
    console.log(
      table(
        ['requests', 'answered', 'errors', 'non-2xx', 'p50 ms', 'p99 ms', 'RSS start', 'RSS end', 'RSS max'],
        [[summary.requests, summary.answered, summary.errors, summary.non2xx, summary.latencyMs.p50, summary.latencyMs.p99, summary.rssMb.start!, summary.rssMb.end!, summary.rssMb.max]],
      ),
    )
    console.log(`\n${errors === 0 && healthy ? 'ok' : 'FAIL'}: ${errors} errors; server ${healthy ? 'healthy' : 'NOT healthy'} afterwards`)
  }
  process.exitCode = errors === 0 && healthy ? 0 : 1
} finally {
  await server.stop()
}
