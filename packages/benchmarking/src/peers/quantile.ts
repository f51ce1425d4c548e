import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { NO_VALUE } from '../internal/guard'
import { checkFields, checkOptionFields } from '../internal/shape'

/**
 * The nine sample quantile definitions of Hyndman & Fan (1996, The American Statistician
 * 50:361), numbered as in R's `quantile(type = )`. Type 7 is R's default.
 */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9

/** Options of {@link quantiles}. */
export interface QuantileOptions {
  /** Hyndman & Fan type, 1-9; 7 (R's default) when absent. */
  readonly type?: QuantileType
}

const FUZZ = 4 * Number.EPSILON
const PLOTTING_POSITIONS: Readonly<Record<number, readonly [number, number]>> = {
  4: [0, 1],
  5: [0.5, 0.5],
  6: [0, 0],
  7: [1, 1],
  8: [1 / 3, 1 / 3],
  9: [3 / 8, 3 / 8],
}

/**
 * A quantile of values already sorted ascending, exactly as R's `quantile.default` computes it
 * (including its floating-point fuzz), without validation: the fast path for internal callers.
 *
 * @example
 * ```ts
 * import { quantileOfSorted } from '@oneworkforce/benchmarking'
 *
 * quantileOfSorted([1, 2, 3, 4], 0.5, 7) // 2.5
 * ```
 */
export function quantileOfSorted(
  sorted: ArrayLike<number>,
  probability: number,
  type: QuantileType = 7,
): number {
  const n = sorted.length
  const at = (index: number): number => sorted[Math.min(n - 1, Math.max(0, index))] as number
  if (type === 7) {
    const index = (n - 1) * probability
    const lo = Math.floor(index)
    const h = index - lo
    return h === 0 ? at(lo) : (1 - h) * at(lo) + h * at(lo + 1)
  }
  let j: number
  let h: number
  if (type <= 3) {
    const nppm = type === 3 ? n * probability - 0.5 : n * probability
    j = Math.floor(nppm + FUZZ)
    if (type === 1) h = nppm > j ? 1 : 0
    else if (type === 2) h = ((nppm > j ? 1 : 0) + 1) / 2
    else h = nppm !== j || Math.abs(j % 2) === 1 ? 1 : 0
  } else {
    const [a, b] = PLOTTING_POSITIONS[type] as readonly [number, number]
    const nppm = a + probability * (n + 1 - a - b)
    j = Math.floor(nppm + FUZZ)
    h = nppm - j
    if (Math.abs(h) < FUZZ) h = 0
  }
  // R pads x as c(x[1], x[1], x, x[n], x[n]) and reads x[j + 2] and x[j + 3] (1-based),
  // which are the 0-based sorted[j - 1] and sorted[j] with clamping.
  const below = at(j - 1)
  if (h === 0) return below
  const above = at(j)
  if (h === 1) return above
  return (1 - h) * below + h * above
}

/**
 * Sample quantiles of a set of values, with the Hyndman & Fan definition of your choice (type 7,
 * R's default, unless you say otherwise), matching R's `quantile(x, probs, type)`.
 *
 * When to use: quartiles and medians for peer comparison; choose type 6 to match SPSS/Minitab,
 * type 7 to match R and Excel's `PERCENTILE.INC`.
 *
 * @example
 * ```ts
 * import { quantiles } from '@oneworkforce/benchmarking'
 *
 * quantiles([0.08, 0.1, 0.12, 0.15, 0.2], [0.25, 0.5, 0.75]) // [0.1, 0.12, 0.15]
 * ```
 */
export function quantiles(
  values: readonly number[],
  probabilities: readonly number[],
  options: QuantileOptions = {},
): number[] {
  return unwrapResult(safeQuantiles(values, probabilities, options))
}

/**
 * {@link quantiles} returning a `Result` with issues (empty input, non-finite values,
 * probabilities outside [0, 1], an unknown type) instead of throwing.
 *
 * @example
 * ```ts
 * import { safeQuantiles } from '@oneworkforce/benchmarking'
 *
 * safeQuantiles([], [0.5]).success // false
 * ```
 */
export function safeQuantiles(
  values: readonly number[],
  probabilities: readonly number[],
  options: QuantileOptions = {},
): Result<number[]> {
  const shape = [
    ...(Array.isArray(values) && values.every((each) => typeof each === 'number')
      ? []
      : checkFields({ values }, [], { values: 'numbers' })),
    ...(Array.isArray(probabilities) && probabilities.every((each) => typeof each === 'number')
      ? []
      : checkFields({ probabilities }, [], { probabilities: 'numbers' })),
    ...checkOptionFields(options, { type: '?number' }),
  ]
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const type = options.type ?? 7
  const issues: Issue[] = []
  if (!Number.isInteger(type) || type < 1 || type > 9) {
    issues.push(issue('invalid_value', `quantile type must be 1 to 9, received ${type}`, ['type']))
  }
  if (values.length === 0)
    issues.push(issue('empty_input', 'no values to take quantiles of', ['values']))
  values.forEach((value, index) => {
    if (!Number.isFinite(value)) {
      issues.push(
        issue('invalid_value', `value ${index} is not a finite number (${value})`, [
          'values',
          index,
        ]),
      )
    }
  })
  probabilities.forEach((p, index) => {
    if (!(p >= 0 && p <= 1)) {
      issues.push(
        issue('out_of_range', `probability ${index} must be from 0 to 1, received ${p}`, [
          'probabilities',
          index,
        ]),
      )
    }
  })
  if (issues.length > 0) return resultFrom([], issues, 'invalid_argument')
  const sorted = Float64Array.from(values).sort()
  return resultFrom(
    probabilities.map((p) => quantileOfSorted(sorted, p, type)),
    [],
  )
}
