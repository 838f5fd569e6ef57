/**
 * Startup: from spawning `node --import tsx bot/runtime/node/server.ts` (what `npm start` runs)
 * to the first 200 from /healthz, with content checked and the search index built. Also the
 * same for an empty script, to show what Node plus the TypeScript loader cost by themselves.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { REPO, freePort, quantile, sleep } from './lib.js'

/**
 * The same server bundled to plain JavaScript with esbuild (packages stay external): what a build
 * step would save over loading TypeScript through tsx. Written under node_modules/.cache at the
 * same depth as bot/runtime/node, so the server still finds flows/ and knowledge/.
 */
const BUNDLED = 'node_modules/.cache/meldwijzer-bench/server.mjs'
async function bundleServer(): Promise<void> {
  const { build } = await import('esbuild')
  await build({ entryPoints: ['bot/runtime/node/server.ts'], absWorkingDir: REPO, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: BUNDLED, logLevel: 'silent' })
}

async function once(bundled = false): Promise<number> {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn(process.execPath, bundled ? [BUNDLED] : ['--import', 'tsx', 'bot/runtime/node/server.ts'], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
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

async function loaderOnly(): Promise<number> {
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', '0'], { cwd: REPO, stdio: 'ignore' })
  await new Promise((r) => child.once('exit', r))
  return performance.now() - t0
}

export async function measureStartup(runs: number) {
  const server: number[] = []
  const loader: number[] = []
  const bundled: number[] = []
  let bundleError: string | undefined
  try {
    await bundleServer()
  } catch (err) {
    bundleError = err instanceof Error ? err.message.slice(0, 200) : String(err)
  }
  for (let i = 0; i < runs; i++) {
    server.push(await once())
    loader.push(await loaderOnly())
    if (!bundleError) bundled.push(await once(true))
  }
  for (const xs of [server, loader, bundled]) xs.sort((a, b) => a - b)
  return {
    runs,
    medianMs: quantile(server, 0.5),
    maxMs: server[server.length - 1]!,
    loaderOnlyMedianMs: quantile(loader, 0.5),
    bundledMedianMs: quantile(bundled, 0.5),
    ...(bundleError ? { bundleError } : {}),
  }
}
