/**
 * `npm run bench`: how fast Meldwijzer answers on this machine, measured against a bare baseline.
 *
 *   1. Load over loopback: the real Node server (built, as `npm start` runs it) and a bare Hono
 *      echo app, one after the other, with the same connections and duration; then the Teams
 *      endpoint with signed tokens and a stand-in connector. Scenarios: text turns that hit search,
 *      action turns through guided flows, new-conversation turns. First at saturation with
 *      autocannon (requests per second, latency, ratio to echo); then evenly paced at a fixed rate
 *      (bench/paced.ts: latency counted from when each request was due, so a slow answer cannot
 *      hide the requests queued behind it); then a ladder of paced rates for the capacity at
 *      p99 <= 10 ms. With two cores, the server runs on core 0 and the load generator on core 1.
 *   2. In-process: engine step and search per call, real knowledge and a 20x synthetic corpus.
 *   3. Startup: process start to the first 200 from /healthz.
 *   4. Memory: RSS for 100,000 idle conversations.
 *
 * Options (flag or environment): --seconds=N / BENCH_SECONDS (per load run, default 6),
 * --connections=N / BENCH_CONNECTIONS (default 100), --rate=N / BENCH_RATE (fixed-rate runs,
 * requests/s, default 500), --capacity-seconds=N (each step of the capacity ladder, default 3), --inprocess=N / BENCH_INPROCESS_SECONDS (default 5),
 * --startup-runs=N (default 5), --conversations=N / RSS_CONVERSATIONS (default 100000),
 * --warmup=N / BENCH_WARMUP (text turns: this many turns of other eval messages first, default 10000),
 * --json (machine-readable), --skip-load, --skip-teams, --skip-rss.
 * The server runs with RATE_LIMIT_PER_MINUTE=0: all load comes from one address, and we measure
 * the chat, not the limiter. Figures on a shared 2-core machine are noisy: compare within one run.
 */
import autocannon, { type Result } from 'autocannon'
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { runInProcess } from './inprocess.js'
import { PINNED, REPO, arg, cpuMs, fmt, hasFlag, pinBenchToItsCore, rssMb, startProcess, table, type Server } from './lib.js'
import { paced, type PacedResult } from './paced.js'
import { measureStartup } from './startup.js'
import { rssIdleCommand } from './built-commands.js'
import { teamsLoad } from './teams-load.js'
import { oneConversation, type OneConversationResult } from './one-conversation.js'
import { openConversations, warmupTexts, workload } from './workload.js'

const seconds = arg('seconds', 6, 'BENCH_SECONDS')
const connections = arg('connections', 100, 'BENCH_CONNECTIONS')
const rate = arg('rate', 500, 'BENCH_RATE')
const capacitySeconds = arg('capacity-seconds', 3, 'BENCH_CAPACITY_SECONDS')
const inprocessSeconds = arg('inprocess', 5, 'BENCH_INPROCESS_SECONDS')
const warmupTurns = arg('warmup', 10_000, 'BENCH_WARMUP')
const startupRuns = arg('startup-runs', 5)
const conversations = arg('conversations', 100_000, 'RSS_CONVERSATIONS')
const json = hasFlag('json')
const say = (s: string) => (json ? process.stderr.write(`${s}\n`) : console.log(s))

const TARGETS = { ratio: 0.5, p99Ms: 10, searchRealP99Ms: 1, searchSyntheticP99Ms: 10, startupMs: 1000, rssMb: 150 }

interface LoadRow {
  scenario: string
  target: Target
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  ratio?: number
  /** Server CPU (all threads) per answered request during the saturated run, in microseconds. */
  cpuUsPerRequest: number
  /** Share of the saturated run the server process was on the CPU (1 = its core was full). */
  serverBusy: number
  /** Echo's CPU per request divided by this scenario's: the ratio with the load generator taken out. */
  cpuRatio?: number
  fixedRate?: { rate: number; p50: number; p99: number; errors: number; non2xx: number; cpuUsPerRequest: number }
  /** Server CPU per request during the scenario's own warm-up, when it has one (text turns: the first seconds after start). */
  warmup?: { requests: number; seconds: number; cpuUsPerRequest: number }
  /** The highest evenly paced rate answered with p99 <= 10 ms, and the run at that rate. */
  capacity?: { rate: number; p50: number; p99: number; ladder: Array<{ rate: number; p99: number; achieved: number }> }
}

