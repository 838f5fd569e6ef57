/**
 * Commands that run a bench target the way `npm start` runs the server: bundled to plain
 * JavaScript by scripts/build.mjs and started on bare node, not through the tsx loader (whose
 * hooks thread is a second V8 isolate: about 30 MB of RSS and 150 ms of start time that the
 * server no longer has). Each entry is built once per process, into dist/, by running
 * `node scripts/build.mjs <entry>` (so esbuild never loads into the bench process). Run the
 * command with cwd = REPO; the built files find the repo root from dist/ either way.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO, outfileFor } from '../scripts/build.mjs'

const built = new Map<string, string>()

/** Bundles `entry` (a path relative to the repo) on first use; returns the .mjs file. */
export function builtEntry(entry: string): string {
  let file = built.get(entry)
  if (file === undefined) {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), entry], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] })
    built.set(entry, (file = outfileFor(entry)))
  }
  return file
}

/**
 * `[node, args]` to start a server entry (bot/runtime/node/server.ts, bench/echo-server.ts) as
 * `npm start` does: `node --enable-source-maps dist/<name>.mjs`.
 */
export function serverCommand(entry: string): [string, string[]] {
  return [process.execPath, ['--enable-source-maps', builtEntry(entry)]]
}

/** `[node, args]` for bench/rss-idle.ts, built, with --expose-gc so it can collect before measuring. */
export function rssIdleCommand(): [string, string[]] {
  return [process.execPath, ['--expose-gc', '--enable-source-maps', builtEntry('bench/rss-idle.ts')]]
}
