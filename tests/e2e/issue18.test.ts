/**
 * Issue 18 in Chromium, as a stressed user on a phone (390×844) and at a desk (1280×900): each
 * of the seven points, with a screenshot per point and size under tests/e2e/screenshots/, and
 * axe-core at 0 violations in the new states (sources folded, nested lists, back buttons).
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, chromiumAndApp, openPage, screenshotPath, skipE2E } from './support.js'

const SIZES = [
  { name: '390', viewport: { width: 390, height: 844 }, touch: true },
  { name: '1280', viewport: { width: 1280, height: 900 }, touch: false },
] as const

function ui(page: Page) {
  return {
    launcher: page.locator('.mw-launcher'),
    input: page.getByRole('textbox', { name: /Typ je vraag/ }),
    lastBot: () => page.locator('.mw-bot').last(),
    button: (name: string | RegExp) => page.locator('.mw-choice', { hasText: name }).last(),
    async ask(text: string) {
      const before = await page.locator('.mw-bot').count()
      await this.input.fill(text)
      await this.input.press('Enter')
      await page.waitForFunction((n) => (document.querySelector('aside[aria-label]')?.shadowRoot?.querySelectorAll('.mw-bot').length ?? 0) > n, before)
    },
    async press(name: string | RegExp) {
      const before = await page.locator('.mw-bot').count()
      await this.button(name).click()
      await page.waitForFunction((n) => (document.querySelector('aside[aria-label]')?.shadowRoot?.querySelectorAll('.mw-bot').length ?? 0) > n, before)
    },
    focused: () =>
      page.evaluate(() => {
        const a = document.querySelector('aside[aria-label]')?.shadowRoot?.activeElement as HTMLElement | null
        return a ? `${a.tagName.toLowerCase()}.${a.className}` : 'none'
      }),
  }
}

describe.skipIf(skipE2E)('issue 18 in Chromium: calls, audience, back and forward, summary, layout, said once, Wmo', { timeout: 90_000 }, () => {
  const live = chromiumAndApp()

  async function open(size: (typeof SIZES)[number]) {
    const { context, page } = await openPage(live.browser, { viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch, bypassCSP: true })
    await page.goto(live.server.url + '/')
    const w = ui(page)
    await w.launcher.click()
    await page.locator('.mw-bot').first().waitFor()
    return { context, page, w }
  }

  it('the acute-check question (amber, 112 visible as a call link, its two buttons) renders ready for the lead\'s detector', async () => {
    const { context, page } = await openPage(live.browser, { viewport: { width: 390, height: 844 }, bypassCSP: true })
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          conversationId: 'c-1',
          messages: [
            {
              text: 'Is iemand nu in direct gevaar? Bel dan meteen 112.\n\nTwijfel je? Bel **Veilig Thuis: 0800-2000** (gratis, dag en nacht, ook voor anoniem advies).',
              tag: 'acute-check',
              actions: [{ id: 'acute-check:ja', label: 'Ja, nu' }, { id: 'acute-check:nee', label: 'Nee, niet nu' }],
            },
          ],
        }),
      }),
    )
    await page.goto(live.server.url + '/')
    await page.locator('.mw-launcher').click()
    const msg = page.locator('.mw-acute-check')
    await msg.waitFor()
    expect(await page.locator('.mw-acute').count()).toBe(0)
    expect(await msg.locator('a[href="tel:112"]').isVisible()).toBe(true)
    expect(await msg.locator('.mw-choice').allTextContents()).toEqual(['Ja, nu', 'Nee, niet nu'])
    expect(await msg.textContent()).not.toContain('Twijfel je? Bel Veilig Thuis')
    await page.screenshot({ path: screenshotPath('i18-acute-check-390.png') })
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  for (const size of SIZES) {
    describe(`${size.viewport.width}×${size.viewport.height}`, () => {
      it('1. every phone number calls: tel: links in the text and a call button per contact', async () => {
        const { context, page, w } = await open(size)
        await w.ask('LECK')
        const bot = w.lastBot()
        expect(await bot.locator('.mw-text a[href="tel:09004445444"]').count()).toBeGreaterThanOrEqual(1)
        expect(await bot.locator('a.mw-call[href="tel:09004445444"]').count()).toBe(1)
        await page.screenshot({ path: screenshotPath(`i18-1-tel-${size.name}.png`) })
        await w.ask('alarmnummer')
        expect(await w.lastBot().locator('a[href="tel:112"]').count()).toBeGreaterThanOrEqual(1)
        expect(await axeViolations(page)).toEqual([])
        await context.close()
      })

      it('2. a trainer who types first gets the sport route, and no professionals\' buttons after doubt', async () => {
        const { context, page, w } = await open(size)
        await w.ask('ik ben trainer bij de voetbalclub')
        const labels = await w.lastBot().locator('.mw-choice').allTextContents()
        expect(labels).toContain('Over iemand van de club')
        await w.ask('ik twijfel')
        const after = await w.lastBot().locator('.mw-choice').allTextContents()
        for (const l of after) expect(l).not.toMatch(/Stap \d|Afwegingskader|LECK|professionele normen/)
        expect(await w.lastBot().locator('.mw-text').textContent()).not.toMatch(/cliënt|stap 1/)
        await page.screenshot({ path: screenshotPath(`i18-2-audience-${size.name}.png`) })
        await context.close()
      })

      it('3. Terug and "terug" go back one question; a side step offers "Verder waar ik was"', async () => {
        const { context, page, w } = await open(size)
        await w.ask('afwegingskader')
        await w.press('Ja')
        expect(await w.lastBot().textContent()).toContain('Afweging 2')
        await w.ask('terug')
        expect(await w.lastBot().textContent()).toContain('Afweging 1')
        await w.press('Ja')
        await w.press('Terug')
        expect(await w.lastBot().textContent()).toContain('Afweging 1')
        await w.ask('stap 1')
        await w.press('Ik heb de signalen in kaart')
        await w.press('Samenvatting voor mijn dossier')
        expect(await w.button('Verder waar ik was').count()).toBe(1)
        await page.screenshot({ path: screenshotPath(`i18-3-side-step-${size.name}.png`) })
        await w.ask('verder')
        expect(await w.button('Verder met stap 2').count()).toBe(1)
        await context.close()
      })

      it('4. one summary of the whole conversation, in order, with nested lists', async () => {
        const { context, page, w } = await open(size)
        await w.ask('stap 1')
        await w.press('Ik heb de signalen in kaart')
        await w.press('Verder met stap 2')
        await w.press('Ik heb overlegd')
        await w.ask('afwegingskader')
        await w.press('Ja')
        await w.press('Nee')
        await w.ask('samenvatting')
        const summary = w.lastBot()
        const text = (await summary.locator('.mw-text').textContent()) ?? ''
        const at = ['Stap 1', 'Stap 2', 'Afwegingskader'].map((s) => text.indexOf(s))
        expect(at.every((i) => i >= 0)).toBe(true)
        expect([...at].sort((a, b) => a - b)).toEqual(at)
        expect(await summary.locator('.mw-text li > ul').count()).toBeGreaterThanOrEqual(3)
        expect(await summary.locator('.mw-text li li li').count()).toBeGreaterThanOrEqual(2)
        expect(text).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d/)
        await summary.scrollIntoViewIfNeeded()
        await page.screenshot({ path: screenshotPath(`i18-4-summary-${size.name}.png`) })
        expect(await axeViolations(page)).toEqual([])
        await context.close()
      })

      it('5. the question is the last text before its buttons, sources fold behind "Bronnen", the panel is tall, no keyboard pops up on touch', async () => {
        const { context, page, w } = await open(size)
        // Opening on a touch screen does not focus the text box (the phone keyboard would cover the answer).
        if (size.touch) expect(await w.focused()).not.toMatch(/^input/)
        else expect(await w.focused()).toMatch(/^input/)
        const panel = await page.locator('.mw-panel').boundingBox()
        expect(panel!.height).toBeGreaterThanOrEqual(size.viewport.height * (size.touch ? 0.99 : 0.8))
        // A professional with a sector: the sector note comes before the question, not between it and the buttons.
        await w.press('Ik werk als professional')
        await w.press('Onderwijs')
        await w.ask('afwegingskader')
        const bot = w.lastBot()
        expect(((await bot.locator('.mw-text').textContent()) ?? '').indexOf('Voor jouw sector')).toBe(0)
        // After the text come the buttons (calls or choices), then the folded sources.
        const order = await bot.evaluate((m) => [...m.children].map((c) => c.className || c.tagName))
        const iText = order.indexOf('mw-text')
        expect(order[iText + 1]).toMatch(/mw-choices|mw-calls/)
        expect(order.at(-1)).toBe('mw-sources-fold')
        expect(await bot.locator('details.mw-sources-fold').getAttribute('open')).toBeNull()
        expect(await bot.locator('.mw-sources').isVisible()).toBe(false)
        // The last line of the text is the question.
        expect(((await bot.locator('.mw-text').textContent()) ?? '').trim()).toMatch(/\?$/)
        // The first answer button is on screen without scrolling.
        const first = await bot.locator('.mw-choice').first().boundingBox()
        const log = await page.locator('.mw-log').boundingBox()
        expect(first!.y + first!.height).toBeLessThanOrEqual(log!.y + log!.height + 1)
        await page.screenshot({ path: screenshotPath(`i18-5-layout-${size.name}.png`) })
        await bot.locator('summary.mw-sources-toggle').click()
        expect(await bot.locator('.mw-sources').isVisible()).toBe(true)
        expect(await bot.locator('.mw-sources time').first().textContent()).toMatch(/^\d{1,2} [a-z]+ 20\d\d$/)
        await page.screenshot({ path: screenshotPath(`i18-5-sources-${size.name}.png`) })
        expect(await axeViolations(page)).toEqual([])
        await context.close()
      })

      it('5. at every step of the meldcode and the afwegingskader, the first answer button is on screen without scrolling', async () => {
        const { context, page, w } = await open(size)
        const hidden: string[] = []
        for (const step of ['stap 1', 'stap 2', 'stap 3', 'stap 4', 'stap 5', 'afwegingskader', 'snelle check wmo']) {
          await w.ask(step)
          const first = await w.lastBot().locator('.mw-choice, .mw-call').first().boundingBox()
          const log = await page.locator('.mw-log').boundingBox()
          if (!first || first.y + first.height > log!.y + log!.height + 1) hidden.push(step)
        }
        await page.screenshot({ path: screenshotPath(`i18-5-steps-${size.name}.png`) })
        expect(hidden).toEqual([])
        await context.close()
      })

      it('6. said once: the acute answer names 112 once with 112 first, and bubbles leave the Veilig Thuis line to the bar', async () => {
        const { context, page, w } = await open(size)
        await w.ask('hij heeft een mes en staat nu voor de deur')
        const acute = page.locator('.mw-acute').first()
        await acute.waitFor()
        expect(await acute.locator('a').first().getAttribute('href')).toBe('tel:112')
        const text = (await acute.locator('.mw-text').textContent()) ?? ''
        expect(text.match(/112/g)).toHaveLength(1)
        expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(60)
        // One Veilig Thuis line on screen: the bar. No bubble repeats it.
        expect(await page.locator('.mw-bot', { hasText: 'Twijfel je? Bel Veilig Thuis' }).count()).toBe(0)
        expect(await page.locator('.mw-vt').textContent()).toContain('0800-2000')
        await page.screenshot({ path: screenshotPath(`i18-6-acute-${size.name}.png`) })
        await context.close()
      })

      it('7. Wmo: no worries, then "weet niet" about the children, does not say "je maakt je zorgen"', async () => {
        const { context, page, w } = await open(size)
        await w.press('Ik werk bij de gemeente (Wmo-loket)')
        await w.press(/^Nee$/)
        expect(await w.lastBot().textContent()).toContain('Vraag 3')
        await w.press(/^Ja$/)
        await w.press('Nee, of ik weet het niet')
        expect(await w.lastBot().textContent()).not.toMatch(/je maakt je zorgen/i)
        await page.screenshot({ path: screenshotPath(`i18-7-wmo-${size.name}.png`) })
        await context.close()
      })
    })
  }
})
