/**
 * `npm run insight:token -- <organisation>`: a new token for an organisation's usage insight.
 * Prints the token (give it to the organisation; it is not kept anywhere) and its sha256, which
 * is all the server keeps: in the organisation's settings as `insight: { tokenHash: … }`, or,
 * until those exist on this deployment, in INSIGHT_TOKEN_HASHES ("org=hash,org2=hash2").
 */
import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../bot/insight/auth.js'

const organisation = process.argv[2]
if (!organisation || !/^[a-z0-9-]{1,64}$/.test(organisation)) {
  console.error('Gebruik: npm run insight:token -- <organisatie-id>   (kleine letters, cijfers en streepjes)')
  process.exit(2)
}
const token = randomBytes(32).toString('base64url')
const hash = await sha256Hex(token)
console.log(`Token voor ${organisation} (geef het door; het wordt nergens bewaard):\n\n  ${token}\n`)
console.log(`Hash voor de instellingen van ${organisation}:\n\n  insight:\n    tokenHash: ${hash}\n`)
console.log(`Of, zolang er geen organisatie-instellingen zijn: INSIGHT_TOKEN_HASHES=${organisation}=${hash}`)
console.log(`Lezen: curl -H "Authorization: Bearer ${token}" https://HOST/api/insight`)
