import { describe, expect, it } from 'vitest'
import { engineSend } from '../support/engine-send.js'
import { loadTranscripts, runTranscript } from '../support/transcripts.js'

describe('conversation transcripts through the engine', () => {
  for (const { file, transcript } of loadTranscripts()) {
    it(`${file}: ${transcript.name}`, async () => {
      expect(await runTranscript(transcript, engineSend(transcript.organisation))).toEqual([])
    })
  }
})
