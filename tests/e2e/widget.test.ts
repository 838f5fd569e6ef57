/**
 * The web widget end to end: real headless Chromium, the real Node server, the real content.
 * The widget lives in an open shadow root; Playwright's CSS and role locators pierce it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPIRED, VT_LINE } from '../../bot/core/messages.js'
import { errorBody } from '../../bot/http/errors.js'
import {
  axeViolations,
  choices,
  labelOf,
  launchChromium,
  opening,
  openPage,
  reference,
  screenshotPath,
  skipE2E,
  startApp,
  startPartner,
  type ApiMessage,
  type Running,
  type Watch,
} from './support.js'

const VT_HREF = 'tel:08002000'

/** Locators and small actions on the widget in a page. */
function widget(page: Page) {
  return {
    launcher: page.locator('.mw-launcher'),
    panel: page.locator('.mw-panel'),
    input: page.getByRole('textbox', { name: /Typ je vraag|Type your question/ }),
    bot: (text: string | RegExp) => page.locator('.mw-bot', { hasText: text }),
    /** Name of the focused element inside the widget (document.activeElement is the shadow host). */
    focused: () =>
      page.evaluate(() => {
        const active = document.querySelector('aside[aria-label]')?.shadowRoot?.activeElement as HTMLElement | null
        return active ? `${active.tagName.toLowerCase()}.${active.className}|${(active.textContent ?? '').trim()}` : 'none'
      }),
    conversationId: () => page.evaluate(() => sessionStorage.getItem('meldwijzer:conversationId')),
    async ask(text: string) {
      await this.input.fill(text)
      await this.input.press('Enter')
    },
  }
}

/** Nothing the widget promises never to do happened in this page. */
function assertClean(watch: Watch, allowedOrigins: string[]) {
  expect(watch.cspViolations).toEqual([])
  expect(watch.pageErrors).toEqual([])
  const foreign = watch.requests.filter((u) => !allowedOrigins.some((o) => u.startsWith(o + '/')))
  expect(foreign).toEqual([])
}

