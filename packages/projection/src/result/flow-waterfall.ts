import { issue, type Month, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { optionShapeIssues, projectionResultShapeIssues } from '../input/argument-shape'
import { type ProjectionFilter, safeAggregateProjection } from './aggregate-projection'
import {
  INFLOW_SERIES,
  OUTFLOW_SERIES,
  type ProjectionResult,
  type ProjectionSeriesName,
} from './projection-result'

/** One bar of a waterfall: a flow and its signed headcount (inflows positive, outflows negative). */
export interface WaterfallStep {
  readonly flow: ProjectionSeriesName
  readonly headcount: number
}

/** Why the stock of a group (or aggregate) moved between two months. */
export interface FlowWaterfall {
  readonly from: Month
  readonly to: Month
  /** Headcount at the start of `from`. */
  readonly startHeadcount: number
  /** Inflows then outflows, summed over `from`..`to`. */
  readonly steps: readonly WaterfallStep[]
  /** Headcount at the end of `to`; equals start + Σ steps up to rounding. */
  readonly endHeadcount: number
}

/** Options of {@link flowWaterfall}. */
export interface WaterfallOptions {
  /** Which groups to include (default all). */
  readonly filter?: ProjectionFilter
  /** First month (default the first projected month). */
  readonly from?: Month
  /** Last month (default the last projected month). */
  readonly to?: Month
}

/**
 * Builds a flow waterfall, returning issues for months outside the horizon or a bad filter.
 *
 * @example
 * ```ts
 * import { projectWorkforce, safeFlowWaterfall } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 * })
 * safeFlowWaterfall(result, { from: '2030-01' }).success // false: outside the horizon
 * ```
 */
export function safeFlowWaterfall(
  result: ProjectionResult,
  options: WaterfallOptions = {},
): Result<FlowWaterfall> {
  const shapeIssues = [
    ...projectionResultShapeIssues(result),
    ...optionShapeIssues(options, { filter: 'object', from: 'month', to: 'month' }),
  ]
  if (shapeIssues.length > 0) {
    const empty: FlowWaterfall = {
      from: '' as Month,
      to: '' as Month,
      startHeadcount: 0,
      steps: [],
      endHeadcount: 0,
    }
    return resultFrom(empty, shapeIssues, 'invalid_argument')
  }
  const from = options.from ?? result.periods[0]!
  const to = options.to ?? result.periods[result.periods.length - 1]!
  const first = result.periods.indexOf(from)
  const last = result.periods.indexOf(to)
  const issues = []
  if (first < 0)
    issues.push(issue('out_of_range', `from ${from} is outside the projected months`, ['from']))
  if (last < 0)
    issues.push(issue('out_of_range', `to ${to} is outside the projected months`, ['to']))
  if (first >= 0 && last >= 0 && last < first)
    issues.push(issue('inconsistent', `to ${to} is before from ${from}`, ['to']))
  const empty: FlowWaterfall = { from, to, startHeadcount: 0, steps: [], endHeadcount: 0 }
  if (issues.length > 0) return resultFrom(empty, issues, 'invalid_argument')
  const total = safeAggregateProjection(result, { keep: [], filter: options.filter ?? {} })
  if (!total.success) return total as Result<never>
  const { series, start } = total.value
  const startHeadcount = first === 0 ? start.headcount[0]! : series.headcount[first - 1]!
  const sum = (name: ProjectionSeriesName) => {
    let value = 0
    for (let t = first; t <= last; t++) value += series[name][t]!
    return value
  }
  const steps: WaterfallStep[] = [
    ...INFLOW_SERIES.map((flow) => ({ flow, headcount: sum(flow) })),
    ...OUTFLOW_SERIES.map((flow) => ({ flow, headcount: -sum(flow) })),
  ]
  return resultFrom({ from, to, startHeadcount, steps, endHeadcount: series.headcount[last]! }, [])
}

/**
 * A flow waterfall for any group or aggregate and period range: start stock + each inflow
 * (newly qualified, international, returners, other joiners, moves in, ageing in) − each outflow
 * (leavers by reason, moves out, ageing out) = end stock, so an analyst can see why the line
 * moves. Moves and ageing within the filtered groups appear both as inflow and outflow.
 *
 * @example
 * ```ts
 * import { flowWaterfall, projectWorkforce } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *   joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerYear: 12 }],
 * })
 * const waterfall = flowWaterfall(result, { filter: { staffGroup: 'ahp' } })
 * waterfall.startHeadcount + waterfall.steps.reduce((sum, step) => sum + step.headcount, 0) // = waterfall.endHeadcount
 * ```
 */
export function flowWaterfall(
  result: ProjectionResult,
  options: WaterfallOptions = {},
): FlowWaterfall {
  return unwrapResult(safeFlowWaterfall(result, options))
}
