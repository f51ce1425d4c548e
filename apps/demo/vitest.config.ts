import { defineProject } from 'vitest/config'

// The demo's tests: the terminal/HTML report run as a child process, the built web page driven
// in headless Chromium, and the guides' code examples compiled and run.
export default defineProject({
  test: {
    name: 'demo',
    include: ['e2e/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
