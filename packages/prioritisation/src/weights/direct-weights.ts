import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { optionIssues } from '../internal/option-issues'

/**
 * Criterion weights keyed by criterion code: fractions that sum to 1.
 *
 * @example
 * ```ts
 * import type { Weights } from '@oneworkforce/prioritisation'
 *
 * const weights: Weights = { feasibility: 0.6, 'strategic-coherence': 0.4 }
 * ```
 */
export type Weights = Readonly<Record<string, number>>

/**
 * How far a weight sum may be from 1 and still count as 1 (absorbs rounding such as
 * 0.1 + 0.2 + 0.7), before {@link safeDirectWeights} rejects it.
 */
export const WEIGHT_SUM_TOLERANCE = 1e-6

/** Options of {@link safeDirectWeights}. */
export interface DirectWeightsOptions {
  /**
   * When true, weights that do not sum to 1 are divided by their sum (with a warning issue);
   * when false (the default) they are rejected with an error issue. The same rule applies
   * wherever this package accepts weights.
   */
  readonly normalise?: boolean
  /** The criterion codes the weights must cover exactly (no missing or extra codes). */
  readonly criteria?: readonly string[]
}

/**
 * Checks direct weights: every weight finite and ≥ 0, at least one positive, one weight per
 * criterion when `criteria` is given, and a sum of 1 (within {@link WEIGHT_SUM_TOLERANCE}).
 *
 * The policy, applied consistently by every function that takes weights: weights that do not
 * sum to 1 are **rejected** unless the caller passes `normalise: true`, in which case they are
 * divided by their sum and a warning records the original sum.
 *
 * @example
 * ```ts
 * import { safeDirectWeights } from '@oneworkforce/prioritisation'
 *
 * safeDirectWeights({ a: 2, b: 2 }).success // false: sums to 4
 * const result = safeDirectWeights({ a: 2, b: 2 }, { normalise: true })
 * if (result.success) console.log(result.value) // { a: 0.5, b: 0.5 }
 * ```
 */
export function safeDirectWeights(
  weights: Readonly<Record<string, unknown>>,
  options: DirectWeightsOptions = {},
): Result<Weights> {
  const issues: Issue[] = optionIssues(options, {
    normalise: z.boolean().optional(),
    criteria: z.array(z.string()).optional(),
  })
  if (issues.length > 0) return resultFrom({}, issues)
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
    return resultFrom({}, [
      issue('invalid_type', 'weights must be an object of criterion code → weight', ['weights']),
    ])
  }
  const entries = Object.entries(weights)
  for (const [code, value] of entries) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(
        issue('invalid_type', `weight of "${code}" must be a finite number`, ['weights', code]),
      )
    } else if (value < 0) {
      issues.push(
        issue('out_of_range', `weight of "${code}" must be zero or more, received ${value}`, [
          'weights',
          code,
        ]),
      )
    }
  }
  if (options.criteria) {
    const known = new Set(options.criteria)
    for (const code of options.criteria) {
      if (!(code in weights)) {
        issues.push(issue('required', `no weight given for criterion "${code}"`, ['weights', code]))
      }
    }
    for (const [code] of entries) {
      if (!known.has(code)) {
        issues.push(
          issue('unknown_code', `weight given for "${code}", which is not a criterion`, [
            'weights',
            code,
          ]),
        )
      }
    }
  }
  if (entries.length === 0) issues.push(issue('empty_input', 'no weights given', ['weights']))
  if (issues.length > 0) return resultFrom({}, issues)

  const numeric = entries as [string, number][]
  const sum = numeric.reduce((total, [, value]) => total + value, 0)
  if (!(sum > 0)) {
    return resultFrom({}, [issue('invalid_value', 'weights must not all be zero', ['weights'])])
  }
  if (Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE) {
    return resultFrom(Object.fromEntries(numeric.map(([code, value]) => [code, value / sum])), [])
  }
  if (!options.normalise) {
    return resultFrom({}, [
      issue(
        'invalid_value',
        `weights sum to ${sum}, not 1; rescale them or pass normalise: true to divide them by their sum`,
        ['weights'],
      ),
    ])
  }
  return resultFrom(Object.fromEntries(numeric.map(([code, value]) => [code, value / sum])), [
    issue(
      'invalid_value',
      `weights summed to ${sum}; divided by their sum so they sum to 1`,
      ['weights'],
      { severity: 'warning' },
    ),
  ])
}

/**
 * Throwing twin of {@link safeDirectWeights}.
 *
 * @example
 * ```ts
 * import { directWeights } from '@oneworkforce/prioritisation'
 *
 * directWeights({ a: 30, b: 70 }, { normalise: true }) // { a: 0.3, b: 0.7 }
 * ```
 */
export function directWeights(
  weights: Readonly<Record<string, unknown>>,
  options: DirectWeightsOptions = {},
): Weights {
  return unwrapResult(safeDirectWeights(weights, options))
}

/**
 * Equal weights over the given criterion codes (1/n each): the neutral starting point.
 *
 * @example
 * ```ts
 * import { equalWeights, fourTestsCodes } from '@oneworkforce/prioritisation'
 *
 * equalWeights(fourTestsCodes).feasibility // 0.25
 * ```
 */
export function equalWeights(criteria: readonly string[]): Weights {
  return Object.fromEntries(criteria.map((code) => [code, 1 / criteria.length]))
}
