/** The repo root is found by walking up to package.json, from the sources and from a bundle in dist/. */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { findRepoRoot } from '../../bot/runtime/node/repo-root.js'

describe('findRepoRoot', () => {
  it('is the folder with our package.json, flows/ and bot/web/public', () => {
    expect((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string }).name).toBe('meldwijzer')
    expect(readFileSync(join(REPO_ROOT, 'bot', 'web', 'public', 'widget.js'), 'utf8').length).toBeGreaterThan(0)
  })

  it('gives the same root from the sources (tsx) and from the bundle (npm start runs dist/server.mjs)', () => {
    expect(findRepoRoot(join(REPO_ROOT, 'bot', 'runtime', 'node'))).toBe(REPO_ROOT)
    expect(findRepoRoot(join(REPO_ROOT, 'dist'))).toBe(REPO_ROOT)
    expect(findRepoRoot(join(REPO_ROOT, 'node_modules', '.cache', 'meldwijzer-bench'))).toBe(REPO_ROOT)
  })

  it('takes the nearest package.json, and says so when there is none', () => {
    const files = new Set([resolve('/srv/app/package.json'), resolve('/srv/package.json')])
    const exists = (p: string) => files.has(p)
    expect(findRepoRoot('/srv/app/dist', exists)).toBe(resolve('/srv/app'))
    expect(findRepoRoot('/srv/app', exists)).toBe(resolve('/srv/app'))
    expect(() => findRepoRoot('/elsewhere/dist', exists)).toThrow(/no package\.json in \/elsewhere\/dist or above/)
  })

  it('uses the given fallback where there is no disk to walk (test helpers inside workerd)', () => {
    expect(findRepoRoot('/nowhere/bot/runtime/node', () => false, '/nowhere')).toBe('/nowhere')
  })
})
