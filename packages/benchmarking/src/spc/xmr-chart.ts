import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { GoodDirection } from '../direction'
import { checkOptionsObject, describe, isRecord, NO_VALUE } from '../internal/guard'
import { monthIndex, monthOfIndex } from '../internal/month-index'
import {
  type AssuranceIcon,
  kindOf,
  type SignalKind,
  signalsOf,
  type VariationIcon,
  variationIconOf,
  type XmrSignal,
} from './signals'
import { markRuns, markTrends, markTwoOfThree } from './special-cause-rules'

/** The signal types of an XmR chart, documented where they are declared (`signals.ts`). */
export type { AssuranceIcon, SignalKind, SpcRule, VariationIcon, XmrSignal } from './signals'

/** A target that applies from a month on (a stepped target line). */
export interface TargetStep {
  /** First month the target applies, `YYYY-MM`. */
  readonly from: string
  readonly value: number
}

/** A documented change point: the month a new phase starts and why (a new process, a policy). */
export interface ChangePoint {
  readonly month: string
  /** Why the process changed, shown with the phase; required. */
  readonly reason: string
}

/** One observation of a monthly series. */
export interface SpcPoint {
  /** Calendar month, `YYYY-MM`. */
  readonly month: string
  /** The indicator's value that month (a rate as a fraction, a count...). */
  readonly value: number
}

/**
 * Which two-of-three rule: `original` counts only points between two-thirds of the way to a
 * limit and the limit (NHSRplotthedots, the default); `nhse-2023` also counts points beyond
 * the limits, as NHS England's 2023 Making Data Count update.
 */
export type TwoOfThreeVersion = 'original' | 'nhse-2023'

/** Options of {@link xmrChart}. */
export interface XmrOptions {
  /** Which way is good; `neutral` by default (signals are then high or low, not better or worse). */
  readonly goodDirection?: GoodDirection
  /** Exclude moving ranges of 3.267 × the mean moving range or more before the limits; true by default. */
  readonly screenMovingRanges?: boolean
  /** Points one side of the mean that make a shift; 7 by default (6 selectable). */
  readonly runLength?: number
  /** Points rising or falling that make a trend; 7 by default (6 selectable). */
  readonly trendLength?: number
  /** Version of the two-of-three rule; `original` by default. */
  readonly twoOfThree?: TwoOfThreeVersion
  /**
   * The target line: one value, or steps that each apply from a month on (months before the
   * first step have none). Each point carries its target; assurance uses the latest point's.
   */
  readonly target?: number | readonly TargetStep[]
  /** Months where a new phase starts (rebasing): limits are recomputed from each. */
  readonly rebaseAt?: readonly string[]
  /**
   * Documented change points: rebase at each month, with the reason carried on the phase (NHS
   * England Making Data Count: recalculate limits only at a known, sustained change).
   */
  readonly changePoints?: readonly ChangePoint[]
  /** Compute the mean and limits of each phase from its first n points only (a baseline). */
  readonly fixAfter?: number
}

/**
 * A point's variation type, as the Making Data Count icons: common cause, special-cause
 * improvement or concern (with a good direction), or neutral high / low (without).
 */
export type XmrVariation =
  | 'common-cause'
  | 'improvement'
  | 'concern'
  | 'neutral-high'
  | 'neutral-low'

/**
 * Assurance against a target: `pass` (the target lies beyond the limit on the bad side, so the
 * process consistently passes), `fail` (beyond the limit on the good side), `inconsistent`
 * (the target lies inside the limits).
 */
export type XmrAssurance = 'pass' | 'fail' | 'inconsistent'

