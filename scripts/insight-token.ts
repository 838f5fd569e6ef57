/**
 * `npm run insight:token -- <organisation>`: a new token for an organisation's usage insight.
 * Prints the token (give it to the organisation; it is not kept anywhere) and its sha256, which
 * is all the server keeps: as `insight: { tokenHash: … }` in organisations/<organisation>.yaml.
 * The organisation must have that file already; the script does not edit it.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sha256Hex } from '../bot/insight/auth.js'
import { REPO_ROOT } from '../bot/runtime/node/content-files.js'

const organisation = process.argv[2]
if (!organisation || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(organisation) || organisation.length > 64) {
  console.error('Gebruik: npm run insight:token -- <organisatie-id>   (kleine letters en cijfers, woorden met "-", zoals in organisations/<id>.yaml)')
  process.exit(2)
}
const file = join('organisations', `${organisation}.yaml`)
const path = join(process.env.CONTENT_ROOT || REPO_ROOT, file)
if (!existsSync(path)) {
  console.error(`${file} bestaat niet. Maak eerst de instellingen van de organisatie (kopieer een voorbeeld, zie docs/organisations.md).`)
  process.exit(1)
}
const token = randomBytes(32).toString('base64url')
const hash = await sha256Hex(token)
const replacing = /^insight:/m.test(readFileSync(path, 'utf8'))
console.log(`Token voor ${organisation} (geef het door; het wordt nergens bewaard):\n\n  ${token}\n`)
console.log(`Zet dit in ${file}${replacing ? ' in plaats van de insight-regels die er staan (het oude token werkt dan niet meer)' : ''}:\n\n  insight:\n    tokenHash: ${hash}\n`)
console.log('Daarna npm run content:check; het token werkt na een herstart (Node) of npm run deploy (Workers).')
console.log(`Lezen: curl -H "Authorization: Bearer ${token}" https://HOST/api/insight`)
