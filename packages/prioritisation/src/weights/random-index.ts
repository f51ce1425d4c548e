/**
 * The published random-index tables for AHP consistency ratios, by name.
 *
 * - `saaty`: Saaty, *The Analytic Hierarchy Process* (McGraw-Hill, 1980), n = 1..10:
 *   0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 (the values quoted in most
 *   textbooks).
 * - `alonso-lamata`: Alonso & Lamata, "Consistency in the analytic hierarchy process: a new
 *   approach", *Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems* 14(4) (2006) 445-459,
 *   from 500,000 random matrices per size, n = 1..15: 0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417,
 *   1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838.
 *
 * @example
 * ```ts
 * import { randomIndexTables } from '@oneworkforce/prioritisation'
 *
 * randomIndexTables.saaty[3] // 0.9 (n = 4)
 * ```
 */
export const randomIndexTables = {
  saaty: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49],
  'alonso-lamata': [
    0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551,
    1.5713, 1.5838,
  ],
} as const satisfies Record<string, readonly number[]>

/**
 * The name of a published random-index table in {@link randomIndexTables}.
 *
 * @example
 * ```ts
 * import type { RandomIndexTableName } from '@oneworkforce/prioritisation'
 *
 * const table: RandomIndexTableName = 'alonso-lamata'
 * ```
 */
export type RandomIndexTableName = keyof typeof randomIndexTables
