import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { arrayIssues, optionIssues, recordIssues } from '../internal/option-issues'
import {
  type AhpOptions,
  type AhpResult,
  ahpOptionsShape,
  emptyAhpResult,
  safeAhpWeights,
} from './ahp-weights'
import type { Weights } from './direct-weights'
import { pairwiseMatrixIssues } from './pairwise-matrix'

/** Options of the group aggregations {@link aggregateJudgements} and {@link aggregatePriorities}. */
export interface GroupOptions {
  /** Importance of each person (same order as the matrices or vectors); equal when omitted. Divided by their sum. */
  readonly personWeights?: readonly number[]
}

function personWeightIssues(count: number, personWeights: readonly number[] | undefined): Issue[] {
  if (count === 0) return [issue('empty_input', 'no judgements given', ['judgements'])]
  if (!personWeights) return []
  if (personWeights.length !== count) {
    return [
      issue('invalid_value', `${personWeights.length} person weights for ${count} people`, [
        'personWeights',
      ]),
    ]
  }
  if (personWeights.some((value) => !Number.isFinite(value) || value < 0)) {
    return [issue('out_of_range', 'person weights must be finite and ≥ 0', ['personWeights'])]
  }
  if (!personWeights.some((value) => value > 0)) {
    return [issue('invalid_value', 'person weights must not all be zero', ['personWeights'])]
  }
  return []
}

const groupShape = { personWeights: z.array(z.number()).optional() } satisfies z.ZodRawShape

function exponents(count: number, personWeights: readonly number[] | undefined): number[] {
  const raw = personWeights ?? new Array<number>(count).fill(1)
  // Divided by the largest first, so weights near the top of the range cannot overflow the sum.
  const largest = Math.max(...raw)
  const sum = raw.reduce((total, value) => total + value / largest, 0)
  return raw.map((value) => value / largest / sum)
}

/**
 * Aggregation of individual judgements (AIJ): the element-wise (weighted) geometric mean of
 * several people's pairwise matrices, a_ij = Π_k a_ij(k)^(λ_k). The geometric mean is the only
 * aggregation that keeps the group matrix reciprocal (Aczél & Saaty 1983).
 *
 * When to use: the panel acts as one decision maker (a board agreeing one set of judgements);
 * feed the result to {@link safeAhpWeights}, or use {@link safeGroupAhpWeights} to do both.
 *
 * Source: Forman & Peniwati, "Aggregating individual judgments and priorities with the AHP",
 * EJOR 108 (1998) 165-169; Aczél & Saaty, J. Math. Psychology 27 (1983) 93-102.
 *
 * @example
 * ```ts
 * import { safeAggregateJudgements } from '@oneworkforce/prioritisation'
 *
 * const result = safeAggregateJudgements([[[1, 4], [1 / 4, 1]], [[1, 1], [1, 1]]])
 * if (result.success) console.log(result.value[0]?.[1]) // 2
 * ```
 */
export function safeAggregateJudgements(
  matrices: readonly (readonly (readonly number[])[])[],
  options: GroupOptions = {},
  reciprocalTolerance = 0.01,
): Result<number[][]> {
  const shapeIssues = [
    ...arrayIssues(matrices, 'judgements', 'pairwise matrices'),
    ...optionIssues(options, groupShape),
  ]
  if (!(Number.isFinite(reciprocalTolerance) && reciprocalTolerance >= 0)) {
    shapeIssues.push(
      issue('out_of_range', 'reciprocalTolerance must be a finite number ≥ 0', [
        'reciprocalTolerance',
      ]),
    )
  }
  if (shapeIssues.length > 0) return resultFrom([], shapeIssues)
  const issues = personWeightIssues(matrices.length, options.personWeights)
  matrices.forEach((matrix, person) => {
    issues.push(...pairwiseMatrixIssues(matrix, reciprocalTolerance, ['judgements', person]))
  })
  if (issues.length > 0) return resultFrom([], issues)
  const n = matrices[0]?.length ?? 0
  matrices.forEach((matrix, person) => {
    if (matrix.length !== n) {
      issues.push(
        issue(
          'invalid_value',
          `judgements[${person}] is ${matrix.length}×${matrix.length}, expected ${n}×${n}`,
          ['judgements', person],
        ),
      )
    }
  })
  if (issues.length > 0) return resultFrom([], issues)
  const lambda = exponents(matrices.length, options.personWeights)
  const result = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let logSum = 0
      matrices.forEach((matrix, person) => {
        logSum += (lambda[person] as number) * Math.log(matrix[i]?.[j] as number)
      })
      return Math.exp(logSum)
    }),
  )
  return resultFrom(result, [])
}

/**
 * Throwing twin of {@link safeAggregateJudgements}.
 *
 * @example
 * ```ts
 * import { aggregateJudgements } from '@oneworkforce/prioritisation'
 *
 * aggregateJudgements([[[1, 9], [1 / 9, 1]], [[1, 1], [1, 1]]])[0]?.[1] // 3
 * ```
 */
export function aggregateJudgements(
  matrices: readonly (readonly (readonly number[])[])[],
  options: GroupOptions = {},
): number[][] {
  return unwrapResult(safeAggregateJudgements(matrices, options))
}

