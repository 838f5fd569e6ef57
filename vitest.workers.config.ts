import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Tests inside the real workerd runtime, against wrangler.toml (bindings, DO migration, vars).
// Run with `npm run test:workers`, which builds the content module first.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      // Local workerd cannot restrict Durable Object jurisdictions (it throws); see wrangler.toml.
      miniflare: { bindings: { CONVERSATION_JURISDICTION: 'none' } },
    }),
  ],
  test: {
    include: ['tests/workers/**/*.test.ts'],
    // ics (calendar reminders) is CommonJS and pulls in yup, whose CommonJS deps the pool's module
    // loader cannot import by name: pre-bundle it to ESM, as wrangler's esbuild does for deploy.
    deps: { optimizer: { ssr: { enabled: true, include: ['ics'] } } },
    // Node side: reads the transcripts and records the Node app's answers for comparison.
    globalSetup: ['tests/workers/node/global-setup.ts'],
    testTimeout: 20_000,
    // The Worker logs one line per turn; show it only for failing tests.
    silent: 'passed-only',
    hookTimeout: 60_000,
  },
})
