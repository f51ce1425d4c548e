import type * as projection from '@oneworkforce/projection'
import { issue } from '@oneworkforce/schemas'
import type { DriverRanking, RankedDriver, Section } from './report-model'
import type { DemoUncertainDriver } from './uncertainty'

/** The package functions the ranking uses. */
export type DriverRankingApi = Pick<
  typeof projection,
  'safeWorkforceTornado' | 'safeWorkforceSobolIndices'
>

/** Options of {@link rankDrivers}. */
export interface DriverRankingOptions {
  readonly drivers: readonly DemoUncertainDriver[]
  /** Sobol base sample size N (the projection runs N × (drivers + 2) times); 0 skips Sobol. */
  readonly sobolSamples: number
  readonly seed: number
  /** Called after each projection, with the projections done and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `2037-03` → `March 2037`. */
const monthName = (month: string): string =>
  `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`

/** Projections {@link rankDrivers} runs: `2k + 1` for the tornado and `N(k + 2)` for Sobol. */
export function rankingProjections(drivers: number, sobolSamples: number): number {
  return 2 * drivers + 1 + (sobolSamples > 0 ? sobolSamples * (drivers + 2) : 0)
}

/**
 * Ranks the Monte Carlo's drivers by how much each moves the ICS's net gap in the projection's
 * last month (March 2037 by default): a one-at-a-time tornado (each driver at its P10 and P90,
 * the others at their medians: `safeWorkforceTornado`) and Sobol first-order and total indices
 * (Saltelli 2010 / Jansen 1999 estimators: `safeWorkforceSobolIndices`). Every driver is an
 * independent draw, so each bar and index belongs to one driver. Holds no method of its own:
 * both are the projection package's.
 */
export function rankDrivers(
  api: DriverRankingApi,
  input: projection.ProjectionInput,
  options: DriverRankingOptions,
): Section<DriverRanking> {
  const { drivers, sobolSamples, seed } = options
  const total = rankingProjections(drivers.length, sobolSamples)
  let done = 0
  let month = ''
  const output = (result: projection.ProjectionResult): number => {
    done += 1
    options.onProgress?.(done, total)
    month = result.periods.at(-1) ?? ''
    return result.series.gapFte[result.periods.length - 1] ?? Number.NaN
  }
  const uncertainParameters = drivers.map((driver) => driver.parameter)
  const bars = api.safeWorkforceTornado(input, { keep: [], output, uncertainParameters })
  if (!bars.success)
    return { status: 'failed', reason: 'the tornado could not be computed', issues: bars.issues }
  const sobol =
    sobolSamples > 0
      ? api.safeWorkforceSobolIndices(input, {
          keep: [],
          output,
          uncertainParameters,
          samples: sobolSamples,
          seed,
        })
      : undefined
  if (sobol && !sobol.success)
    return {
      status: 'failed',
      reason: 'the Sobol indices could not be computed',
      issues: sobol.issues,
    }
  const ranked: RankedDriver[] = []
  for (const bar of bars.value.bars) {
    const driver = drivers.find((each) => each.parameter.id === bar.draw)
    const value = bar.parameters[0]
    if (!driver || !value)
      return {
        status: 'failed',
        reason: 'the tornado returned a bar for no driver',
        issues: [issue('inconsistent', `tornado bar "${bar.draw}" matches no driver`, [])],
      }
    const index = sobol?.value.indices.find((each) => each.id === bar.draw)
    ranked.push({
      id: driver.parameter.id,
      label: driver.label,
      range: driver.range,
      source: driver.source,
      valueKind: driver.valueKind,
      lowValue: value.lowValue,
      highValue: value.highValue,
      outputAtLow: bar.outputAtLow,
      outputAtHigh: bar.outputAtHigh,
      swing: bar.swing,
      ...(index ? { firstOrder: index.firstOrder, total: index.total } : {}),
    })
  }
  return {
    status: 'ok',
    data: {
      output: `net gap FTE in ${monthName(month)} (ICS total)`,
      month,
      baselineAtMedians: bars.value.baseline,
      lowQuantile: bars.value.lowQuantile,
      highQuantile: bars.value.highQuantile,
      sobolSamples: sobol ? sobolSamples : 0,
      sobolSeed: seed,
      projections: done,
      drivers: ranked,
    },
  }
}