/** One point of an XmR chart with its limits and special-cause flags. */
export interface XmrChartPoint {
  readonly month: string
  readonly value: number
  /** 0-based phase (rebase group). */
  readonly phase: number
  readonly mean: number
  /** |value − previous value| within the phase; null for a phase's first point. */
  readonly movingRange: number | null
  readonly lowerLimit: number
  readonly upperLimit: number
  /** Beyond the process limits. */
  readonly outsideLimits: boolean
  /** Part of a run of `runLength` points one side of the mean. */
  readonly run: boolean
  /** Part of a trend of `trendLength` points rising or falling. */
  readonly trend: boolean
  /** One of two (of three) points close to a limit on the same side. */
  readonly twoOfThree: boolean
  readonly specialCause: boolean
  readonly variation: XmrVariation
  /** The point's one signal kind (improvement, concern or neutral), null for common cause. */
  readonly signal: SignalKind | null
  /** The Making Data Count variation icon of the point. */
  readonly variationIcon: VariationIcon
  /** The target that applies to the month, null when none does (the target line). */
  readonly target: number | null
}

/** The limits of one phase. */
export interface XmrPhase {
  readonly phase: number
  readonly start: string
  readonly end: string
  readonly points: number
  /** Points the mean and limits were computed from (a baseline when `fixAfter` is set). */
  readonly baselinePoints: number
  readonly mean: number
  readonly meanMovingRange: number
  /** Moving ranges excluded by screening. */
  readonly excludedMovingRanges: number
  readonly lowerLimit: number
  readonly upperLimit: number
  /** Why the phase starts: the change point's reason, `rebased` for `rebaseAt`, null for the first. */
  readonly reason: string | null
}

/** An XmR chart's data: every point with flags, each phase's limits and the assurance. */
export interface XmrChart {
  readonly points: readonly XmrChartPoint[]
  readonly phases: readonly XmrPhase[]
  /** Assurance of the last phase against the target; null without a target or direction. */
  readonly assurance: XmrAssurance | null
  /** Variation of the latest point (the Making Data Count variation icon). */
  readonly latestVariation: XmrVariation
  /** Every special-cause signal: a rule, one kind, and the consecutive months it flags. */
  readonly signals: readonly XmrSignal[]
  /** The Making Data Count variation icon of the latest point. */
  readonly latestVariationIcon: VariationIcon
  /** The Making Data Count assurance icon; null without a target or direction. */
  readonly assuranceIcon: AssuranceIcon | null
}

/** Largest magnitude of a value: beyond it moving ranges and limits could overflow to Infinity. */
const MAX_MAGNITUDE = 1e150

/** XmR constant for natural process limits (Wheeler): 3 / d2 with d2 = 1.128. */
const LIMIT = 2.66
/** Upper range limit factor D4 for moving ranges of two points. */
const SCREEN = 3.267
const SHORT_PHASE = 12

