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
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
 * Beside it, <file>.inputs.json lists what went in (for isBuildCurrent). Throws (with esbuild's
 * messages) on a build error.
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
    entryPoints: { [basename(outfile).replace(/\.mjs$/, '')]: isAbsolute(entry) || entry.startsWith('.') ? entry : `./${entry}` },
    absWorkingDir: REPO,
    // Split: a module imported with import() (the content checker, which the server loads only
    // when the startup cache misses) goes to its own file under dist/chunks/ with the packages
    // it imports (YAML, zod), instead of being loaded with the entry.
    outdir: dirname(outfile),
    splitting: true,
    chunkNames: `chunks/${basename(outfile, '.mjs')}/[name]-[hash]`,
    outExtension: { '.js': '.mjs' },
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
    metafile: true,
    logLevel: 'silent',
  })
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents)
  pruneChunks(join(dirname(outfile), 'chunks', basename(outfile, '.mjs')), new Set(result.outputFiles.map((f) => f.path)))
  // Last, so a manifest never vouches for outputs that are not all written yet.
  const manifest = {
    key: buildKey(),
    inputs: Object.fromEntries(Object.keys(result.metafile.inputs).sort().map((file) => [file, fileHash(join(REPO, file))])),
    outputs: result.outputFiles.map((f) => f.path.slice(REPO.length + 1)).sort(),
  }
  writeAtomically(manifestFor(outfile), JSON.stringify(manifest))
  return outfile
}

/**
 * Whether `entry`'s bundle in dist/ was built from the sources as they are now, by this build
 * script, esbuild version and package list: every input esbuild read has the same content and
 * every output is still there. `npm start` then skips the build, which took about 0.4 s of its
 * 1.1 s start (a child process loading esbuild). Hashes, not modification times: a checkout or
 * a stash can restore an older file with a new time, or a changed file with an old one. Any
 * doubt (no manifest, unreadable file) answers false, and the build runs as before.
 * @param {string} entry
 * @returns {boolean}
 */
export function isBuildCurrent(entry) {
  try {
    const manifest = JSON.parse(readFileSync(manifestFor(outfileFor(entry)), 'utf8'))
    if (manifest.key !== buildKey()) return false
    if (!manifest.outputs.every((/** @type {string} */ file) => existsSync(join(REPO, file)))) return false
    return Object.entries(manifest.inputs).every(([file, hash]) => fileHash(join(REPO, file)) === hash)
  } catch {
    return false
  }
}

/** @param {string} outfile */
const manifestFor = (outfile) => `${outfile}.inputs.json`

/** What else decides the output besides the inputs: this script, esbuild's version, the package list. */
function buildKey() {
  const esbuildVersion = JSON.parse(readFileSync(join(REPO, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version
  return createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url))).update(esbuildVersion).update(externalPackages().join()).digest('hex')
}

/** @param {string} file */
const fileHash = (file) => createHash('sha1').update(readFileSync(file)).digest('hex')

/**
 * Written to a temporary name and renamed, so a process starting from dist/ at the same moment
 * never reads half a file.
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, contents)
  renameSync(tmp, path)
}

/**
 * Chunks of earlier builds of this entry (their names carry a hash of their code). Only those a
 * minute old: a process that read the entry just before this build may still be loading its own.
 * @param {string} dir
 * @param {Set<string>} keep
 */
function pruneChunks(dir, keep) {
  let names
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const file = join(dir, name)
    if (!keep.has(file) && Date.now() - statSync(file).mtimeMs > 60_000) rmSync(file, { force: true })
  }
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
