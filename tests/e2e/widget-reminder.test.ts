/**
 * "Zet een herinnering" in the widget, in real Chromium against the real Node server: the end of
 * step 5 shows the reminder links, and clicking one downloads an .ics file that ical.js reads.
 */
import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addDays, amsterdamDate } from '../../bot/http/reminder.js'
import { chromiumAndApp, openPage, reference, skipE2E } from './support.js'

describe.skipIf(skipE2E)('web widget: calendar reminder (Chromium)', { timeout: 60_000 }, () => {
  const live = chromiumAndApp()

  it('shows the reminder links at the end of step 5 and downloads the .ics from the server', async () => {
    // The labels, from the API (not copied from content).
    const [, end] = await reference(live.server.url, [{ action: 'flow:stap-5' }, { action: 'c:stap-5/begin/melden' }])
    const links = end![0]!.actions!.filter((a) => a.kind === 'link') as { id: string; label: string; kind: 'link'; url: string }[]
    expect(links).toHaveLength(4)
    const begin = (await reference(live.server.url, [{ action: 'flow:stap-5' }]))[0]![0]!
    const melden = begin.actions!.find((a) => a.id === 'c:stap-5/begin/melden')!.label

    const { context, page, watch } = await openPage(live.browser, { acceptDownloads: true })
    await page.goto(live.server.url + '/')
    await page.locator('.mw-launcher').click()
    await page.locator('.mw-bot').first().waitFor()
    await page.getByRole('textbox', { name: /Typ je vraag/ }).fill('stap 5')
    await page.getByRole('textbox', { name: /Typ je vraag/ }).press('Enter')
    await page.getByRole('button', { name: melden, exact: true }).click()

    const group = page.getByRole('group', { name: 'Zet een herinnering' })
    await group.waitFor()
    const anchors = group.getByRole('link')
    expect(await anchors.allTextContents()).toEqual(links.map((a) => a.label))
    const hrefs = await anchors.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    expect(hrefs).toEqual(links.map((a) => live.server.url + a.url))

    const before = addDays(amsterdamDate(Date.now()), 28)
    const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: links[1]!.label }).click()])
    const after = addDays(amsterdamDate(Date.now()), 28)
    expect(download.suggestedFilename()).toBe('meldcode-herinnering-stap-5.ics')
    const text = readFileSync((await download.path())!, 'utf8')
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!
    const day = (d: [number, number, number]) => d.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')
    expect([day(before), day(after)]).toContain(String(event.getFirstPropertyValue('dtstart')))
    expect(String(event.getFirstPropertyValue('summary'))).toMatch(/^Meldcode: /)
    expect(String(event.getFirstPropertyValue('description'))).toContain('0800-2000')

    // The page stayed: still the chat, no errors, no requests to anyone but the server.
    expect(await page.locator('.mw-panel').isVisible()).toBe(true)
    expect(watch.pageErrors).toEqual([])
    expect(watch.cspViolations).toEqual([])
    expect(watch.requests.filter((u) => !u.startsWith(live.server.url + '/'))).toEqual([])
    await context.close()
  })
})