/**
 * Builds an XmR (individuals and moving range) chart with NHS England's Making Data Count rules.
 *
 * Formulas (Wheeler, "Understanding Variation"; NHS England Making Data Count; NHS-R
 * NHSRplotthedots `ptd_spc_standard`): centre = mean; moving range MRᵢ = |xᵢ − xᵢ₋₁|; with
 * screening, moving ranges ≥ 3.267 × mean MR are excluded and the mean MR recomputed; limits =
 * mean ± 2.66 × mean MR. Special-cause rules (each point may carry several):
 * - a point strictly outside the limits;
 * - a run of `runLength` (7) points strictly on one side of the mean (a point on the mean breaks it);
 * - a trend of `trendLength` (7) points each strictly above (or below) the last: 7 points = 6
 *   rises, as NHSRplotthedots counts it; a tie breaks the trend;
 * - two of three consecutive points beyond two-thirds of the way to a limit, with all three on
 *   the same side of the mean (as NHSRplotthedots); `nhse-2023` also counts points beyond the
 *   limits.
 *
 * Each flagged point is an improvement or a concern by the good direction: by the point's side
 * of the mean for the limits, run and two-of-three rules, and by the trend's direction for a
 * trend (as NHSRplotthedots' `ptd_point_type`); when rules disagree, the order is outside limits,
 * two-of-three, run, trend. Assurance (NHSRplotthedots `ptd_calculate_assurance_type`): a target
 * above the upper limit is a consistent fail when higher is better, a pass when lower is better;
 * below the lower limit the reverse; inside the limits inconsistent.
 *
 * Rebasing (`changePoints`, with a documented reason, or `rebaseAt`) splits the series into
 * phases with their own limits; `fixAfter` computes each phase's mean and moving ranges from its
 * first n points and extends those limits.
 *
 * Output for a reader: each point carries exactly one `signal` kind (improvement, concern or
 * neutral, by the order above), `signals` lists each rule's flagged stretches with one kind each,
 * and `variationIcon`, `latestVariationIcon` and `assuranceIcon` name the Making Data Count
 * icons (`special-cause-concern-high`, `consistently-fail`...) for the caller to draw. Each point
 * carries its `target` for drawing the target line.
 *
 * @example
 * ```ts
 * import { xmrChart } from '@oneworkforce/benchmarking'
 * import { monthSequence } from '@oneworkforce/schemas'
 *
 * const values = [0.09, 0.1, 0.095, 0.1, 0.105, 0.11, 0.1, 0.098, 0.102, 0.1, 0.097, 0.101, 0.16]
 * const months = monthSequence('2024-01', values.length)
 * const chart = xmrChart(
 *   values.map((value, i) => ({ month: months[i] as string, value })),
 *   { goodDirection: 'lower', target: 0.08 },
 * )
 * chart.latestVariation // 'concern': the last point is above the upper limit
 * ```
 */
export function xmrChart(points: readonly SpcPoint[], options: XmrOptions = {}): XmrChart {
  return unwrapResult(safeXmrChart(points, options))
}

/**
 * {@link xmrChart} returning a `Result`, for any input: errors for missing months, duplicate
 * months, non-finite values or values beyond ±1e150 (whose moving ranges would overflow), a
 * phase with fewer than two points, a change point without a reason, or bad options; a warning
 * for a phase shorter than 12 points (as NHSRplotthedots: "trial limits").
 *
 * @example
 * ```ts
 * import { safeXmrChart } from '@oneworkforce/benchmarking'
 *
 * const result = safeXmrChart([{ month: '2024-01', value: 1 }, { month: '2024-03', value: 2 }])
 * result.success // false: 2024-02 is missing
 * ```
 */
