/** Helpers shared by the benchmark scripts: child processes, statistics, tables, a seeded PRNG. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { serverCommand } from './built-commands.js'

export const REPO = join(import.meta.dirname, '..')

/** Seconds from `--name=value` or the environment; every duration is configurable. */
export function arg(name: string, fallback: number, env?: string): number {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`))
  const raw = flag ? flag.split('=')[1] : env ? process.env[env] : undefined
  const n = Number(raw)
  return raw !== undefined && Number.isFinite(n) && n > 0 ? n : fallback
}
export const hasFlag = (name: string) => process.argv.includes(`--${name}`)

export interface Server {
  child: ChildProcess
  url: string
  pid: number
  startedMs: number
  stop(): Promise<void>
}

/**
 * Starts a TypeScript entry point as its own Node process, built to plain JavaScript and run on
 * bare node as `npm start` runs the server, on a free port, and waits for the first 200 from
 * /healthz. Its output goes to /dev/null, not to a
 * pipe: on Linux a pipe write is synchronous, and a busy load generator reading slowly would
 * throttle the server and spoil the figures.
 */
export async function startProcess(entry: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort()
  // Built before the clock starts: the build is not part of how fast the server answers.
  const [node, nodeArgs] = serverCommand(entry)
  const t0 = performance.now()
  const [command, args] = onServerCore(node, nodeArgs)
  const child = spawn(command, args, {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (d: Buffer) => void (err = (err + d.toString()).slice(-4000)))
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}: ${err}`)
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break
    } catch {
      // not listening yet
    }
    await sleep(5)
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return { child, url, pid: child.pid!, startedMs: performance.now() - t0, stop }
}

/**
 * On a machine with two or more cores and `taskset`, the servers under test run on core 0 and
 * the bench itself (autocannon, the paced generator, in-process timings) on core 1. Unpinned,
 * the load generator and the server take turns on both cores and the figures mix the two.
 */
export const PINNED = cpus().length >= 2 && existsSync('/usr/bin/taskset')
export function pinBenchToItsCore(): void {
  if (PINNED) execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' })
}
export function onServerCore(command: string, args: string[]): [string, string[]] {
  return PINNED ? ['taskset', ['-c', '0', command, ...args]] : [command, args]
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

/** Resident set size of a process, in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : NaN
}

/**
 * CPU time a process has used so far (user + system, all its threads), in ms, from /proc (Linux).
 * Over a load run this says what a request costs the server itself, whichever side of the
 * loopback was the bottleneck.
 */
export function cpuMs(pid: number): number {
  try {
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  } catch {
    return NaN
  }
}
/** USER_HZ: 100 on every Linux this runs on; getconf says for sure where it exists. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

export interface Timing {
  calls: number
  p50: number
  p99: number
  max: number
}

/** Times `fn` over `inputs` for at least `seconds` (after a warm-up), per call, in ms. */
export function timeCalls<T>(inputs: T[], fn: (input: T) => unknown, seconds: number): Timing {
  for (let i = 0; i < Math.min(inputs.length * 3, 3000); i++) fn(inputs[i % inputs.length]!)
  const samples: number[] = []
  const until = performance.now() + seconds * 1000
  let i = 0
  while (performance.now() < until || samples.length < inputs.length) {
    const input = inputs[i++ % inputs.length]!
    const t = performance.now()
    fn(input)
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return { calls: samples.length, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: samples[samples.length - 1]! }
}

export function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))]
  const widths = head.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)))
  const line = (r: Array<string | number>) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ')
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

export const fmt = (n: number) => (!Number.isFinite(n) ? '–' : Number.isInteger(n) ? String(n) : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3))

export { prng } from './prng.js'

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Starts a built server on its own core at a free port, with the rate limit off, and waits for
 * its health check: `node <args>` (an entry file, optionally after Node flags).
 */
export async function startBuiltServer(nodeArgs: string[], stdio: 'ignore' | ['ignore', 'ignore', 'inherit'] = 'ignore'): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort()
  const [command, args] = onServerCore(process.execPath, nodeArgs)
  const child = spawn(command, args, { cwd: REPO, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0' }, stdio })
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { child, url }
    } catch {
      await sleep(20)
    }
  }
}
