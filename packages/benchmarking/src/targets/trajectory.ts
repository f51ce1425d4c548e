import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { checkFinite } from '../internal/checks'
import { NO_VALUE } from '../internal/guard'
import { monthIndex, monthOfIndex } from '../internal/month-index'
import { checkOptionFields } from '../internal/shape'

/**
 * A target: an `absolute` change in the indicator's own units (−0.01 is "down 1 percentage point"
 * for a rate), a `relative` change (0.02 is "up 2%", baseline × 1.02), or a target `value`.
 */
export type TargetChange =
  | { readonly kind: 'absolute'; readonly change: number }
  | { readonly kind: 'relative'; readonly change: number }
  | { readonly kind: 'value'; readonly value: number }

/** Options of {@link trajectory}. */
export interface TrajectoryOptions {
  /** Month of the baseline value, `YYYY-MM`. */
  readonly baselineMonth: string
  /** The indicator's value at the baseline month. */
  readonly baselineValue: number
  /** Month by which the target should be met, `YYYY-MM` (e.g. `2028-03`). */
  readonly targetMonth: string
  readonly target: TargetChange
}

/** One month of a trajectory. */
export interface TrajectoryPoint {
  readonly month: string
  readonly value: number
}

/**
 * The target value a baseline implies: `baseline + change`, `baseline × (1 + change)`, or the
 * value itself.
 *
 * @example
 * ```ts
 * import { targetValue } from '@oneworkforce/benchmarking'
 *
 * targetValue(0.085, { kind: 'absolute', change: -0.01 }) // ≈ 0.075
 * ```
 */
export function targetValue(baseline: number, target: TargetChange): number {
  if (target.kind === 'absolute') return baseline + target.change
  if (target.kind === 'relative') return baseline * (1 + target.change)
  return target.value
}

/**
 * A linear monthly trajectory from a baseline to a target, one point per month from the baseline
 * month to the target month inclusive: `value(m) = baseline + (target − baseline) × m / M`,
 * where M is the number of months between them (the straight-line trajectory NHS England's
 * operational planning guidance asks systems to submit).
 *
 * @example
 * ```ts
 * import { trajectory } from '@oneworkforce/benchmarking'
 *
 * const path = trajectory({
 *   baselineMonth: '2025-03', baselineValue: 0.085, targetMonth: '2028-03',
 *   target: { kind: 'absolute', change: -0.01 },
 * })
 * path[path.length - 1] // { month: '2028-03', value: ≈ 0.075 }
 * ```
 */
export function trajectory(options: TrajectoryOptions): TrajectoryPoint[] {
  return unwrapResult(safeTrajectory(options))
}

/**
 * {@link trajectory} returning a `Result`: issues for malformed months, a target month not after
 * the baseline, or non-finite values.
 *
 * @example
 * ```ts
 * import { safeTrajectory } from '@oneworkforce/benchmarking'
 *
 * safeTrajectory({ baselineMonth: '2025-03', baselineValue: 1, targetMonth: '2024-03', target: { kind: 'value', value: 2 } }).success // false
 * ```
 */
export function safeTrajectory(options: TrajectoryOptions): Result<TrajectoryPoint[]> {
  const shape = checkOptionFields(options, TRAJECTORY_FIELDS, false)
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues = checkTrajectory(options)
  if (issues.length > 0) return resultFrom([], issues, 'invalid_argument')
  const start = monthIndex(options.baselineMonth)
  const months = monthIndex(options.targetMonth) - start
  const goal = targetValue(options.baselineValue, options.target)
  const points: TrajectoryPoint[] = []
  for (let m = 0; m <= months; m += 1) {
    const value =
      m === months ? goal : options.baselineValue + ((goal - options.baselineValue) * m) / months
    points.push({ month: monthOfIndex(start + m), value })
  }
  return resultFrom(points, [])
}

/** @internal The fields of trajectory options and their kinds. */
export const TRAJECTORY_FIELDS = {
  baselineMonth: 'text',
  baselineValue: 'number',
  targetMonth: 'text',
  target: 'target-change',
} as const

/** @internal Longest trajectory, in months (100 years), checked before the months are listed. */
export const MAX_TRAJECTORY_MONTHS = 1200

/** @internal Validation shared with the on-track assessment. */
export function checkTrajectory(
  options: Omit<TrajectoryOptions, 'baselineValue'> & { baselineValue?: number },
): Issue[] {
  const issues: Issue[] = []
  const start = monthIndex(options.baselineMonth)
  const end = monthIndex(options.targetMonth)
  if (Number.isNaN(start))
    issues.push(
      issue('invalid_value', `baselineMonth must be YYYY-MM, received ${options.baselineMonth}`, [
        'baselineMonth',
      ]),
    )
  if (Number.isNaN(end))
    issues.push(
      issue('invalid_value', `targetMonth must be YYYY-MM, received ${options.targetMonth}`, [
        'targetMonth',
      ]),
    )
  if (end - start > MAX_TRAJECTORY_MONTHS) {
    issues.push(
      issue(
        'too_large',
        `a trajectory spans at most ${MAX_TRAJECTORY_MONTHS} months (100 years); ${options.baselineMonth} to ${options.targetMonth} is ${end - start}`,
        ['targetMonth'],
      ),
    )
  }
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
    issues.push(
      issue(
        'out_of_range',
        `targetMonth (${options.targetMonth}) must be after baselineMonth (${options.baselineMonth})`,
        ['targetMonth'],
      ),
    )
  }
  if (options.baselineValue !== undefined)
    issues.push(...checkFinite(options.baselineValue, ['baselineValue'], 'baselineValue'))
  const target = options.target
  if (target.kind === 'value')
    issues.push(...checkFinite(target.value, ['target', 'value'], 'target value'))
  else if (target.kind === 'absolute' || target.kind === 'relative')
    issues.push(...checkFinite(target.change, ['target', 'change'], 'target change'))
  else
    issues.push(
      issue('invalid_value', `target kind must be absolute, relative or value`, ['target', 'kind']),
    )
  return issues
}
