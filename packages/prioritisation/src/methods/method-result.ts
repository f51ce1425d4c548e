/**
 * Direction of a criterion: `benefit` (more is better) or `cost` (less is better).
 *
 * @example
 * ```ts
 * import type { CriterionDirection } from '@oneworkforce/prioritisation'
 *
 * const directions: CriterionDirection[] = ['benefit', 'cost']
 * ```
 */
export type CriterionDirection = 'benefit' | 'cost'

/** Options shared by the matrix-level methods ({@link weightedSum}, {@link topsis}, {@link prometheeII}). */
export interface MatrixMethodOptions {
  /** One direction per column; all `benefit` when omitted. */
  readonly directions?: readonly CriterionDirection[]
  /** Divide weights by their sum instead of rejecting a sum other than 1 (default false). */
  readonly normaliseWeights?: boolean
}

/**
 * What every MCDA method returns for a decision matrix: one score per row (higher is better)
 * and each criterion's contribution to it.
 *
 * @example
 * ```ts
 * import type { MethodScores } from '@oneworkforce/prioritisation'
 *
 * const best = (result: MethodScores) => result.scores.indexOf(Math.max(...result.scores))
 * ```
 */
export interface MethodScores {
  /** One score per alternative (row), higher is better. */
  readonly scores: readonly number[]
  /** contributions[i][j]: criterion j's part of alternative i's score (see each method for its meaning). */
  readonly contributions: readonly (readonly number[])[]
}
