/** The same YAML transcripts as on Node (tests/http/transcripts-node.test.ts), inside workerd. */
import { describe, expect, inject, it } from 'vitest'
import { runTranscript, type Send } from '../support/transcripts.js'
import { chat } from './support.js'

/** Like httpSend in the Node test: no client address, so long transcripts are not rate limited. */
function workerSend(organisation?: string): Send {
  let conversationId: string | undefined
  return async (input) => {
    const { status, body } = await chat({ ...(conversationId ? { conversationId } : {}), ...(organisation ? { organisation } : {}), ...input })
    expect(status).toBe(200)
    // The same id on every turn: the Durable Object kept the conversation.
    if (conversationId) expect(body.conversationId).toBe(conversationId)
    conversationId = body.conversationId
    return body.messages
  }
}

describe('conversation transcripts through the Worker', () => {
  const transcripts = inject('transcripts')
  it('has the transcripts from tests/transcripts', () => {
    expect(transcripts.length).toBeGreaterThan(0)
  })
  for (const { file, transcript } of transcripts) {
    it(`${file}: ${transcript.name}`, async () => {
      expect(await runTranscript(transcript, workerSend(transcript.organisation))).toEqual([])
    })
  }
})
