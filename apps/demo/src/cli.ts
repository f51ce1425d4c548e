import { mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeIssue } from '@oneworkforce/schemas'
import { parseCliArgs, usage } from './cli/args'
import { loadDataDir, loadSample, loadScenarioFile } from './cli/load-data'
import { simulateSection } from './cli/simulate'
import { escapeTerminalText, terminalSafeJson, wrapToWidth } from './cli/terminal-text'
import { runJob } from './job/run-job'
import { sampleChangePoints } from './job/sample'
import { renderTerminalReport } from './report/terminal'
import { TERMINAL_WIDTH } from './report/terminal-table'
import { writeReportFiles } from './report/write-report'

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// Paths on the command line are relative to where the user ran `pnpm demo` (pnpm runs the script
// in apps/demo and passes the user's folder as INIT_CWD).
const userDir = process.env.INIT_CWD ?? process.cwd()

async function chartJsSource(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('chart.js')
  return readFile(join(dirname(entry), 'chart.umd.min.js'), 'utf8')
}

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2), join(appDir, 'out'), userDir)
  if (!parsed.ok) {
    process.stderr.write(`pnpm demo: ${escapeTerminalText(parsed.message)}\n\n${usage}\n`)
    return 2
  }
  const options = parsed.options
  if (options.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }

  const data = options.dataDir ? await loadDataDir(options.dataDir) : loadSample()
  const scenarioFile = options.scenarioFile
    ? await loadScenarioFile(options.scenarioFile)
    : undefined
  if (scenarioFile && scenarioFile.issues.length > 0) {
    const described = scenarioFile.issues.map(describeIssue).join('\n')
    process.stderr.write(`pnpm demo: ${escapeTerminalText(described)}\n`)
    return 2
  }
  const report = await runJob({
    validated: data.validated,
    source: data.source,
    extraScenarios: scenarioFile?.scenarios ?? [],
    runs: options.runs,
    seed: options.seed,
    ...(options.budgetGbp !== undefined ? { budgetGbp: options.budgetGbp } : {}),
    ...(options.weights !== undefined ? { weights: options.weights } : {}),
    projection: {
      ...(options.horizonMonths !== undefined ? { horizonMonths: options.horizonMonths } : {}),
      ...(options.growthPerYear !== undefined
        ? { nonDemographicGrowthPerYear: options.growthPerYear }
        : {}),
    },
    // The sample's documented change points (its README); own data has none unless stated.
    ...(options.dataDir ? {} : { changePoints: sampleChangePoints }),
    simulate: (dataset) =>
      simulateSection(dataset, options, !options.json && process.stderr.isTTY === true),
  })

  await mkdir(options.outDir, { recursive: true })
  const htmlPath = await writeReportFiles(resolve(options.outDir), report, await chartJsSource())

  // Text from the user's files never reaches the terminal raw (escape sequences are shown).
  if (options.json) process.stdout.write(`${terminalSafeJson(report)}\n`)
  else {
    const text = escapeTerminalText(renderTerminalReport(report, htmlPath))
    process.stdout.write(`${wrapToWidth(text, TERMINAL_WIDTH)}\n`)
  }
  // Own data that cannot be used at all is a failed run; the sample always gives a report.
  return report.validation.status === 'failed' ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `pnpm demo failed: ${escapeTerminalText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    )
    process.exitCode = 1
  },
)
