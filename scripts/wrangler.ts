/**
 * Runs the pinned wrangler offline: no metrics, no error reports, no account. Shared by
 * build:worker, dev:worker and bench:worker so they all run wrangler the same way.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { REPO_ROOT } from '../bot/runtime/node/content-files.js'

const WRANGLER = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js')

export const OFFLINE_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false' }

/** `wrangler dev` as `npm run dev:worker` runs it: local only, loopback, PORT or 8787. */
export function devArgs(port: number): string[] {
  return [
    'dev',
    '--local',
    '--ip', '127.0.0.1',
    '--port', String(port),
    '--show-interactive-dev-session=false',
    // Local workerd cannot restrict Durable Object jurisdictions (wrangler.toml says eu).
    '--var', 'CONVERSATION_JURISDICTION:none',
  ]
}

export function wranglerSync(args: string[], quiet = false) {
  return spawnSync(process.execPath, [WRANGLER, ...args], { cwd: REPO_ROOT, env: OFFLINE_ENV, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' })
}

export function wranglerSpawn(args: string[], stdio: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  // Own process group, so stopping it also stops workerd underneath.
  return spawn(process.execPath, [WRANGLER, ...args], { cwd: REPO_ROOT, env: OFFLINE_ENV, stdio, detached: stdio === 'pipe' })
}
