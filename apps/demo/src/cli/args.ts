import { resolve } from 'node:path'
import { parseArgs } from 'node:util'

/** The options of `pnpm demo`, validated. */
export interface CliOptions {
  readonly dataDir?: string
  readonly scenarioFile?: string
  readonly outDir: string
  readonly runs: number
  readonly seed: number
  readonly json: boolean
  readonly help: boolean
  /** The portfolio budget in pounds, a decimal string (`--budget`). */
  readonly budgetGbp?: string
  /** Relative criterion weights by criterion code (`--weights`). */
  readonly weights?: Readonly<Record<string, number>>
  /** Projection horizon in months (`--horizon` in years × 12). */
  readonly horizonMonths?: number
  /** Non-demographic demand growth per year as a fraction (`--growth`). */
  readonly growthPerYear?: number
  /** Sobol base samples for ranking the uncertain drivers (`--sobol-samples`; 0: tornado only). */
  readonly sobolSamples?: number
}

/** The usage text printed by `--help` and after a bad option. */
export const usage = `Usage: pnpm demo [options]

Runs the whole oneworkforce job (validate, project, simulate, benchmark, prioritise) and writes
a terminal report and an HTML report. With no options it uses the embedded sample ICS. Paths are
relative to the folder you run it from.

Data and output:
  --data <dir>        your own CSV/JSON files (one <table>.csv each, or dataset.json), and
                      NHS Digital / ONS downloads as published (recognised from their header)
  --scenario <file>   a scenario JSON file (one scenario or an array), beside the presets
  --out <dir>         where to write report.html (default: apps/demo/out)
  --json              print the report as JSON only (use pnpm -s to drop pnpm's own header)

Projection:
  --horizon <years>   years to project, 1-20 (default: to the 2036/37 LTWP horizon)
  --growth <rate>     demand growth per year beyond demography: 0.015 or 1.5% (default: none)
  --runs <n>          Monte Carlo runs, 1-100000 (default: 200)
  --seed <n>          random seed, a non-negative integer (default: 20250401)
  --sobol-samples <n> Sobol base samples N ranking the uncertain drivers: 0 (tornado only)
                      or 2-4096 (default: 64; the projection runs N × (drivers + 2) times)

Prioritisation:
  --budget <pounds>   portfolio budget in pounds, e.g. 5000000 (default: 5000000)
  --weights <list>    criterion weights, code=weight pairs, normalised to sum to 1
                      (default: the four tests equally weighted)
  -h, --help          show this help

Examples:
  pnpm demo
  pnpm -s demo --json > report.json
  pnpm demo --data ./my-ics --out ./reports
  pnpm demo --horizon 10 --growth 1.5% --runs 1000
  pnpm demo --budget 6000000 --weights size-of-opportunity=40,feasibility=30,\\
    strategic-coherence=20,need-for-collaboration=10
  pnpm --filter @oneworkforce/sample-data export ./sample-ics && pnpm demo --data ./sample-ics`

/** Parsing the command line: the options, or a message saying what is wrong. */
export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly message: string }

function integerOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number | string {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw.trim())) return `--${name} must be a whole number, received "${raw}"`
  const value = Number(raw)
  if (value < min || value > max)
    return `--${name} must be between ${min} and ${max}, received ${raw}`
  return value
}

/** `--budget`: pounds as a plain decimal (commas and a leading £ allowed), at most two decimals. */
function budgetOption(raw: string): string {
  const plain = raw.trim().replace(/^£/, '').replaceAll(',', '')
  if (!/^\d+(\.\d{1,2})?$/.test(plain))
    throw `--budget must be an amount of pounds such as 5000000, received "${raw}"`
  return plain
}

