import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { GoodDirection } from '../direction'
import { NO_VALUE } from '../internal/guard'
import { monthIndex } from '../internal/month-index'
import { checkList, checkOptionFields } from '../internal/shape'
import { checkTrajectory, type TargetChange, TRAJECTORY_FIELDS, targetValue } from './trajectory'

/** One unit's observed value in one month. */
export interface TargetObservation {
  readonly unit: string
  readonly month: string
  readonly value: number
}

/** Options of {@link trackTargets}. */
export interface TrackTargetsOptions {
  /** Month each unit's baseline is read from. */
  readonly baselineMonth: string
  /** Month the target should be met by. */
  readonly targetMonth: string
  readonly target: TargetChange
  /** Which way is good (`lower` for vacancy rates, `higher` for retention). */
  readonly goodDirection: GoodDirection
  /** How far on the bad side of the trajectory still counts as on track, in the indicator's units; 0 by default. */
  readonly tolerance?: number
}

/**
 * Whether a unit is on track: `ahead` (better than planned by more than the tolerance),
 * `on-track` (within the tolerance), `off-track` (worse by more than the tolerance).
 */
export type TrackStatus = 'ahead' | 'on-track' | 'off-track'

/** One unit's progress against its own trajectory at its latest observed month. */
export interface TargetProgress {
  readonly unit: string
  readonly baselineValue: number
  readonly targetValue: number
  readonly month: string
  readonly actual: number
  /** The trajectory's value at `month` (the target itself after the target month). */
  readonly planned: number
  /** actual − planned, in the indicator's units. */
  readonly gap: number
  readonly status: TrackStatus
}

/**
 * Tracks each unit against its own linear trajectory from its baseline (its value at
 * `baselineMonth`) to the target, and says whether it is on track at its latest month.
 *
 * When to use: "vacancy rates down by up to 1 percentage point by March 2028" (`absolute`,
 * −0.01, `lower`), "retention up 2%" (`relative`, 0.02, `higher`).
 *
 * @example
 * ```ts
 * import { trackTargets } from '@oneworkforce/benchmarking'
 *
 * const progress = trackTargets(
 *   [
 *     { unit: 'RJ1', month: '2025-03', value: 0.09 },
 *     { unit: 'RJ1', month: '2026-03', value: 0.084 },
 *   ],
 *   { baselineMonth: '2025-03', targetMonth: '2028-03', target: { kind: 'absolute', change: -0.01 }, goodDirection: 'lower', tolerance: 0.001 },
 * )
 * progress[0]?.status // 'ahead': planned 0.08667 after a year, actual 0.084
 * ```
 */
export function trackTargets(
  observations: readonly TargetObservation[],
  options: TrackTargetsOptions,
): TargetProgress[] {
  return unwrapResult(safeTrackTargets(observations, options))
}

/**
 * {@link trackTargets} returning a `Result`: a unit with no value at the baseline month gets a
 * warning naming it (and no progress row); bad months or values are errors.
 *
 * @example
 * ```ts
 * import { safeTrackTargets } from '@oneworkforce/benchmarking'
 *
 * const result = safeTrackTargets([{ unit: 'A', month: '2026-01', value: 0.1 }], {
 *   baselineMonth: '2025-03', targetMonth: '2028-03', target: { kind: 'relative', change: 0.02 }, goodDirection: 'higher',
 * })
 * result.issues[0]?.message // 'unit A has no value at the baseline month 2025-03 ...'
 * ```
 */
export function safeTrackTargets(
  observations: readonly TargetObservation[],
  options: TrackTargetsOptions,
): Result<TargetProgress[]> {
  const { baselineValue: _unused, ...fields } = TRAJECTORY_FIELDS
  const shape = [
    ...checkList(observations, 'observations', { unit: 'text', month: 'text', value: 'number' }),
    ...checkOptionFields(
      options,
      { ...fields, goodDirection: 'direction', tolerance: '?number' },
      false,
    ),
  ]
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues: Issue[] = checkTrajectory(options)
  const tolerance = options.tolerance ?? 0
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    issues.push(
      issue('out_of_range', `tolerance must be 0 or more, received ${tolerance}`, ['tolerance']),
    )
  }
  observations.forEach((row, index) => {
    if (Number.isNaN(monthIndex(row.month))) {
      issues.push(
        issue(
          'invalid_value',
          `row ${index}: month must be YYYY-MM, received ${row.month}`,
          ['observations', index, 'month'],
          { row: index, column: 'month' },
        ),
      )
    }
    if (!Number.isFinite(row.value)) {
      issues.push(
        issue(
          'invalid_value',
          `row ${index}: value must be a finite number, received ${row.value}`,
          ['observations', index, 'value'],
          { row: index, column: 'value' },
        ),
      )
    }
  })
  if (issues.length > 0) return resultFrom([], issues, 'invalid_argument')
  const start = monthIndex(options.baselineMonth)
  const span = monthIndex(options.targetMonth) - start
  const byUnit = new Map<
    string,
    { baseline?: number; latest?: TargetObservation; latestIndex: number }
  >()
  for (const row of observations) {
    const entry = byUnit.get(row.unit) ?? { latestIndex: Number.NEGATIVE_INFINITY }
    const index = monthIndex(row.month)
    if (index === start) entry.baseline = row.value
    if (index > entry.latestIndex) {
      entry.latest = row
      entry.latestIndex = index
    }
    byUnit.set(row.unit, entry)
  }
  const progress: TargetProgress[] = []
  for (const [unit, entry] of byUnit) {
    if (entry.baseline === undefined || entry.latest === undefined) {
      issues.push(
        issue(
          'insufficient_data',
          `unit ${unit} has no value at the baseline month ${options.baselineMonth}, so it has no trajectory`,
          ['observations'],
          { severity: 'warning' },
        ),
      )
      continue
    }
    const goal = targetValue(entry.baseline, options.target)
    const elapsed = Math.min(span, Math.max(0, entry.latestIndex - start))
    const planned =
      elapsed === span ? goal : entry.baseline + ((goal - entry.baseline) * elapsed) / span
    const gap = entry.latest.value - planned
    const better = options.goodDirection === 'lower' ? -gap : gap
    const status: TrackStatus =
      options.goodDirection === 'neutral'
        ? Math.abs(gap) <= tolerance
          ? 'on-track'
          : 'off-track'
        : better > tolerance
          ? 'ahead'
          : better >= -tolerance
            ? 'on-track'
            : 'off-track'
    progress.push({
      unit,
      baselineValue: entry.baseline,
      targetValue: goal,
      month: entry.latest.month,
      actual: entry.latest.value,
      planned,
      gap,
      status,
    })
  }
  return resultFrom(progress, issues)
}
