// What node/global-setup.ts hands to the workerd tests through vitest provide/inject. Seen by
// both tsconfigs: the root one (the setup runs in Node) and tsconfig.worker.json (the tests).
import type { Transcript } from '../../support/transcripts.js'
import type { RecordedAnswer } from '../bad-input.js'

declare module 'vitest' {
  export interface ProvidedContext {
    transcripts: Array<{ file: string; transcript: Transcript }>
    nodeAnswers: Record<string, RecordedAnswer>
    /** contentFingerprint() of the content Node loaded from the YAML files. */
    nodeContent: string
  }
}
