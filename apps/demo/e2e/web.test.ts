import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from './static-server'

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
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/workforce\.csv, table workforce, row 3, column headcount/),
          // The tables the files lack are named, not filled in from the sample.
          expect.stringMatching(/table organisations is missing/),
        ]),
      )
    await expect(page.textContent('[data-testid="dataset-name"]')).resolves.toMatch(/your files/)
    await expect(page.textContent('[data-testid="gap-value"]')).resolves.toBe('–')
  })

  it('names a JSON file’s bad row 1-based, as a person counts', async () => {
    const rows = [
      { id: 'a', title: 'A', owner: 'o', costGbp: '100', scores: [] },
      { id: 'b', title: 'B', owner: 'o', costGbp: 'lots', scores: [] },
    ]
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'initiatives.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(rows)),
    })
    const issues = page.locator('[data-testid="issues"] li')
    await expect
      .poll(() => issues.allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/initiatives\.json, table initiatives, row 2, column costGbp/),
        ]),
      )
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
    // Only the user's two initiatives: none of the sample's twelve are mixed in.
    expect(await page.locator('[data-testid="initiative"]').count()).toBe(2)
    expect(await page.locator('#ranking script, #ranking img').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as { __injected?: boolean }).__injected),
    ).toBeUndefined()
    expect(pageErrors).toEqual([])
  })

  it('filters by place, organisation and staff group', async () => {
    await page.click('#reset-data')
    const gap = page.locator('[data-testid="gap-value"]')
    await expect.poll(() => gap.textContent()).toMatch(/^-?[\d,]+$/)
    const whole = await gap.textContent()
    await page.selectOption('[data-testid="filter-place"]', 'highcross')
    await expect.poll(() => gap.textContent()).not.toBe(whole)
    const organisations = await page
      .locator('[data-testid="filter-organisation"] option')
      .allTextContents()
    expect(organisations.slice(1).every((text) => /STM01|STP06|STS06|STV06/.test(text))).toBe(true)
    await page.selectOption('[data-testid="filter-organisation"]', 'STM01')
    await page.selectOption('[data-testid="filter-staff-group"]', 'registered-nurse')
    await expect(page.textContent('[data-testid="filter-summary"]')).resolves.toMatch(
      /place highcross, organisation STM01, staff group registered-nurse/,
    )
    await expect.poll(() => gap.textContent()).toMatch(/^-?[\d,]+$/)
    await page.selectOption('[data-testid="filter-place"]', '')
    await page.selectOption('[data-testid="filter-staff-group"]', '')
    await expect.poll(() => gap.textContent()).toBe(whole)
  })

  it('shows each weight slider’s value and share', async () => {
    const output = page.locator('[data-testid="weight-value-feasibility"]')
    await expect(output.textContent()).resolves.toBe('1.0 (25.0%)')
    await page.locator('[data-testid="weight-feasibility"]').fill('3')
    await expect.poll(() => output.textContent()).toBe('3.0 (50.0%)')
    await page.locator('[data-testid="weight-feasibility"]').fill('1')
  })

  it('names the planted outliers and shows the SPC icons for the sample', async () => {
    const findings = page.locator('[data-testid="benchmarking-findings"] li')
    await expect
      .poll(() => findings.allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/leaver rate \(NHS trusts\): .*\(STM02\).*worse/),
          expect.stringMatching(/vacancy rate \(NHS trusts\): .*\(STA03\).*worse/),
          expect.stringMatching(/rebased at 2024-10/),
        ]),
      )
    expect(await page.locator('[data-testid="spc-icons"] svg').count()).toBeGreaterThan(0)
  })

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    await page.click('#reset-data')
    await expect.poll(() => page.locator('[data-testid="initiative"]').count()).toBeGreaterThan(2)
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (options: unknown) => Promise<unknown> } })
        .axe
      const result = (await axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
      return result.violations.map((each) => ({
        id: each.id,
        impact: each.impact,
        targets: each.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }))
    })
    expect(violations.filter((each) => ['serious', 'critical'].includes(each.impact))).toEqual([])
  })

  it('saves a screenshot of the sample ICS', async () => {
    await page.click('#reset-data')
    await expect.poll(() => page.locator('[data-testid="initiative"]').count()).toBeGreaterThan(2)
    mkdirSync(join(appDir, 'out'), { recursive: true })
    mkdirSync(join(appDir, 'out', 'screenshots'), { recursive: true })
    await page.screenshot({ path: join(appDir, 'out', 'screenshots', 'web.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })
})