type Target = 'echo' | 'chat' | 'teams'
type Scenario = {
  name: string
  target: Target
  request: (pick: <T>(xs: T[]) => T) => string
  headers?: Record<string, string>
  /**
   * Requests to send before measuring (`--warmup` of them), instead of one request repeated for a
   * second. Text turns warm up on typed messages the scenario never sends: a server just started
   * compiles its hot code and meets the common words during its first several thousand typed
   * turns, at two to three times the CPU of a later one, and 6 s of load was mostly that
   * (docs/performance.md, fourth pass). The warm-up's own figure is reported as well.
   */
  warmup?: (pick: <T>(xs: T[]) => T) => string
}

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!

async function load(url: string, path: string, s: Scenario): Promise<Result> {
  return autocannon({
    url: url + path,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', path, headers: { 'content-type': 'application/json', ...s.headers }, setupRequest: (req) => ({ ...req, body: s.request(pick) }) }],
  })
}

/**
 * Capacity at the latency target: evenly paced runs up a ladder of rates (x1.5 each step) until
 * p99 passes 10 ms or the server falls behind; the last rate that held is the capacity. A step
 * that misses gets one second try, so a single garbage collection does not end the ladder.
 */
async function capacityOf(server: Server, s: Scenario, path: string): Promise<NonNullable<LoadRow['capacity']>> {
  const ladder: Array<{ rate: number; p99: number; achieved: number }> = []
  let best: PacedResult | undefined
  const holds = (run: PacedResult) => run.p99 <= TARGETS.p99Ms && run.errors + run.non2xx === 0 && run.achieved >= 0.95 * run.rate
  const attempt = async (r: number) => {
    const run = await paced({ url: server.url, path, rate: r, seconds: capacitySeconds, connections, body: () => s.request(pick), headers: s.headers })
    ladder.push({ rate: r, p99: run.p99, achieved: run.achieved })
    return run
  }
  for (let r = 250; r <= 40_000; r = Math.round(r * 1.5)) {
    let run = await attempt(r)
    if (!holds(run)) run = await attempt(r)
    if (!holds(run)) break
    best = run
  }
  return { rate: best?.rate ?? 0, p50: best?.p50 ?? NaN, p99: best?.p99 ?? NaN, ladder }
}

/** Runs a load and adds the server's CPU time over it (all threads) and the wall time, in ms. */
async function withServerCpu<T>(server: Server, runLoad: () => Promise<T>): Promise<T & { cpuMs: number; wallMs: number }> {
  const cpu0 = cpuMs(server.pid)
  const t0 = performance.now()
  const result = await runLoad()
  return Object.assign(result as T & object, { cpuMs: cpuMs(server.pid) - cpu0, wallMs: performance.now() - t0 }) as T & { cpuMs: number; wallMs: number }
}

const perRequestUs = (ms: number, requests: number) => (1000 * ms) / Math.max(1, requests)

