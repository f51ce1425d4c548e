import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { optionIssues } from '../internal/option-issues'
import type { Weights } from './direct-weights'
import { pairwiseMatrixIssues } from './pairwise-matrix'
import { type RandomIndexTableName, randomIndexTables } from './random-index'

/** Options of {@link ahpWeights}. */
export interface AhpOptions {
  /** Criterion codes in matrix order, used as keys of `weights`; indices `'0'`, `'1'`... when omitted. */
  readonly criteria?: readonly string[]
  /** Random-index table: a name from {@link randomIndexTables} (default `'saaty'`) or your own list indexed by n − 1. */
  readonly randomIndex?: RandomIndexTableName | readonly number[]
  /** Relative tolerance for diagonal = 1 and a_ij · a_ji = 1 (default 0.01). */
  readonly reciprocalTolerance?: number
  /** Power iteration stops when no priority moves by more than this (default 1e-12). */
  readonly tolerance?: number
  /** Power iteration gives up after this many steps with a `not_converged` issue (default 10,000, at most 1,000,000). */
  readonly maxIterations?: number
  /** Consistency ratio at or above which a warning is given (default 0.1, Saaty's rule). */
  readonly consistencyThreshold?: number
}

/**
 * The result returned beside error issues (no priorities).
 *
 * @internal
 */
export const emptyAhpResult: AhpResult = {
  priorities: [],
  weights: {},
  lambdaMax: Number.NaN,
  consistencyIndex: Number.NaN,
  consistencyRatio: Number.NaN,
  randomIndex: Number.NaN,
  randomIndexTable: '',
  iterations: 0,
}

/**
 * The types and ranges of {@link AhpOptions} fields, checked before any is read.
 *
 * @internal
 */
export const ahpOptionsShape = {
  criteria: z.array(z.string()).optional(),
  randomIndex: z.union([z.string(), z.array(z.number())]).optional(),
  reciprocalTolerance: z.number().min(0).optional(),
  tolerance: z.number().min(0).optional(),
  maxIterations: z
    .number()
    .int('maxIterations must be a whole number')
    .min(1)
    .max(1_000_000, 'maxIterations must be at most 1,000,000')
    .optional(),
  consistencyThreshold: z.number().optional(),
} satisfies z.ZodRawShape

/**
 * AHP priorities of a pairwise comparison matrix with its consistency.
 *
 * @example
 * ```ts
 * import type { AhpResult } from '@oneworkforce/prioritisation'
 *
 * const describe = (result: AhpResult) => `CR ${result.consistencyRatio.toFixed(3)}`
 * ```
 */
export interface AhpResult {
  /** Priorities (the normalised principal eigenvector), in matrix order, summing to 1. */
  readonly priorities: readonly number[]
  /** The priorities keyed by criterion code (or index). */
  readonly weights: Weights
  /** The principal eigenvalue λmax (n for a perfectly consistent matrix). */
  readonly lambdaMax: number
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  readonly consistencyIndex: number
  /** CR = CI / RI(n); 0 for n ≤ 2. */
  readonly consistencyRatio: number
  /** RI(n) used. */
  readonly randomIndex: number
  /** The name of the random-index table, or `'custom'`. */
  readonly randomIndexTable: string
  /** Power-iteration steps taken. */
  readonly iterations: number
}

/**
 * AHP weights from a reciprocal pairwise comparison matrix (a_ij = how much more important
 * criterion i is than j on Saaty's 1-9 scale): the principal right eigenvector by power
 * iteration, λmax = mean_i (A w)_i / w_i, CI = (λmax − n)/(n − 1), CR = CI / RI(n).
 *
 * When to use: when a panel finds it easier to compare criteria two at a time than to give
 * weights directly. A CR of 0.1 or more gives a warning issue (Saaty's rule: revisit the
 * judgements); the weights are still returned.
 *
 * Sources: Saaty, "A scaling method for priorities in hierarchical structures", J. Math.
 * Psychology 15 (1977) 234-281; Saaty, *The Analytic Hierarchy Process* (1980). The positive
 * matrix is primitive, so power iteration converges to the Perron vector.
 *
 * @example
 * ```ts
 * import { safeAhpWeights } from '@oneworkforce/prioritisation'
 *
 * const result = safeAhpWeights([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], { criteria: ['a', 'b', 'c'] })
 * if (result.success) console.log(result.value.weights.a.toFixed(3), result.value.consistencyRatio.toFixed(3)) // 0.637 0.033
 * ```
 */
