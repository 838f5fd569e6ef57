/**
 * The Worker entry point (wrangler.toml `main`). No fs and no Node built-ins on this path:
 * everything it needs was bundled by `npm run build:worker`.
 */
import type { Hono } from 'hono'
import { createWorkerApp, workerBundle } from './create-worker-app.js'
import type { Env } from './env.js'

export { ConversationObject } from './conversation-object.js'
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
      app = createWorkerApp(env)
      apps.set(env, app)
    }
    return app.fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env>
