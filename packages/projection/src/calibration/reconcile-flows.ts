import {
  type Dataset,
  issue,
  type Month,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import { datasetShapeIssues, optionShapeIssues } from '../input/argument-shape'
import { historyTable, parseGroupKey, previousMonth } from './history-table'

/** One month where the change in staff in post does not match joiners minus leavers. */
export interface FlowDiscrepancy {
  readonly month: Month
  /** Snapshot headcount at the end of the month minus at the end of the month before. */
  readonly snapshotChange: number
  /** Joiners minus leavers (headcount) in the month. */
  readonly netFlows: number
  /** `snapshotChange − netFlows`: staff the flows do not account for (negative: too many). */
  readonly difference: number
}

/** How far flows and snapshots agree for one staff group × sector. */
export interface FlowReconciliation {
  readonly staffGroup: string
  readonly sector: string
  /** Months with snapshots at both ends and flow data. */
  readonly monthsCompared: number
  /** Mean snapshot headcount over the months compared. */
  readonly meanHeadcount: number
  /** Sum over the months of `|difference|`. */
  readonly totalAbsoluteDifference: number
  /** `totalAbsoluteDifference / (monthsCompared × meanHeadcount)`: the unexplained share per month. */
  readonly differenceShare: number
  /** The months whose `|difference|` exceeds the tolerance, largest first. */
  readonly discrepancies: readonly FlowDiscrepancy[]
}

/** Options of {@link reconcileFlows}. */
export interface ReconcileFlowsOptions {
  /** Differences up to this many heads are not listed as discrepancies (default 0). */
  readonly toleranceHeadcount?: number
}

/**
 * Reports where flows and snapshots disagree: for each staff group × sector and month with a
 * snapshot at both ends, compares the change in staff in post with joiners − leavers
 * (`S_m − S_{m−1}` against `J_m − L_m`), and gives the size of every difference above the
 * tolerance. Differences come from missing or late flow records, internal moves recorded on one
 * side only, or snapshot corrections; leaver rates estimated from such groups deserve care.
 * Age bands are summed, since ageing moves staff between bands without a flow.
 *
 * @example
 * ```ts
 * import { reconcileFlows } from '@oneworkforce/projection'
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
 *   places: [{ code: 'p', name: 'P', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
 *   workforce: [
 *     { month: '2024-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 100, fte: 90 },
 *     { month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', headcount: 95, fte: 86 },
 *   ],
 *   flows: [{ month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', direction: 'leaver', reason: 'voluntary', headcount: 2, fte: 2 }],
 * })
 * reconcileFlows(dataset)[0]?.discrepancies[0]?.difference // −3: three leavers are missing from the flows
 * ```
 */
export function safeReconcileFlows(
  dataset: Dataset,
  options: ReconcileFlowsOptions = {},
): Result<FlowReconciliation[]> {
  const shapeIssues = [
    ...datasetShapeIssues(dataset),
    ...optionShapeIssues(options, { toleranceHeadcount: 'number' }),
  ]
  if (shapeIssues.length > 0) return resultFrom([], shapeIssues, 'invalid_argument')
  const tolerance = options.toleranceHeadcount ?? 0
  if (!(tolerance >= 0)) {
    return resultFrom(
      [],
      [
        issue('out_of_range', `toleranceHeadcount must be 0 or more, received ${tolerance}`, [
          'toleranceHeadcount',
        ]),
      ],
      'invalid_argument',
    )
  }
  const table = historyTable(dataset, { byAgeBand: false })
  const flowMonths = new Set(table.flowMonths)
  const results: FlowReconciliation[] = []
  for (const [key, stock] of [...table.stock].sort(([a], [b]) => a.localeCompare(b))) {
    let monthsCompared = 0
    let headcountSum = 0
    let totalAbsoluteDifference = 0
    const discrepancies: FlowDiscrepancy[] = []
    for (const month of [...stock.keys()].sort()) {
      const closing = stock.get(month) ?? 0
      const opening = stock.get(previousMonth(month))
      if (opening === undefined || !flowMonths.has(month)) continue
      const joiners = table.joiners.get(key)?.get(month) ?? [0, 0, 0]
      const leavers = table.leavers.get(key)?.get(month) ?? [0, 0, 0]
      const netFlows = joiners[0] + joiners[1] + joiners[2] - (leavers[0] + leavers[1] + leavers[2])
      const snapshotChange = closing - opening
      const difference = snapshotChange - netFlows
      monthsCompared += 1
      headcountSum += closing
      totalAbsoluteDifference += Math.abs(difference)
      if (Math.abs(difference) > tolerance)
        discrepancies.push({ month, snapshotChange, netFlows, difference })
    }
    if (monthsCompared === 0) continue
    const meanHeadcount = headcountSum / monthsCompared
    discrepancies.sort(
      (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.month.localeCompare(b.month),
    )
    const { staffGroup, sector } = parseGroupKey(key)
    results.push({
      staffGroup,
      sector,
      monthsCompared,
      meanHeadcount,
      totalAbsoluteDifference,
      differenceShare:
        meanHeadcount > 0 ? totalAbsoluteDifference / (monthsCompared * meanHeadcount) : 0,
      discrepancies,
    })
  }
  return resultFrom(results, table.issues)
}

/**
 * Throwing twin of {@link safeReconcileFlows}.
 *
 * @example
 * ```ts
 * import { reconcileFlows } from '@oneworkforce/projection'
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const worst = reconcileFlows(sampleDataset(), { toleranceHeadcount: 2 })
 *   .toSorted((a, b) => b.differenceShare - a.differenceShare)[0]
 * ```
 */
export function reconcileFlows(
  dataset: Dataset,
  options: ReconcileFlowsOptions = {},
): FlowReconciliation[] {
  return unwrapResult(safeReconcileFlows(dataset, options))
}
