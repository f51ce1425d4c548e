import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { samplePlantedSignals } from '@oneworkforce/sample-data'
import ExcelJS from 'exceljs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The board report as `pnpm demo` writes it (apps/demo/out), opened in Chromium, checked with
// axe-core and photographed for review (apps/demo/out/screenshots).
const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(appDir, 'out')
const shots = join(outDir, 'screenshots')
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']

let browser: Browser
let page: Page
let html: string
const pageErrors: string[] = []

beforeAll(async () => {
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      '--out',
      outDir,
      '--runs',
      '40',
      '--seed',
      '7',
      '--sobol-samples',
      '16',
    ],
    { cwd: appDir, maxBuffer: 64 * 1024 * 1024 },
  )
  html = readFileSync(join(outDir, 'report.html'), 'utf8')
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(pathToFileURL(join(outDir, 'report.html')).href)
  await page.waitForFunction(() => document.querySelectorAll('canvas').length > 0)
})

afterAll(async () => {
  await browser?.close()
})

describe('the HTML report', () => {
  it('has the chapters a board expects, with no script errors', async () => {
    for (const id of [
      'summary',
      'data',
      'projection',
      'costs',
      'uncertainty',
      'benchmarking',
      'prioritisation',
      'assumptions',
    ])
      expect(await page.locator(`section#${id} h2`).count()).toBe(1)
    const summary = await page.locator('#summary').textContent()
    expect(summary).toMatch(/gap of [\d,]+ FTE \(90% range [\d,]+ to [\d,]+\)/)
    expect(summary).toMatch(/shortfall of [\d,]+ FTE/)
    expect(summary).toMatch(/Value for money/)
    expect(summary).toMatch(/Main drivers/)
    expect(summary).toMatch(/Recommended portfolio/)
    expect(await page.locator('#table-costs-by-year tbody tr').count()).toBeGreaterThan(5)
    // The size of the opportunity is measured for every initiative with a lever in the projection.
    expect(await page.locator('#table-opportunity-measured tbody tr').count()).toBe(12)
    expect(await page.locator('#table-left-out tbody tr').count()).toBeGreaterThan(0)
    expect(pageErrors).toEqual([])
  })

  it('finds and names every planted outlier, and rebases SPC at the documented month', () => {
    const benchmarking = /<section id="benchmarking">(.*?)<\/section>/s.exec(html)?.[1] ?? ''
    for (const signal of samplePlantedSignals) {
      if (signal.kind === 'funnel-outlier') {
        expect(benchmarking).toMatch(
          new RegExp(
            `Outside the 99.8% limits: <span class="finding-worse">[^<]*\\(${signal.organisation}\\)`,
          ),
        )
      } else {
        expect(benchmarking).toContain(`Rebased at <strong>${signal.month}</strong>`)
      }
    }
    // Only the planted organisations are flagged at 99.8%.
    const flagged = [...benchmarking.matchAll(/class="finding-worse">[^<]*\((ST[A-Z]\d\d)\)/g)].map(
      (match) => match[1],
    )
    expect(new Set(flagged)).toEqual(
      new Set(samplePlantedSignals.flatMap((each) => each.organisation ?? [])),
    )
  })

  it('exports every table as CSV and as one XLSX workbook, linked from the report', async () => {
    const ids = [...html.matchAll(/<table id="table-([^"]+)"/g)].map((match) => match[1] ?? '')
    expect(ids.length).toBeGreaterThan(10)
    for (const id of ids) {
      expect(html).toContain(`href="report-tables/${id}.csv"`)
      const csv = readFileSync(join(outDir, 'report-tables', `${id}.csv`), 'utf8')
      expect(csv.split('\r\n').length).toBeGreaterThan(2)
    }
    expect(readdirSync(join(outDir, 'report-tables')).sort()).toEqual(
      ids.map((id) => `${id}.csv`).sort(),
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(outDir, 'report-tables.xlsx'))
    expect(workbook.worksheets.map((sheet) => sheet.name).sort()).toEqual(
      ids.map((id) => id.slice(0, 31)).sort(),
    )
  })

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (options: unknown) => Promise<unknown> } })
        .axe
      const result = (await axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
      })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
      return result.violations.map((each) => ({
        id: each.id,
        impact: each.impact,
        targets: each.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }))
    })
    expect(violations.filter((each) => ['serious', 'critical'].includes(each.impact))).toEqual([])
  })

  it('saves full-page and A4 print screenshots (and a PDF) for review', async () => {
    mkdirSync(shots, { recursive: true })
    await page.screenshot({ path: join(shots, 'report-full.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    // A4 at 96 dpi less the page margins: the width the print stylesheet lays out for.
    await page.setViewportSize({ width: 718, height: 1000 })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.screenshot({ path: join(shots, 'report-print.png'), fullPage: true })
    await page.pdf({ path: join(outDir, 'report.pdf'), format: 'A4', printBackground: true })
    for (const file of ['report-full.png', 'report-print.png'])
      expect(existsSync(join(shots, file))).toBe(true)
    expect(readFileSync(join(outDir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
