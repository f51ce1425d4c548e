import * as projection from '@oneworkforce/projection'
import { type Dataset, defaultTaxonomy, financialYearOfMonth } from '@oneworkforce/schemas'
import {
  type DriverRankingApi,
  type DriverRankingOptions,
  rankDrivers,
  rankingProjections,
} from './drivers'
import { landed, notLanded } from './landed'
import type { DriverRanking, FanBand, Section, UncertaintySummary } from './report-model'

type Api = Pick<
  typeof projection,
  'safeProjectionInputFromDataset' | 'safeSimulateWorkforce' | 'safeProjectWorkforce'
>
type Simulation = projection.WorkforceSimulation
type Measure = keyof Simulation['bands']

/** One uncertain driver of the demo's Monte Carlo: the parameter, its stated range and its source. */
export interface DemoUncertainDriver {
  readonly parameter: projection.UncertainParameterInput
  readonly label: string
  /** What it changes and how, in words. */
  readonly range: string
  readonly source: string
  /** `multiplier` scales the input's numbers; `rate` replaces a rate per year. */
  readonly valueKind: 'multiplier' | 'rate'
}

const triangular = (min: number, mode: number, max: number) => ({
  type: 'triangular' as const,
  min,
  mode,
  max,
})

/**
 * The uncertainty the demo states for the sample ICS, each a stated range with its source, one
 * independent draw per run for each driver: non-demographic demand growth, productivity (NHS
 * sectors only), leaver rates, joiner volumes, the labour-market limit on recruitment and
 * training attrition. Each range's mode is the baseline's own assumption, so the fan is centred
 * on the projection the report headlines; productivity's range is one-sided because the
 * baseline assumes none. The drivers are ranked by a tornado and Sobol indices
 * (`./drivers.ts`).
 */
export const demoUncertainDrivers: readonly DemoUncertainDriver[] = [
  {
    parameter: {
      id: 'non-demographic-demand-growth',
      path: ['demand', 'growth', 0, 'ratePerYear'],
      distribution: triangular(0, 0.01, 0.02),
    },
    label: 'Non-demographic demand growth',
    range: 'triangular(0%, 1%, 2%) a year for every post',
    source:
      'the projection’s default of 1% a year (DEFAULT_NON_DEMOGRAPHIC_GROWTH: acuity and new treatments) and its stated plausible range of 0-2% (docs/projecting-your-workforce.md, section 1); the IFS (2023) reads the LTWP as implying 3.1-3.4% a year of NHS workforce growth',
    valueKind: 'rate',
  },
  {
    parameter: {
      id: 'productivity',
      select: { rows: ['demand', 'productivity'], field: 'ratePerYear' },
      apply: 'replace',
      distribution: triangular(0, 0, 0.02),
    },
    label: 'Productivity (NHS sectors)',
    range: 'triangular(0%, 0%, 2%) a year in the NHS sectors only (social care and voluntary 0)',
    source:
      'the baseline assumes no productivity gain (the LTWP’s shortfall "without action"); the LTWP (NHS England, 2023) assumes 1.5-2% a year for the NHS and none for social care or the voluntary sector (NHS_SECTORS), so the range runs from none to its upper end',
    valueKind: 'rate',
  },
  {
    parameter: {
      id: 'leaver-rates',
      select: { rows: ['leaverRates'], field: 'ratePerYear' },
      apply: 'multiply',
      distribution: triangular(0.85, 1, 1.15),
    },
    label: 'Leaver rates',
    range: 'every leaver rate (all reasons) × triangular(0.85, 1, 1.15)',
    source: 'stated by the demo (a judgement, not an estimate; docs/methodology.md, Uncertainty)',
    valueKind: 'multiplier',
  },
  {
    parameter: {
      id: 'joiner-volumes',
      select: { rows: ['joiners'], field: 'headcountPerYear' },
      apply: 'multiply',
      distribution: triangular(0.85, 1, 1.15),
    },
    label: 'Joiner volumes',
    range: 'every fixed joiner volume × triangular(0.85, 1, 1.15)',
    source: 'stated by the demo (a judgement, not an estimate; docs/methodology.md, Uncertainty)',
    valueKind: 'multiplier',
  },
  {
    parameter: {
      id: 'labour-market-limit',
      select: { rows: ['recruitment'], field: 'maxHeadcountPerYear' },
      apply: 'multiply',
      distribution: triangular(0.8, 1, 1.2),
    },
    label: 'Labour-market limit on recruitment',
    range: 'every recruitment cap × triangular(0.8, 1, 1.2)',
    source: 'stated by the demo (a judgement, not an estimate; docs/methodology.md, Uncertainty)',
    valueKind: 'multiplier',
  },
  {
    parameter: {
      id: 'training-attrition',
      select: { rows: ['pipelines'], field: 'attritionRate' },
      apply: 'multiply',
      distribution: triangular(0.8, 1, 1.2),
    },
    label: 'Training attrition',
    range: 'every pipeline’s attrition × triangular(0.8, 1, 1.2)',
    source:
      'national nursing-degree attrition of 24-36% for the 2014-2019 cohorts (Nuffield Trust / Health Foundation, in docs/methodology.md) is 30% ± 20%',
    valueKind: 'multiplier',
  },
]

