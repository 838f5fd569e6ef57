/**
 * data-organisation in real Chromium against the real Node server: a partner page (another
 * origin, with its own strict CSP) embeds the widget for the example football club. The widget
 * sends the id with its requests, and the club's VCP appears as a tel: link and a mailto: link.
 * The same question on a page without the attribute gets the general answer.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openPage, skipE2E, startApp, startPartner, type Running } from './support.js'

const ORG = 'voorbeeld-voetbalclub'
const QUESTION = 'bij wie kan ik terecht bij de club?'

describe.skipIf(skipE2E)('web widget with data-organisation (Chromium)', { timeout: 60_000 }, () => {
  let browser: Browser
  let api: Running
  let partner: Awaited<ReturnType<typeof startPartner>>
  let partnerOrigin: string

  beforeAll(async () => {
    let widgetSrc = ''
    partner = await startPartner((path) => {
      const origin = new URL(widgetSrc).origin
      const attribute = path.startsWith('/zonder') ? '' : ` data-organisation="${ORG}"`
      return {
        headers: { 'Content-Security-Policy': `default-src 'none'; script-src ${origin}; style-src ${origin}; connect-src ${origin}; base-uri 'none'` },
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>VV De Voorbeeldclub</title></head>
<body><main><h1>Onze club</h1></main>
<script src="${widgetSrc}" defer data-role="sport"${attribute}></script>
</body></html>`,
      }
    })
    partnerOrigin = `http://localhost:${partner.port}`
    ;[browser, api] = await Promise.all([launchChromium(), startApp({ ALLOWED_ORIGINS: partnerOrigin })])
    widgetSrc = `${api.url}/widget.js`
  })
  afterAll(async () => {
    await browser?.close()
    await api?.close()
    await partner?.close()
  })

  async function ask(page: Page) {
    await page.locator('.mw-launcher').click()
    await page.locator('.mw-bot').first().waitFor()
    const input = page.getByRole('textbox', { name: /Typ je vraag/ })
    await input.fill(QUESTION)
    await input.press('Enter')
    await page.locator('.mw-bot').nth(1).waitFor()
    return page.locator('.mw-bot').last()
  }

  it("sends the id and shows the club's VCP as a phone link and a mail link", async () => {
    const { context, page, watch } = await openPage(browser)
    const bodies: string[] = []
    page.on('request', (req) => {
      if (req.url() === `${api.url}/api/chat` && req.method() === 'POST') bodies.push(req.postData() ?? '')
    })
    await page.goto(partnerOrigin + '/')
    const answer = await ask(page)

    expect(await answer.textContent()).toContain('Vertrouwenscontactpersoon (VCP) van VV De Voorbeeldclub')
    const call = answer.getByRole('link', { name: 'Bel 020-000 00 00' })
    expect(await call.getAttribute('href')).toBe('tel:0200000000')
    const group = answer.getByRole('group', { name: 'VV De Voorbeeldclub (voorbeeld)' })
    const mail = group.getByRole('link', { name: 'Mail de VCP' })
    expect(await mail.getAttribute('href')).toBe('mailto:vcp@voorbeeldclub.example')
    // Every request named the organisation (the server uses it when the conversation starts).
    expect(bodies.length).toBeGreaterThanOrEqual(2)
    for (const b of bodies) expect(JSON.parse(b)).toMatchObject({ organisation: ORG })

    expect(watch.cspViolations).toEqual([])
    expect(watch.pageErrors).toEqual([])
    expect(watch.requests.filter((u) => !u.startsWith(partnerOrigin + '/') && !u.startsWith(api.url + '/'))).toEqual([])
    await context.close()
  })

  it('without data-organisation the same question gets the general answer', async () => {
    const { context, page } = await openPage(browser)
    await page.goto(partnerOrigin + '/zonder')
    const answer = await ask(page)
    const text = (await answer.textContent()) ?? ''
    expect(text).not.toContain('VV De Voorbeeldclub')
    // The general topic about the VCP, as before organisation settings existed.
    expect(text).toContain('Weet je niet wie de VCP is?')
    expect(await answer.getByRole('link', { name: 'Mail de VCP' }).count()).toBe(0)
    await context.close()
  })
})
