// `env` from cloudflare:test is typed by Cloudflare.Env: make it the Worker's own Env.
type WorkerEnv = import('../../bot/runtime/worker/env.js').Env

declare namespace Cloudflare {
  interface Env extends WorkerEnv {}
}
