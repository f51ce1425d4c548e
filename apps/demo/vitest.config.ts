import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

// Without Debian's Chromium (scripts/ensure-chromium.mjs installs it when it may, and says how
// when it may not) the browser suites (the e2e tests that drive playwright-core) are skipped out
// loud; under CI they run and fail instead.
const e2e = fileURLToPath(new URL('./e2e/', import.meta.url))
const browserSuites = readdirSync(e2e)
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) => readFileSync(`${e2e}${name}`, 'utf8').includes("from 'playwright-core'"))
  .map((name) => `e2e/${name}`)
const skipBrowser = !existsSync('/usr/bin/chromium') && !process.env.CI
if (skipBrowser)
  console.warn(`SKIPPED ${browserSuites.join(', ')}: no /usr/bin/chromium (see above)`)

// The demo's tests: the terminal/HTML report run as a child process, the built web page driven
// in headless Chromium, and the guides' code examples compiled and run.
export default defineProject({
  test: {
    name: 'demo',
    include: ['e2e/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: skipBrowser ? [...browserSuites, '**/node_modules/**'] : ['**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
