/**
 * Every eval item must be able to fail: none may pass on a reply that every question could get.
 * The menu, the fallback ("I don't know"), the doubt reply and the acute reply are run against every
 * regression item. An item may pass on one of them only where that reply is its category's right
 * answer: acute on the acute reply, doubt on the doubt reply, out-of-scope on the fallback, and an
 * item that asks for the menu in so many words (`tag: menu`: "hoi", "test") on the menu.
 */
import { describe, expect, it } from 'vitest'
import type { Reply } from '../../bot/core/types.js'
import { judge, loadEvalSet } from '../eval/eval-set.js'
import { converse } from '../support/engine.js'

const generic: Record<string, Reply[]> = {
  menu: converse([{ action: 'menu' }])[0]!.replies,
  fallback: converse(['qwxzv plorf snerk'])[0]!.replies,
  doubt: converse([{ action: 'twijfel' }])[0]!.replies,
  acute: converse([{ action: 'acuut' }])[0]!.replies,
}

const RIGHT_GENERIC: Record<string, string> = { acute: 'acute', doubt: 'doubt', 'out-of-scope': 'fallback' }

describe('the regression eval', () => {
  const items = loadEvalSet()
  it('has generic replies that are what they say (so this test can fail)', () => {
    expect(generic.menu![0]!.tag).toBe('menu')
    expect(generic.fallback![0]!.tag).toBe('fallback')
    expect(generic.doubt![0]!.tag).toBe('doubt')
    expect(generic.acute![0]!.tag).toBe('acute')
  })
  it('has no item that passes on the menu, the fallback, the doubt or the acute reply', () => {
    const passing: string[] = []
    for (const item of items)
      for (const [name, replies] of Object.entries(generic)) {
        if (RIGHT_GENERIC[item.category] === name) continue
        // A greeting or "test" is out of scope and asks for the menu, and says so: `tag: menu`.
        if (name === 'menu' && item.category === 'out-of-scope' && item.expect.tag === 'menu') continue
        // Multi-turn items are judged on their last turn; a generic reply stands in for it.
        if (judge(item, replies).length === 0) passing.push(`${item.id} passes on the ${name} reply`)
      }
    expect(passing).toEqual([])
  })
})
