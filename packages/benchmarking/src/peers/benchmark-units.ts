import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { GoodDirection } from '../direction'
import { describe, isRecord, NO_VALUE } from '../internal/guard'
import { checkList, checkOptionFields } from '../internal/shape'
import { type QuantileType, quantileOfSorted } from './quantile'

/** A red/amber/green rating relative to a benchmark. */
export type RagRating = 'green' | 'amber' | 'red'

/** Options of {@link ragRating}. */
export interface RagOptions {
  /** Which way is good (not `neutral`: a neutral indicator has no rating). */
  readonly goodDirection: GoodDirection
  /** How far on the bad side of the benchmark is still amber, in the indicator's units; 0 by default. */
  readonly tolerance?: number
}

/**
 * Rates a value against a benchmark: green when at least as good as the benchmark, amber when
 * worse by no more than the tolerance, red when worse by more; null for a neutral indicator.
 * With tolerance 0 this is Model Hospital's "better / worse than the peer median" colouring.
 *
 * @example
 * ```ts
 * import { ragRating } from '@oneworkforce/benchmarking'
 *
 * ragRating(0.095, 0.09, { goodDirection: 'lower', tolerance: 0.01 }) // 'amber'
 * ```
 */
export function ragRating(value: number, benchmark: number, options: RagOptions): RagRating | null {
  if (options.goodDirection === 'neutral') return null
  const worseBy = options.goodDirection === 'lower' ? value - benchmark : benchmark - value
  if (worseBy <= 0) return 'green'
  return worseBy <= (options.tolerance ?? 0) ? 'amber' : 'red'
}

/** One unit's value to benchmark. */
export interface BenchmarkValue {
  readonly unit: string
  readonly value: number
}

/** Options of {@link benchmarkUnits}. */
export interface BenchmarkOptions {
  readonly goodDirection: GoodDirection
  /** The benchmark: the peers' `median` (default) or a given value (e.g. the national median). */
  readonly benchmark?: 'median' | number
  /** Amber tolerance for {@link ragRating}; 0 by default. */
  readonly tolerance?: number
  /** Quantile definition for the quartiles; 7 (R's default) by default. */
  readonly quantileType?: QuantileType
}

/** A unit's place among its peers. */
export interface BenchmarkedUnit {
  readonly unit: string
  readonly value: number
  /** 1 = best given the good direction (ties share the best rank); by value ascending when neutral. */
  readonly rank: number
  /** Quartile by value: 1 = at or below the lower quartile, 4 = above the upper quartile. */
  readonly quartile: 1 | 2 | 3 | 4
  readonly rating: RagRating | null
}

/** A peer comparison: the distribution and every unit's rank, quartile and rating. */
export interface Benchmark {
  readonly count: number
  readonly median: number
  readonly lowerQuartile: number
  readonly upperQuartile: number
  readonly benchmark: number
  readonly units: readonly BenchmarkedUnit[]
}

/**
 * Compares units with their peers: median and quartiles (Hyndman & Fan type 7 by default), each
 * unit's rank (1 = best), quartile, and a RAG rating against the benchmark (the median unless
 * you give one, e.g. the national median).
 *
 * @example
 * ```ts
 * import { benchmarkUnits } from '@oneworkforce/benchmarking'
 *
 * const result = benchmarkUnits(
 *   [
 *     { unit: 'A', value: 0.08 },
 *     { unit: 'B', value: 0.1 },
 *     { unit: 'C', value: 0.12 },
 *   ],
 *   { goodDirection: 'lower' },
 * )
 * result.units.map((unit) => unit.rating) // ['green', 'green', 'red']
 * ```
 */
export function benchmarkUnits(
  values: readonly BenchmarkValue[],
  options: BenchmarkOptions,
): Benchmark {
  return unwrapResult(safeBenchmarkUnits(values, options))
}

/**
 * {@link benchmarkUnits} returning a `Result`: issues for no units, non-finite values or a bad
 * benchmark.
 *
 * @example
 * ```ts
 * import { safeBenchmarkUnits } from '@oneworkforce/benchmarking'
 *
 * safeBenchmarkUnits([], { goodDirection: 'lower' }).success // false
 * ```
 */
export function safeBenchmarkUnits(
  values: readonly BenchmarkValue[],
  options: BenchmarkOptions,
): Result<Benchmark> {
  const shape = [
    ...checkList(values, 'values', { unit: 'text', value: 'number' }),
    ...checkOptionFields(
      options,
      { goodDirection: 'direction', tolerance: '?number', quantileType: '?number' },
      false,
    ),
  ]
  if (
    isRecord(options) &&
    options.benchmark !== undefined &&
    options.benchmark !== 'median' &&
    typeof options.benchmark !== 'number'
  )
    shape.push(
      issue(
        'invalid_value',
        `benchmark must be 'median' or a finite number, received ${describe(options.benchmark)}`,
        ['benchmark'],
      ),
    )
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues: Issue[] = []
  const quantileType = options.quantileType ?? 7
  if (!(Number.isInteger(quantileType) && quantileType >= 1 && quantileType <= 9))
    issues.push(
      issue('invalid_value', `quantileType must be 1 to 9, received ${quantileType}`, [
        'quantileType',
      ]),
    )
  const tolerance = options.tolerance ?? 0
  if (!(Number.isFinite(tolerance) && tolerance >= 0))
    issues.push(
      issue(
        'out_of_range',
        `tolerance must be a finite number of 0 or more, received ${tolerance}`,
        ['tolerance'],
      ),
    )
  if (values.length === 0) issues.push(issue('empty_input', 'no units to benchmark', ['values']))
  values.forEach((each, index) => {
    if (!Number.isFinite(each.value)) {
      issues.push(
        issue(
          'invalid_value',
          `unit ${each.unit}: value must be a finite number, received ${each.value}`,
          ['values', index, 'value'],
          { row: index, column: 'value' },
        ),
      )
    }
  })
  if (typeof options.benchmark === 'number' && !Number.isFinite(options.benchmark)) {
    issues.push(
      issue('invalid_value', `benchmark must be 'median' or a finite number`, ['benchmark']),
    )
  }
  if (issues.length > 0)
    return resultFrom(undefined as unknown as Benchmark, issues, 'invalid_argument')
  const type = options.quantileType ?? 7
  const sorted = Float64Array.from(values, (each) => each.value).sort()
  const median = quantileOfSorted(sorted, 0.5, type)
  const lowerQuartile = quantileOfSorted(sorted, 0.25, type)
  const upperQuartile = quantileOfSorted(sorted, 0.75, type)
  const benchmark = typeof options.benchmark === 'number' ? options.benchmark : median
  const better = (a: number, b: number) => (options.goodDirection === 'higher' ? a > b : a < b)
  const units = values.map((each) => {
    let rank = 1
    for (const other of values) if (better(other.value, each.value)) rank += 1
    const quartile: 1 | 2 | 3 | 4 =
      each.value <= lowerQuartile
        ? 1
        : each.value <= median
          ? 2
          : each.value <= upperQuartile
            ? 3
            : 4
    const ratingOptions = {
      goodDirection: options.goodDirection,
      tolerance: options.tolerance ?? 0,
    }
    return {
      unit: each.unit,
      value: each.value,
      rank,
      quartile,
      rating: ragRating(each.value, benchmark, ratingOptions),
    }
  })
  return resultFrom(
    { count: values.length, median, lowerQuartile, upperQuartile, benchmark, units },
    [],
  )
}
