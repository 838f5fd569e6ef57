import { describe, expect, it } from 'vitest'
import { WIDGET_BUDGET_BYTES, widgetSizes } from '../../scripts/widget-size.js'

// No browser needed: this runs even where Chromium is missing.
describe('web widget size', () => {
  it('widget.js + widget.css stay within 30 KB gzipped', () => {
    const { totalGzip } = widgetSizes()
    expect(totalGzip).toBeGreaterThan(0)
    expect(totalGzip).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES)
  })
})
