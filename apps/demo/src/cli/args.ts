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
}

/** The usage text printed by `--help` and after a bad option. */
export const usage = `Usage: pnpm demo [options]

Runs the whole oneworkforce job (validate, project, simulate, benchmark, prioritise) and writes
a terminal report and an HTML report. With no options it uses the embedded sample ICS.

Options:
  --data <dir>       use your own CSV/JSON files from <dir> instead of the sample ICS
  --scenario <file>  a scenario JSON file (one scenario or an array) projected beside the presets
  --out <dir>        where to write report.html (default: apps/demo/out)
  --runs <n>         Monte Carlo runs, 1-100000 (default: 200)
  --seed <n>         random seed, a non-negative integer (default: 20250401)
  --json             print the report as JSON instead of the terminal tables
  -h, --help         show this help`

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

/** Parses and validates `argv` (without the node and script paths). */
export function parseCliArgs(argv: readonly string[], defaultOutDir: string): ParsedArgs {
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
  const dataDir = str('data')
  const scenarioFile = str('scenario')
  return {
    ok: true,
    options: {
      ...(dataDir !== undefined ? { dataDir } : {}),
      ...(scenarioFile !== undefined ? { scenarioFile } : {}),
      outDir: str('out') ?? defaultOutDir,
      runs,
      seed,
      json: values.json === true,
      help: values.help === true,
    },
  }
}
