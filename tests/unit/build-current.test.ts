/**
 * `npm start` skips the esbuild step when dist/ already holds a build of the sources as they are
 * (scripts/build.mjs, isBuildCurrent). A real build of a small entry in a temporary folder, then
 * its sources changed, restored and its outputs removed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildEntry, isBuildCurrent, outfileFor } from '../../scripts/build.mjs'

const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-build-'))
const entry = join(dir, `build-current-${process.pid}.ts`)
const helper = join(dir, 'helper.ts')
const HELPER = "export const greeting = (who: string): string => `dag ${who}`\n"
writeFileSync(helper, HELPER)
writeFileSync(entry, "import { greeting } from './helper'\nconsole.log(greeting('wereld'))\n")
const outfile = outfileFor(entry)

afterAll(() => {
  for (const file of [outfile, `${outfile}.map`, `${outfile}.inputs.json`]) rmSync(file, { force: true })
  rmSync(dir, { recursive: true, force: true })
})

describe('isBuildCurrent: whether npm start may skip the build', () => {
  it('is false before any build, true right after one', () => {
    expect(isBuildCurrent(entry)).toBe(false)
    buildEntry(entry)
    expect(isBuildCurrent(entry)).toBe(true)
  })

  it('is false once an imported module changes, and true again when its content is restored', () => {
    writeFileSync(helper, HELPER.replace('dag', 'hoi'))
    expect(isBuildCurrent(entry)).toBe(false)
    // Content, not modification time, decides: the file is newer but says the same as at the build.
    writeFileSync(helper, HELPER)
    expect(isBuildCurrent(entry)).toBe(true)
  })

  it('is false when an output is gone or the manifest is unreadable', () => {
    rmSync(`${outfile}.map`)
    expect(isBuildCurrent(entry)).toBe(false)
    buildEntry(entry)
    writeFileSync(`${outfile}.inputs.json`, '{"key":')
    expect(isBuildCurrent(entry)).toBe(false)
  })
})
