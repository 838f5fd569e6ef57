import { defineConfig } from 'vitest/config'

// Node-side tests. Tests that run inside workerd have their own config (vitest.workers.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'bot/**/*.test.ts'],
    exclude: ['tests/workers/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