async function loadPhase(work: ReturnType<typeof workload>) {
  const rows: LoadRow[] = []
  let serverRss = { idle: NaN, afterLoad: NaN }
  let single: OneConversationResult | undefined
  const run = async (server: Server, s: Scenario, path: string) => {
    // A short warm-up so the JIT has compiled the hot paths before we count.
    let warmup: LoadRow['warmup']
    if (s.warmup) {
      const w = s.warmup
      const warmRun = await withServerCpu(server, () =>
        autocannon({ url: server.url + path, connections, amount: warmupTurns, requests: [{ method: 'POST', path, headers: { 'content-type': 'application/json', ...s.headers }, setupRequest: (req) => ({ ...req, body: w(pick) }) }] }),
      )
      warmup = { requests: warmRun.requests.total, seconds: warmRun.wallMs / 1000, cpuUsPerRequest: perRequestUs(warmRun.cpuMs, warmRun.requests.total) }
      say(`  ${s.target} ${s.name}: warm-up on other messages, ${fmt(warmup.requests)} requests in ${fmt(warmup.seconds)} s, ${fmt(warmup.cpuUsPerRequest)} µs CPU per request`)
    } else await autocannon({ url: server.url + path, connections: 10, duration: 1, requests: [{ method: 'POST', path, headers: { 'content-type': 'application/json', ...s.headers }, body: s.request((xs) => xs[0]!) }] })
    const sat = await withServerCpu(server, () => load(server.url, path, s))
    const fixed = await withServerCpu(server, () => paced({ url: server.url, path, rate, seconds, connections, body: () => s.request(pick), headers: s.headers }))
    const capacity = await capacityOf(server, s, path)
    const row: LoadRow = {
      scenario: s.name,
      target: s.target,
      rps: sat.requests.average,
      p50: sat.latency.p50,
      p99: sat.latency.p99,
      errors: sat.errors + sat.timeouts,
      non2xx: sat.non2xx,
      cpuUsPerRequest: perRequestUs(sat.cpuMs, sat.requests.total),
      serverBusy: sat.cpuMs / sat.wallMs,
      fixedRate: { rate, p50: fixed.p50, p99: fixed.p99, errors: fixed.errors, non2xx: fixed.non2xx, cpuUsPerRequest: perRequestUs(fixed.cpuMs, fixed.completed) },
      capacity,
      ...(warmup ? { warmup } : {}),
    }
    rows.push(row)
    say(`  ${s.target} ${s.name}: ${fmt(row.rps)} req/s, p50 ${fmt(row.p50)} ms, p99 ${fmt(row.p99)} ms (server ${(100 * row.serverBusy).toFixed(0)}% busy, ${fmt(row.cpuUsPerRequest)} µs CPU per request); at ${rate}/s p99 ${fmt(fixed.p99)} ms; p99 <= 10 ms up to ${fmt(capacity.rate)} req/s`)
  }

  say(`load: ${PINNED ? 'server on core 0, load generator on core 1' : 'server and load generator unpinned'}; ${connections} connections, ${seconds} s per run, fixed-rate runs at ${rate} req/s`)
  const echoBody = (pick: <T>(xs: T[]) => T) => JSON.stringify({ conversationId: '00000000-0000-4000-8000-000000000000', text: pick(work.texts) })
  const echo = await startProcess('bench/echo-server.ts')
  try {
    await run(echo, { name: 'echo JSON', target: 'echo', request: echoBody }, '/echo')
  } finally {
    await echo.stop()
  }
  // The same echo behind our middleware (security headers, CORS, body limit): not the baseline,
  // but it shows how much of the gap is middleware rather than the chat turn itself.
  const echoMw = await startProcess('bench/echo-server.ts', { ECHO_MIDDLEWARE: '1' })
  try {
    await run(echoMw, { name: 'echo + our middleware', target: 'echo', request: echoBody }, '/echo')
  } finally {
    await echoMw.stop()
  }

  const server = await startProcess('bot/runtime/node/server.ts', { RATE_LIMIT_PER_MINUTE: '0' })
  try {
    serverRss.idle = rssMb(server.pid)
    const ids = await openConversations(server.url, 200)
    const warmTexts = warmupTexts(work)
    const scenarios: Scenario[] = [
      {
        name: 'text turn (search)',
        target: 'chat',
        request: (pick) => JSON.stringify({ conversationId: pick(ids), text: pick(work.texts) }),
        warmup: (pick) => JSON.stringify({ conversationId: pick(ids), text: pick(warmTexts) }),
      },
      { name: 'action turn (flow)', target: 'chat', request: (pick) => JSON.stringify({ conversationId: pick(ids), action: pick(work.actions) }) },
      { name: 'new conversation', target: 'chat', request: () => '{"action":"menu"}' },
    ]
    for (const s of scenarios) await run(server, s, '/api/chat')
    say('  one conversation: the same button 10,000 times, then 50 turns at once…')
    single = await oneConversation(server, 10_000, seconds)
    say(`  one conversation: first/last 1,000 presses median ${fmt(single.firstThousandMedianMs)} / ${fmt(single.lastThousandMedianMs)} ms; 50 at once: ${fmt(single.concurrent.rps)} req/s, p99 ${fmt(single.concurrent.p99)} ms`)
    serverRss.afterLoad = rssMb(server.pid)
  } finally {
    await server.stop()
  }
  if (!hasFlag('skip-teams')) await teamsLoad(work, (s, path, server) => run(server, s, path))
  const echoRps = rows[0]!.rps
  const echoCpu = rows[0]!.cpuUsPerRequest
  for (const r of rows) {
    r.ratio = r.rps / echoRps
    r.cpuRatio = echoCpu / r.cpuUsPerRequest
  }
  return { rows, serverRss, single }
}

function rssPhase() {
  say(`memory: ${conversations} idle conversations in the MemoryStore (own process)…`)
  const [command, args] = rssIdleCommand()
  const out = execFileSync(command, args, {
    cwd: REPO,
    env: { ...process.env, RSS_CONVERSATIONS: String(conversations) },
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').pop()!) as { conversations: number; before: { rss: number; heap: number }; after: { rss: number; heap: number }; perConversationBytes: number }
}

pinBenchToItsCore()
const started = Date.now()
const work = workload()
const result: Record<string, unknown> = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: (await import('node:os')).loadavg() },
  settings: { pinned: PINNED, seconds, warmupTurns, capacitySeconds, connections, rate, inprocessSeconds, startupRuns, conversations, texts: work.texts.length, actions: work.actions.length },
}