// A browser under a full parallel test run on 2 cores can be slow; each test gets a minute.
describe.skipIf(skipE2E)('web widget (Chromium)', { timeout: 60_000 }, () => {
  let browser: Browser
  let server: Running
  // What the bot says to the same turns, asked through the API (see reference() in support.ts).
  let menu: ApiMessage, sport: ApiMessage, kindcheck: ApiMessage
  let greeting: string, sportLabel: string

  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launchChromium(), startApp()])
    const flow = await reference(server.url, [{ action: 'menu' }, { action: 'c:start/menu/sport' }])
    ;[menu, sport] = [flow[0]![0]!, flow[1]![0]!]
    kindcheck = (await reference(server.url, [{ action: 'menu' }, { text: 'wat is de kindcheck?' }]))[1]![0]!
    greeting = opening(menu)
    sportLabel = labelOf(menu, 'c:start/menu/sport')
    expect(choices(sport).length).toBeGreaterThan(0)
    expect(choices(kindcheck).length).toBeGreaterThan(0)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('opens from the launcher, follows a guided flow by buttons and shows sources', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.waitFor()
    expect(await w.panel.isVisible()).toBe(false)
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false')

    await w.launcher.click()
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('true')
    expect(await w.focused()).toMatch(/^input\.mw-input/)
    await w.bot(greeting).waitFor()
    // The permanent Veilig Thuis bar.
    const bar = page.locator('.mw-vt')
    expect((await bar.textContent())?.replace(/\s+/g, ' ')).toContain('Twijfel? Bel Veilig Thuis 0800-2000')
    expect(await bar.getAttribute('href')).toBe(VT_HREF)
    // **bold** became <strong>, "- " lines a list, never literal markers. The Veilig Thuis line
    // is in the bar, so the bubble leaves it out (issue 18).
    const bold = (menu.text.replace(VT_LINE, '').match(/\*\*(.+?)\*\*/g) ?? []).length
    expect(await w.bot(greeting).locator('strong').count()).toBe(bold)
    expect(await w.bot(greeting).locator('li').count()).toBe(menu.text.split('\n').filter((l) => /^\s*(-|\d+\.) /.test(l)).length)
    expect(await w.bot(greeting).textContent()).not.toContain('**')

    await page.getByRole('button', { name: sportLabel, exact: true }).click()
    await w.bot(opening(sport)).waitFor()
    expect(await page.locator('.mw-user', { hasText: sportLabel }).count()).toBe(1)
    // The old choices are gone, the new ones are there and the first has focus.
    expect(await page.getByRole('button', { name: labelOf(menu, 'c:start/menu/professional'), exact: true }).count()).toBe(0)
    expect(await page.locator('.mw-choice').allTextContents()).toEqual(choices(sport).map((a) => a.label))
    // After a click, focus went from the removed button to the log (no phone keyboard pops up).
    expect(await w.focused()).toMatch(/^div\.mw-log\|/)
    const sources = w.bot(opening(sport)).locator('.mw-sources li')
    expect(await sources.count()).toBe(sport.sources?.length ?? 0)
    if (sport.sources?.length) expect(await sources.first().textContent()).toMatch(/^Bron: .+, gecontroleerd \d{1,2} \w+ 20\d\d$/)

    await page.getByRole('button', { name: choices(sport)[0]!.label, exact: true }).click()
    await page.locator('.mw-bot').nth(2).waitFor()
    const links = await page.locator('.mw-panel a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    for (const href of links) expect(href).toMatch(/^(https?:|tel:)/)

    // No cookies; only the conversation id is kept, in this tab's sessionStorage.
    expect(await context.cookies()).toEqual([])
    expect(await w.conversationId()).toMatch(/^[\w:-]+$/)
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['meldwijzer:conversationId'])
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    assertClean(watch, [server.url])
    await context.close()
  })

  it('answers a typed question, shows 112 first on acute danger, and restarts', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.click()
    await w.bot(greeting).waitFor()

    await w.ask('wat is de kindcheck?')
    await w.bot(opening(kindcheck)).waitFor()
    expect(await page.locator('.mw-user', { hasText: 'wat is de kindcheck?' }).count()).toBe(1)
    expect(await w.input.inputValue()).toBe('')
    expect(await w.focused()).toMatch(/^input\.mw-input/)

    await w.ask('er is nu direct gevaar, hij slaat haar')
    const acute = page.locator('.mw-bot.mw-acute')
    await acute.waitFor()
    const call112 = acute.locator('a.mw-call-112')
    expect(await call112.getAttribute('href')).toBe('tel:112')
    expect(await call112.textContent()).toContain('112')
    expect(await call112.isVisible()).toBe(true)
    // 112 comes before the text and is the first link in the answer; Veilig Thuis is there too.
    expect(await acute.locator('a').first().getAttribute('href')).toBe('tel:112')
    expect(await acute.locator(`a[href="${VT_HREF}"]`).count()).toBeGreaterThanOrEqual(1)
    // Typed: focus stays in the text box; the live region reads the answer out.
    expect(await w.focused()).toMatch(/^input\.mw-input/)
    await page.screenshot({ path: screenshotPath('acute-1280.png') })

    const before = await w.conversationId()
    await page.getByRole('button', { name: 'Nieuw gesprek' }).click()
    await page.waitForFunction((text) => {
      const root = document.querySelector('aside[aria-label]')?.shadowRoot
      return root?.querySelectorAll('.mw-msg').length === 1 && root.querySelector('.mw-bot')?.textContent?.includes(text)
    }, greeting)
    expect(await page.locator('.mw-user').count()).toBe(0)
    expect(await w.conversationId()).not.toBe(before)
    assertClean(watch, [server.url])
    await context.close()
  })

  it('takes identifying details the user typed off the screen once the bot has spotted them', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.click()
    await w.bot(greeting).waitFor()
    await w.ask('leerling Jan de Vries, BSN 111222333, heeft steeds blauwe plekken')
    await page.locator('.mw-bot', { hasText: 'BSN' }).first().waitFor()
    const mine = page.locator('.mw-user')
    expect(await mine.count()).toBe(1)
    expect(await mine.textContent()).toContain('verborgen')
    const panelText = (await w.panel.textContent()) ?? ''
    for (const secret of ['Jan', 'Vries', '111222333']) expect(panelText).not.toContain(secret)
    assertClean(watch, [server.url])
    await context.close()
  })

  it('keeps the conversation over a reload of the tab, and a new tab starts a new one', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.click()
    await page.getByRole('button', { name: sportLabel, exact: true }).click()
    await w.bot(opening(sport)).waitFor()
    const id = await w.conversationId()

    await page.reload()
    await w.launcher.click()
    await page.locator('.mw-info').waitFor()
    // After a reload the widget asks to continue where the user was (issue 18): the sport question again.
    await w.bot(opening(sport)).waitFor()
    expect(await w.conversationId()).toBe(id)
    // Nothing that was said survives the reload: only the id was stored.
    expect(await page.locator('.mw-user').count()).toBe(0)

    const tab = await context.newPage()
    await tab.goto(server.url + '/')
    const t = widget(tab)
    expect(await t.conversationId()).toBeNull()
    await t.launcher.click()
    await t.bot(greeting).waitFor()
    expect(await t.conversationId()).not.toBe(id)
    assertClean(watch, [server.url])
    await context.close()
  })

  it('an acute choice by button puts focus on the 112 button', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.click()
    await w.bot(greeting).waitFor()
    await page.getByRole('button', { name: labelOf(menu, 'c:start/menu/acuut'), exact: true }).click()
    await page.locator('.mw-bot.mw-acute').waitFor()
    expect(await w.focused()).toMatch(/^a\.mw-call mw-call-112\|Bel 112/)
    expect(await page.locator('.mw-acute a.mw-call-112').getAttribute('href')).toBe('tel:112')
    assertClean(watch, [server.url])
    await context.close()
  })

  it('works by keyboard alone: Tab to the launcher, Enter, type, choose, Escape', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.waitFor()
    // The widget is the last thing on the page; tab until the launcher has focus.
    let onLauncher = false
    for (let i = 0; i < 15 && !onLauncher; i++) {
      await page.keyboard.press('Tab')
      onLauncher = (await w.focused()).startsWith('button.mw-launcher')
    }
    expect(onLauncher).toBe(true)
    await page.keyboard.press('Enter')
    expect(await w.focused()).toMatch(/^input\.mw-input/)
    await w.bot(greeting).waitFor()

    await page.keyboard.type('wat is de kindcheck?')
    await page.keyboard.press('Enter')
    await w.bot(opening(kindcheck)).waitFor()
    // Back from the text box: past the answer's "Bronnen" toggle (sources come after the buttons
    // since issue 18), to its last choice.
    let choice = ''
    for (let i = 0; i < 3 && !/^button\.mw-choice\|/.test(choice); i++) {
      await page.keyboard.press('Shift+Tab')
      choice = await w.focused()
    }
    expect(choice).toMatch(/^button\.mw-choice\|/)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => (document.querySelector('aside[aria-label]')?.shadowRoot?.querySelectorAll('.mw-bot').length ?? 0) >= 3)
    expect(await page.locator('.mw-user').last().textContent()).toContain(choice.split('|')[1])
    // Chosen by keyboard: focus went to the text box, ready for the next question.
    expect(await w.focused()).toMatch(/^input\.mw-input/)

    await page.keyboard.press('Escape')
    expect(await w.panel.isVisible()).toBe(false)
    expect(await w.focused()).toMatch(/^button\.mw-launcher/)
    await page.keyboard.press('Enter')
    expect(await w.panel.isVisible()).toBe(true)
    expect(await page.locator('.mw-bot').count()).toBeGreaterThanOrEqual(3) // the conversation is still there
    // The close button also returns focus to the launcher.
    await page.getByRole('button', { name: 'Sluit de chat' }).press('Enter')
    expect(await w.focused()).toMatch(/^button\.mw-launcher/)
    // Escape also closes with focus on the launcher while the panel is open.
    await page.keyboard.press('Enter')
    await w.launcher.focus()
    await page.keyboard.press('Escape')
    expect(await w.panel.isVisible()).toBe(false)
    assertClean(watch, [server.url])
    await context.close()
  })

  it('survives an API failure: plain Dutch, the Veilig Thuis number, a retry, nothing typed is lost', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.click()
    await w.bot(greeting).waitFor()

    // 1. The API cannot be reached at all.
    await page.route('**/api/chat', (route) => route.abort('connectionrefused'))
    await w.ask('wat is de kindcheck?')
    const error = page.locator('.mw-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('Meldwijzer is nu niet bereikbaar')
    expect(await error.textContent()).toContain('0800-2000')
    expect(await error.locator(`a.mw-call[href="${VT_HREF}"]`).count()).toBe(1)
    expect(await page.locator('.mw-vt').isVisible()).toBe(true)
    const bubble = page.locator('.mw-user', { hasText: 'wat is de kindcheck?' })
    expect(await bubble.textContent()).toContain('Nog niet verstuurd')
    expect(await w.focused()).toMatch(/^button\.mw-retry/)
    await page.screenshot({ path: screenshotPath('error-1280.png') })

    // 2. The API answers with a JSON error: its own text (with the Veilig Thuis line) is shown.
    await page.unroute('**/api/chat')
    await page.route('**/api/chat', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify(errorBody('internal', 'Er ging iets mis aan onze kant.')) }),
    )
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
    await page.locator('.mw-error', { hasText: 'Er ging iets mis aan onze kant.' }).waitFor()
    expect(await page.locator('.mw-error').count()).toBe(1)
    expect(await page.locator('.mw-error').textContent()).toContain('0800-2000')

    // 3. The API is back: the retry sends exactly what was typed, once.
    await page.unroute('**/api/chat')
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/chat') && r.method() === 'POST')
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
    expect((await sent).postDataJSON()).toMatchObject({ text: 'wat is de kindcheck?' })
    await w.bot(opening(kindcheck)).waitFor()
    expect(await page.locator('.mw-error').count()).toBe(0)
    expect(await bubble.count()).toBe(1)
    expect(await bubble.textContent()).not.toContain('Nog niet verstuurd')
    expect(watch.cspViolations).toEqual([])
    expect(watch.pageErrors).toEqual([])
    await context.close()
  })

  it('survives the server going down and coming back: the typed question is answered after retry', async () => {
    const first = await startApp()
    const port = Number(new URL(first.url).port)
    const { context, page, watch } = await openPage(browser)
    let second: Running | undefined
    try {
      await page.goto(first.url + '/')
      const w = widget(page)
      await w.launcher.click()
      await w.bot(greeting).waitFor()

      await first.close()
      await w.ask('wat is de kindcheck?')
      await page.locator('.mw-error', { hasText: 'Meldwijzer is nu niet bereikbaar' }).waitFor()

      // A fresh process on the same port: it has never heard of this conversation.
      second = await startApp({}, port)
      await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
      await w.bot(opening({ text: EXPIRED })).waitFor()
      await w.bot(opening(kindcheck)).waitFor()
      expect(await page.locator('.mw-user', { hasText: 'wat is de kindcheck?' }).count()).toBe(1)
      expect(await page.locator('.mw-error').count()).toBe(0)
      expect(watch.cspViolations).toEqual([])
    } finally {
      await context.close()
      await second?.close()
    }
  })

  it('renders reply text as text: no markup, no script, only http(s) and tel links', async () => {
    const { context, page, watch } = await openPage(browser)
    const hostile = {
      conversationId: 'c-test',
      messages: [
        {
          text: '<img src=x onerror="window.pwned=1"> **vet** <b>niet vet</b>\n- item <script>window.pwned=2</script>\n1. een\n2. twee\n\nZie https://example.org/pad. of javascript:alert(1)',
          actions: [{ id: 'x', label: '<i>label</i>' }],
          sources: [
            { title: 'Kwaadaardig <a href="javascript:alert(1)">', url: 'javascript:alert(1)', reviewed: '2026-11-23' },
            { title: 'Goed', url: 'https://example.org/bron', reviewed: '2026-11-23' },
          ],
        },
      ],
    }
    await page.route('**/api/chat', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }))
    await page.goto(server.url + '/')
    const w = widget(page)
    await w.launcher.click()
    const msg = page.locator('.mw-bot').first()
    await msg.waitFor()
    expect(await msg.locator('img, script, b, i, iframe').count()).toBe(0)
    expect(await msg.textContent()).toContain('<img src=x onerror="window.pwned=1">')
    expect(await msg.locator('strong').allTextContents()).toEqual(['vet'])
    expect(await msg.locator('.mw-text ul li').count()).toBe(1)
    expect(await msg.locator('.mw-text ol li').count()).toBe(2)
    expect(await page.getByRole('button', { name: '<i>label</i>' }).count()).toBe(1)
    const hrefs = await msg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(['https://example.org/pad', 'https://example.org/bron'])
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    expect(watch.pageErrors).toEqual([])
    await context.close()
  })

  it('fits at 320 px wide and at 200% zoom', async () => {
    for (const [name, viewport, scale] of [
      ['320', { width: 320, height: 640 }, 1],
      // 1280×720 at 200% zoom is a 640×360 CSS-pixel viewport.
      ['zoom200', { width: 640, height: 360 }, 2],
    ] as const) {
      const { context, page } = await openPage(browser, { viewport, deviceScaleFactor: scale })
      await page.goto(server.url + '/')
      const w = widget(page)
      await w.launcher.click()
      await w.bot(greeting).waitFor()
      const fit = await page.evaluate(() => {
        const root = document.querySelector('aside[aria-label]')!.shadowRoot!
        const box = (sel: string) => root.querySelector(sel)!.getBoundingClientRect()
        const log = root.querySelector('.mw-log')!
        return {
          panel: box('.mw-panel'),
          input: box('.mw-input'),
          send: box('.mw-send'),
          close: box('.mw-close'),
          vt: box('.mw-vt'),
          logOverflowX: log.scrollWidth - log.clientWidth,
          pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
        }
      })
      for (const part of [fit.panel, fit.input, fit.send, fit.close, fit.vt]) {
        expect(part.left, name).toBeGreaterThanOrEqual(0)
        expect(part.right, name).toBeLessThanOrEqual(viewport.width + 0.5)
        expect(part.top, name).toBeGreaterThanOrEqual(0)
        expect(part.bottom, name).toBeLessThanOrEqual(viewport.height + 0.5)
      }
      expect(fit.logOverflowX, name).toBeLessThanOrEqual(0)
      expect(fit.pageOverflowX, name).toBeLessThanOrEqual(0)
      await page.screenshot({ path: screenshotPath(`open-${name}.png`) })
      await context.close()
    }
  })

  it('has no axe-core violations, closed and open; screenshots at 375 px and 1280 px', async () => {
    for (const width of [1280, 375]) {
      // bypassCSP only so that axe itself can be injected; the widget is tested under CSP above.
      const { context, page } = await openPage(browser, { viewport: { width, height: width > 500 ? 800 : 812 }, bypassCSP: true })
      await page.goto(server.url + '/')
      const w = widget(page)
      await w.launcher.waitFor()
      await page.screenshot({ path: screenshotPath(`closed-${width}.png`) })
      expect(await axeViolations(page), `closed, ${width} px`).toEqual([])

      await w.launcher.click()
      await w.bot(greeting).waitFor()
      await page.getByRole('button', { name: sportLabel, exact: true }).click()
      await w.bot(opening(sport)).waitFor()
      await page.screenshot({ path: screenshotPath(`open-${width}.png`) })
      expect(await axeViolations(page), `open, ${width} px`).toEqual([])

      await w.ask('er is nu direct gevaar')
      await page.locator('.mw-acute').waitFor()
      await page.screenshot({ path: screenshotPath(`acute-${width}.png`) })
      expect(await axeViolations(page), `acute answer, ${width} px`).toEqual([])

      await page.route('**/api/chat', (route) => route.abort('connectionrefused'))
      await w.ask('wat is de kindcheck?')
      await page.locator('.mw-error').waitFor()
      expect(await axeViolations(page), `error, ${width} px`).toEqual([])
      await context.close()
    }
  })
})

