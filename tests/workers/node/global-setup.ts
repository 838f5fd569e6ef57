/**
 * Runs in Node before the workerd tests (vitest globalSetup) and hands them what workerd cannot
 * get itself: the transcript files (workerd has no fs), the Node app's answers to bad input and
 * a fingerprint of its content, so the Worker is compared with Node itself rather than with a
 * copy of its expectations.
 */
import type { TestProject } from 'vitest/node'
import { silentLogger } from '../../../bot/http/logger.js'
import { createNodeApp } from '../../../bot/runtime/node/create-node-app.js'
import { loadTranscripts } from '../../support/transcripts.js'
import { BAD_INPUT, type RecordedAnswer } from '../bad-input.js'
import { contentFingerprint } from '../fingerprint.js'

export default async function setup(project: TestProject) {
  // CONTENT_ROOT as for build:worker, so both sides answer from the same content.
  const { app, bundle } = createNodeApp({ env: { CONTENT_ROOT: process.env.CONTENT_ROOT }, log: silentLogger })
  const answers: Record<string, RecordedAnswer> = {}
  for (const c of BAD_INPUT) {
    const res = await app.request(c.path, c.init())
    const body = (await res.json()) as Record<string, unknown>
    // Ids are random per run; everything else must match byte for byte.
    delete body.conversationId
    answers[c.name] = { status: res.status, contentType: res.headers.get('content-type'), body }
  }
  project.provide('transcripts', loadTranscripts().map(({ file, transcript }) => ({ file, transcript })))
  project.provide('nodeAnswers', answers)
  project.provide('nodeContent', await contentFingerprint(bundle.content))
}
