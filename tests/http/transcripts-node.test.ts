/**
 * The YAML transcripts through the Node HTTP app (the wire format the widget sees). The same
 * files run inside workerd in tests/workers/transcripts.test.ts: one conversation, two runtimes.
 */
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../bot/http/logger.js'
import { createNodeApp } from '../../bot/runtime/node/create-node-app.js'
import { loadTranscripts, runTranscript, type Send, type WireMessage } from '../support/transcripts.js'

const { app } = createNodeApp({ env: { CONTENT_ROOT: process.env.CONTENT_ROOT }, log: silentLogger })

function httpSend(organisation?: string): Send {
  let conversationId: string | undefined
  return async (input) => {
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Sent on every turn, as the widget does; the server uses it only on the first.
      body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), ...(organisation ? { organisation } : {}), ...input }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { conversationId: string; messages: WireMessage[] }
    // The same id on every turn: the store kept the conversation.
    if (conversationId) expect(body.conversationId).toBe(conversationId)
    conversationId = body.conversationId
    return body.messages
  }
}

describe('conversation transcripts through the Node HTTP app', () => {
  for (const { file, transcript } of loadTranscripts()) {
    it(`${file}: ${transcript.name}`, async () => {
      expect(await runTranscript(transcript, httpSend(transcript.organisation))).toEqual([])
    })
  }
})
