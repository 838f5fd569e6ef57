// @ts-check
/**
 * `npm run build` (and the first half of `npm start`): bundles a Node entry point written in
 * TypeScript to one plain JavaScript module in dist/, so the server runs on bare `node` instead
 * of through the tsx loader. tsx compiles on the fly in a second V8 isolate (its hooks thread),
 * which cost about 150 ms at start and 30 MB of resident memory.
 *
 * esbuild only strips types and joins our own modules; packages in node_modules stay imports
 * (`packages: 'external'`), so they load exactly as under tsx. A source map maps stack traces
 * back to the .ts files (`node --enable-source-maps`), without copies of their text. Plain JavaScript on purpose: it runs
 * before anything can load TypeScript. Types for TypeScript callers are in build.d.mts.
 *
 *   node scripts/build.mjs                      bot/runtime/node/server.ts → dist/server.mjs
 *   node scripts/build.mjs bench/rss-idle.ts    → dist/rss-idle.mjs (any entry: dist/<name>.mjs)
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..')
export const DIST = join(REPO, 'dist')
export const SERVER_ENTRY = 'bot/runtime/node/server.ts'

/**
 * Where `entry` (a path relative to the repo) is bundled to: dist/<file name>.mjs.
 * @param {string} entry
 */
export function outfileFor(entry) {
  return join(DIST, `${basename(entry).replace(/\.[cm]?[jt]s$/, '')}.mjs`)
}

/**
 * Bundles `entry` (relative to the repo root) and returns the absolute path of the .mjs file.
 * Files are written to a temporary name and renamed, so a process starting from dist/ at the
 * same moment never reads half a file. Throws (with esbuild's messages) on a build error.
 * @param {string} entry
 * @param {string} [outfile]
 * @returns {string}
 */
export function buildEntry(entry, outfile = outfileFor(entry)) {
  // Loaded on first use: importing this module for outfileFor() does not load esbuild.
  /** @type {typeof import('esbuild')} */
  const esbuild = createRequire(import.meta.url)('esbuild')
  const result = esbuild.buildSync({
    // './' so a missing file is reported as missing, not taken for a package name.
    entryPoints: [isAbsolute(entry) || entry.startsWith('.') ? entry : `./${entry}`],
    absWorkingDir: REPO,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externalPackages(),
    sourcemap: true,
    // The map points at the .ts files in the repo; their text is not copied in. Node reads and
    // keeps the map from the start (--enable-source-maps): with the sources inside it was 860 KB
    // instead of 206 KB, for stack traces that name the same files and lines either way.
    sourcesContent: false,
    write: false,
    logLevel: 'silent',
  })
  mkdirSync(dirname(outfile), { recursive: true })
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`
    writeFileSync(tmp, file.contents)
    renameSync(tmp, file.path)
  }
  return outfile
}

/**
 * Packages stay imports, as `packages: 'external'` would keep them, except packages that are
 * JSON data (the Dutch stop word list): Node 20 refuses a bare JSON import without an import
 * attribute, and esbuild does not keep attributes on external imports, so data is bundled.
 */
function externalPackages() {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'))
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((n) => !DATA_PACKAGES.includes(n))
  return names.flatMap((n) => [n, `${n}/*`])
}
const DATA_PACKAGES = ['stopwords-nl']

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // One esbuild run that ends with the build. By default buildSync starts a worker thread with a
  // long-lived esbuild service, whose process outlives a short script like this one.
  process.env.ESBUILD_WORKER_THREADS = '0'
  const entries = process.argv.slice(2)
  try {
    for (const entry of entries.length ? entries : [SERVER_ENTRY]) buildEntry(entry)
  } catch (err) {
    // esbuild's message already lists every error with file, line and column.
    console.error(`build: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  }
}