/** `--weights`: `code=weight` pairs separated by commas, each weight a non-negative number. */
function weightsOption(raw: string): Record<string, number> {
  const weights: Record<string, number> = {}
  for (const pair of raw
    .split(',')
    .map((each) => each.trim())
    .filter(Boolean)) {
    const match = /^([a-z0-9][a-z0-9-]*)=(\d+(?:\.\d+)?)$/i.exec(pair)
    if (!match?.[1] || match[2] === undefined)
      throw `--weights must be code=weight pairs such as feasibility=30,size-of-opportunity=40, received "${pair}"`
    weights[match[1]] = Number(match[2])
  }
  if (Object.values(weights).reduce((sum, weight) => sum + weight, 0) <= 0)
    throw '--weights needs at least one weight above 0'
  return weights
}

/** `--growth`: a fraction (0.015) or a percentage (1.5%) a year, between -10% and 20%. */
function growthOption(raw: string): number {
  const match = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(raw.trim())
  if (!match) throw `--growth must be a rate a year such as 0.015 or 1.5%, received "${raw}"`
  const rate = Number(match[1]) / (match[2] === '%' ? 100 : 1)
  if (rate < -0.1 || rate > 0.2)
    throw `--growth must be between -10% and 20% a year, received ${raw}`
  return rate
}

/**
 * Parses and validates `argv` (without the node and script paths). With `baseDir`, the paths
 * given are resolved against it (the folder the user ran the command from).
 */
export function parseCliArgs(
  argv: readonly string[],
  defaultOutDir: string,
  baseDir?: string,
): ParsedArgs {
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      // `pnpm demo -- --runs 50` hands the script a literal leading `--`: skip it.
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        scenario: { type: 'string' },
        out: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        budget: { type: 'string' },
        weights: { type: 'string' },
        horizon: { type: 'string' },
        growth: { type: 'string' },
        'sobol-samples': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  const str = (key: string): string | undefined => {
    const value = values[key]
    return typeof value === 'string' ? value : undefined
  }
  for (const key of ['data', 'scenario', 'out']) {
    if (str(key) !== undefined && str(key)?.trim() === '') {
      return { ok: false, message: `--${key} needs a path` }
    }
  }
  const runs = integerOption('runs', str('runs'), 200, 1, 100_000)
  if (typeof runs === 'string') return { ok: false, message: runs }
  const seed = integerOption('seed', str('seed'), 20250401, 0, 2 ** 32 - 1)
  if (typeof seed === 'string') return { ok: false, message: seed }
  const horizon = integerOption('horizon', str('horizon'), 0, 1, 20)
  if (typeof horizon === 'string') return { ok: false, message: horizon }
  const sobolSamples = integerOption('sobol-samples', str('sobol-samples'), -1, 0, 4096)
  if (typeof sobolSamples === 'string') return { ok: false, message: sobolSamples }
  if (sobolSamples === 1)
    return { ok: false, message: '--sobol-samples must be 0 (tornado only) or at least 2' }
  const path = (value: string | undefined) =>
    value === undefined || baseDir === undefined ? value : resolve(baseDir, value)
  const dataDir = path(str('data'))
  const scenarioFile = path(str('scenario'))
  const raw = { budget: str('budget'), weights: str('weights'), growth: str('growth') }
  let chosen: Partial<CliOptions>
  try {
    chosen = {
      ...(raw.budget !== undefined ? { budgetGbp: budgetOption(raw.budget) } : {}),
      ...(raw.weights !== undefined ? { weights: weightsOption(raw.weights) } : {}),
      ...(horizon > 0 ? { horizonMonths: horizon * 12 } : {}),
      ...(raw.growth !== undefined ? { growthPerYear: growthOption(raw.growth) } : {}),
      ...(sobolSamples >= 0 ? { sobolSamples } : {}),
    }
  } catch (message) {
    return { ok: false, message: String(message) }
  }
  return {
    ok: true,
    options: {
      ...(dataDir !== undefined ? { dataDir } : {}),
      ...(scenarioFile !== undefined ? { scenarioFile } : {}),
      outDir: path(str('out')) ?? defaultOutDir,
      runs,
      seed,
      json: values.json === true,
      help: values.help === true,
      ...chosen,
    },
  }
}