export function safeAhpWeights(
  matrix: readonly (readonly number[])[],
  options: AhpOptions = {},
): Result<AhpResult> {
  const empty = emptyAhpResult
  const optionProblems = optionIssues(options, ahpOptionsShape)
  if (optionProblems.length > 0) return resultFrom(empty, optionProblems)
  const issues = pairwiseMatrixIssues(matrix, options.reciprocalTolerance ?? 0.01)
  if (issues.length > 0) return resultFrom(empty, issues)
  const n = matrix.length
  if (options.criteria && options.criteria.length !== n) {
    return resultFrom(empty, [
      issue('invalid_value', `${options.criteria.length} criteria given for a ${n}×${n} matrix`, [
        'criteria',
      ]),
    ])
  }
  const repeated = options.criteria?.find(
    (code, index) => options.criteria?.indexOf(code) !== index,
  )
  if (repeated !== undefined) {
    return resultFrom(empty, [
      issue(
        'duplicate_key',
        `criterion "${repeated}" is named more than once; each row of the matrix needs its own criterion`,
        ['criteria'],
      ),
    ])
  }
  const tableOption = options.randomIndex ?? 'saaty'
  const table: readonly number[] =
    typeof tableOption === 'string' ? (randomIndexTables[tableOption] ?? []) : tableOption
  const tableName = typeof tableOption === 'string' ? tableOption : 'custom'
  if (typeof tableOption === 'string' && !Object.hasOwn(randomIndexTables, tableOption)) {
    return resultFrom(empty, [
      issue('unknown_code', `unknown random-index table "${tableOption}"`, ['randomIndex']),
    ])
  }
  const randomIndex = n <= 2 ? 0 : table[n - 1]
  if (randomIndex === undefined || (n > 2 && !(randomIndex > 0))) {
    return resultFrom(empty, [
      issue(
        'out_of_range',
        `the ${tableName} random-index table has no positive value for n = ${n}; it covers n up to ${table.length}`,
        ['randomIndex'],
      ),
    ])
  }

  const tolerance = options.tolerance ?? 1e-12
  const maxIterations = options.maxIterations ?? 10_000
  let w = new Float64Array(n).fill(1 / n)
  let next = new Float64Array(n)
  let iterations = 0
  let converged = false
  while (iterations < maxIterations) {
    iterations += 1
    let sum = 0
    for (let i = 0; i < n; i += 1) {
      const row = matrix[i] as readonly number[]
      let total = 0
      for (let j = 0; j < n; j += 1) total += (row[j] as number) * (w[j] as number)
      next[i] = total
      sum += total
    }
    let change = 0
    for (let i = 0; i < n; i += 1) {
      const value = (next[i] as number) / sum
      change = Math.max(change, Math.abs(value - (w[i] as number)))
      next[i] = value
    }
    ;[w, next] = [next, w]
    if (change <= tolerance) {
      converged = true
      break
    }
  }
  let lambdaSum = 0
  for (let i = 0; i < n; i += 1) {
    const row = matrix[i] as readonly number[]
    let total = 0
    for (let j = 0; j < n; j += 1) total += (row[j] as number) * (w[j] as number)
    lambdaSum += total / (w[i] as number)
  }
  const lambdaMax = lambdaSum / n
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1))
  const consistencyRatio = n <= 2 ? 0 : consistencyIndex / randomIndex
  const priorities = Array.from(w)
  const keys = options.criteria ?? priorities.map((_, index) => String(index))
  const warnings: Issue[] = []
  if (!converged) {
    warnings.push(
      issue(
        'not_converged',
        `power iteration did not converge to ${tolerance} in ${maxIterations} steps`,
        ['matrix'],
      ),
    )
  }
  const threshold = options.consistencyThreshold ?? 0.1
  if (consistencyRatio >= threshold) {
    warnings.push(
      issue(
        'inconsistent',
        `consistency ratio ${consistencyRatio.toFixed(3)} is at or above ${threshold}: the judgements contradict each other too much; revisit them (RI from the ${tableName} table)`,
        ['matrix'],
        { severity: 'warning' },
      ),
    )
  }
  return resultFrom(
    {
      priorities,
      weights: Object.fromEntries(keys.map((key, index) => [key, priorities[index] as number])),
      lambdaMax,
      consistencyIndex,
      consistencyRatio,
      randomIndex,
      randomIndexTable: tableName,
      iterations,
    },
    warnings,
    'computation_failed',
  )
}

/**
 * Throwing twin of {@link safeAhpWeights}.
 *
 * @example
 * ```ts
 * import { ahpWeights } from '@oneworkforce/prioritisation'
 *
 * ahpWeights([[1, 2], [0.5, 1]]).priorities // [0.666..., 0.333...]
 * ```
 */
export function ahpWeights(
  matrix: readonly (readonly number[])[],
  options: AhpOptions = {},
): AhpResult {
  return unwrapResult(safeAhpWeights(matrix, options))
}
