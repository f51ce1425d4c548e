import * as projection from '@oneworkforce/projection'
import { type Dataset, defaultTaxonomy, financialYearOfMonth } from '@oneworkforce/schemas'
import { landed, notLanded } from './landed'
import type { FanBand, Section, UncertaintySummary } from './report-model'

type Api = Pick<typeof projection, 'safeProjectionInputFromDataset' | 'safeSimulateWorkforce'>
type Simulation = projection.WorkforceSimulation
type Measure = keyof Simulation['bands']

/**
 * The uncertainty the demo states for the sample ICS, each a stated assumption, not an estimate:
 * non-demographic demand growth between 0% and 2% a year (default 1%), leaver rates of every
 * reason ±15%, joiner volumes ±15% and the labour-market limit on recruitment ±20%, and
 * training attrition ±20%, each scaled by one shared triangular draw, so the fan shows how much
 * the gap depends on demand as well as supply (the project's Sobol analysis ranks demand first).
 */
export const demoUncertainParameters: readonly projection.UncertainParameterInput[] = [
  {
    id: 'non-demographic-demand-growth',
    path: ['demand', 'growth', 0, 'ratePerYear'],
    distribution: { type: 'triangular', min: 0, mode: 0.01, max: 0.02 },
  },
  {
    id: 'leaver-rates',
    select: { rows: ['leaverRates'], field: 'ratePerYear' },
    apply: 'multiply',
    distribution: { type: 'triangular', min: 0.85, mode: 1, max: 1.15 },
  },
  {
    id: 'joiner-volumes',
    select: { rows: ['joiners'], field: 'headcountPerYear' },
    apply: 'multiply',
    distribution: { type: 'triangular', min: 0.85, mode: 1, max: 1.15 },
  },
  {
    id: 'labour-market-limit',
    select: { rows: ['recruitment'], field: 'maxHeadcountPerYear' },
    apply: 'multiply',
    distribution: { type: 'triangular', min: 0.8, mode: 1, max: 1.2 },
  },
  {
    id: 'training-attrition',
    select: { rows: ['pipelines'], field: 'attritionRate' },
    apply: 'multiply',
    distribution: { type: 'triangular', min: 0.8, mode: 1, max: 1.2 },
  },
]

/** Options of the Monte Carlo section. */
export interface UncertaintyOptions {
  readonly runs: number
  readonly seed: number
  readonly threads?: number
  /** Staff groups drawn as fan charts (the largest by supply). */
  readonly fanStaffGroups?: number
  /** Called as runs complete, with the runs done and the total over both simulations. */
  readonly onProgress?: (done: number, total: number) => void
}

/** Year-end (March) percentile bands of one measure and group, per financial year. */
function yearEndBands(simulation: Simulation, measure: Measure, group: number): FanBand[] {
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
  const names = ['safeProjectionInputFromDataset', 'safeSimulateWorkforce'] as const
  const api = landed<Api>(projection, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/projection', [...names]) }
  const input = api.safeProjectionInputFromDataset(dataset)
  if (!input.success)
    return { status: 'failed', reason: 'the dataset cannot be projected', issues: input.issues }
  const total = options.runs * 2
  const common = {
    runs: options.runs,
    seed: options.seed,
    uncertainParameters: demoUncertainParameters,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  }
  const totals = await api.safeSimulateWorkforce(input.value, {
    ...common,
    keep: [],
    gapThresholdsFte: [0],
    onProgress: (progress: projection.SimulationProgress) =>
      options.onProgress?.(progress.runsCompleted, total),
  })
  if (!totals.success)
    return { status: 'failed', reason: 'the Monte Carlo simulation failed', issues: totals.issues }
  const byGroup = await api.safeSimulateWorkforce(input.value, {
    ...common,
    keep: ['staffGroup'],
    onProgress: (progress: projection.SimulationProgress) =>
      options.onProgress?.(options.runs + progress.runsCompleted, total),
  })
  if (!byGroup.success)
    return { status: 'failed', reason: 'the Monte Carlo simulation failed', issues: byGroup.issues }
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
    },
    notes: [
      'uncertain inputs (stated assumptions): voluntary leaver rates ×triangular(0.85, 1, 1.15); training attrition ×triangular(0.8, 1, 1.2)',
    ],
  }
}