const loadResult = hasFlag('skip-load') ? undefined : await loadPhase(work)
say('in-process: engine step and search…')
const inproc = runInProcess(work, inprocessSeconds, 20, warmupTexts(work))
say('startup…')
const startup = await measureStartup(startupRuns)
const rss = hasFlag('skip-rss') ? undefined : rssPhase()
Object.assign(result, { load: loadResult, inProcess: inproc, startup, rss, wallSeconds: (Date.now() - started) / 1000 })

const ok = (pass: boolean) => (pass ? 'ok' : 'MISS')
if (json) {
  console.log(JSON.stringify(result, null, 2))
} else {
  console.log('')
  if (loadResult) {
    console.log(`Load over loopback (${connections} connections, ${seconds} s each; latency in ms)`)
    console.log(
      table(
        ['scenario', 'req/s', 'p50', 'p99', 'vs echo', 'server busy', 'server µs/req', 'vs echo', `p50 @${rate}/s`, `p99 @${rate}/s`, `server µs/req @${rate}/s`, 'req/s at p99<=10', 'vs echo', 'errors', 'non-2xx'],
        loadResult.rows.map((r) => [
          `${r.target}: ${r.scenario}`,
          r.rps,
          r.p50,
          r.p99,
          `${(100 * r.ratio!).toFixed(0)}%`,
          `${(100 * r.serverBusy).toFixed(0)}%`,
          Math.round(r.cpuUsPerRequest),
          `${(100 * r.cpuRatio!).toFixed(0)}%`,
          r.fixedRate!.p50,
          r.fixedRate!.p99,
          Math.round(r.fixedRate!.cpuUsPerRequest),
          r.capacity!.rate,
          `${(100 * r.capacity!.rate / loadResult.rows[0]!.capacity!.rate).toFixed(0)}%`,
          r.errors + r.fixedRate!.errors,
          r.non2xx + r.fixedRate!.non2xx,
        ]),
      ),
    )
    console.log(`(req/s, p50, p99: autocannon, saturated. "server busy": how much of that run the server process was on the CPU; "server µs/req": its CPU time per answered request, so the second "vs echo" compares server cost with the load generator taken out.`)
    console.log(` @${rate}/s and "at p99<=10": evenly paced open-loop runs, latency counted from when each request was due.)`)
    for (const r of loadResult.rows)
      if (r.warmup) console.log(`${r.target}: ${r.scenario}: its warm-up, the first ${fmt(r.warmup.requests)} turns after start on other eval messages (${fmt(r.warmup.seconds)} s, not counted above): server ${fmt(r.warmup.cpuUsPerRequest)} µs/req (${(100 * loadResult.rows[0]!.cpuUsPerRequest / r.warmup.cpuUsPerRequest).toFixed(0)}% of echo)`)
    console.log(`server RSS: ${fmt(loadResult.serverRss.idle)} MB idle, ${fmt(loadResult.serverRss.afterLoad)} MB after the load runs`)
    const one = loadResult.single
    if (one) {
      console.log(`One conversation, the same button ${one.presses} times in a row: median ${fmt(one.firstThousandMedianMs)} ms (first 1,000) / ${fmt(one.lastThousandMedianMs)} ms (last 1,000); server ${fmt(one.serverUsPerPress)} µs per press`)
      const c = one.concurrent
      console.log(`One conversation, ${c.connections} turns at once (serialised per conversation): ${fmt(c.rps)} req/s, p50 ${fmt(c.p50)} ms, p99 ${fmt(c.p99)} ms, server ${fmt(c.serverUsPerTurn)} µs per turn, ${c.errors} errors, ${c.non2xx} non-2xx`)
    }
    console.log('')
  }
  const i = inproc
  console.log(`In-process, per call in ms (${i.docs.real} real documents, ${i.docs.synthetic} in the 20x corpus; index build ${fmt(i.buildMs.real)} / ${fmt(i.buildMs.synthetic)} ms)`)
  console.log(
    table(
      ['what', 'calls', 'p50', 'p99', 'max'],
      [
        ['search, real knowledge', i.search.real.calls, i.search.real.p50, i.search.real.p99, i.search.real.max],
        ['search, 20x corpus', i.search.synthetic.calls, i.search.synthetic.p50, i.search.synthetic.p99, i.search.synthetic.max],
        ['search, real, cold (each query once)', i.search.realCold.calls, i.search.realCold.p50, i.search.realCold.p99, i.search.realCold.max],
        ['search, 20x, cold (each query once)', i.search.syntheticCold.calls, i.search.syntheticCold.p50, i.search.syntheticCold.p99, i.search.syntheticCold.max],
        ['engine step (text), real', i.step.real.calls, i.step.real.p50, i.step.real.p99, i.step.real.max],
        ['engine step (text), 20x', i.step.synthetic.calls, i.step.synthetic.p50, i.step.synthetic.p99, i.step.synthetic.max],
        ['engine step (action)', i.stepAction.calls, i.stepAction.p50, i.stepAction.p99, i.stepAction.max],
      ],
    ),
  )
  console.log('')
  console.log(`Startup to first 200 on /healthz, npm start's command (build, then serve): median ${fmt(startup.medianMs)} ms, max ${fmt(startup.maxMs)} ms over ${startup.runs} runs`)
  console.log(`  (the built server alone: ${fmt(startup.builtMedianMs)} ms; from the TypeScript sources through tsx: ${fmt(startup.tsxMedianMs)} ms)`)
  if (rss) console.log(`Memory: ${rss.conversations} idle conversations: RSS ${fmt(rss.after.rss)} MB (${fmt(rss.before.rss)} MB before; heap +${fmt(rss.after.heap - rss.before.heap)} MB, ~${rss.perConversationBytes} bytes each)`)
  console.log('')
  console.log('Targets')
  const chat = loadResult?.rows.filter((r) => r.target !== 'echo') ?? []
  if (chat.length) {
    console.log(`  ${ok(chat.every((r) => r.ratio! >= TARGETS.ratio))}  chat throughput >= 50% of echo (lowest ${(100 * Math.min(...chat.map((r) => r.ratio!))).toFixed(0)}%; by server CPU per request, lowest ${(100 * Math.min(...chat.map((r) => r.cpuRatio!))).toFixed(0)}%)`)
    console.log(`  ${ok(chat.every((r) => r.p99 <= TARGETS.p99Ms))}  p99 <= 10 ms at ${connections} connections, saturated (highest ${fmt(Math.max(...chat.map((r) => r.p99)))} ms)`)
    console.log(`  ${ok(chat.every((r) => r.fixedRate!.p99 <= TARGETS.p99Ms))}  p99 <= 10 ms at ${connections} connections, ${rate} req/s evenly paced (highest ${fmt(Math.max(...chat.map((r) => r.fixedRate!.p99)))} ms)`)
    console.log(`       p99 stays <= 10 ms up to: ${chat.map((r) => `${r.scenario} ${fmt(r.capacity!.rate)} req/s`).join(', ')}`)
    console.log(`  ${ok(chat.every((r) => r.errors + r.non2xx + r.fixedRate!.errors + r.fixedRate!.non2xx === 0))}  no errors, no non-2xx`)
  }
  console.log(`  ${ok(i.search.real.p99 <= TARGETS.searchRealP99Ms)}  search p99 <= 1 ms on the real knowledge (${fmt(i.search.real.p99)} ms)`)
  console.log(`  ${ok(i.search.synthetic.p99 <= TARGETS.searchSyntheticP99Ms)}  search p99 <= 10 ms on the 20x corpus (${fmt(i.search.synthetic.p99)} ms)`)
  console.log(`  ${ok(i.search.realCold.p99 <= TARGETS.searchRealP99Ms)}  search p99 <= 1 ms on the real knowledge, cold (${fmt(i.search.realCold.p99)} ms)`)
  console.log(`  ${ok(i.search.syntheticCold.p99 <= TARGETS.searchSyntheticP99Ms)}  search p99 <= 10 ms on the 20x corpus, cold (${fmt(i.search.syntheticCold.p99)} ms)`)
  console.log(`  ${ok(startup.medianMs <= TARGETS.startupMs)}  startup <= 1 s (median ${fmt(startup.medianMs)} ms)`)
  if (rss) console.log(`  ${ok(rss.after.rss <= TARGETS.rssMb)}  RSS <= 150 MB for ${rss.conversations} idle conversations (${fmt(rss.after.rss)} MB)`)
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; load average at start ${(result.machine as { loadavg: number[] }).loadavg.map((n) => n.toFixed(2)).join(' ')})`)
}