/** The demo's uncertain parameters (the drivers' parameters), as `simulateWorkforce` takes them. */
export const demoUncertainParameters: readonly projection.UncertainParameterInput[] =
  demoUncertainDrivers.map((driver) => driver.parameter)

/** Sobol base samples the demo uses by default: 64 × (6 drivers + 2) = 512 projections. */
export const DEMO_SOBOL_SAMPLES = 64

type Row = Record<string, unknown>
const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a driver's parameter finds a number to set in the input (a dataset may lack the rows). */
export function appliesTo(
  input: projection.ProjectionInput,
  parameter: projection.UncertainParameterInput,
) {
  const walk = (path: readonly (string | number)[]): unknown =>
    path.reduce<unknown>(
      (value, segment) =>
        Array.isArray(value) && typeof segment === 'number'
          ? value[segment]
          : isRow(value) && typeof segment === 'string'
            ? value[segment]
            : undefined,
      input,
    )
  if (parameter.path) return typeof walk(parameter.path) === 'number'
  if (!parameter.select) return false
  const { rows, where = {}, field } = parameter.select
  const array = walk(rows)
  return (
    Array.isArray(array) &&
    array.some(
      (row) =>
        isRow(row) &&
        typeof row[field] === 'number' &&
        Object.entries(where).every(([name, value]) => row[name] === value),
    )
  )
}

/**
 * The input the Monte Carlo draws on: the baseline with a productivity row of 0 for each NHS
 * sector it has (so the productivity driver has a rate to set; 0 changes nothing), social care
 * and the voluntary sector left without one.
 */
export function withNhsProductivityRows(
  input: projection.ProjectionInput,
  nhsSectors: readonly string[],
): projection.ProjectionInput {
  const has = new Set(input.demand.productivity.map((row) => row.sector))
  const added = nhsSectors
    .filter((sector) => input.dimensions.sectors.includes(sector) && !has.has(sector))
    .map((sector) => ({ sector, ratePerYear: 0 }))
  return {
    ...input,
    demand: { ...input.demand, productivity: [...input.demand.productivity, ...added] },
  }
}

/** Options of the Monte Carlo section. */
export interface UncertaintyOptions {
  readonly runs: number
  readonly seed: number
  readonly threads?: number
  /** Staff groups drawn as fan charts (the largest by supply). */
  readonly fanStaffGroups?: number
  /**
   * Sobol base samples N for ranking the drivers (default {@link DEMO_SOBOL_SAMPLES}); the
   * projection runs N × (drivers + 2) times in this thread. 0 ranks by the tornado only.
   */
  readonly sobolSamples?: number
  /**
   * Runs the ranking elsewhere (the CLI: a worker thread, beside the Monte Carlo's workers);
   * without it, the ranking runs in this thread after the Monte Carlo. Either way it is
   * `rankDrivers` on the same input and seed.
   */
  readonly rank?: (
    input: projection.ProjectionInput,
    options: DriverRankingOptions & { readonly signal?: AbortSignal },
  ) => Promise<Section<DriverRanking>>
  /**
   * Called as projections complete, with those done and the total: both simulations' runs and
   * the tornado's and the Sobol analysis' projections.
   */
  readonly onProgress?: (done: number, total: number) => void
}

