/**
 * The insight page in Chromium: counts made by real conversations (one of them in the widget,
 * pressing its Bel 112 button) shown as server-drawn SVG under the strict CSP, with no script,
 * readable at phone width, without axe-core violations. Screenshots go to tests/e2e/screenshots/.
 */
import { describe, expect, it } from 'vitest'
import { axeViolations, chromiumAndApp, openPage, reference, screenshotPath, skipE2E } from './support.js'

const ADMIN = 'e2e-operator-token-0123456789abcdef'

describe.skipIf(skipE2E)('insight page in Chromium', () => {
  const live = chromiumAndApp({ INSIGHT_DB: ':memory:', INSIGHT_FLUSH_MS: '0', INSIGHT_ADMIN_TOKEN: ADMIN })

  it('counts a Bel 112 press in the widget and shows the charts, readable on a phone, without axe violations', async () => {
    const { browser, server } = live
    // Six reference conversations, a widget session and two page loads: about 16 s on a quiet
    // machine, too close to the 20 s default when other jobs share the cores.
    // Enough conversations that the figures are above 5 and the charts have bars.
    for (let i = 0; i < 6; i++)
      await reference(server.url, [{ action: 'c:start/menu/professional' }, { action: 'flow:stap-1' }, { action: 'flow:stap-2' }, { text: 'wat is de kindcheck' }, { text: 'ik twijfel' }, { text: 'hoe laat gaat de bibliotheek open' }])

    // In the widget: an acute answer, and its 112 button pressed (a tel: link; the widget tells the server).
    const widgetPage = await openPage(browser)
    await widgetPage.page.goto(server.url + '/')
    await widgetPage.page.locator('.mw-launcher').click()
    const input = widgetPage.page.getByRole('textbox', { name: /Typ je vraag/ })
    await input.fill('er is nu direct gevaar')
    await input.press('Enter')
    const call = widgetPage.page.locator('.mw-acute .mw-call-112').first()
    await call.waitFor()
    // Chromium cannot place a call here: the link's default action is stopped, the count still goes out.
    await call.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()))
    const pressed = widgetPage.page.waitForRequest((r) => r.url().endsWith('/api/press') && r.method() === 'POST')
    await call.click()
    expect(JSON.parse((await pressed).postData() ?? '{}')).toMatchObject({ button: '112' })
    await widgetPage.context.close()

    for (const width of [375, 1280]) {
      const { context, page, watch } = await openPage(browser, { viewport: { width, height: 800 }, extraHTTPHeaders: { authorization: `Bearer ${ADMIN}` } })
      const res = await page.goto(server.url + '/insight')
      expect(res?.status()).toBe(200)
      expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(3)
      expect(await page.locator('script').count()).toBe(0)
      await expect.poll(() => page.locator('h1').textContent()).toContain('Gebruik van Meldwijzer')
      // The stylesheet applied (CSP style-src 'self'): the charts fit the screen, nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      expect(await page.getByRole('img', { name: /Stappen van de meldcode geopend/ }).count()).toBe(1)
      expect(watch.cspViolations).toEqual([])
      expect(watch.pageErrors).toEqual([])
      await page.screenshot({ path: screenshotPath(`insight-${width}.png`), fullPage: true })
      await context.close()

      // axe is a script: injected with bypassCSP, as in the widget's axe test.
      const axe = await openPage(browser, { viewport: { width, height: 800 }, extraHTTPHeaders: { authorization: `Bearer ${ADMIN}` }, bypassCSP: true })
      await axe.page.goto(server.url + '/insight')
      expect(await axeViolations(axe.page), `insight page, ${width} px`).toEqual([])
      await axe.context.close()
    }
  }, 60_000)
})
