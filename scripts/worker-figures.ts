/**
 * `npm run bench:worker`: the two Workers figures for the release note.
 *   1. Bundle size: `wrangler deploy --dry-run --outdir`, as wrangler would upload it (gzip).
 *      Fails above 500 KB gzip. Without nodejs_compat this build is also the check that nothing
 *      on the Worker path uses Node built-ins (the test pool forces the flag on).
 *   2. Local cold start: from spawning `wrangler dev` (as dev:worker runs it) to the first 200
 *      from /healthz, then the first chat turn (which creates a Durable Object).
 *   3. Isolate startup: `wrangler check startup` profiles the Worker's global scope (content and
 *      index load) in local workerd; Cloudflare allows 1 s. Not with --check.
 * Each start also checks what only a real `wrangler dev` shows (the test pool skips the asset
 * layer): /healthz, a chat turn, the demo page with its CSP, unknown paths as JSON 404.
 * `--check` (test:workers) does one start; `--runs N` sets how many for the figures (default 3).
 * Run `npm run build:worker` first (the npm script does).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { devArgs, wranglerSpawn, wranglerSync } from './wrangler.js'

const LIMIT_KB = 500
const args = process.argv.slice(2)
const check = args.includes('--check')
const runs = check ? 1 : Number(args[args.indexOf('--runs') + 1]) || 3

function bundleSize() {
  // Its own directory per run: other test runs may be building at the same time.
  const outdir = mkdtempSync(join(tmpdir(), 'meldwijzer-deploy-check-'))
  const r = wranglerSync(['deploy', '--dry-run', '--outdir', outdir], true)
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr)
    throw new Error('wrangler deploy --dry-run failed (a Node built-in on the Worker path? nodejs_compat is off on purpose)')
  }
  const m = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(r.stdout)
  const js = readFileSync(join(outdir, 'index.js'))
  rmSync(outdir, { recursive: true, force: true })
  return {
    uploadKiB: m ? Number(m[1]) : js.length / 1024,
    gzipKiB: m ? Number(m[2]) : gzipSync(js).length / 1024,
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** `wrangler dev` on a free port with its state in `state`; resolves once /healthz answers 200. */
async function startDev(state: string, vars: string[] = []) {
  const port = await freePort()
  const started = performance.now()
  const child = wranglerSpawn([...devArgs(port), '--persist-to', state, ...vars.flatMap((v) => ['--var', v])], 'pipe')
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const base = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        child.kill('SIGTERM')
      }
    }
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))
  }
  let healthMs: number | undefined
  while (performance.now() - started < 60_000) {
    if (child.exitCode !== null) break
    try {
      const res = await fetch(`${base}/healthz`)
      if (res.status === 200) {
        healthMs = performance.now() - started
        break
      }
    } catch {
      // not listening yet
    }
    await sleep(20)
  }
  if (healthMs === undefined) {
    await stop()
    throw new Error(`no 200 from /healthz within 60 s:\n${output}`)
  }
  return { base, healthMs, stop }
}

async function coldStart() {
  // A throwaway state directory: the benchmark's conversation must not linger anywhere.
  const state = mkdtempSync(join(tmpdir(), 'meldwijzer-bench-'))
  const { base, healthMs, stop } = await startDev(state)
  try {
    const t = performance.now()
    const chat = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"menu"}' })
    const body = await chat.text()
    if (chat.status !== 200 || !body.includes('0800-2000')) throw new Error(`first turn failed: ${chat.status} ${body.slice(0, 200)}`)
    const firstTurnMs = performance.now() - t
    await smoke(base)
    return { healthMs, firstTurnMs }
  } finally {
    await stop()
    rmSync(state, { recursive: true, force: true })
  }
}

/**
 * Counting goes on across a restart of workerd: five conversations, stop, start again on the
 * same state, five more; the operator's view must then show 10. Each round waits until its
 * counts can be read (they are written with waitUntil after the response).
 */
async function insightAcrossRestart() {
  const state = mkdtempSync(join(tmpdir(), 'meldwijzer-insight-'))
  const admin = 'operator-check-token-0123456789'
  const vars = ['INSIGHT_FLUSH_MS:0', `INSIGHT_ADMIN_TOKEN:${admin}`]
  try {
    for (const expected of [5, 10]) {
      const { base, stop } = await startDev(state, vars)
      try {
        for (let i = 0; i < 5; i++) await (await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"menu"}' })).text()
        let started: unknown
        for (let tries = 0; tries < 50 && started !== expected; tries++) {
          if (tries) await sleep(100)
          started = ((await (await fetch(`${base}/api/insight`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { total: { started: unknown } }).total.started
        }
        if (started !== expected) throw new Error(`insight across a restart of workerd: ${JSON.stringify(started)} conversations started, expected ${expected}`)
      } finally {
        await stop()
      }
    }
  } finally {
    rmSync(state, { recursive: true, force: true })
  }
}

/** Through the asset layer as deployed: pages get the app's CSP, unknown paths the JSON 404. */
async function smoke(base: string) {
  const page = await fetch(`${base}/`)
  await page.body?.cancel()
  if (page.status === 200 && !page.headers.get('content-security-policy')?.includes("frame-ancestors 'none'"))
    throw new Error('the demo page is served without the app\'s Content-Security-Policy (run_worker_first in wrangler.toml?)')
  const missing = await fetch(`${base}/bestaat/niet`)
  const text = await missing.text()
  if (missing.status !== 404 || !text.includes('0800-2000')) throw new Error(`unknown path: ${missing.status} ${text.slice(0, 200)}`)
}

/** CPU time of the Worker's startup phase, from the profile `wrangler check startup` writes. */
function startupProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-startup-'))
  const file = join(dir, 'startup.cpuprofile')
  try {
    const r = wranglerSync(['check', 'startup', '--outfile', file], true)
    if (r.status !== 0) throw new Error(`wrangler check startup failed:\n${r.stdout}\n${r.stderr}`)
    const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string } }>; samples: number[]; timeDeltas: number[] }
    const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id))
    let busyUs = 0
    p.samples.forEach((id, i) => {
      if (!idle.has(id)) busyUs += p.timeDeltas[i] ?? 0
    })
    return busyUs / 1000
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const size = bundleSize()
const gzipKB = (size.gzipKiB * 1024) / 1000
console.log(`bundle: ${size.uploadKiB.toFixed(1)} KiB, gzip ${size.gzipKiB.toFixed(1)} KiB = ${gzipKB.toFixed(0)} KB (limit ${LIMIT_KB} KB gzip)`)
if (gzipKB > LIMIT_KB) {
  console.error(`bundle is over ${LIMIT_KB} KB gzip`)
  process.exit(1)
}
const results = []
for (let i = 0; i < runs; i++) results.push(await coldStart())
const h = results.map((r) => r.healthMs)
const f = results.map((r) => r.firstTurnMs)
console.log(`cold start (wrangler dev → first 200 /healthz), ${runs} run(s): median ${median(h).toFixed(0)} ms (${h.map((x) => x.toFixed(0)).join(', ')})`)
console.log(`first chat turn after start (new Durable Object): median ${median(f).toFixed(0)} ms (${f.map((x) => x.toFixed(0)).join(', ')})`)
if (check) {
  console.log('wrangler dev: /healthz, chat turn, demo page CSP and JSON 404 ok')
  await insightAcrossRestart()
  console.log('wrangler dev: usage counts go on across a restart of workerd (Durable Object state) ok')
}
else console.log(`isolate startup (wrangler check startup, local CPU profile): ${startupProfile().toFixed(0)} ms CPU (Cloudflare allows 1 s)`)
