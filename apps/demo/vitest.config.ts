import { existsSync } from 'node:fs'
import { defineProject } from 'vitest/config'

// Without Debian's Chromium (scripts/ensure-chromium.mjs installs it when it may, and says how
// when it may not) the browser suite is skipped out loud; under CI it runs and fails instead.
const browserSuite = 'e2e/web.test.ts'
const skipBrowser = !existsSync('/usr/bin/chromium') && !process.env.CI
if (skipBrowser) console.warn(`SKIPPED ${browserSuite}: no /usr/bin/chromium (see above)`)

// The demo's tests: the terminal/HTML report run as a child process, the built web page driven
// in headless Chromium, and the guides' code examples compiled and run.
export default defineProject({
  test: {
    name: 'demo',
    include: ['e2e/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: skipBrowser ? [browserSuite, '**/node_modules/**'] : ['**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
