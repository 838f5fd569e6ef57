/**
 * The repo's own content (flows, knowledge, the example organisations) copied to a temporary
 * folder, with lines added to organisations' files: the `insight: { tokenHash }` lines that
 * `npm run insight:token` prints. The app then reads its token hashes the way a deployment does.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../../bot/runtime/node/content-files.js'
import { sha256Hex } from '../../bot/insight/auth.js'

export interface ContentCopy {
  root: string
  remove(): void
}

/** `lines` by organisation id, appended to organisations/<id>.yaml of the copy. */
export function contentWith(lines: Record<string, string>): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), 'meldwijzer-content-'))
  for (const dir of ['flows', 'knowledge', 'organisations']) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true })
  for (const [id, text] of Object.entries(lines)) appendFileSync(join(root, 'organisations', `${id}.yaml`), `\n${text.trimEnd()}\n`)
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) }
}

/** The YAML lines for an organisation whose insight token is `token`. */
export async function insightLines(token: string): Promise<string> {
  return `insight:\n  tokenHash: ${await sha256Hex(token)}\n`
}
