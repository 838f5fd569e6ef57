/**
 * Shared pieces of the widget's end-to-end tests: the real Node app on a free port, a second
 * "partner" origin, and Debian's Chromium driven by playwright-core (`npx playwright install`
 * cannot download browsers here, so we point at /usr/bin/chromium).
 */
import { serve } from '@hono/node-server'
import { existsSync, mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { silentLogger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'

export const CHROMIUM = '/usr/bin/chromium'
export const E2E_DIR = dirname(fileURLToPath(import.meta.url))
export const SCREENSHOT_DIR = join(E2E_DIR, 'screenshots')
export const AXE_PATH = join(E2E_DIR, '..', '..', 'node_modules', 'axe-core', 'axe.min.js')

/**
 * Skip only on a developer machine without Chromium. In CI the tests must run, so a missing
 * browser fails them (at launch) instead of silently passing.
 */
export const skipE2E = !existsSync(CHROMIUM) && process.env.CI !== 'true'
if (skipE2E) {
  console.warn(
    `\n[e2e] SKIPPED: ${CHROMIUM} not found. Install it with \`apt-get install -y chromium\` ` +
      '(CI installs it in .ci/run and runs these tests).\n',
  )
}

export interface Running {
  url: string
  close: () => Promise<void>
}

/** The real Node app (createNodeApp + @hono/node-server), as `npm start` runs it, on a free port. */
export async function startApp(env: Record<string, string> = {}, port = 0): Promise<Running> {
  const { app } = createNodeApp({
    // Many requests come from one address in these tests; the limiter has its own tests.
    env: { ...process.env, RATE_LIMIT_PER_MINUTE: '0', ...env },
    log: silentLogger,
  })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            // Browsers keep connections alive; drop them so the port is really free.
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
  })
}

/** A bare HTTP server standing in for a partner's website on another origin. */
export async function startPartner(handler: (path: string) => { status?: number; headers?: Record<string, string>; body: string }) {
  const server: Server = createServer((req, res) => {
    const out = handler(req.url ?? '/')
    res.writeHead(out.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8', ...out.headers })
    res.end(out.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return { port, close: () => new Promise<void>((done) => server.close(() => done())) }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives each launch a fresh, empty --user-data-dir. The other flags keep Chromium
    // off the (closed) network: no background, component or sync traffic.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** What a page did that the widget promises never to do; every test asserts it stays empty. */
export interface Watch {
  cspViolations: string[]
  pageErrors: string[]
  requests: string[]
}

export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })
  const page: Page = await context.newPage()
  const watch: Watch = { cspViolations: [], pageErrors: [], requests: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) watch.cspViolations.push(msg.text())
  })
  page.on('pageerror', (err) => watch.pageErrors.push(String(err)))
  page.on('request', (req) => watch.requests.push(req.url()))
  return { context, page, watch }
}

export function screenshotPath(name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return join(SCREENSHOT_DIR, name)
}

/** Runs axe-core (default rules: WCAG 2.x A/AA plus best practices) and returns the violations. */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary: string }[] }[] }> } }).axe
    const result = await axe.run(document)
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`),
    }))
  })
}

export interface ApiMessage {
  text: string
  actions?: { id: string; label: string; kind?: string }[]
  sources?: { title: string; url?: string; reviewed: string }[]
  tag?: string
}

/**
 * The same turns through the API, in a conversation of their own. Tests take labels and
 * expected text from here instead of copying content, so content edits do not break them.
 */
export async function reference(url: string, inputs: ({ action: string } | { text: string })[]): Promise<ApiMessage[][]> {
  let conversationId: string | undefined
  const turns: ApiMessage[][] = []
  for (const input of inputs) {
    const res = await fetch(url + '/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), ...input }),
    })
    const body = (await res.json()) as { conversationId: string; messages: ApiMessage[] }
    conversationId = body.conversationId
    turns.push(body.messages)
  }
  return turns
}

/** The start of a message as the widget shows it: first line, markdown markers removed. */
export function opening(message: ApiMessage | undefined): string {
  const line = (message?.text ?? '').split('\n').find((l) => l.trim()) ?? ''
  return line.replace(/\*\*/g, '').replace(/^\s*(?:[-*]|\d+[.)])\s+/, '').trim().slice(0, 30)
}

export function labelOf(message: ApiMessage | undefined, id: string): string {
  const action = message?.actions?.find((a) => a.id === id)
  if (!action) throw new Error(`no action ${id} in the reply`)
  return action.label
}

/** Choices the widget renders as buttons (call:* actions are phone links). */
export function choices(message: ApiMessage | undefined) {
  return (message?.actions ?? []).filter((a) => !a.id.startsWith('call:'))
}

/**
 * One Chromium and one real Node server for a describe block, started before its tests and
 * closed after them. Read `live.browser` and `live.server` inside tests (they exist from beforeAll on).
 */
export function chromiumAndApp(env: Record<string, string> = {}): { readonly browser: Browser; readonly server: Running } {
  let browser: Browser | undefined
  let server: Running | undefined
  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launchChromium(), startApp(env)])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get browser() {
      return browser!
    },
    get server() {
      return server!
    },
  }
}
