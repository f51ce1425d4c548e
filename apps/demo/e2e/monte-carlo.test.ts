import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { simulateWorkforce } from '@oneworkforce/projection'
import { type Browser, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserCases, browserModel, encodeSimulation } from './monte-carlo-page/model'
import { serveStatic } from './static-server'

// simulateWorkforce in headless Chromium, from the built package as a web app's bundler (Vite)
// takes it: in the page's thread (threads: 0, no Node globals) and on Web Workers started from
// the package's simulation-web-worker entry. Each must give Node's bits for the same seed.
const pageDir = join(dirname(fileURLToPath(import.meta.url)), 'monte-carlo-page')
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']

let browser: Browser
let page: Page
let server: Awaited<ReturnType<typeof serveStatic>>
let buildDir: string
const pageErrors: string[] = []

beforeAll(async () => {
  buildDir = mkdtempSync(join(tmpdir(), 'oneworkforce-monte-carlo-'))
  await build({
    root: pageDir,
    base: './',
    configFile: false,
    logLevel: 'error',
    build: { outDir: resolve(buildDir), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  })
  server = await serveStatic(buildDir)
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(server.url)
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (buildDir) rmSync(buildDir, { recursive: true, force: true })
})

describe('simulateWorkforce in a browser', () => {
  for (const [name, options] of Object.entries(browserCases)) {
    it(`gives Node's bits for the same seed, in the page and on Web Workers (${name})`, async () => {
      const node = encodeSimulation(
        await simulateWorkforce(browserModel, { ...options, threads: 0 }),
      )
      const inPage = await page.evaluate(([n]) => window.simulate(n, 0), [name] as const)
      expect(inPage.workersStarted).toBe(0)
      expect(inPage.encoded).toBe(node)
      const onWorkers = await page.evaluate(([n]) => window.simulate(n, 2), [name] as const)
      expect(onWorkers.workersStarted).toBe(2)
      expect(onWorkers.encoded).toBe(node)
      // Progress arrives block by block, ending at every run.
      expect(onWorkers.progress.at(-1)).toBe(options.runs)
      expect(onWorkers.progress.length).toBeGreaterThan(1)
      expect(JSON.parse(node).method).toBe(name)
      expect(pageErrors).toEqual([])
    })
  }
})
