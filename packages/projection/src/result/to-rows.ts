import { type GroupKey, groupKeys } from './group-keys'
import {
  PROJECTION_SERIES,
  type ProjectionResult,
  type ProjectionSeriesName,
} from './projection-result'

/** One tidy row: a period, the group's dimension values, every series, and the vacancy rate. */
export type ProjectionRow = GroupKey & {
  readonly period: string
  readonly vacancyRate: number
} & Readonly<Record<ProjectionSeriesName, number>>

/**
 * Tidy rows, one per period × group (period-major), ready for CSV or JSON export. The vacancy
 * rate is shortfall ÷ demand (0 when demand is 0).
 *
 * @example
 * ```ts
 * import { projectWorkforce, toRows } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce(
 *   {
 *     startMonth: '2025-04', horizonMonths: 2,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 *     demand: { baseline: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', fte: 12.5 }] },
 *   },
 *   { keep: ['staffGroup'] },
 * )
 * toRows(result)[0] // { period: '2025-04', staffGroup: 'ahp', headcount: 10, fte: 10, demandFte: 12.5, vacancyRate: 0.2, ... }
 * ```
 */
export function toRows(result: ProjectionResult): ProjectionRow[] {
  const keys = groupKeys(result)
  const rows: ProjectionRow[] = []
  result.periods.forEach((period, t) => {
    keys.forEach((key, g) => {
      const i = t * result.groupCount + g
      const values = Object.fromEntries(
        PROJECTION_SERIES.map((name) => [name, result.series[name][i]!]),
      ) as Record<ProjectionSeriesName, number>
      const demand = values.demandFte
      rows.push({
        period,
        ...key,
        ...values,
        vacancyRate: demand > 0 ? values.shortfallFte / demand : 0,
      })
    })
  })
  return rows
}
