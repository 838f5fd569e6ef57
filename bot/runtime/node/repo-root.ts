/**
 * The repository root: the nearest directory at or above `from` that holds package.json.
 *
 * Code finds flows/, knowledge/, bot/web/public and the startup cache from here. Under tsx a
 * module runs from its own source file (bot/runtime/node/…); `npm start` runs the server bundled
 * into dist/server.mjs, and bench scripts may be bundled elsewhere under the repo. Walking up
 * gives the same root in every case, where a fixed number of `..` would not.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export function findRepoRoot(from: string, exists: (path: string) => boolean = existsSync, fallback?: string): string {
  for (let dir = resolve(from); ; ) {
    if (exists(join(dir, 'package.json'))) return dir
    const up = dirname(dir)
    if (up === dir && fallback !== undefined) return fallback
    if (up === dir) throw new Error(`Meldwijzer: no package.json in ${from} or above it; run the server from inside the repository`)
    dir = up
  }
}
