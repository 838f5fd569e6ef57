// @ts-check
/**
 * `npm start`: builds the server (scripts/build.mjs, in a short child process so esbuild never
 * loads into the server) unless dist/ already holds a build of the sources as they are, and then
 * runs it in this same process. One long-lived process, not
 * `build && node dist/server.mjs`, so a supervisor can run `node scripts/start.mjs` itself and
 * signal the server directly.
 *
 * Under npm there is still a shell between npm and us (`sh -c`): npm passes a SIGTERM on to that
 * shell, the shell dies, and we would keep serving on the port with no parent. So under npm we
 * watch our parent, and when it is gone we stop as if we had been sent SIGTERM.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO, SERVER_ENTRY, isBuildCurrent, outfileFor } from './build.mjs'

if (!isBuildCurrent(SERVER_ENTRY)) {
  try {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), SERVER_ENTRY], { cwd: REPO, stdio: 'inherit' })
  } catch {
    // build.mjs has printed esbuild's messages (file, line, column).
    process.exit(1)
  }
}
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM')
  }, 500).unref()
}

// Stack traces point into the .ts sources, as `node --enable-source-maps` would.
process.setSourceMapsEnabled(true)
await import(pathToFileURL(outfileFor(SERVER_ENTRY)).href)