/**
 * AHP weights of a group by aggregation of individual judgements (AIJ): the geometric-mean
 * matrix of {@link safeAggregateJudgements}, then {@link safeAhpWeights} on it.
 *
 * @example
 * ```ts
 * import { safeGroupAhpWeights } from '@oneworkforce/prioritisation'
 *
 * const result = safeGroupAhpWeights([[[1, 4], [1 / 4, 1]], [[1, 1], [1, 1]]], { criteria: ['a', 'b'] })
 * if (result.success) console.log(result.value.weights.a.toFixed(3)) // 0.667
 * ```
 */
export function safeGroupAhpWeights(
  matrices: readonly (readonly (readonly number[])[])[],
  options: AhpOptions & GroupOptions = {},
): Result<AhpResult> {
  const optionProblems = optionIssues(options, { ...ahpOptionsShape, ...groupShape })
  if (optionProblems.length > 0) return resultFrom(emptyAhpResult, optionProblems)
  const aggregated = safeAggregateJudgements(matrices, options, options.reciprocalTolerance)
  if (!aggregated.success) {
    return { success: false, error: aggregated.error, issues: aggregated.issues }
  }
  return safeAhpWeights(aggregated.value, options)
}

/**
 * Aggregation of individual priorities (AIP): each person's weight vector is combined by the
 * (weighted) geometric mean per criterion, w_j ∝ Π_k w_j(k)^(λ_k), then renormalised to sum to 1.
 *
 * When to use: each person is a separate decision maker (for example one per partner
 * organisation) whose own priorities should be respected; each vector may come from AHP, swing
 * or direct weighting. Every vector must cover the same criteria and sum to 1 (the same
 * rejection rule as {@link safeDirectWeights}).
 *
 * Source: Forman & Peniwati, EJOR 108 (1998) 165-169.
 *
 * @example
 * ```ts
 * import { safeAggregatePriorities } from '@oneworkforce/prioritisation'
 *
 * const result = safeAggregatePriorities([{ a: 0.8, b: 0.2 }, { a: 0.2, b: 0.8 }])
 * if (result.success) console.log(result.value) // { a: 0.5, b: 0.5 }
 * ```
 */
export function safeAggregatePriorities(
  vectors: readonly Weights[],
  options: GroupOptions = {},
): Result<Weights> {
  const shapeIssues = [
    ...arrayIssues(vectors, 'priorities', 'weight vectors'),
    ...optionIssues(options, groupShape),
  ]
  if (shapeIssues.length === 0) {
    vectors.forEach((vector, person) => {
      shapeIssues.push(
        ...recordIssues(vector, 'priorities', 'criterion code → weight').map((each) => ({
          ...each,
          message: `priorities[${person}]${each.message.slice('priorities'.length)}`,
          path: ['priorities', person],
        })),
      )
    })
  }
  if (shapeIssues.length > 0) return resultFrom({}, shapeIssues)
  const issues = personWeightIssues(vectors.length, options.personWeights)
  const codes = Object.keys(vectors[0] ?? {})
  vectors.forEach((vector, person) => {
    const keys = Object.keys(vector)
    if (keys.length !== codes.length || codes.some((code) => !(code in vector))) {
      issues.push(
        issue(
          'invalid_value',
          `priorities[${person}] must cover the same criteria as priorities[0] (${codes.join(', ')})`,
          ['priorities', person],
        ),
      )
      return
    }
    let sum = 0
    for (const code of codes) {
      const value = vector[code]
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        issues.push(
          issue(
            'out_of_range',
            `priorities[${person}].${code} must be a positive number (a geometric mean needs positive priorities)`,
            ['priorities', person, code],
          ),
        )
      } else sum += value
    }
    if (Math.abs(sum - 1) > 1e-6 && issues.length === 0) {
      issues.push(
        issue('invalid_value', `priorities[${person}] sum to ${sum}, not 1`, [
          'priorities',
          person,
        ]),
      )
    }
  })
  if (issues.length > 0) return resultFrom({}, issues)
  const lambda = exponents(vectors.length, options.personWeights)
  const raw = codes.map((code) =>
    Math.exp(
      vectors.reduce(
        (total, vector, person) =>
          total + (lambda[person] as number) * Math.log(vector[code] as number),
        0,
      ),
    ),
  )
  const sum = raw.reduce((total, value) => total + value, 0)
  return resultFrom(
    Object.fromEntries(codes.map((code, index) => [code, (raw[index] as number) / sum])),
    [],
  )
}

/**
 * Throwing twin of {@link safeAggregatePriorities}.
 *
 * @example
 * ```ts
 * import { aggregatePriorities } from '@oneworkforce/prioritisation'
 *
 * aggregatePriorities([{ a: 0.5, b: 0.5 }, { a: 0.5, b: 0.5 }]) // { a: 0.5, b: 0.5 }
 * ```
 */
export function aggregatePriorities(
  vectors: readonly Weights[],
  options: GroupOptions = {},
): Weights {
  return unwrapResult(safeAggregatePriorities(vectors, options))
}
