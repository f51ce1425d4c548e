import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { validateDecisionMatrix } from '../internal/validate-matrix'
import type { MatrixMethodOptions, MethodScores } from './method-result'
import {
  type PreferenceFunction,
  preference,
  preferenceFunctionSchema,
} from './preference-function'

/** Options of {@link prometheeII}. */
export interface PrometheeOptions extends MatrixMethodOptions {
  /** One preference function per column; `usual` for every column when omitted. */
  readonly preferenceFunctions?: readonly PreferenceFunction[]
}

/**
 * PROMETHEE II flows.
 *
 * @example
 * ```ts
 * import type { PrometheeScores } from '@oneworkforce/prioritisation'
 *
 * const strength = (result: PrometheeScores, i: number) => result.positiveFlow[i]
 * ```
 */
export interface PrometheeScores extends MethodScores {
  /** φ⁺(a): how much a outranks the others, in [0, 1]. */
  readonly positiveFlow: readonly number[]
  /** φ⁻(a): how much the others outrank a, in [0, 1]. */
  readonly negativeFlow: readonly number[]
}

/**
 * PROMETHEE II complete ranking by net outranking flow. For each pair (a, b) and criterion j,
 * d_j = g_j(a) − g_j(b) (negated for cost criteria) and π(a, b) = Σ_j w_j P_j(d_j); then
 * φ⁺(a) = Σ_b π(a, b)/(n − 1), φ⁻(a) = Σ_b π(b, a)/(n − 1) and the score is the net flow
 * φ(a) = φ⁺ − φ⁻ in [−1, 1] (0 for a single alternative). The net flow is additive over criteria,
 * φ(a) = Σ_j w_j φ_j(a), so `contributions[i][j] = w_j φ_j(a_i)` sum to the score.
 *
 * Source: Brans & Vincke, "A preference ranking organisation method (The PROMETHEE method for
 * multiple criteria decision-making)", Management Science 31(6) (1985) 647-656; Brans &
 * Mareschal, in Figueira, Greco & Ehrgott (eds), *Multiple Criteria Decision Analysis: State of
 * the Art Surveys* (Springer, 2005), ch. 5.
 *
 * @example
 * ```ts
 * import { safePrometheeII } from '@oneworkforce/prioritisation'
 *
 * const result = safePrometheeII([[3, 1], [2, 2], [1, 3]], [0.5, 0.5])
 * if (result.success) console.log(result.value.scores) // [0, 0, 0]
 * ```
 */
export function safePrometheeII(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  options: PrometheeOptions = {},
): Result<PrometheeScores> {
  const empty: PrometheeScores = {
    scores: [],
    contributions: [],
    positiveFlow: [],
    negativeFlow: [],
  }
  const checked = validateDecisionMatrix(
    matrix,
    weights,
    options.directions,
    options.normaliseWeights ?? false,
  )
  const issues: Issue[] = [...checked.issues]
  const n = weights.length
  const functions: PreferenceFunction[] = []
  if (options.preferenceFunctions && options.preferenceFunctions.length !== n) {
    issues.push(
      issue('invalid_value', `preferenceFunctions must list ${n} entries`, ['preferenceFunctions']),
    )
  } else {
    for (let j = 0; j < n; j += 1) {
      const parsed = preferenceFunctionSchema.safeParse(
        options.preferenceFunctions?.[j] ?? { type: 'usual' },
      )
      if (parsed.success) functions.push(parsed.data)
      else
        issues.push(
          issue(
            'invalid_value',
            `preferenceFunctions[${j}]: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
            ['preferenceFunctions', j],
          ),
        )
    }
  }
  if (issues.some((each) => each.severity === 'error')) return resultFrom(empty, issues)
  const m = matrix.length
  const perCriterion = matrix.map(() => new Array<number>(n).fill(0))
  const positiveFlow = new Array<number>(m).fill(0)
  const negativeFlow = new Array<number>(m).fill(0)
  for (let j = 0; j < n; j += 1) {
    const fn = functions[j] as PreferenceFunction
    const sign = options.directions?.[j] === 'cost' ? -1 : 1
    const weight = checked.weights[j] as number
    for (let a = 0; a < m; a += 1) {
      const ga = (matrix[a] as readonly number[])[j] as number
      for (let b = a + 1; b < m; b += 1) {
        const d = sign * (ga - ((matrix[b] as readonly number[])[j] as number))
        const pab = preference(fn, d)
        const pba = preference(fn, -d)
        const rowA = perCriterion[a] as number[]
        const rowB = perCriterion[b] as number[]
        rowA[j] = (rowA[j] as number) + pab - pba
        rowB[j] = (rowB[j] as number) + pba - pab
        positiveFlow[a] = (positiveFlow[a] as number) + weight * pab
        negativeFlow[b] = (negativeFlow[b] as number) + weight * pab
        positiveFlow[b] = (positiveFlow[b] as number) + weight * pba
        negativeFlow[a] = (negativeFlow[a] as number) + weight * pba
      }
    }
  }
  const divisor = m > 1 ? m - 1 : 1
  const contributions = perCriterion.map((row) =>
    row.map((value, j) => ((checked.weights[j] as number) * value) / divisor),
  )
  const plus = positiveFlow.map((value) => value / divisor)
  const minus = negativeFlow.map((value) => value / divisor)
  return resultFrom(
    {
      scores: plus.map((value, i) => value - (minus[i] as number)),
      contributions,
      positiveFlow: plus,
      negativeFlow: minus,
    },
    issues,
  )
}

/**
 * Throwing twin of {@link safePrometheeII}.
 *
 * @example
 * ```ts
 * import { prometheeII } from '@oneworkforce/prioritisation'
 *
 * prometheeII([[2], [1]], [1]).scores // [1, -1]
 * ```
 */
export function prometheeII(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  options: PrometheeOptions = {},
): PrometheeScores {
  return unwrapResult(safePrometheeII(matrix, weights, options))
}