describe.skipIf(skipE2E)('web widget embedded on a partner site (second origin)', { timeout: 60_000 }, () => {
  let browser: Browser
  let api: Running
  let partner: Awaited<ReturnType<typeof startPartner>>
  let partnerOrigin: string
  let otherOrigin: string
  let sport: ApiMessage, kindcheck: ApiMessage

  beforeAll(async () => {
    let widgetSrc = ''
    // The partner's own strict CSP: only the Meldwijzer host may provide scripts, styles and data.
    partner = await startPartner(() => ({
      headers: {
        'Content-Security-Policy': `default-src 'none'; script-src ${new URL(widgetSrc).origin}; style-src ${new URL(widgetSrc).origin}; connect-src ${new URL(widgetSrc).origin}; base-uri 'none'`,
      },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner club</title></head>
<body><main><h1>Our sports club</h1><p>Partner page.</p></main>
<script src="${widgetSrc}" defer data-title="Vraag het Meldwijzer" data-role="sport" data-lang="en" data-position="left"></script>
</body></html>`,
    }))
    // Same server, two origins: "localhost" is allowed, "127.0.0.1" is not.
    partnerOrigin = `http://localhost:${partner.port}`
    otherOrigin = `http://127.0.0.1:${partner.port}`
    ;[browser, api] = await Promise.all([launchChromium(), startApp({ ALLOWED_ORIGINS: partnerOrigin })])
    widgetSrc = `${api.url}/widget.js`
    sport = (await reference(api.url, [{ action: 'c:start/menu/sport' }]))[0]![0]!
    kindcheck = (await reference(api.url, [{ action: 'menu' }, { text: 'wat is de kindcheck?' }]))[1]![0]!
  })
  afterAll(async () => {
    await browser?.close()
    await api?.close()
    await partner?.close()
  })

  it('serves widget.js and widget.css for cross-origin use', async () => {
    for (const file of ['/widget.js', '/widget.css']) {
      const res = await fetch(api.url + file, { headers: { Origin: partnerOrigin } })
      expect(res.status).toBe(200)
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
    }
  })

  it('works from an allowed origin with the data- options, under the partner CSP', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(partnerOrigin + '/')
    const w = widget(page)
    await w.launcher.waitFor()
    expect(await w.launcher.textContent()).toContain('Vraag het Meldwijzer')
    // Styled by widget.css from the widget's host, and on the left.
    expect(await w.launcher.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(18, 50, 94)')
    expect((await w.launcher.boundingBox())!.x).toBeLessThan(100)

    await w.launcher.click()
    // data-role="sport" started in the sport flow; the UI is English, the bot's content Dutch.
    await w.bot(opening(sport)).waitFor()
    expect(await w.bot(opening(sport)).getAttribute('lang')).toBe('nl')
    expect(await page.getByRole('button', { name: 'New conversation' }).count()).toBe(1)
    expect((await page.locator('.mw-vt').textContent())?.replace(/\s+/g, ' ')).toContain('In doubt? Call Veilig Thuis 0800-2000')
    expect(await page.locator('.mw-note').textContent()).toContain('Meldwijzer answers in Dutch.')

    await page.getByRole('button', { name: choices(sport)[0]!.label, exact: true }).click()
    await page.locator('.mw-bot').nth(1).waitFor()
    await w.ask('wat is de kindcheck?')
    await w.bot(opening(kindcheck)).waitFor()
    expect(await context.cookies()).toEqual([])
    assertClean(watch, [partnerOrigin, api.url])
    await page.screenshot({ path: screenshotPath('partner-en-left-1280.png') })
    await context.close()
  })

  it('from an origin not in ALLOWED_ORIGINS, the widget loads but says the chat is unreachable, with Veilig Thuis', async () => {
    const { context, page, watch } = await openPage(browser)
    await page.goto(otherOrigin + '/')
    const w = widget(page)
    await w.launcher.click()
    const error = page.locator('.mw-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('0800-2000')
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1)
    expect(watch.cspViolations).toEqual([])
    await context.close()
  })
})
