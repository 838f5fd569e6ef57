/** The Node entry points as a user starts them: `npm start` and `npm run chat`, as real processes. */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { realBundle } from '../support/engine.js'
import { fixtureFiles } from '../support/fixtures.js'

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')

function run(script: string, env: Record<string, string>, stdin?: string) {
  const child = spawn(TSX, [join(REPO_ROOT, script)], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: 'pipe' })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  if (stdin !== undefined) child.stdin.end(stdin)
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, exit, output: () => out, errors: () => err }
}

describe('npm start', () => {
  it('serves /healthz and the chat API on the given PORT', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    const server = run('bot/runtime/node/server.ts', { PORT: String(port) })
    try {
      let health: Response | undefined
      for (let i = 0; i < 100 && !health; i++) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined)
        if (!health) await new Promise((r) => setTimeout(r, 100))
      }
      expect(health?.status).toBe(200)
      const chat = await fetch(`http://127.0.0.1:${port}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"wat is de kindcheck"}' })
      const body = (await chat.json()) as { messages: Array<{ text: string }> }
      expect(body.messages[0]!.text).toContain('Kindcheck')
    } finally {
      server.child.kill()
    }
  })

  it('stops cleanly on SIGTERM and flushes its batched log lines first', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    const server = run('bot/runtime/node/server.ts', { PORT: String(port) })
    let ok = false
    for (let i = 0; i < 100 && !ok; i++) {
      ok = (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200
      if (!ok) await new Promise((r) => setTimeout(r, 100))
    }
    await fetch(`http://127.0.0.1:${port}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"stap 2"}' })
    server.child.kill('SIGTERM')
    expect(await server.exit).toBe(0)
    const turn = server.output().split('\n').find((l) => l.includes('"event":"turn"'))
    expect(JSON.parse(turn!)).toMatchObject({ level: 'info', event: 'turn', input: 'text' })
    expect(server.output()).not.toContain('stap 2')
  })

  it('refuses to start on invalid content and says where the problem is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'meldwijzer-content-'))
    for (const f of fixtureFiles('unknown-node')) {
      mkdirSync(join(root, dirname(f.path)), { recursive: true })
      writeFileSync(join(root, f.path), f.text)
    }
    const server = run('bot/runtime/node/server.ts', { CONTENT_ROOT: root, PORT: '0' })
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
