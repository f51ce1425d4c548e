import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { matrixOptionsShape } from '../internal/matrix-options-shape'
import { optionIssues } from '../internal/option-issues'
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
  const optionProblems = optionIssues(options, {
    ...matrixOptionsShape,
    preferenceFunctions: z.array(z.unknown()).optional(),
  })
  if (optionProblems.length > 0) return resultFrom(empty, optionProblems)
  const checked = validateDecisionMatrix(
    matrix,
    weights,
    options.directions,
    options.normaliseWeights ?? false,
  )
  const issues: Issue[] = [...checked.issues]
  if (issues.some((each) => each.severity === 'error')) return resultFrom(empty, issues)
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
  // Per criterion: net preference sums (Σ_b P(a,b) − P(b,a)) and the weighted flows, in typed
  // arrays over one column at a time.
  const net = Array.from({ length: n }, () => new Float64Array(m))
  const positiveFlow = new Float64Array(m)
  const negativeFlow = new Float64Array(m)
  const column = new Float64Array(m)
  for (let j = 0; j < n; j += 1) {
    const fn = functions[j] as PreferenceFunction
    const sign = options.directions?.[j] === 'cost' ? -1 : 1
    const weight = checked.weights[j] as number
    const netJ = net[j] as Float64Array
    for (let i = 0; i < m; i += 1)
      column[i] = sign * ((matrix[i] as readonly number[])[j] as number)
    const usual = fn.type === 'usual'
    for (let a = 0; a < m; a += 1) {
      const ga = column[a] as number
      let netA = 0
      let plusA = 0
      let minusA = 0
      for (let b = a + 1; b < m; b += 1) {
        const d = ga - (column[b] as number)
        if (d === 0) continue
        // Only one direction can be preferred: P(d) of a over b when d > 0, P(−d) of b over a.
        const p = usual ? 1 : preference(fn, d > 0 ? d : -d)
        if (p === 0) continue
        if (d > 0) {
          netA += p
          plusA += p
          netJ[b] = (netJ[b] as number) - p
          negativeFlow[b] = (negativeFlow[b] as number) + weight * p
        } else {
          netA -= p
          minusA += p
          netJ[b] = (netJ[b] as number) + p
          positiveFlow[b] = (positiveFlow[b] as number) + weight * p
        }
      }
      netJ[a] = (netJ[a] as number) + netA
      positiveFlow[a] = (positiveFlow[a] as number) + weight * plusA
      negativeFlow[a] = (negativeFlow[a] as number) + weight * minusA
    }
  }
  const divisor = m > 1 ? m - 1 : 1
  const contributions = Array.from({ length: m }, (_, i) =>
    Array.from(
      { length: n },
      (_, j) =>
        ((checked.weights[j] as number) * ((net[j] as Float64Array)[i] as number)) / divisor,
    ),
  )
  const plus = Array.from(positiveFlow, (value) => value / divisor)
  const minus = Array.from(negativeFlow, (value) => value / divisor)
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