export function safeXmrChart(
  points: readonly SpcPoint[],
  options: XmrOptions = {},
): Result<XmrChart> {
  const shape = checkOptionsObject(options)
  if (!Array.isArray(points)) {
    shape.push(
      issue(
        'invalid_type',
        `points must be an array of { month, value }, received ${describe(points)}`,
        ['points'],
      ),
    )
  } else {
    points.forEach((point: unknown, i) => {
      if (!isRecord(point) || typeof point.month !== 'string' || typeof point.value !== 'number')
        shape.push(
          issue(
            'invalid_type',
            `point ${i} must be { month: 'YYYY-MM', value: number }, received ${describe(point)}`,
            ['points', i],
            { row: i },
          ),
        )
    })
  }
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues = validateOptions(options)
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const n = points.length
  if (n < 2)
    issues.push(
      issue('insufficient_data', `an XmR chart needs at least 2 points, received ${n}`, ['points']),
    )
  const months = new Float64Array(n)
  const values = new Float64Array(n)
  for (let i = 0; i < n; i += 1) {
    const point = points[i] as SpcPoint
    const index = monthIndex(point.month)
    if (Number.isNaN(index)) {
      issues.push(
        issue(
          'invalid_value',
          `point ${i}: month must be YYYY-MM, received ${point.month}`,
          ['points', i, 'month'],
          { row: i, column: 'month' },
        ),
      )
    }
    if (!Number.isFinite(point.value)) {
      issues.push(
        issue(
          'invalid_value',
          `point ${i} (${point.month}): value must be a finite number, received ${point.value}`,
          ['points', i, 'value'],
          { row: i, column: 'value' },
        ),
      )
    } else if (Math.abs(point.value) > MAX_MAGNITUDE) {
      issues.push(
        issue(
          'out_of_range',
          `point ${i} (${point.month}): value ${point.value} is beyond ±1e150, where moving ranges and limits overflow to Infinity; rescale the series (for example to thousands)`,
          ['points', i, 'value'],
          { row: i, column: 'value' },
        ),
      )
    }
    months[i] = index
    values[i] = point.value
    if (i > 0 && !Number.isNaN(index)) {
      const previous = months[i - 1] as number
      if (index === previous) {
        issues.push(
          issue(
            'duplicate_key',
            `month ${point.month} appears more than once`,
            ['points', i, 'month'],
            { row: i, column: 'month' },
          ),
        )
      } else if (index < previous) {
        issues.push(
          issue(
            'invalid_value',
            `points must be in month order: ${point.month} follows ${monthOfIndex(previous)}`,
            ['points', i, 'month'],
            { row: i, column: 'month' },
          ),
        )
      } else if (index > previous + 1) {
        issues.push(
          issue(
            'insufficient_data',
            `missing month${index - previous > 2 ? 's' : ''} ${monthOfIndex(previous + 1)}${index - previous > 2 ? ` to ${monthOfIndex(index - 1)}` : ''} between ${monthOfIndex(previous)} and ${point.month}: moving ranges need consecutive months`,
            ['points', i, 'month'],
            { row: i, column: 'month' },
          ),
        )
      }
    }
  }
  if (issues.some((each) => each.severity === 'error')) {
    return resultFrom(undefined as unknown as XmrChart, issues, 'invalid_argument')
  }
  // phase starts, each with its reason
  const starts = [0]
  const reasons = new Map<number, string>()
  const changes = [
    ...(options.rebaseAt ?? []).map((month) => ({ month, reason: 'rebased', key: 'rebaseAt' })),
    ...(options.changePoints ?? []).map((change) => ({ ...change, key: 'changePoints' })),
  ]
  for (const { month, reason, key } of changes) {
    const index = monthIndex(month)
    const at = months.indexOf(index)
    if (at < 0) {
      issues.push(issue('invalid_value', `rebase month ${month} is not in the series`, [key]))
    } else if (at > 0 && !starts.includes(at)) {
      starts.push(at)
      reasons.set(at, reason)
    } else if (at > 0 && key === 'changePoints') reasons.set(at, reason)
  }
  starts.sort((a, b) => a - b)
  for (let p = 0; p < starts.length; p += 1) {
    const size = (starts[p + 1] ?? n) - (starts[p] as number)
    const first = points[starts[p] as number]?.month
    if (size < 2) {
      issues.push(
        issue(
          'insufficient_data',
          `phase ${p} starting ${first} has ${size} point: a phase needs at least 2`,
          ['rebaseAt'],
        ),
      )
    } else if (size < SHORT_PHASE) {
      issues.push(
        issue(
          'insufficient_data',
          `phase ${p} starting ${first} has only ${size} points: its limits are trial limits until it has ${SHORT_PHASE} (NHSRplotthedots warns likewise)`,
          ['points'],
          { severity: 'warning' },
        ),
      )
    }
  }
  if (issues.some((each) => each.severity === 'error')) {
    return resultFrom(undefined as unknown as XmrChart, issues, 'invalid_argument')
  }
  const chart = buildChart(points, values, starts, reasons, options)
  const overflow = chart.phases.find(
    (phase) => !(Number.isFinite(phase.lowerLimit) && Number.isFinite(phase.upperLimit)),
  )
  if (overflow) {
    issues.push(
      issue(
        'out_of_range',
        `phase ${overflow.phase} starting ${overflow.start}: the mean moving range or the limits are not finite numbers (values too far apart); rescale the series`,
        ['points'],
      ),
    )
    return resultFrom(NO_VALUE, issues, 'invalid_argument')
  }
  return resultFrom(chart, issues)
}

