import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { matrixOptionsShape } from '../internal/matrix-options-shape'
import { optionIssues } from '../internal/option-issues'
import { validateDecisionMatrix } from '../internal/validate-matrix'
import type { MatrixMethodOptions, MethodScores } from './method-result'

/**
 * TOPSIS scores: closeness to the ideal, with both distances.
 *
 * @example
 * ```ts
 * import type { TopsisScores } from '@oneworkforce/prioritisation'
 *
 * const gap = (result: TopsisScores, i: number) => result.distanceToIdeal[i]
 * ```
 */
export interface TopsisScores extends MethodScores {
  /** S_i⁺: Euclidean distance to the positive ideal solution. */
  readonly distanceToIdeal: readonly number[]
  /** S_i⁻: Euclidean distance to the negative ideal (anti-ideal) solution. */
  readonly distanceToAntiIdeal: readonly number[]
}

/**
 * TOPSIS (Technique for Order Preference by Similarity to Ideal Solution) in the original
 * Hwang & Yoon form: vector normalisation r_ij = x_ij / √(Σ_i x_ij²), weighted v_ij = w_j r_ij,
 * ideal A⁺ = best v per column (max for benefit, min for cost), anti-ideal A⁻ = worst, Euclidean
 * distances S⁺, S⁻ and closeness C_i = S⁻ / (S⁺ + S⁻) in [0, 1].
 *
 * Contributions: TOPSIS is not additive, so `contributions[i][j]` is the weighted normalised
 * rating v_ij; they do not sum to the closeness.
 *
 * Degenerate inputs, defined rather than divided by zero: a column of all zeros has norm 0 and
 * is given r = 0 (it contributes to neither distance; warning); a constant column has A⁺ = A⁻ on
 * it and so contributes nothing (warning); an alternative with S⁺ + S⁻ = 0 (every column
 * constant) gets closeness 0.5. Ratings must be ≥ 0 (vector normalisation of negative values is
 * not meaningful): a negative rating is an error.
 *
 * Sources: Hwang & Yoon, *Multiple Attribute Decision Making: Methods and Applications*
 * (Springer, 1981); worked example in Tzeng & Huang, *Multiple Attribute Decision Making: Methods
 * and Applications* (CRC Press, 2011), reproduced in this package's tests.
 *
 * @example
 * ```ts
 * import { safeTopsis } from '@oneworkforce/prioritisation'
 *
 * const result = safeTopsis([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], [0.3, 0.4, 0.3])
 * if (result.success) console.log(result.value.scores.map((c) => c.toFixed(4))) // ['0.5037', '0.6581', '0.7482', '0.3340']
 * ```
 */
export function safeTopsis(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  options: MatrixMethodOptions = {},
): Result<TopsisScores> {
  const empty: TopsisScores = {
    scores: [],
    contributions: [],
    distanceToIdeal: [],
    distanceToAntiIdeal: [],
  }
  const optionProblems = optionIssues(options, matrixOptionsShape)
  if (optionProblems.length > 0) return resultFrom(empty, optionProblems)
  const checked = validateDecisionMatrix(
    matrix,
    weights,
    options.directions,
    options.normaliseWeights ?? false,
  )
  const issues: Issue[] = [...checked.issues]
  if (issues.some((each) => each.severity === 'error')) return resultFrom(empty, issues)
  matrix.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value < 0)
        issues.push(
          issue(
            'out_of_range',
            `matrix[${i}][${j}] = ${value}: TOPSIS vector normalisation needs ratings ≥ 0`,
            ['matrix', i, j],
          ),
        )
    })
  })
  if (issues.length > checked.issues.length) return resultFrom(empty, issues)
  const m = matrix.length
  const n = weights.length
  const weighted = matrix.map(() => new Array<number>(n).fill(0))
  const ideal = new Array<number>(n).fill(0)
  const antiIdeal = new Array<number>(n).fill(0)
  for (let j = 0; j < n; j += 1) {
    let squares = 0
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (let i = 0; i < m; i += 1) {
      const value = matrix[i]?.[j] as number
      squares += value * value
      min = Math.min(min, value)
      max = Math.max(max, value)
    }
    const norm = Math.sqrt(squares)
    if (norm === 0) {
      issues.push(
        issue(
          'invalid_value',
          `column ${j} is all zeros; it is given r = 0 and contributes nothing`,
          ['matrix', '*', j],
          { severity: 'warning' },
        ),
      )
    } else if (min === max && m > 1) {
      issues.push(
        issue(
          'invalid_value',
          `column ${j} is constant, so it cannot separate the alternatives`,
          ['matrix', '*', j],
          { severity: 'warning' },
        ),
      )
    }
    const weight = checked.weights[j] as number
    let best = Number.NEGATIVE_INFINITY
    let worst = Number.POSITIVE_INFINITY
    for (let i = 0; i < m; i += 1) {
      const v = norm === 0 ? 0 : (weight * (matrix[i]?.[j] as number)) / norm
      ;(weighted[i] as number[])[j] = v
      best = Math.max(best, v)
      worst = Math.min(worst, v)
    }
    const cost = options.directions?.[j] === 'cost'
    ideal[j] = cost ? worst : best
    antiIdeal[j] = cost ? best : worst
  }
  const distanceToIdeal: number[] = []
  const distanceToAntiIdeal: number[] = []
  const scores = weighted.map((row) => {
    let plus = 0
    let minus = 0
    row.forEach((v, j) => {
      plus += (v - (ideal[j] as number)) ** 2
      minus += (v - (antiIdeal[j] as number)) ** 2
    })
    const sPlus = Math.sqrt(plus)
    const sMinus = Math.sqrt(minus)
    distanceToIdeal.push(sPlus)
    distanceToAntiIdeal.push(sMinus)
    return sPlus + sMinus === 0 ? 0.5 : sMinus / (sPlus + sMinus)
  })
  return resultFrom(
    { scores, contributions: weighted, distanceToIdeal, distanceToAntiIdeal },
    issues,
  )
}

/**
 * Throwing twin of {@link safeTopsis}.
 *
 * @example
 * ```ts
 * import { topsis } from '@oneworkforce/prioritisation'
 *
 * topsis([[1, 2], [2, 1]], [0.5, 0.5]).scores // [0.5, 0.5]
 * ```
 */
export function topsis(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  options: MatrixMethodOptions = {},
): TopsisScores {
  return unwrapResult(safeTopsis(matrix, weights, options))
}
