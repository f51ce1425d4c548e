import {
  type Dataset,
  issue,
  type Month,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import { monthlyLeavingProbability } from '../engine/rate-kind'
import { datasetShapeIssues, optionShapeIssues } from '../input/argument-shape'
import {
  type EngineJoinerReason,
  type EngineLeaverReason,
  type HistoryTable,
  historyTable,
  parseGroupKey,
  previousMonth,
} from './history-table'
import { personMonthsAtRisk, ratePerPersonYear } from './person-months'
import { poissonRateInterval, type RateInterval } from './poisson-interval'
import { internalMovesIn, internalMovesOut } from './system-boundary'

/** Options of the history estimates. */
export interface CalibrationOptions {
  /** Split by age band (default: when every snapshot and flow row has an age band). */
  readonly byAgeBand?: boolean
  /** Split by reason, mapped to the engine's reasons and joiner kinds (default true). */
  readonly byReason?: boolean
  /** Confidence level of the intervals (default 0.95). */
  readonly confidence?: number
  /** Use history up to and including this month only (e.g. the end of a back-test's fit window). */
  readonly lastMonth?: Month
}

/** An estimated leaver rate for one staff group × sector (× age band) (× reason). */
export interface LeaverRateEstimate {
  readonly staffGroup: string
  readonly sector: string
  readonly ageBand?: string
  /** The engine's reason (retirement, voluntary, other) when split by reason. */
  readonly reason?: 'retirement' | 'voluntary' | 'other'
  /** Leavers counted (headcount) in the months used. */
  readonly leavers: number
  /** Person-months at risk: the mean of opening and closing headcount, summed over the months used. */
  readonly personMonths: number
  /** Months with a snapshot at both ends (the opening stock is known). */
  readonly monthsUsed: number
  /**
   * The engine's monthly leaving probability `1 − exp(−r/12)` for the rate below, with the
   * interval's ends transformed likewise.
   */
  readonly monthlyHazard: RateInterval
  /**
   * Leavers per person-year at risk (`12 × leavers ÷ person-months`, NHS Digital's leaver rate),
   * with its exact Poisson interval: the engine takes it with `rateKind: 'per-person-year'`.
   */
  readonly ratePerYear: RateInterval
}

/** Estimated joiners per month for one staff group × sector (× age band) (× kind). */
export interface JoinerVolumeEstimate {
  readonly staffGroup: string
  readonly sector: string
  readonly ageBand?: string
  /** The engine's joiner kind (international, returner, other) when split by reason. */
  readonly reason?: 'international' | 'returner' | 'other'
  readonly joiners: number
  /** Months of flow data the count covers. */
  readonly months: number
  /** Joiners (headcount) per month with its exact Poisson interval. */
  readonly headcountPerMonth: RateInterval
}

const LEAVER_REASONS: readonly EngineLeaverReason[] = ['retirement', 'voluntary', 'other']
const JOINER_REASONS: readonly EngineJoinerReason[] = ['international', 'returner', 'other']

function monthly(interval: RateInterval): RateInterval {
  return {
    rate: monthlyLeavingProbability(interval.rate),
    lower: monthlyLeavingProbability(interval.lower),
    upper: monthlyLeavingProbability(interval.upper),
  }
}

const calibrationOptionKinds = {
  byAgeBand: 'boolean',
  byReason: 'boolean',
  confidence: 'number',
  lastMonth: 'month',
} as const

/** A dataset or options of the wrong shape, then a confidence outside (0, 1), as issues. */
function calibrationArgumentIssues(dataset: unknown, options: unknown) {
  const shape = [
    ...datasetShapeIssues(dataset),
    ...optionShapeIssues(options, calibrationOptionKinds),
  ]
  return shape.length > 0 ? shape : checkOptions(options as CalibrationOptions)
}

function checkOptions(options: CalibrationOptions) {
  const confidence = options.confidence ?? 0.95
  return confidence > 0 && confidence < 1
    ? []
    : [
        issue('out_of_range', `confidence must be between 0 and 1, received ${confidence}`, [
          'confidence',
        ]),
      ]
}

/** Leaver estimates from a history table (shared with the back-test). @internal */
export function leaverRatesFromHistory(
  table: HistoryTable,
  options: CalibrationOptions,
): LeaverRateEstimate[] {
  const byReason = options.byReason ?? true
  const confidence = options.confidence ?? 0.95
  const estimates: LeaverRateEstimate[] = []
  const flowMonths = new Set(table.flowMonths)
  for (const [key, stock] of [...table.stock].sort(([a], [b]) => a.localeCompare(b))) {
    const leavers = table.leavers.get(key)
    const counts = [0, 0, 0]
    const used = [...stock.keys()].filter(
      (month) => flowMonths.has(month) && stock.has(previousMonth(month)),
    )
    const { personMonths, months: monthsUsed } = personMonthsAtRisk(stock, used)
    for (const month of used) {
      const flow = leavers?.get(month)
      if (flow !== undefined)
        for (let r = 0; r < 3; r += 1) counts[r] = (counts[r] ?? 0) + (flow[r] ?? 0)
    }
    counts[2] = Math.max(0, (counts[2] ?? 0) - internalMovesOut(table, key, used))
    if (monthsUsed === 0 || !(personMonths > 0)) continue
    const where = parseGroupKey(key)
    const add = (events: number, reason?: EngineLeaverReason) => {
      const perMonth = poissonRateInterval(events, personMonths, confidence)
      const ratePerYear = {
        rate: ratePerPersonYear(events, personMonths),
        lower: 12 * perMonth.lower,
        upper: 12 * perMonth.upper,
      }
      estimates.push({
        ...where,
        ...(reason !== undefined ? { reason } : {}),
        leavers: events,
        personMonths,
        monthsUsed,
        monthlyHazard: monthly(ratePerYear),
        ratePerYear,
      })
    }
    if (byReason) {
      LEAVER_REASONS.forEach((reason, r) => {
        add(counts[r] ?? 0, reason)
      })
    } else add(counts.reduce((sum, count) => sum + count, 0))
  }
  return estimates
}

/** Joiner estimates from a history table (shared with the back-test). @internal */
export function joinerVolumesFromHistory(
  table: HistoryTable,
  options: CalibrationOptions,
): JoinerVolumeEstimate[] {
  const byReason = options.byReason ?? true
  const confidence = options.confidence ?? 0.95
  const months = table.flowMonths.length
  const keys = [...new Set([...table.stock.keys(), ...table.joiners.keys()])].sort()
  const estimates: JoinerVolumeEstimate[] = []
  if (months === 0) return estimates
  for (const key of keys) {
    const counts = [0, 0, 0]
    for (const flow of table.joiners.get(key)?.values() ?? []) {
      for (let r = 0; r < 3; r += 1) counts[r] = (counts[r] ?? 0) + (flow[r] ?? 0)
    }
    counts[2] = Math.max(0, (counts[2] ?? 0) - internalMovesIn(table, key, table.flowMonths))
    const where = parseGroupKey(key)
    const add = (joiners: number, reason?: EngineJoinerReason) =>
      estimates.push({
        ...where,
        ...(reason !== undefined ? { reason } : {}),
        joiners,
        months,
        headcountPerMonth: poissonRateInterval(joiners, months, confidence),
      })
    if (byReason) {
      JOINER_REASONS.forEach((reason, r) => {
        add(counts[r] ?? 0, reason)
      })
    } else add(counts.reduce((sum, count) => sum + count, 0))
  }
  return estimates
}

/**
 * Estimates annual leaver rates by staff group × sector (the organisation's sector), by age
 * band where the data has one and by reason, from monthly snapshots and leaver flows.
 *
 * Method: leavers are Poisson events over person-time. For each month with a snapshot at both
 * ends, the mean of the opening and closing headcount is the person-time at risk (NHS Digital's
 * mean headcount, month by month). The rate per person-year is `12 × leavers ÷ person-months`
 * with the exact Poisson interval of Garwood (1936) (see `poissonRateInterval`); the engine takes
 * it with `rateKind: 'per-person-year'` (monthly probability `1 − exp(−r/12)`). Moves to other
 * organisations inside the data (matched by moves in of the same staff group, sector and age
 * band) are transfers, not leavers: see `internalMovesOut`.
 *
 * @example
 * ```ts
 * import { estimateLeaverRates } from '@oneworkforce/projection'
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
 *   places: [{ code: 'p', name: 'P', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
 *   workforce: [
 *     { month: '2024-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 100, fte: 90 },
 *     { month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', headcount: 99, fte: 89 },
 *   ],
 *   flows: [{ month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', direction: 'leaver', reason: 'voluntary', headcount: 1, fte: 1 }],
 * })
 * const [estimate] = estimateLeaverRates(dataset, { byReason: false })
 * estimate?.ratePerYear.rate // 0.1206: 12 × 1 leaver ÷ 99.5 person-months
 * ```
 */
export function safeEstimateLeaverRates(
  dataset: Dataset,
  options: CalibrationOptions = {},
): Result<LeaverRateEstimate[]> {
  const optionIssues = calibrationArgumentIssues(dataset, options)
  if (optionIssues.length > 0) return resultFrom([], optionIssues, 'invalid_argument')
  const table = historyTable(dataset, options)
  const estimates = leaverRatesFromHistory(table, options)
  const issues = [...table.issues]
  if (estimates.length === 0) {
    issues.push(
      issue(
        'insufficient_data',
        'no month has snapshots at both ends and flow data: no leaver rate can be estimated',
        ['workforce'],
      ),
    )
  }
  return resultFrom(estimates, issues)
}

/**
 * Throwing twin of {@link safeEstimateLeaverRates}.
 *
 * @example
 * ```ts
 * import { estimateLeaverRates } from '@oneworkforce/projection'
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const rates = estimateLeaverRates(sampleDataset())
 * rates[0]?.ratePerYear // { rate, lower, upper } for the first staff group × sector × reason
 * ```
 */
export function estimateLeaverRates(
  dataset: Dataset,
  options: CalibrationOptions = {},
): LeaverRateEstimate[] {
  return unwrapResult(safeEstimateLeaverRates(dataset, options))
}

/**
 * Estimates joiners per month by staff group × sector (× age band where present) and by kind
 * (international, returner, other: newly qualified and moves in count as other, as in the
 * engine's constant joiners), over the months covered by the flows table, with exact Poisson
 * (Garwood 1936) intervals on the monthly volume.
 *
 * @example
 * ```ts
 * import { safeEstimateJoinerVolumes } from '@oneworkforce/projection'
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
 *   places: [{ code: 'p', name: 'P', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
 *   flows: [
 *     { month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', direction: 'joiner', reason: 'international', headcount: 3, fte: 3 },
 *     { month: '2024-05', organisation: 'RJ1', staffGroup: 'ahp', direction: 'joiner', reason: 'international', headcount: 5, fte: 5 },
 *   ],
 * })
 * const result = safeEstimateJoinerVolumes(dataset)
 * if (result.success) console.log(result.value[0]?.headcountPerMonth.rate) // 4 international joiners a month
 * ```
 */
export function safeEstimateJoinerVolumes(
  dataset: Dataset,
  options: CalibrationOptions = {},
): Result<JoinerVolumeEstimate[]> {
  const optionIssues = calibrationArgumentIssues(dataset, options)
  if (optionIssues.length > 0) return resultFrom([], optionIssues, 'invalid_argument')
  const table = historyTable(dataset, options)
  const estimates = joinerVolumesFromHistory(table, options)
  const issues = [...table.issues]
  if (table.flowMonths.length === 0) {
    issues.push(
      issue('insufficient_data', 'the flows table is empty: no joiner volume can be estimated', [
        'flows',
      ]),
    )
  }
  return resultFrom(estimates, issues)
}

/**
 * Throwing twin of {@link safeEstimateJoinerVolumes}.
 *
 * @example
 * ```ts
 * import { estimateJoinerVolumes } from '@oneworkforce/projection'
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const volumes = estimateJoinerVolumes(sampleDataset(), { byReason: false })
 * volumes[0]?.headcountPerMonth // { rate, lower, upper } joiners a month
 * ```
 */
export function estimateJoinerVolumes(
  dataset: Dataset,
  options: CalibrationOptions = {},
): JoinerVolumeEstimate[] {
  return unwrapResult(safeEstimateJoinerVolumes(dataset, options))
}
