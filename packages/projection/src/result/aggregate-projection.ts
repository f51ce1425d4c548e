import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { optionShapeIssues, projectionResultShapeIssues } from '../input/argument-shape'
import { groupKeys } from './group-keys'
import {
  PROJECTION_DIMENSIONS,
  PROJECTION_SERIES,
  type ProjectionDimension,
  type ProjectionResult,
  type ProjectionSeriesName,
} from './projection-result'

/** Dimension values to keep: one code or a list of codes per kept dimension. */
export type ProjectionFilter = Readonly<
  Partial<Record<ProjectionDimension, string | readonly string[]>>
>

/** Options of {@link aggregateProjection}. */
export interface AggregateOptions {
  /** Dimensions to keep (a subset of the result's kept dimensions); default none (a total). */
  readonly keep?: readonly ProjectionDimension[]
  /** Only groups matching these dimension values are summed. */
  readonly filter?: ProjectionFilter
}

/**
 * Sums a result to fewer dimensions and/or a subset of groups, returning the issues instead of
 * throwing (keeping or filtering on a dimension the result did not keep, an unknown code).
 *
 * @example
 * ```ts
 * import { projectWorkforce, safeAggregateProjection } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce(
 *   {
 *     startMonth: '2025-04', horizonMonths: 1,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 *   },
 *   { keep: ['staffGroup'] },
 * )
 * safeAggregateProjection(result, { keep: ['ageBand'] }).success // false: ageBand was not kept
 * ```
 */
export function safeAggregateProjection(
  result: ProjectionResult,
  options: AggregateOptions = {},
): Result<ProjectionResult> {
  const shapeIssues = [
    ...projectionResultShapeIssues(result),
    ...optionShapeIssues(options, { keep: 'array', filter: 'object' }),
  ]
  if (shapeIssues.length > 0) return resultFrom(result, shapeIssues, 'invalid_argument')
  const keep = PROJECTION_DIMENSIONS.filter((dimension) => options.keep?.includes(dimension))
  const issues = keep
    .filter((dimension) => !result.keep.includes(dimension))
    .map((dimension) =>
      issue('invalid_value', `cannot keep "${dimension}": the result did not keep it`, [
        'keep',
        dimension,
      ]),
    )
  const filter = options.filter ?? {}
  for (const [dimension, wanted] of Object.entries(filter) as [
    ProjectionDimension,
    string | readonly string[],
  ][]) {
    const values = result.dimensionValues[dimension]
    if (typeof wanted !== 'string' && !Array.isArray(wanted)) {
      issues.push(
        issue('invalid_type', `filter.${dimension} must be a code or a list of codes`, [
          'filter',
          dimension,
        ]),
      )
      continue
    }
    if (!values) {
      issues.push(
        issue('invalid_value', `cannot filter on "${dimension}": the result did not keep it`, [
          'filter',
          dimension,
        ]),
      )
      continue
    }
    for (const code of typeof wanted === 'string' ? [wanted] : wanted)
      if (!values.includes(code))
        issues.push(
          issue('unknown_code', `filter.${dimension}: "${code}" is not in the result`, [
            'filter',
            dimension,
          ]),
        )
  }
  if (issues.length > 0) return resultFrom(result, issues, 'invalid_argument')

  const dimensionValues: Partial<Record<ProjectionDimension, readonly string[]>> = {}
  for (const dimension of keep) dimensionValues[dimension] = result.dimensionValues[dimension]!
  const size = (dimension: ProjectionDimension) => dimensionValues[dimension]?.length ?? 1
  const groupCount = keep.reduce((product, dimension) => product * size(dimension), 1)
  // Each kept code's position, looked up in a map (a search per group is quadratic when places are many).
  const position = Object.fromEntries(
    keep.map((dimension) => [
      dimension,
      new Map(dimensionValues[dimension]!.map((code, i) => [code, i] as const)),
    ]),
  ) as Record<ProjectionDimension, Map<string, number>>
  const target = groupKeys(result).map((key) => {
    for (const [dimension, wanted] of Object.entries(filter)) {
      const code = key[dimension as ProjectionDimension]!
      if (typeof wanted === 'string' ? code !== wanted : !wanted.includes(code)) return -1
    }
    let index = 0
    for (const dimension of keep)
      index = index * size(dimension) + position[dimension].get(key[dimension]!)!
    return index
  })
  const months = result.periods.length
  const from = result.groupCount
  const series = Object.fromEntries(
    PROJECTION_SERIES.map((name) => {
      const source = result.series[name]
      const summed = new Float64Array(groupCount * months)
      for (let t = 0; t < months; t++)
        for (let g = 0; g < from; g++) {
          const to = target[g]!
          if (to >= 0) summed[t * groupCount + to]! += source[t * from + g]!
        }
      return [name, summed]
    }),
  ) as Record<ProjectionSeriesName, Float64Array>
  const startHeadcount = new Float64Array(groupCount)
  const startFte = new Float64Array(groupCount)
  target.forEach((to, g) => {
    if (to < 0) return
    startHeadcount[to]! += result.start.headcount[g]!
    startFte[to]! += result.start.fte[g]!
  })
  return resultFrom(
    {
      periods: result.periods,
      keep,
      dimensionValues,
      groupCount,
      start: { headcount: startHeadcount, fte: startFte },
      series,
    },
    [],
  )
}

/**
 * Sums a result to any subset of its kept dimensions (all series are additive: stocks, demand,
 * gap, shortfall, costs and flows), optionally for a subset of groups. Throws a
 * `OneWorkforceError` on a dimension the result did not keep or an unknown code.
 *
 * @example
 * ```ts
 * import { aggregateProjection, projectWorkforce } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce({
 *   startMonth: '2025-04', horizonMonths: 1,
 *   dimensions: { places: ['a', 'b'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [
 *     { place: 'a', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 },
 *     { place: 'b', sector: 'acute', staffGroup: 'ahp', headcount: 30, ftePerHead: 1 },
 *   ],
 * })
 * aggregateProjection(result, { keep: ['staffGroup'] }).series.headcount[0] // 40
 * ```
 */
export function aggregateProjection(
  result: ProjectionResult,
  options: AggregateOptions = {},
): ProjectionResult {
  return unwrapResult(safeAggregateProjection(result, options))
}
