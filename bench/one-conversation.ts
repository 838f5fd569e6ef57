/**
 * Two load scenarios on a single conversation (issue 12):
 *   - the same button pressed 10,000 times, one after another, in one conversation: the last
 *     thousand turns must cost no more than the first thousand (a session that grew would make
 *     every turn read and write more);
 *   - 50 turns at once on one conversation, repeatedly (autocannon, 50 connections, one id): the
 *     server applies them one after another. That none is lost is checked exactly (turn count
 *     and dossier) in tests/reliability/bounded-conversation.test.ts; here we measure the cost.
 */
import autocannon from 'autocannon'
import { cpuMs, quantile, type Server } from './lib.js'

export interface OneConversationResult {
  presses: number
  firstThousandMedianMs: number
  lastThousandMedianMs: number
  serverUsPerPress: number
  concurrent: { connections: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; serverUsPerTurn: number }
}

async function post(url: string, body: unknown) {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await res.json()) as { conversationId: string; messages: Array<{ text: string }> }
}

export async function oneConversation(server: Server, presses = 10_000, seconds = 6): Promise<OneConversationResult> {
  const id = (await post(server.url, { text: 'wat zijn de stappen van de meldcode?' })).conversationId
  const ms: number[] = []
  const cpu0 = cpuMs(server.pid)
  for (let i = 0; i < presses; i++) {
    const t0 = performance.now()
    await post(server.url, { conversationId: id, action: 'flow:professional' })
    ms.push(performance.now() - t0)
  }
  const serverUsPerPress = (1000 * (cpuMs(server.pid) - cpu0)) / presses
  const med = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5)

  // 50 at once on one conversation. The afwegingskader's "Ik twijfel" keeps the position, so
  // every turn is the same work.
  const conv = (await post(server.url, { action: 'flow:afwegingskader' })).conversationId
  const body = JSON.stringify({ conversationId: conv, action: 'twijfel' })
  const connections = 50
  const cpu1 = cpuMs(server.pid)
  const r = await autocannon({ url: `${server.url}/api/chat`, connections, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json' }, body })
  const serverUsPerTurn = (1000 * (cpuMs(server.pid) - cpu1)) / Math.max(1, r.requests.total)
  return {
    presses,
    firstThousandMedianMs: med(ms.slice(0, 1000)),
    lastThousandMedianMs: med(ms.slice(-1000)),
    serverUsPerPress,
    concurrent: {
      connections,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      serverUsPerTurn,
    },
  }
}
