import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as schemas from '@oneworkforce/schemas'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from './static-server'

// Transitional while the packages land in parallel: each gate goes when its package ships.
const csvIngestLanded = 'safeIngestDatasetFiles' in schemas

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let browser: Browser
let page: Page
let server: Awaited<ReturnType<typeof serveStatic>>
let buildDir: string
const pageErrors: string[] = []

beforeAll(async () => {
  // Build the page as `pnpm --filter @oneworkforce/demo build` does, into a scratch folder.
  buildDir = mkdtempSync(join(tmpdir(), 'oneworkforce-web-'))
  const viteBin = join(
    dirname(createRequire(join(appDir, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  )
  execFileSync(
    process.execPath,
    [viteBin, 'build', '--outDir', buildDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: appDir,
      stdio: 'pipe',
    },
  )
  server = await serveStatic(buildDir)
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  page = await browser.newPage({ viewport: { width: 1280, height: 1800 } })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(server.url)
  await page.waitForSelector('body[data-ready="true"]')
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (buildDir) rmSync(buildDir, { recursive: true, force: true })
})

describe('the demo web page', () => {
  it('loads with the sample ICS and no script errors', async () => {
    await expect(page.textContent('[data-testid="dataset-name"]')).resolves.toMatch(/sample ICS/)
    expect(pageErrors).toEqual([])
  })

  it('updates the projected gap when a lever moves', async () => {
    const gap = page.locator('[data-testid="gap-value"]')
    await expect.poll(() => gap.textContent()).toMatch(/^-?[\d,]+$/)
    const before = await gap.textContent()
    await page.locator('[data-testid="lever-retain"]').fill('20')
    await expect.poll(() => gap.textContent()).not.toBe(before)
    expect(await gap.textContent()).toMatch(/^-?[\d,]+$/)
    await expect(page.textContent('#gap-change')).resolves.toMatch(/vs baseline/)
  })

  it('shows a row-level issue for a malformed CSV', async () => {
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'workforce.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'month,organisation,staffGroup,headcount,fte\n2024-03,RJ1,registered-nurse,120,108.4\n2024-03,RJ1,registered-nurse,lots,-3\n',
      ),
    })
    const issues = page.locator('[data-testid="issues"] li')
    await expect
      .poll(() => issues.allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/workforce\.csv.*row 3/)]))
  })

  it('renders an initiative title containing <script> as text', async () => {
    await page.click('#reset-data')
    const title =
      '<script>window.__injected = true</script><img src=x onerror="window.__injected = true">Jobs hub'
    const initiatives = [
      {
        id: 'hostile',
        title,
        owner: 'ICS workforce team',
        costGbp: '100000',
        scores: [
          'size-of-opportunity',
          'need-for-collaboration',
          'feasibility',
          'strategic-coherence',
        ].map((criterion) => ({ criterion, scorer: 'lead', score: 5 })),
      },
      {
        id: 'plain',
        title: 'Plain initiative',
        owner: 'ICS workforce team',
        costGbp: '200000',
        scores: [
          'size-of-opportunity',
          'need-for-collaboration',
          'feasibility',
          'strategic-coherence',
        ].map((criterion) => ({ criterion, scorer: 'lead', score: 2 })),
      },
    ]
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'initiatives.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(initiatives)),
    })
    const first = page.locator('[data-testid="initiative"] .title').first()
    await expect.poll(() => first.textContent()).toBe(title)
    expect(await page.locator('#ranking script, #ranking img').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as { __injected?: boolean }).__injected),
    ).toBeUndefined()
    expect(pageErrors).toEqual([])
  })

  it('saves a screenshot of the sample ICS', async () => {
    await page.click('#reset-data')
    await expect.poll(() => page.locator('[data-testid="initiative"]').count()).toBeGreaterThan(2)
    mkdirSync(join(appDir, 'out'), { recursive: true })
    await page.screenshot({ path: join(appDir, 'out', 'web.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })
})
