import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { simulateWorkforce } from '@oneworkforce/projection'
import type { Dataset } from '@oneworkforce/schemas'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filterDataset } from '../src/job/filter-dataset'
import type { FanBand } from '../src/job/report-model'
import { loadSampleDataset } from '../src/job/sample'
import { summariseValidation, validateRawDataset } from '../src/job/validation'
import { formatFte } from '../src/report/format'
import { rangeChunkRuns, rangeFan, rangeSimulation } from '../src/web/range-of-outcomes'
import { serveStatic } from './static-server'

// The web page's "Range of outcomes": Run starts the demo's Monte Carlo on Web Workers in
// headless Chromium; the progress bar advances, the fan chart redraws per chunk of runs, and the
// final fan equals one `simulateWorkforce` of every run in Node (same data, seed and runs).
const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']
const runs = 50

let browser: Browser
let page: Page
let server: Awaited<ReturnType<typeof serveStatic>>
let buildDir: string
const pageErrors: string[] = []

/** The sample as the page holds it: validated from the raw tables, as `loadSample` does. */
function sample(): Dataset {
  const dataset = summariseValidation(validateRawDataset(loadSampleDataset()), 'sample ICS').dataset
  if (!dataset) throw new Error('the sample ICS does not validate')
  return dataset
}

/** The fan Node gives for the same data: one simulation of every run, in this thread. */
async function nodeFan(dataset: Dataset): Promise<unknown> {
  const built = rangeSimulation(dataset, runs)
  if (!built.success) throw new Error('the dataset cannot be projected')
  const simulation = await simulateWorkforce(built.value.input, {
    ...built.value.options,
    threads: 0,
  })
  return JSON.parse(JSON.stringify(rangeFan(simulation, runs)))
}

/** Clicks Run and records every progress value and every fan drawn until the run ends. */
async function runOnPage(): Promise<{
  progress: number[]
  covered: number[]
  fan: unknown
  state: string
}> {
  await page.evaluate(() => {
    const record = window as unknown as { progress: number[]; covered: number[] }
    record.progress = []
    record.covered = []
    const bar = document.getElementById('range-progress') as HTMLElement
    const figure = document.getElementById('range-figure') as HTMLElement
    new MutationObserver(() =>
      record.progress.push(Number(bar.getAttribute('aria-valuenow'))),
    ).observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] })
    new MutationObserver(() => {
      if (figure.dataset.runsCovered) record.covered.push(Number(figure.dataset.runsCovered))
    }).observe(figure, { attributes: true, attributeFilter: ['data-runs-covered'] })
  })
  await page.click('[data-testid="range-run"]')
  await page.waitForSelector('#range-section[data-state]', { state: 'attached', timeout: 100_000 })
  return page.evaluate(() => {
    const record = window as unknown as { progress: number[]; covered: number[] }
    const figure = document.getElementById('range-figure') as HTMLElement
    return {
      progress: record.progress,
      covered: record.covered,
      fan: JSON.parse(figure.dataset.fan ?? 'null') as unknown,
      state: document.getElementById('range-section')?.dataset.state ?? '',
    }
  })
}

beforeAll(async () => {
  // Build the page as `pnpm --filter @oneworkforce/demo build` does, into a scratch folder.
  buildDir = mkdtempSync(join(tmpdir(), 'oneworkforce-range-'))
  const viteBin = join(
    dirname(createRequire(join(appDir, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  )
  execFileSync(
    process.execPath,
    [viteBin, 'build', '--outDir', buildDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: appDir, stdio: 'pipe' },
  )
  server = await serveStatic(buildDir)
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  // Counts the Web Workers the page starts (Vite's worker import calls the global `Worker`).
  await page.addInitScript(() => {
    const counted = window as unknown as { workersStarted: number }
    counted.workersStarted = 0
    const NativeWorker = window.Worker
    window.Worker = class CountedWorker extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options)
        counted.workersStarted += 1
      }
    }
  })
  await page.goto(server.url)
  await page.waitForSelector('body[data-ready="true"]')
  await page.selectOption('[data-testid="range-runs"]', String(runs))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (buildDir) rmSync(buildDir, { recursive: true, force: true })
})

