// @ts-check
/**
 * `npm start`: builds the server (scripts/build.mjs, in a short child process so esbuild never
 * loads into the server) and then runs it in this same process. One long-lived process, not
 * `build && node dist/server.mjs` under a shell: npm hands Ctrl-C and a supervisor's SIGTERM to
 * its direct child, and a shell in between would leave the server running on its own.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO, SERVER_ENTRY, outfileFor } from './build.mjs'

try {
  execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), SERVER_ENTRY], { cwd: REPO, stdio: 'inherit' })
} catch {
  // build.mjs has printed esbuild's messages (file, line, column).
  process.exit(1)
}
// Stack traces point into the .ts sources, as `node --enable-source-maps` would.
process.setSourceMapsEnabled(true)
await import(pathToFileURL(outfileFor(SERVER_ENTRY)).href)
