import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { sampleDataset } from '@oneworkforce/sample-data'
import { afterAll, describe, expect, it } from 'vitest'
import { rankingProjections } from '../src/job/drivers'
import type { DriverRanking } from '../src/job/report-model'
import { demoUncertainDrivers } from '../src/job/uncertainty'

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const scratch = mkdtempSync(join(tmpdir(), 'oneworkforce-cli-'))

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI as `pnpm demo` does (tsx over src/cli.ts, packages from their built dist). */
async function demo(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      {
        cwd: appDir,
        env: { ...process.env, ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('pnpm demo', () => {
  it('runs the whole job on the sample ICS and writes a self-contained HTML report', async () => {
    const out = join(scratch, 'sample')
    const run = await demo(['--out', out, '--runs', '16', '--seed', '7', '--sobol-samples', '8'])
    expect(run.stderr).not.toMatch(/failed/)
    expect(run.code).toBe(0)
    for (const heading of [
      '1. Data validation',
      '2. Projection',
      '3. Uncertainty',
      '4. Benchmarking',
      '5. Prioritisation',
    ]) {
      expect(run.stdout).toContain(heading)
    }
    const html = readFileSync(join(out, 'report.html'), 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    // Offline: Chart.js inlined, nothing loaded from elsewhere.
    expect(html).toContain('Chart.js')
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/)
    const chartData = /<script type="application\/json" id="chart-data">(.*?)<\/script>/s.exec(
      html,
    )?.[1]
    const charts = JSON.parse(chartData ?? 'null') as { id: string }[]
    for (const chart of charts) expect(html).toContain(`<canvas id="${chart.id}"`)
    // The drivers of the range: in the terminal, as a tornado chart and as an exported table.
    expect(run.stdout).toContain('what drives the range')
    for (const driver of demoUncertainDrivers) expect(run.stdout).toContain(driver.label)
    expect(charts.map((chart) => chart.id)).toContain('tornado')
    const csv = readFileSync(join(out, 'report-tables', 'drivers.csv'), 'utf8')
    for (const driver of demoUncertainDrivers) expect(csv).toContain(driver.label)
  })

  it('prints the report as JSON with --json', async () => {
    const run = await demo([
      '--json',
      '--out',
      join(scratch, 'json'),
      '--runs',
      '8',
      '--sobol-samples',
      '8',
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as {
      options: { runs: number }
      validation: { status: string }
      uncertainty: { data?: { drivers?: DriverRanking } }
    }
    // The ranking: every driver with its stated range and source, largest swing first.
    const ranking = report.uncertainty.data?.drivers
    expect(ranking?.drivers.map((each) => each.id).sort()).toEqual(
      demoUncertainDrivers.map((each) => each.parameter.id).sort(),
    )
    for (const driver of ranking?.drivers ?? []) {
      const stated = demoUncertainDrivers.find((each) => each.parameter.id === driver.id)
      expect(driver.range).toBe(stated?.range)
      expect(driver.source).toBe(stated?.source)
      expect(Number.isFinite(driver.total)).toBe(true)
    }
    const swings = ranking?.drivers.map((each) => each.swing) ?? []
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
    expect(ranking?.sobolSamples).toBe(8)
    expect(ranking?.projections).toBe(rankingProjections(demoUncertainDrivers.length, 8))
    expect(report.options.runs).toBe(8)
    expect(report.validation.status).toBe('ok')
    for (const section of [
      'projection',
      'uncertainty',
      'benchmarking',
      'prioritisation',
    ] as const) {
      expect((report as unknown as Record<string, { status: string }>)[section]?.status).toBe('ok')
    }
  })

  it('rejects a bad option with a message, the usage and a non-zero exit', async () => {
    const run = await demo(['--runs', 'many'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--runs must be a whole number/)
    expect(run.stderr).toContain('Usage: pnpm demo')
  })

  it('fails clearly when --data names a folder that does not exist', async () => {
    const run = await demo([
      '--data',
      join(scratch, 'nowhere'),
      '--out',
      join(scratch, 'nowhere-out'),
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/cannot read folder/)
    expect(existsSync(join(scratch, 'nowhere-out', 'report.html'))).toBe(true)
  })

  it('shows control characters from the user files escaped, never raw (paths from INIT_CWD)', async () => {
    // The scenario name from issue 14: retitles the window, clears the screen, turns text red.
    const hostile = 'Retain \x1b]0;PWNED-TITLE\x07\x1b[2J\x1b[31mRED'
    const retain = sampleDataset().scenarios.find((scenario) => scenario.id === 'retain')
    const userDir = join(scratch, 'user')
    mkdirSync(userDir, { recursive: true })
    writeFileSync(
      join(userDir, 'hostile.json'),
      JSON.stringify({ ...retain, id: 'x', name: hostile }),
    )
    const run = await demo(
      ['--scenario', 'hostile.json', '--out', 'out', '--runs', '4', '--sobol-samples', '0'],
      {
        INIT_CWD: userDir,
      },
    )
    expect(run.code).toBe(0)
    expect(existsSync(join(userDir, 'out', 'report.html'))).toBe(true)
    expect(run.stdout).toContain('Retain \\x1B]0;PWNED-TITLE\\x07\\x1B[2J\\x1B[31mRED')
    for (const raw of ['\x07', '\x1b', '\x9b']) expect(run.stdout + run.stderr).not.toContain(raw)
  })

  it('reads back what sample-data export writes, as per-table files or as one dataset.json', async () => {
    const exported = join(scratch, 'exported')
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/export.ts', exported],
      { cwd: resolve(appDir, '../../packages/sample-data'), env: { ...process.env, INIT_CWD: '' } },
    )
    for (const data of [exported, join(exported, 'whole-dataset')]) {
      const run = await demo([
        '--data',
        data,
        '--out',
        join(scratch, 'exported-out'),
        '--runs',
        '2',
        '--sobol-samples',
        '0',
      ])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('0 error(s)')
    }
  })

  it('reports the row-level issue of a bad row in --data CSVs', async () => {
    const data = join(scratch, 'own-data')
    mkdirSync(data, { recursive: true })
    const { workforce: _, ...rest } = sampleDataset()
    writeFileSync(join(data, 'dataset.json'), JSON.stringify(rest))
    writeFileSync(
      join(data, 'workforce.csv'),
      [
        'month,organisation,staffGroup,headcount,fte',
        '2026-03,RJZ01,registered-nurse,120,108.4',
        '2026-03,RJZ01,midwife,forty,-3',
      ].join('\n'),
    )
    const run = await demo([
      '--data',
      data,
      '--out',
      join(scratch, 'own-out'),
      '--sobol-samples',
      '0',
    ])
    expect(run.stdout).toMatch(/workforce\.csv row 3 column headcount/)
    expect(run.code).toBe(1)
  })
})