function buildChart(
  points: readonly SpcPoint[],
  values: Float64Array,
  starts: readonly number[],
  reasons: ReadonlyMap<number, string>,
  options: XmrOptions,
): XmrChart {
  const n = values.length
  const goodDirection = options.goodDirection ?? 'neutral'
  const screen = options.screenMovingRanges ?? true
  const runLength = options.runLength ?? 7
  const trendLength = options.trendLength ?? 7
  const countOutside = (options.twoOfThree ?? 'original') === 'nhse-2023'
  const mean = new Float64Array(n)
  const lower = new Float64Array(n)
  const upper = new Float64Array(n)
  const movingRange = new Float64Array(n)
  const side = new Int8Array(n)
  const close = new Uint8Array(n)
  const outside = new Uint8Array(n)
  const run = new Uint8Array(n)
  const trend = new Uint8Array(n)
  const trendDirection = new Int8Array(n)
  const twoOfThree = new Uint8Array(n)
  const phases: XmrPhase[] = []
  const phaseOf = new Int32Array(n)

  for (let p = 0; p < starts.length; p += 1) {
    const start = starts[p] as number
    const end = starts[p + 1] ?? n
    const baseEnd = Math.min(end, start + (options.fixAfter ?? Number.POSITIVE_INFINITY))
    let sum = 0
    for (let i = start; i < baseEnd; i += 1) sum += values[i] as number
    const centre = sum / (baseEnd - start)
    let mrSum = 0
    for (let i = start + 1; i < baseEnd; i += 1)
      mrSum += Math.abs((values[i] as number) - (values[i - 1] as number))
    const mrCount = baseEnd - start - 1
    let meanMr = mrCount > 0 ? mrSum / mrCount : 0
    let excluded = 0
    if (screen && mrCount > 0) {
      const cut = SCREEN * meanMr
      let keptSum = 0
      let kept = 0
      for (let i = start + 1; i < baseEnd; i += 1) {
        const mr = Math.abs((values[i] as number) - (values[i - 1] as number))
        if (mr < cut) {
          keptSum += mr
          kept += 1
        }
      }
      excluded = mrCount - kept
      meanMr = kept > 0 ? keptSum / kept : 0
    }
    const lo = centre - LIMIT * meanMr
    const hi = centre + LIMIT * meanMr
    const nearLo = centre - ((2 * LIMIT) / 3) * meanMr
    const nearHi = centre + ((2 * LIMIT) / 3) * meanMr
    for (let i = start; i < end; i += 1) {
      const v = values[i] as number
      phaseOf[i] = p
      mean[i] = centre
      lower[i] = lo
      upper[i] = hi
      movingRange[i] = i > start ? Math.abs(v - (values[i - 1] as number)) : Number.NaN
      const out = v > hi || v < lo
      outside[i] = out ? 1 : 0
      side[i] = v > centre ? 1 : v < centre ? -1 : 0
      close[i] = (countOutside || !out) && (v > nearHi || v < nearLo) ? 1 : 0
    }
    markRuns(side.subarray(start, end), runLength, run.subarray(start, end))
    markTrends(
      values.subarray(start, end),
      trendLength,
      trend.subarray(start, end),
      trendDirection.subarray(start, end),
    )
    markTwoOfThree(
      close.subarray(start, end),
      side.subarray(start, end),
      twoOfThree.subarray(start, end),
    )
    phases.push({
      phase: p,
      start: (points[start] as SpcPoint).month,
      end: (points[end - 1] as SpcPoint).month,
      points: end - start,
      baselinePoints: baseEnd - start,
      mean: centre,
      meanMovingRange: meanMr,
      excludedMovingRanges: excluded,
      lowerLimit: lo,
      upperLimit: hi,
      reason: p === 0 ? null : (reasons.get(start) ?? 'rebased'),
    })
  }
  const targetOf = targetLine(points, options.target)

  const result: XmrChartPoint[] = new Array(n)
  for (let i = 0; i < n; i += 1) {
    const special = outside[i] === 1 || run[i] === 1 || trend[i] === 1 || twoOfThree[i] === 1
    let high = 0
    if (special) {
      high =
        outside[i] === 1 || twoOfThree[i] === 1 || run[i] === 1
          ? (side[i] as number)
          : (trendDirection[i] as number)
      if (high === 0) high = trendDirection[i] as number
    }
    const mr = movingRange[i] as number
    const signal = special ? kindOf(high, goodDirection) : null
    result[i] = {
      month: (points[i] as SpcPoint).month,
      value: values[i] as number,
      phase: phaseOf[i] as number,
      mean: mean[i] as number,
      movingRange: Number.isNaN(mr) ? null : mr,
      lowerLimit: lower[i] as number,
      upperLimit: upper[i] as number,
      outsideLimits: outside[i] === 1,
      run: run[i] === 1,
      trend: trend[i] === 1,
      twoOfThree: twoOfThree[i] === 1,
      specialCause: special,
      variation: variationOf(special, high, goodDirection),
      signal,
      variationIcon: variationIconOf(signal, high),
      target: targetOf[i] ?? null,
    }
  }
  const last = phases[phases.length - 1] as XmrPhase
  const latest = result[n - 1] as XmrChartPoint
  const assurance = assuranceOf(latest.target ?? undefined, last, goodDirection)
  const signals = signalsOf(
    result,
    phaseOf,
    {
      'outside-limits': { flag: outside, direction: side },
      'two-of-three': { flag: twoOfThree, direction: side },
      run: { flag: run, direction: side },
      trend: { flag: trend, direction: trendDirection },
    },
    goodDirection,
  )
  return {
    points: result,
    phases,
    assurance,
    latestVariation: latest.variation,
    signals,
    latestVariationIcon: latest.variationIcon,
    assuranceIcon: assurance === null ? null : ASSURANCE_ICONS[assurance],
  }
}

