/** The Node entry points as a user starts them: `npm start` and `npm run chat`, as real processes. */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { realBundle } from '../support/engine.js'
import { fixtureFiles } from '../support/fixtures.js'

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')

function run(script: string, env: Record<string, string>, stdin?: string) {
  return runCommand(TSX, [join(REPO_ROOT, script)], env, stdin)
}

function runCommand(command: string, args: string[], env: Record<string, string>, stdin?: string, detached = false) {
  const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: 'pipe', detached })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  if (stdin !== undefined) child.stdin.end(stdin)
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, exit, output: () => out, errors: () => err }
}

/**
 * `npm start` runs scripts/start.mjs: it builds the server into dist/ and then serves from the
 * built file in the same process. Spawned here exactly as package.json writes it, but directly
 * (not through npm and sh), so signals reach the server itself.
 */
const START = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
const [START_NODE, ...START_ARGS] = START.split(' ')
const startServer = (env: Record<string, string>) => runCommand(START_NODE === 'node' ? process.execPath : START_NODE!, START_ARGS, env)

async function waitForHealth(port: number): Promise<Response | undefined> {
  let health: Response | undefined
  for (let i = 0; i < 100 && health?.status !== 200; i++) {
    health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined)
    if (health?.status !== 200) await new Promise((r) => setTimeout(r, 100))
  }
  return health
}

/** True once nothing answers on the port any more (within 5 s). */
async function waitUntilDown(port: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false)
    if (!up) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

describe('npm start', () => {
  it('builds the server to dist/ and runs it on plain node, without the tsx loader', async () => {
    expect(START).toBe('node scripts/start.mjs')
    const port = 20000 + Math.floor(Math.random() * 20000)
    const server = startServer({ PORT: String(port) })
    try {
      expect((await waitForHealth(port))?.status).toBe(200)
      // Our own modules are bundled in, split into chunks under dist/ (the content checker is one,
      // loaded only when the startup cache misses); packages stay imports from node_modules.
      const ownImports = readFileSync(join(REPO_ROOT, 'dist', 'server.mjs'), 'utf8').match(/from ['"]\.\.?\/[^'"]*/g) ?? []
      for (const i of ownImports) expect(i).toMatch(/^from ['"]\.\/chunks\/server\/[\w-]+\.mjs$/)
      const args = readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8').split('\0')
      expect(args.join(' ')).not.toContain('tsx')
    } finally {
      server.child.kill()
    }
  })

  it('serves /healthz, the chat API, the demo page and the widget files on the given PORT', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    const server = startServer({ PORT: String(port) })
    try {
      expect((await waitForHealth(port))?.status).toBe(200)
      const chat = await fetch(`http://127.0.0.1:${port}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"wat is de kindcheck"}' })
      const body = (await chat.json()) as { messages: Array<{ text: string }> }
      expect(body.messages[0]!.text).toContain('Kindcheck')
      // Static files come from bot/web/public, found from dist/ by walking up to the repo root.
      for (const [path, file] of [['/', 'index.html'], ['/widget.js', 'widget.js'], ['/widget.css', 'widget.css']] as const) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`)
        expect(res.status, path).toBe(200)
        expect(await res.text()).toBe(readFileSync(join(REPO_ROOT, 'bot', 'web', 'public', file), 'utf8'))
      }
    } finally {
      server.child.kill()
    }
  })

  it('stops cleanly on SIGTERM and flushes its batched log lines first', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    const server = startServer({ PORT: String(port) })
    expect((await waitForHealth(port))?.status).toBe(200)
    await fetch(`http://127.0.0.1:${port}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"stap 2"}' })
    server.child.kill('SIGTERM')
    expect(await server.exit).toBe(0)
    const turn = server.output().split('\n').find((l) => l.includes('"event":"turn"'))
    expect(JSON.parse(turn!)).toMatchObject({ level: 'info', event: 'turn', input: 'text' })
    expect(server.output()).not.toContain('stap 2')
  })

  it('stops when npm itself is sent SIGTERM, although npm runs it through a shell', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    // Its own process group, so the cleanup below also reaches a server npm left behind.
    const npm = runCommand('npm', ['start', '--silent'], { PORT: String(port) }, undefined, true)
    try {
      expect((await waitForHealth(port))?.status).toBe(200)
      npm.child.kill('SIGTERM')
      await npm.exit
      expect(await waitUntilDown(port), 'the server still answers after npm was stopped').toBe(true)
    } finally {
      try {
        process.kill(-npm.child.pid!, 'SIGKILL')
      } catch {
        // the group is gone: nothing left behind
      }
    }
  })

  it('refuses to start on invalid content and says where the problem is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'meldwijzer-content-'))
    for (const f of fixtureFiles('unknown-node')) {
      mkdirSync(join(root, dirname(f.path)), { recursive: true })
      writeFileSync(join(root, f.path), f.text)
    }
    const server = startServer({ CONTENT_ROOT: root, PORT: '0' })
    expect(await server.exit).toBe(1)
    expect(server.errors()).toContain('flows/stap-2.yaml:8:32 nodes[0].choices[0].next: unknown node "stap-2b". Did you mean "stap-2a"?')
  })
})

describe('npm run chat', () => {
  it('holds the same conversation in the terminal: numbered buttons, typed questions', async () => {
    const chat = run('bot/runtime/node/chat-cli.ts', {}, '1\nwat is de verwijsindex\nstop\n')
    expect(await chat.exit).toBe(0)
    const out = chat.output()
    // Expected texts come from the content, so content edits do not break this test.
    const { content } = realBundle()
    const menu = content.nodes.get('start/menu')!
    const first = menu.choices![0]!
    expect(out).toContain(`[1] ${first.label}`)
    const target = /^flow:([a-z0-9-]+)$/.exec(first.next)![1]!
    const opened = content.nodes.get(`${target}/${content.flows.get(target)!.start}`)!
    expect(out).toContain(opened.text.split('\n')[0]!.replace(/\*\*/g, ''))
    expect(out).toContain(content.topics.get('verwijsindex')!.title)
    expect(out).toContain('Bron: ')
    expect(out.match(/0800-2000/g)?.length).toBeGreaterThanOrEqual(3)
  })
})
