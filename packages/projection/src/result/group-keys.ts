import type { ProjectionDimension, ProjectionResult } from './projection-result'

/** The dimension values of one result group (only the kept dimensions). */
export type GroupKey = Readonly<Partial<Record<ProjectionDimension, string>>>

/**
 * The dimension values of every group of a result, in group order.
 *
 * @example
 * ```ts
 * import { groupKeys, projectWorkforce } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce(
 *   {
 *     startMonth: '2025-04', horizonMonths: 1,
 *     dimensions: { places: ['p'], sectors: ['acute', 'community'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 *   },
 *   { keep: ['sector'] },
 * )
 * groupKeys(result) // [{ sector: 'acute' }, { sector: 'community' }]
 * ```
 */
export function groupKeys(result: ProjectionResult): GroupKey[] {
  let keys: Partial<Record<ProjectionDimension, string>>[] = [{}]
  for (const dimension of result.keep) {
    const values = result.dimensionValues[dimension] ?? []
    keys = keys.flatMap((key) => values.map((value) => ({ ...key, [dimension]: value })))
  }
  return keys
}
