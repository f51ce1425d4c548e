import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { matrixOptionsShape } from '../internal/matrix-options-shape'
import { optionIssues } from '../internal/option-issues'
import { validateDecisionMatrix } from '../internal/validate-matrix'
import type { MatrixMethodOptions, MethodScores } from './method-result'

/** Options of {@link weightedSum}. */
export interface WeightedSumOptions extends MatrixMethodOptions {
  /**
   * The scale of each column, used for min-max rescaling to [0, 1]. When omitted, each column's
   * observed range is used, and a constant column (no range) scores 0 for every row, with a warning.
   */
  readonly scales?: readonly { readonly min: number; readonly max: number }[]
}

/**
 * Rescales scores to [0, 1] by min-max of each criterion's scale, u = (x − min)/(max − min),
 * inverted for cost criteria (u = 1 − that).
 *
 * @internal
 */
export function rescaleToUnit(
  matrix: readonly (readonly number[])[],
  scales: readonly { readonly min: number; readonly max: number }[],
  directions: readonly ('benefit' | 'cost')[] | undefined,
): number[][] {
  return matrix.map((row) =>
    row.map((value, j) => {
      const scale = scales[j] as { min: number; max: number }
      const range = scale.max - scale.min
      const unit = range > 0 ? (value - scale.min) / range : 0
      return directions?.[j] === 'cost' ? 1 - unit : unit
    }),
  )
}

/**
 * Weighted sum (simple additive weighting), the default in health MCDA: each score is rescaled to
 * [0, 1] by min-max of its criterion's scale (cost criteria inverted), then
 * V_i = Σ_j w_j u_ij; the contribution of criterion j is w_j u_ij, so contributions sum to V_i.
 *
 * When to use: by default. The result is linear in the weights, which is what makes the exact
 * weight-stability thresholds and fast SMAA possible.
 *
 * Source: Marsh et al., "Multiple criteria decision analysis for health care decision making:
 * emerging good practices", ISPOR task force report 2, Value in Health 19 (2016) 125-137.
 *
 * @example
 * ```ts
 * import { safeWeightedSum } from '@oneworkforce/prioritisation'
 *
 * const result = safeWeightedSum([[1, 5], [5, 1]], [0.75, 0.25], { scales: [{ min: 1, max: 5 }, { min: 1, max: 5 }] })
 * if (result.success) console.log(result.value.scores) // [0.25, 0.75]
 * ```
 */
export function safeWeightedSum(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  options: WeightedSumOptions = {},
): Result<MethodScores> {
  const optionProblems = optionIssues(options, {
    ...matrixOptionsShape,
    scales: z.array(z.object({ min: z.number(), max: z.number() })).optional(),
  })
  if (optionProblems.length > 0)
    return resultFrom({ scores: [], contributions: [] }, optionProblems)
  const checked = validateDecisionMatrix(
    matrix,
    weights,
    options.directions,
    options.normaliseWeights ?? false,
  )
  const issues: Issue[] = [...checked.issues]
  if (issues.some((each) => each.severity === 'error'))
    return resultFrom({ scores: [], contributions: [] }, issues)
  const columns = weights.length
  let scales = options.scales
  if (scales && scales.length !== columns) {
    return resultFrom({ scores: [], contributions: [] }, [
      issue('invalid_value', `scales must list ${columns} entries`, ['scales']),
    ])
  }
  scales?.forEach((scale, j) => {
    if (!(scale.max > scale.min))
      issues.push(
        issue('invalid_value', `scales[${j}].max must exceed scales[${j}].min`, ['scales', j]),
      )
    matrix.forEach((row, i) => {
      const value = row[j] as number
      if (value < scale.min || value > scale.max) {
        issues.push(
          issue(
            'out_of_range',
            `matrix[${i}][${j}] = ${value} is outside the scale ${scale.min}-${scale.max}`,
            ['matrix', i, j],
          ),
        )
      }
    })
  })
  if (!scales) {
    scales = Array.from({ length: columns }, (_, j) => {
      const column = matrix.map((row) => row[j] as number)
      const scale = { min: Math.min(...column), max: Math.max(...column) }
      if (scale.max === scale.min) {
        issues.push(
          issue(
            'invalid_value',
            `column ${j} is constant, so it cannot separate the alternatives; it contributes 0`,
            ['matrix', '*', j],
            { severity: 'warning' },
          ),
        )
      }
      return scale
    })
  }
  if (issues.some((each) => each.severity === 'error'))
    return resultFrom({ scores: [], contributions: [] }, issues)
  const unit = rescaleToUnit(matrix, scales, options.directions)
  const contributions = unit.map((row) =>
    row.map((value, j) => (checked.weights[j] as number) * value),
  )
  const scores = contributions.map((row) => row.reduce((total, value) => total + value, 0))
  return resultFrom({ scores, contributions }, issues)
}

/**
 * Throwing twin of {@link safeWeightedSum}.
 *
 * @example
 * ```ts
 * import { weightedSum } from '@oneworkforce/prioritisation'
 *
 * weightedSum([[2, 4], [4, 2], [3, 3]], [0.5, 0.5]).scores // [0.5, 0.5, 0.5]
 * ```
 */
export function weightedSum(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  options: WeightedSumOptions = {},
): MethodScores {
  return unwrapResult(safeWeightedSum(matrix, weights, options))
}