const ASSURANCE_ICONS: Readonly<Record<XmrAssurance, AssuranceIcon>> = {
  pass: 'consistently-pass',
  fail: 'consistently-fail',
  inconsistent: 'hit-and-miss',
}

/** The target applying to each point: one value throughout, or the latest step begun. */
function targetLine(
  points: readonly SpcPoint[],
  target: XmrOptions['target'],
): (number | undefined)[] {
  if (target === undefined) return []
  if (typeof target === 'number') return points.map(() => target)
  const steps = [...target].sort((a, b) => monthIndex(a.from) - monthIndex(b.from))
  return points.map((point) => {
    let value: number | undefined
    for (const step of steps)
      if (monthIndex(step.from) <= monthIndex(point.month)) value = step.value
    return value
  })
}

function variationOf(special: boolean, high: number, goodDirection: GoodDirection): XmrVariation {
  if (!special) return 'common-cause'
  if (goodDirection === 'neutral') return high >= 0 ? 'neutral-high' : 'neutral-low'
  return high > 0 === (goodDirection === 'higher') ? 'improvement' : 'concern'
}

function assuranceOf(
  target: number | undefined,
  phase: XmrPhase,
  goodDirection: GoodDirection,
): XmrAssurance | null {
  if (target === undefined || goodDirection === 'neutral') return null
  const higher = goodDirection === 'higher'
  if (target > phase.upperLimit) return higher ? 'fail' : 'pass'
  if (target < phase.lowerLimit) return higher ? 'pass' : 'fail'
  return 'inconsistent'
}

