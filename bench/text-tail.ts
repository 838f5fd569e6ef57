/**
 * `npx tsx bench/text-tail.ts [A.mjs B.mjs …] [--rounds=N] [--seconds=N] [--rate=N] [--node-flags=a,b]`:
 * the text turn's tail as `npm run bench` measures it, per built server (dist/server.mjs of one
 * or more checkouts; this one by default), alternated round by round. Each round starts the
 * server fresh on its own core, opens 200 conversations, warms it up on the bench's 10,000 other
 * typed messages, saturates it for `--seconds` (100 connections, as the bench does before its
 * paced run) and then sends text turns evenly paced at `--rate` (bench/paced.ts) for `--seconds`.
 * Prints p50, p99 and max of the paced run and the server's CPU per request in both runs.
 * `--node-flags=--trace-gc` passes Node flags to the server (its stdout then goes to
 * /tmp/meldwijzer-tail-<round>-<A, B…>.log, so GC pauses can be lined up with the tail).
 * A built bench/echo-server.ts (dist/echo-server.mjs) as a server is sent the bench's echo body
 * on /echo (ECHO_MIDDLEWARE=1 before it: the echo behind our middleware).
 * `KEY=VALUE` arguments before a server set its environment: `dist/server.mjs INSIGHT_DB=off
 * dist/server.mjs` compares the same server with and without counting.
 */
import autocannon from 'autocannon'
import { openSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { builtEntry } from './built-commands.js'
import { arg, cpuMs, fmt, onServerCore, freePort, pinBenchToItsCore, REPO, sleep } from './lib.js'
import { paced } from './paced.js'
import { openConversations, warmupTexts, workload } from './workload.js'
import { spawn } from 'node:child_process'

const servers: Array<{ entry: string; env: Record<string, string> }> = []
let pendingEnv: Record<string, string> = {}
for (const x of process.argv.slice(2).filter((x) => !x.startsWith('--'))) {
  const kv = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(x)
  if (kv) pendingEnv[kv[1]!] = kv[2]!
  else servers.push({ entry: x, env: pendingEnv }), (pendingEnv = {})
}
if (servers.length === 0) servers.push({ entry: builtEntry('bot/runtime/node/server.ts'), env: pendingEnv })
const rounds = arg('rounds', 2)
const seconds = arg('seconds', 6)
const rate = arg('rate', 500)
const warmupTurns = arg('warmup', 10_000)
const nodeFlags = (process.argv.find((x) => x.startsWith('--node-flags='))?.slice('--node-flags='.length) ?? '').split(',').filter(Boolean)
const work = workload()
const warm = warmupTexts(work)
pinBenchToItsCore()
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!

async function once({ entry, env }: { entry: string; env: Record<string, string> }, round: number, which: string) {
  const port = await freePort()
  const logged = nodeFlags.length > 0
  const out = logged ? openSync(`/tmp/meldwijzer-tail-${round}-${which}.log`, 'w') : 'ignore'
  const [command, args] = onServerCore(process.execPath, [...nodeFlags, '--enable-source-maps', entry])
  const t0 = performance.now()
  const child = spawn(command, args, { cwd: REPO, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', ...env }, stdio: ['ignore', out, 'inherit'] })
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break
    } catch {
      await sleep(20)
    }
  }
  // An echo server (bench/echo-server.ts, built) gets the bench's echo body on /echo instead.
  const echo = entry.includes('echo-server')
  const path = echo ? '/echo' : '/api/chat'
  const ids = echo ? ['00000000-0000-4000-8000-000000000000'] : await openConversations(url, 200)
  const request = (texts: string[]) => () => JSON.stringify({ conversationId: pick(ids), text: pick(texts) })
  const opts = (body: () => string) => ({ url: `${url}${path}`, connections: 100, requests: [{ method: 'POST' as const, path, headers: { 'content-type': 'application/json' }, setupRequest: (r: object) => ({ ...r, body: body() }) }] })
  await autocannon({ ...opts(request(warm)), amount: warmupTurns })
  let cpu0 = cpuMs(child.pid!)
  const sat = await autocannon({ ...opts(request(work.texts)), duration: seconds })
  const satUs = ((cpuMs(child.pid!) - cpu0) * 1000) / sat.requests.total
  cpu0 = cpuMs(child.pid!)
  const pacedFrom = performance.now() - t0
  const run = await paced({ url, path, rate, seconds, connections: 100, body: request(work.texts) })
  const pacedUs = ((cpuMs(child.pid!) - cpu0) * 1000) / run.completed
  const pacedTo = performance.now() - t0
  await new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM')))
  return { p50: run.p50, p99: run.p99, max: run.max, satUs, pacedUs, errors: run.errors + run.non2xx, gc: logged ? gcDuring(`/tmp/meldwijzer-tail-${round}-${which}.log`, pacedFrom, pacedTo) : '' }
}

/** From a --trace-gc log: the pauses between two times (ms since the process started). */
function gcDuring(file: string, from: number, to: number): string {
  const pauses: Array<{ kind: string; ms: number; step: number }> = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: (\S+)(?: \(\w+\))? .*?MB, ([\d.]+) \/ [\d.]+ ms(?:.*biggest step ([\d.]+) ms)?/.exec(line)
    if (m && Number(m[1]) >= from && Number(m[1]) <= to) pauses.push({ kind: m[2]!, ms: Number(m[3]), step: Number(m[4] ?? 0) })
  }
  const by = (k: string) => pauses.filter((p) => p.kind.startsWith(k))
  const s = by('Scavenge').map((p) => p.ms).sort((a, b) => b - a)
  const mc = by('Mark')
  return `; paced: ${s.length} scavenges (largest ${s.slice(0, 3).map(fmt).join(', ')} ms), ${mc.length} mark-compacts (${mc.map((p) => `${fmt(p.ms)} ms + step ${fmt(p.step)}`).join(', ')})`
}

const results = servers.map(() => [] as Array<Awaited<ReturnType<typeof once>>>)
for (let r = 0; r < rounds; r++)
  for (const [i, entry] of (r % 2 ? [...servers.entries()].reverse() : [...servers.entries()])) {
    const x = await once(entry, r, String.fromCharCode(65 + i))
    results[i]!.push(x)
    console.log(`round ${r + 1} ${String.fromCharCode(65 + i)}: at ${rate}/s p50 ${fmt(x.p50)} ms, p99 ${fmt(x.p99)} ms, max ${fmt(x.max)} ms; server ${fmt(x.satUs)} µs/req saturated, ${fmt(x.pacedUs)} µs/req paced${x.errors ? `, ${x.errors} errors` : ''}${x.gc}`)
  }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
for (const [i, xs] of results.entries())
  console.log(`${String.fromCharCode(65 + i)} (${servers[i]!.entry}${Object.keys(servers[i]!.env).length ? ` ${JSON.stringify(servers[i]!.env)}` : ''}), medians of ${xs.length}: p99 ${fmt(median(xs.map((x) => x.p99)))} ms, p50 ${fmt(median(xs.map((x) => x.p50)))} ms; server ${fmt(median(xs.map((x) => x.satUs)))} µs/req saturated, ${fmt(median(xs.map((x) => x.pacedUs)))} paced`)
