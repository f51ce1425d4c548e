import {
  addMonths,
  type Dataset,
  defaultTaxonomy,
  issue,
  type Month,
  monthsBetween,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import { datasetShapeIssues, optionShapeIssues } from '../input/argument-shape'
import type { ProjectionInputDraft } from '../input/projection-input'
import { safeProjectWorkforce } from '../project-workforce'
import { joinerVolumesFromHistory, leaverRatesFromHistory } from './estimate-rates'
import { historyTable, parseGroupKey } from './history-table'

/** Options of {@link backTest}. */
export interface BackTestOptions {
  /** Number of snapshot months used to fit (the first N); the rest are projected and compared. */
  readonly fitMonths: number
  /** Fit and project by age band (default: when every snapshot and flow row has one). */
  readonly byAgeBand?: boolean
}

/** Back-test error for one staff group (or all staff groups together). */
export interface BackTestError {
  readonly staffGroup: string
  /** Months compared. */
  readonly months: number
  /** Mean absolute percentage error, as a fraction: mean of `|projected − actual| / actual`. */
  readonly mape: number
  /** Mean signed percentage error, as a fraction: mean of `(projected − actual) / actual` (> 0: over-projection). */
  readonly bias: number
  /** Actual headcount in each test month. */
  readonly actualHeadcount: readonly number[]
  /** Projected headcount in each test month. */
  readonly projectedHeadcount: readonly number[]
}

/** The result of {@link backTest}. */
export interface BackTest {
  readonly fitFrom: Month
  readonly fitTo: Month
  /** The months projected and compared with the snapshots. */
  readonly testMonths: readonly Month[]
  readonly byStaffGroup: readonly BackTestError[]
  /** All staff groups summed. */
  readonly total: BackTestError
  /** The projection input fitted on the first months (stock at the end of the fit, fitted rates). */
  readonly fittedInput: ProjectionInputDraft
}

function errors(staffGroup: string, actual: number[], projected: number[]): BackTestError {
  const pairs = actual
    .map((value, t) => [value, projected[t] ?? 0] as const)
    .filter(([value]) => value > 0)
  const mape =
    pairs.reduce((sum, [a, p]) => sum + Math.abs(p - a) / a, 0) / Math.max(1, pairs.length)
  const bias = pairs.reduce((sum, [a, p]) => sum + (p - a) / a, 0) / Math.max(1, pairs.length)
  return {
    staffGroup,
    months: pairs.length,
    mape,
    bias,
    actualHeadcount: actual,
    projectedHeadcount: projected,
  }
}

/**
 * Back-tests the supply projection on history: fits leaver rates (by reason, and by age band
 * where present) and joiner volumes on the first `fitMonths` snapshot months, projects the
 * remaining months with the engine from the last fitted snapshot, and reports the mean absolute
 * percentage error (MAPE) and bias of headcount by staff group (Hyndman & Koehler 2006, Int. J.
 * Forecasting 22:679, for the definitions). The projection has one place (the whole dataset)
 * and the sectors and staff groups of the data.
 *
 * @example
 * ```ts
 * import { safeBackTest } from '@oneworkforce/projection'
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const result = safeBackTest(sampleDataset(), { fitMonths: 24 })
 * if (result.success) console.log(result.value.total.mape) // e.g. 0.01: 1% mean absolute error
 * ```
 */
export function safeBackTest(dataset: Dataset, options: BackTestOptions): Result<BackTest> {
  const shapeIssues = [
    ...datasetShapeIssues(dataset),
    ...optionShapeIssues(options, { fitMonths: 'number', byAgeBand: 'boolean' }, ['fitMonths']),
  ]
  if (shapeIssues.length > 0) return resultFrom(undefined as never, shapeIssues, 'invalid_argument')
  const all = historyTable(
    dataset,
    options.byAgeBand !== undefined ? { byAgeBand: options.byAgeBand } : {},
  )
  const months = all.snapshotMonths
  const fail = (message: string, path: string) =>
    resultFrom(
      undefined as never,
      [...all.issues, issue('insufficient_data', message, [path])],
      'invalid_argument',
    )
  if (!Number.isInteger(options.fitMonths) || options.fitMonths < 2) {
    return fail(
      `fitMonths must be an integer of at least 2, received ${options.fitMonths}`,
      'fitMonths',
    )
  }
  if (months.length <= options.fitMonths) {
    return fail(
      `the data has ${months.length} snapshot months: nothing is left to test after ${options.fitMonths}`,
      'fitMonths',
    )
  }
  const fitFrom = months[0] as Month
  const fitTo = months[options.fitMonths - 1] as Month
  const testMonths = months.slice(options.fitMonths)
  const byAgeBand = all.byAgeBand
  const fit = historyTable(dataset, { byAgeBand, lastMonth: fitTo })
  const leaverRates = leaverRatesFromHistory(fit, { byReason: true })
  const joiners = joinerVolumesFromHistory(fit, { byReason: true })

  const stockRows = [...fit.stock].flatMap(([key, stock]) => {
    const headcount = stock.get(fitTo) ?? 0
    const fte = fit.fte.get(key)?.get(fitTo) ?? 0
    const { staffGroup, sector, ageBand } = parseGroupKey(key)
    return [
      {
        place: 'all',
        sector,
        staffGroup,
        ...(ageBand !== undefined ? { ageBand } : {}),
        headcount,
        ftePerHead: headcount > 0 ? Math.min(2, fte / headcount) : 1,
      },
    ]
  })
  const sectors = [...new Set(stockRows.map((row) => row.sector))].sort()
  const staffGroups = [...new Set(stockRows.map((row) => row.staffGroup))].sort()
  // The taxonomy's order (the default taxonomy's when the dataset has none): ageing needs it.
  const taxonomyBands = (dataset.taxonomy ?? defaultTaxonomy).ageBands.map((band) => band.code)
  const dataBands = new Set(
    stockRows.flatMap((row) => (row.ageBand !== undefined ? [row.ageBand] : [])),
  )
  const ageBands = [
    ...taxonomyBands.filter((band) => dataBands.has(band)),
    ...[...dataBands].filter((band) => !taxonomyBands.includes(band)).sort(),
  ]
  const startMonth = addMonths(fitTo, 1)
  const lastTest = testMonths.at(-1) as Month
  const fittedInput: ProjectionInputDraft = {
    ...(dataset.taxonomy !== undefined ? { taxonomy: dataset.taxonomy } : {}),
    startMonth,
    horizonMonths: monthsBetween(fitTo, lastTest),
    dimensions: {
      places: ['all'],
      sectors,
      staffGroups,
      ...(byAgeBand && ageBands.length > 0 ? { ageBands } : {}),
    },
    ageing: byAgeBand ? 'band-width' : 'none',
    rateKind: 'per-person-year',
    stock: stockRows,
    leaverRates: leaverRates.map((estimate) => ({
      sector: estimate.sector,
      staffGroup: estimate.staffGroup,
      ...(estimate.ageBand !== undefined ? { ageBand: estimate.ageBand } : {}),
      reason: estimate.reason ?? 'other',
      ratePerYear: Math.min(24, Math.max(0, estimate.ratePerYear.rate)),
    })),
    joiners: joiners
      .filter((estimate) => estimate.joiners > 0 && staffGroups.includes(estimate.staffGroup))
      .map((estimate) => ({
        sector: estimate.sector,
        staffGroup: estimate.staffGroup,
        ...(estimate.ageBand !== undefined ? { ageBand: estimate.ageBand } : {}),
        reason: estimate.reason ?? 'other',
        headcountPerMonth: estimate.headcountPerMonth.rate,
      })),
  }
  const projected = safeProjectWorkforce(fittedInput, { keep: ['staffGroup'] })
  if (!projected.success) return projected as Result<never>
  const projection = projected.value
  const periods = projection.periods
  const groupsInResult = projection.dimensionValues.staffGroup ?? []

  const actualByGroup = new Map<string, number[]>()
  for (const [key, stock] of all.stock) {
    const { staffGroup } = parseGroupKey(key)
    const series = actualByGroup.get(staffGroup) ?? testMonths.map(() => 0)
    testMonths.forEach((month, t) => {
      series[t] = (series[t] ?? 0) + (stock.get(month) ?? 0)
    })
    actualByGroup.set(staffGroup, series)
  }
  const projectedOf = (g: number) =>
    testMonths.map(
      (month) =>
        projection.series.headcount[periods.indexOf(month) * projection.groupCount + g] ?? 0,
    )
  const byStaffGroup = groupsInResult.map((staffGroup, g) =>
    errors(staffGroup, actualByGroup.get(staffGroup) ?? testMonths.map(() => 0), projectedOf(g)),
  )
  const sum = (series: readonly (readonly number[])[]) =>
    testMonths.map((_, t) => series.reduce((total, values) => total + (values[t] ?? 0), 0))
  const total = errors(
    'all',
    sum(byStaffGroup.map((each) => each.actualHeadcount)),
    sum(byStaffGroup.map((each) => each.projectedHeadcount)),
  )
  return resultFrom({ fitFrom, fitTo, testMonths, byStaffGroup, total, fittedInput }, [
    ...all.issues,
    ...projected.issues,
  ])
}

/**
 * Throwing twin of {@link safeBackTest}.
 *
 * @example
 * ```ts
 * import { backTest } from '@oneworkforce/projection'
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const { byStaffGroup } = backTest(sampleDataset(), { fitMonths: 24 })
 * byStaffGroup.map((each) => [each.staffGroup, each.mape, each.bias])
 * ```
 */
export function backTest(dataset: Dataset, options: BackTestOptions): BackTest {
  return unwrapResult(safeBackTest(dataset, options))
}
