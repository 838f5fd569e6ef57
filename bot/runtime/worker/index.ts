/**
 * The Worker entry point (wrangler.toml `main`). No fs and no Node built-ins on this path:
 * everything it needs was bundled by `npm run build:worker`.
 */
import type { Hono } from 'hono'
import { errorBody } from '../../http/errors.js'
import { createWorkerApp, workerBundle } from './create-worker-app.js'
import type { Env } from './env.js'

export { ConversationObject } from './conversation-object.js'
export { InsightObject } from './insight-object.js'
export type { Env } from './env.js'

// Parse the content and load the search index (tens of ms) when the isolate starts: global
// scope counts against the startup budget, not against the first request's CPU time.
workerBundle()

// The env object is the same for every request an isolate serves; build the app once per env.
const apps = new WeakMap<Env, Hono>()

export default {
  fetch(request, env, ctx) {
    let app = apps.get(env)
    if (!app) {
      try {
        app = createWorkerApp(env)
      } catch (err) {
        // A bad var (say CONVERSATION_JURISDICTION) must not end in Cloudflare's error page:
        // the user still gets the Veilig Thuis line. The log names the error, nothing else.
        console.error(JSON.stringify({ t: new Date().toISOString(), level: 'error', event: 'config', name: err instanceof Error ? err.name : 'unknown' }))
        return Response.json(errorBody('internal', 'Er ging iets mis aan onze kant.'), { status: 500 })
      }
      apps.set(env, app)
    }
    return app.fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env>
