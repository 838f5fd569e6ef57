/**
 * `npm run dev:worker`: the Worker under `wrangler dev`, fully offline, on 127.0.0.1 and port
 * 8787 (PORT overrides, as for `npm start`; wrangler itself does not read PORT).
 */
import { devArgs, wranglerSpawn } from './wrangler.js'

const port = Number(process.env.PORT ?? 8787)
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number (got "${process.env.PORT}")`)
  process.exit(1)
}
const child = wranglerSpawn(devArgs(port))
const stop = () => child.kill('SIGINT')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
child.on('exit', (code) => process.exit(code ?? 0))