/** Year-end (March) percentile bands of one measure and group, per financial year. */
export function yearEndBands(simulation: Simulation, measure: Measure, group: number): FanBand[] {
  const band = simulation.bands[measure]
  const months = simulation.periods.length
  const at = (p: number, t: number): number =>
    band.quantiles[p * months * simulation.groupCount + t * simulation.groupCount + group] ??
    Number.NaN
  const index = (share: number): number => simulation.percentiles.indexOf(share)
  return simulation.periods.flatMap((month, t) =>
    month.endsWith('-03') || t === months - 1
      ? [
          {
            financialYear: financialYearOfMonth(month),
            p5: at(index(0.05), t),
            p25: at(index(0.25), t),
            p50: at(index(0.5), t),
            p75: at(index(0.75), t),
            p95: at(index(0.95), t),
          },
        ]
      : [],
  )
}

/** Runs the Monte Carlo ranges of supply, demand and gap: ICS totals and by staff group. */
export async function uncertaintySection(
  dataset: Dataset,
  options: UncertaintyOptions,
): Promise<Section<UncertaintySummary>> {
  const names = [
    'safeProjectionInputFromDataset',
    'safeSimulateWorkforce',
    'safeProjectWorkforce',
  ] as const
  const api = landed<Api>(projection, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/projection', [...names]) }
  const built = api.safeProjectionInputFromDataset(dataset)
  if (!built.success)
    return { status: 'failed', reason: 'the dataset cannot be projected', issues: built.issues }
  const rankingNames = ['safeWorkforceTornado', 'safeWorkforceSobolIndices'] as const
  const rankingApi = landed<DriverRankingApi>(projection, rankingNames)
  // Productivity applies to the NHS sectors only (the LTWP's assumption is an NHS one).
  const input = withNhsProductivityRows(built.value, projection.NHS_SECTORS)
  // A dataset without NHS sectors (or without recruitment caps, pipelines...) leaves the drivers
  // that would set nothing out, and says so.
  const drivers = demoUncertainDrivers.filter((driver) => appliesTo(input, driver.parameter))
  const leftOut = demoUncertainDrivers.filter((driver) => !drivers.includes(driver))
  const sobolSamples = options.sobolSamples ?? DEMO_SOBOL_SAMPLES
  const rankingTotal = rankingApi ? rankingProjections(drivers.length, sobolSamples) : 0
  const total = options.runs * 2 + rankingTotal
  let simulated = 0
  let ranked = 0
  const progress = () => options.onProgress?.(simulated + ranked, total)
  const rankingOptions: DriverRankingOptions = {
    drivers,
    sobolSamples,
    seed: options.seed,
    onProgress: (done) => {
      ranked = done
      progress()
    },
  }
  // Started first when it runs elsewhere, so that it overlaps the Monte Carlo; stopped if the
  // Monte Carlo fails.
  const stop = new AbortController()
  const elsewhere =
    rankingApi && options.rank
      ? options.rank(input, { ...rankingOptions, signal: stop.signal })
      : undefined
  const common = {
    runs: options.runs,
    seed: options.seed,
    uncertainParameters: drivers.map((driver) => driver.parameter),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  }
  const totals = await api.safeSimulateWorkforce(input, {
    ...common,
    keep: [],
    gapThresholdsFte: [0],
    onProgress: (each: projection.SimulationProgress) => {
      simulated = each.runsCompleted
      progress()
    },
  })
  if (!totals.success) {
    stop.abort()
    return { status: 'failed', reason: 'the Monte Carlo simulation failed', issues: totals.issues }
  }
  const byGroup = await api.safeSimulateWorkforce(input, {
    ...common,
    keep: ['staffGroup'],
    onProgress: (each: projection.SimulationProgress) => {
      simulated = options.runs + each.runsCompleted
      progress()
    },
  })
  if (!byGroup.success) {
    stop.abort()
    return { status: 'failed', reason: 'the Monte Carlo simulation failed', issues: byGroup.issues }
  }
  const labels = new Map(
    (dataset.taxonomy ?? defaultTaxonomy).staffGroups.map((group) => [group.code, group.label]),
  )
  const groups = (byGroup.value.dimensionValues.staffGroup ?? []).map((staffGroup, index) => ({
    staffGroup,
    label: labels.get(staffGroup) ?? staffGroup,
    supply: yearEndBands(byGroup.value, 'supplyFte', index),
    demand: yearEndBands(byGroup.value, 'demandFte', index),
  }))
  const largest = groups
    .sort((a, b) => (b.supply.at(-1)?.p50 ?? 0) - (a.supply.at(-1)?.p50 ?? 0))
    .slice(0, options.fanStaffGroups ?? 6)
  const ranking: Section<DriverRanking> = !rankingApi
    ? { status: 'unavailable', reason: notLanded('@oneworkforce/projection', [...rankingNames]) }
    : elsewhere
      ? await elsewhere
      : rankDrivers(rankingApi, input, rankingOptions)
  const gap = yearEndBands(totals.value, 'gapFte', 0)
  const exceedance = totals.value.gapExceedance[0]
  const lastMonth = totals.value.periods.length - 1
  return {
    status: 'ok',
    data: {
      runs: totals.value.runs,
      seed: totals.value.seed,
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      horizonYear: gap.at(-1)?.financialYear ?? '',
      gap,
      byStaffGroup: largest,
      ...(exceedance
        ? {
            probabilityGapAbove: {
              thresholdFte: exceedance.thresholdFte,
              probability: exceedance.probability[lastMonth] ?? 0,
            },
          }
        : {}),
      ...(ranking.status === 'ok' ? { drivers: ranking.data } : {}),
    },
    notes: [
      ...centreNote(api, input, gap.at(-1), drivers),
      // The ranking lists every driver with its range; without it, the note does.
      ...(ranking.status === 'ok'
        ? []
        : [
            `uncertain inputs (stated ranges, one independent draw each per run): ${drivers.map((driver) => `${driver.label.toLowerCase()}: ${driver.range}`).join('; ')}`,
          ]),
      ...(leftOut.length > 0
        ? [
            `left out (nothing in this dataset for them to change): ${leftOut.map((driver) => driver.label.toLowerCase()).join(', ')}`,
          ]
        : []),
      ...(ranking.status === 'ok'
        ? []
        : [
            `drivers not ranked: ${ranking.reason}${ranking.status === 'failed' ? ` (${ranking.issues.map((each) => each.message).join('; ')})` : ''}`,
          ]),
    ],
  }
}

/**
 * Says where the runs' median stands against the baseline projection (every driver at the value
 * the baseline assumes), and why they differ when a driver's range is skewed from that value:
 * a reader who sees the headline gap and a range around another median should not have to guess.
 */
function centreNote(
  api: Api,
  input: projection.ProjectionInput,
  horizon: FanBand | undefined,
  drivers: readonly DemoUncertainDriver[],
): string[] {
  if (!horizon) return []
  const baseline = api.safeProjectWorkforce(input, { keep: [] })
  if (!baseline.success) return []
  const gap = baseline.value.series.gapFte.at(-1) ?? 0
  const median = horizon.p50
  const skewed = drivers.some((driver) => driver.parameter.id === 'productivity')
    ? ' Productivity is the skewed driver: its range allows gains only (0-2% a year, most likely 0), where the baseline assumes none, so most runs need fewer staff than the baseline.'
    : ''
  return [
    `the baseline projection, every driver at the value it assumes, has a ${horizon.financialYear} gap of ${Math.round(gap).toLocaleString('en-GB')} FTE; the runs' median is ${Math.round(median).toLocaleString('en-GB')} FTE.${skewed}`,
  ]
}