function validateOptions(options: XmrOptions): Issue[] {
  const issues: Issue[] = []
  for (const key of ['runLength', 'trendLength'] as const) {
    const value = options[key]
    if (value !== undefined && !(Number.isInteger(value) && value >= 2)) {
      issues.push(
        issue(
          'out_of_range',
          `${key} must be a whole number of at least 2 (7 by default, 6 selectable), received ${value}`,
          [key],
        ),
      )
    }
  }
  if (
    options.fixAfter !== undefined &&
    !(Number.isInteger(options.fixAfter) && options.fixAfter >= 2)
  ) {
    issues.push(
      issue(
        'out_of_range',
        `fixAfter must be a whole number of points, at least 2, received ${options.fixAfter}`,
        ['fixAfter'],
      ),
    )
  }
  const { target } = options
  if (target !== undefined && typeof target !== 'number' && !Array.isArray(target)) {
    issues.push(
      issue(
        'invalid_type',
        `target must be a number or steps [{ from, value }], received ${describe(target)}`,
        ['target'],
      ),
    )
  } else if (typeof target === 'number' && !Number.isFinite(target)) {
    issues.push(
      issue('invalid_value', `target must be a finite number, received ${target}`, ['target']),
    )
  } else if (Array.isArray(target)) {
    target.forEach((step: unknown, index) => {
      if (
        !isRecord(step) ||
        typeof step.from !== 'string' ||
        Number.isNaN(monthIndex(step.from)) ||
        typeof step.value !== 'number' ||
        !Number.isFinite(step.value)
      )
        issues.push(
          issue(
            'invalid_value',
            `target step ${index} must be { from: 'YYYY-MM', value: finite number }, received ${describe(step)}`,
            ['target', index],
          ),
        )
    })
  }
  for (const key of ['rebaseAt', 'changePoints'] as const) {
    const list: unknown = options[key]
    if (list !== undefined && !Array.isArray(list))
      issues.push(
        issue('invalid_type', `${key} must be an array, received ${describe(list)}`, [key]),
      )
  }
  if (Array.isArray(options.rebaseAt)) {
    options.rebaseAt.forEach((month: unknown, index) => {
      if (typeof month !== 'string' || Number.isNaN(monthIndex(month)))
        issues.push(
          issue(
            'invalid_value',
            `rebaseAt ${index} must be a month as YYYY-MM, received ${describe(month)}`,
            ['rebaseAt', index],
          ),
        )
    })
  }
  if (Array.isArray(options.changePoints)) {
    options.changePoints.forEach((change: unknown, index) => {
      if (
        !isRecord(change) ||
        typeof change.month !== 'string' ||
        Number.isNaN(monthIndex(change.month))
      )
        issues.push(
          issue(
            'invalid_value',
            `change point ${index} must be { month: 'YYYY-MM', reason }, received ${describe(change)}`,
            ['changePoints', index],
          ),
        )
      else if (typeof change.reason !== 'string' || change.reason.trim().length === 0)
        issues.push(
          issue(
            'required',
            `change point ${index} (${change.month}) needs a reason: rebase only at a documented change`,
            ['changePoints', index, 'reason'],
          ),
        )
    })
  }
  for (const key of ['goodDirection'] as const) {
    const value: unknown = options[key]
    if (value !== undefined && value !== 'higher' && value !== 'lower' && value !== 'neutral')
      issues.push(
        issue(
          'invalid_value',
          `goodDirection must be higher, lower or neutral, received ${describe(value)}`,
          [key],
        ),
      )
  }
  if (options.screenMovingRanges !== undefined && typeof options.screenMovingRanges !== 'boolean')
    issues.push(
      issue(
        'invalid_type',
        `screenMovingRanges must be true or false, received ${describe(options.screenMovingRanges)}`,
        ['screenMovingRanges'],
      ),
    )
  if (
    options.twoOfThree !== undefined &&
    options.twoOfThree !== 'original' &&
    options.twoOfThree !== 'nhse-2023'
  ) {
    issues.push(
      issue(
        'invalid_value',
        `twoOfThree must be 'original' or 'nhse-2023', received ${String(options.twoOfThree)}`,
        ['twoOfThree'],
      ),
    )
  }
  return issues
}