describe('the range of outcomes on the demo web page', () => {
  it("runs on Web Workers, redraws per chunk and ends on Node's numbers", async () => {
    const [result, expected] = await Promise.all([runOnPage(), nodeFan(sample())])
    expect(result.state).toBe('done')
    // One set of workers serves every chunk (warm), not a fresh set per chunk.
    const threads = Number(
      /on (\d) Web Workers?/.exec(
        (await page.textContent('[data-testid="range-status"]')) ?? '',
      )?.[1],
    )
    expect(threads).toBeGreaterThan(0)
    expect(
      await page.evaluate(() => (window as unknown as { workersStarted: number }).workersStarted),
    ).toBe(threads)
    // The bar advances block by block to every run; the fan is redrawn after each chunk.
    expect(result.progress.at(-1)).toBe(runs)
    expect(new Set(result.progress.filter((done) => done > 0 && done < runs)).size).toBeGreaterThan(
      1,
    )
    expect(result.covered).toEqual([rangeChunkRuns(runs), runs])
    expect(result.fan).toEqual(expected)
    await expect(page.textContent('[data-testid="range-status"]')).resolves.toMatch(
      new RegExp(`^${runs} runs on \\d Web Workers? in [\\d.]+ s`),
    )
    // The chart is drawn, with a text alternative and a table of every year.
    const chart = page.locator('#range-chart')
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /The whole ICS, 50 of 50 runs: projected supply with its 50% and 90% ranges/,
    )
    await expect(page.locator('#range-gap-chart').getAttribute('aria-label')).resolves.toMatch(
      /The whole ICS, 50 of 50 runs: projected gap \(demand − supply\) with its 50% and 90% ranges/,
    )
    const painted = await chart.evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d') as CanvasRenderingContext2D
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
      let coloured = 0
      for (let at = 3; at < pixels.length; at += 4) if ((pixels[at] ?? 0) > 0) coloured += 1
      return coloured / (canvas.width * canvas.height)
    })
    expect(painted).toBeGreaterThan(0.02)
    // The caption reads the horizon's gap from the same numbers.
    const last = (expected as { gap: FanBand[] }).gap.at(-1) as FanBand
    await expect(page.textContent('#range-caption')).resolves.toContain(
      `Gap (demand − supply) in ${last.financialYear} of ${formatFte(last.p50)} (${formatFte(last.p5)} to ${formatFte(last.p95)}) FTE`,
    )
    const years = (expected as { supply: unknown[] }).supply.length
    expect(await page.locator('[data-testid="range-table"] tr').count()).toBe(years + 1)
    expect(pageErrors).toEqual([])
  })

  it("runs in the page's thread where Web Workers are unavailable", async () => {
    const noWorkers = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    const errors: string[] = []
    noWorkers.on('pageerror', (error) => errors.push(error.message))
    await noWorkers.addInitScript(() => {
      delete (window as { Worker?: unknown }).Worker
    })
    await noWorkers.goto(server.url)
    await noWorkers.waitForSelector('body[data-ready="true"]')
    await noWorkers.selectOption('[data-testid="range-runs"]', String(runs))
    await noWorkers.click('[data-testid="range-run"]')
    await noWorkers.waitForSelector('#range-section[data-state]', {
      state: 'attached',
      timeout: 100_000,
    })
    await expect(noWorkers.textContent('[data-testid="range-status"]')).resolves.toMatch(
      new RegExp(`^${runs} runs in this page in [\\d.]+ s`),
    )
    const fan = await noWorkers.evaluate(
      () => JSON.parse(document.getElementById('range-figure')?.dataset.fan ?? 'null') as unknown,
    )
    expect(fan).toEqual(await nodeFan(sample()))
    expect(errors).toEqual([])
    await noWorkers.close()
  })

  it('has no serious or critical accessibility violations with the fan drawn (axe-core)', async () => {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe
      const result = (await axe.run('#range-section', {
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

  it('saves a screenshot of the fan chart', async () => {
    mkdirSync(join(appDir, 'out', 'screenshots'), { recursive: true })
    await page.locator('#range-section').screenshot({
      path: join(appDir, 'out', 'screenshots', 'web-range.png'),
    })
    expect(pageErrors).toEqual([])
  })

  it('simulates the filtered data, and stops on Cancel', async () => {
    await page.selectOption('[data-testid="filter-place"]', 'highcross')
    // A filter change clears the fan drawn on other data.
    await expect.poll(() => page.locator('#range-figure').isHidden()).toBe(true)
    const [result, expected] = await Promise.all([
      runOnPage(),
      nodeFan(filterDataset(sample(), { place: 'highcross' })),
    ])
    expect(result.state).toBe('done')
    expect(result.fan).toEqual(expected)
    await expect(page.locator('#range-chart').getAttribute('aria-label')).resolves.toMatch(
      /^Place highcross, 50 of 50 runs/,
    )
    await page.selectOption('[data-testid="range-runs"]', '500')
    await page.click('[data-testid="range-run"]')
    const bar = page.locator('[data-testid="range-progress"]')
    // Photographed once the first chunk is drawn, while the rest still run.
    await page.waitForSelector('#range-figure[data-runs-covered]', { state: 'attached' })
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
    await page.locator('#range-section').screenshot({
      path: join(appDir, 'out', 'screenshots', 'web-range-running.png'),
    })
    await page.click('[data-testid="range-cancel"]')
    await page.waitForSelector('#range-section[data-state="cancelled"]', { state: 'attached' })
    await expect(page.textContent('[data-testid="range-status"]')).resolves.toMatch(
      /^Cancelled after \d+ of 500 runs/,
    )
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(500)
    await expect(page.locator('[data-testid="range-run"]').isEnabled()).resolves.toBe(true)
    expect(pageErrors).toEqual([])
  })
})
