/**
 * What every InsightStore must do, run against the SQLite file on Node (tests/http/insight.test.ts)
 * and the Durable Object in workerd (tests/workers/insight.test.ts): the same tests on both.
 */
import { describe, expect, it } from 'vitest'
import type { InsightStore } from '../../bot/insight/insight-store.js'

export interface StoreUnderTest {
  store: InsightStore
  /** The same store opened again (a restart): a new process on the file, a new object stub. */
  reopen(): Promise<InsightStore>
}

export function insightStoreContract(name: string, open: () => Promise<StoreUnderTest>) {
  describe(`InsightStore contract: ${name}`, () => {
    it('adds counts per organisation, week and metric, and reads one organisation only', async () => {
      const { store } = await open()
      await store.add([
        { organisation: 'gemeente-a', week: '2026-W10', metric: 'turns', n: 3 },
        { organisation: 'gemeente-a', week: '2026-W10', metric: 'turns', n: 4 },
        { organisation: 'gemeente-a', week: '2026-W11', metric: 'flow:stap-1', n: 1 },
        { organisation: 'club-b', week: '2026-W10', metric: 'turns', n: 9 },
      ])
      const a = await store.read('gemeente-a')
      expect(a).toEqual([
        { organisation: 'gemeente-a', week: '2026-W10', metric: 'turns', n: 7 },
        { organisation: 'gemeente-a', week: '2026-W11', metric: 'flow:stap-1', n: 1 },
      ])
      expect(await store.read('club-b')).toEqual([{ organisation: 'club-b', week: '2026-W10', metric: 'turns', n: 9 }])
      expect(await store.read('onbekend')).toEqual([])
    })

    it('keeps counting across a restart', async () => {
      const { store, reopen } = await open()
      await store.add([{ organisation: 'gemeente-a', week: '2026-W12', metric: 'started:web', n: 5 }])
      await store.close?.()
      const again = await reopen()
      await again.add([{ organisation: 'gemeente-a', week: '2026-W12', metric: 'started:web', n: 2 }])
      expect(await again.read('gemeente-a')).toEqual([{ organisation: 'gemeente-a', week: '2026-W12', metric: 'started:web', n: 7 }])
    })

    it('refuses a time finer than a week: a row with a date is not stored', async () => {
      const { store } = await open()
      await store.add([{ organisation: 'gemeente-a', week: '2026-03-14T10:00', metric: 'turns', n: 1 }])
      expect(await store.read('gemeente-a')).toEqual([])
    })
  })
}
