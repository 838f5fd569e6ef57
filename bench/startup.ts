/**
 * Startup: from spawning the server to the first 200 from /healthz, with content checked and the
 * search index built. Three ways to start, each timed the same way:
 *  - `node scripts/start.mjs`: what `npm start` runs (build to dist/, then serve);
 *  - `node --enable-source-maps dist/server.mjs`: the built server alone, as a supervisor restarts it;
 *  - `node --import tsx bot/runtime/node/server.ts`: from the TypeScript sources, for comparison.
 * npm itself adds its own start-up on top (about 0.3 s here), the same for any server.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { serverCommand } from './built-commands.js'
import { REPO, freePort, quantile, sleep } from './lib.js'

async function once(command: string, args: string[]): Promise<number> {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn(command, args, { cwd: REPO, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`)
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`)
        if (res.status === 200) return performance.now() - t0
      } catch {
        // not listening yet
      }
      await sleep(5)
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))
  }
}

export interface StartupResult {
  runs: number
  /** `npm start`'s command: build, then serve. */
  medianMs: number
  maxMs: number
  builtMedianMs: number
  tsxMedianMs: number
}

export async function measureStartup(runs: number): Promise<StartupResult> {
  const [node, builtArgs] = serverCommand('bot/runtime/node/server.ts')
  const start: number[] = []
  const built: number[] = []
  const tsx: number[] = []
  for (let i = 0; i < runs; i++) {
    start.push(await once(node, ['scripts/start.mjs']))
    built.push(await once(node, builtArgs))
    tsx.push(await once(node, ['--import', 'tsx', 'bot/runtime/node/server.ts']))
  }
  for (const xs of [start, built, tsx]) xs.sort((a, b) => a - b)
  return { runs, medianMs: quantile(start, 0.5), maxMs: start[start.length - 1]!, builtMedianMs: quantile(built, 0.5), tsxMedianMs: quantile(tsx, 0.5) }
}
