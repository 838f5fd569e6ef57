import { buildBundle } from '../bot/compose/bundle.js'
import { readContentFiles } from '../bot/runtime/node/content-files.js'
const b = buildBundle(readContentFiles())
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(b.index.search(t, 4).map(h => [h.ref, Math.round(h.score), h.matched, h.queryTerms, h.onlyCommon, h.strong])))
