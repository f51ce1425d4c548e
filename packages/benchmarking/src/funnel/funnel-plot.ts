import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { type GoodDirection, judgeSide } from '../direction'
import type { AxisLabel } from '../indicators/indicator-definitions'
import { checkLevel } from '../internal/checks'
import { checkOptionsObject, describe, isRecord, NO_VALUE } from '../internal/guard'
import {
  approximatedAt,
  type FunnelMethod,
  type FunnelType,
  funnelScale,
  METHODS_BY_TYPE,
} from './funnel-scale'
import {
  type FunnelLimit,
  limitsCalculator,
  type OverdispersionAdjustment,
  wideningApplies,
} from './limits-calculator'
import { estimateOverdispersion, type OverdispersionTrim } from './overdispersion'
import { zForLevel } from './z-for-level'

/** One unit (organisation, place...) on a funnel plot: its numerator and denominator. */
export interface FunnelUnitInput {
  /** The unit's name or code. */
  readonly unit: string
  /** Events: leavers, observed count, the top of the ratio. */
  readonly numerator: number
  /** Size: people at risk, expected count (ratios) or the bottom count. */
  readonly denominator: number
}

/** The limit and over-dispersion types of a funnel plot, documented where they are declared. */
export type { FunnelLimit, OverdispersionAdjustment }

/** The axes of a funnel plot: the unit's size (x) and its value (y), each with its unit. */
export interface FunnelAxes {
  readonly size: AxisLabel
  readonly value: AxisLabel
}

/** Options of {@link funnelPlot}. */
export interface FunnelPlotOptions {
  /** The kind of indicator. */
  readonly type: FunnelType
  /** Limit method; the first method of the type by default (`exact`, `poisson`, `log`). */
  readonly method?: FunnelMethod
  /** Centre line; pooled Σnumerator / Σdenominator for proportions and count ratios, 1 for ratios. */
  readonly target?: number
  /** Limit levels, default `[0.95, 0.998]`; the outermost decides `outlier`. */
  readonly levels?: readonly number[]
  /** Which way is good, to call outliers better or worse; `neutral` by default. */
  readonly goodDirection?: GoodDirection
  /** Overdispersion adjustment; `additive` by default, as FunnelPlotR. */
  readonly adjustment?: OverdispersionAdjustment
  /** Winsorise (default) or truncate (default for `shmi` ratios, as FunnelPlotR). */
  readonly trim?: OverdispersionTrim
  /** Fraction trimmed from each tail; 0.1 by default. */
  readonly trimFraction?: number
  /** Number of points in the limits curve, 2 to 10,000; 100 by default. */
  readonly curvePoints?: number
  /**
   * Axis labels with units, returned in `axes` for the chart; by default generic ones for the
   * type. For an indicator use its definition's: `{ size: INDICATOR_DEFINITIONS[name].sizeAxis,
   * value: INDICATOR_DEFINITIONS[name].valueAxis }`.
   */
  readonly axes?: Partial<FunnelAxes>
}

/** One unit's place on the funnel plot. */
export interface FunnelPlotUnit {
  readonly unit: string
  readonly numerator: number
  readonly denominator: number
  /** x-axis: the denominator (people at risk, expected count). */
  readonly size: number
  /** y-axis: numerator / denominator. */
  readonly value: number
  /** Unadjusted z-score on the method's scale (0 exactly on target). */
  readonly z: number
  /** z-score after the overdispersion adjustment (equal to `z` with none). */
  readonly adjustedZ: number
  /** Whether the unit's z-score was Winsorised or truncated when estimating overdispersion. */
  readonly trimmed: boolean
  /** The limits at the unit's size it is judged against (adjusted when an adjustment applies). */
  readonly limits: readonly FunnelLimit[]
  /** The highest level whose limits the unit falls outside, or null. */
  readonly outsideLevel: number | null
  /** True when the unit is outside the outermost limits. */
  readonly outlier: boolean
  /** Which side of the limits, when outside any. */
  readonly side: 'high' | 'low' | null
  /** Better or worse given the good direction, when outside any limits. */
  readonly direction: 'better' | 'worse' | 'neutral' | null
}

/** One point of the limits curve for drawing. */
export interface FunnelCurvePoint {
  readonly size: number
  /** Unadjusted limits at this size. */
  readonly limits: readonly FunnelLimit[]
  /** Limits after the overdispersion adjustment (equal to `limits` when none applies). */
  readonly adjustedLimits: readonly FunnelLimit[]
}

/** A funnel plot's data: units, limits curve and the overdispersion estimate. */
export interface FunnelPlot {
  readonly type: FunnelType
  readonly method: FunnelMethod
  readonly target: number
  readonly levels: readonly number[]
  readonly adjustment: OverdispersionAdjustment
  readonly overdispersion: {
    /** φ: mean squared trimmed z-score. */
    readonly phi: number
    /** τ²: DerSimonian-Laird between-unit variance on the method's scale. */
    readonly tau2: number
    readonly trim: OverdispersionTrim
    readonly trimFraction: number
    readonly unitsUsed: number
    /** Whether the adjustment actually widened the limits (φ > 1 or τ² > 0). */
    readonly applied: boolean
  }
  readonly units: readonly FunnelPlotUnit[]
  readonly curve: readonly FunnelCurvePoint[]
  /** Axis labels with units for drawing the plot. */
  readonly axes: FunnelAxes
}

/** Generic axis labels by funnel type, used when `axes` is not given. */
const DEFAULT_AXES: Readonly<Record<FunnelType, FunnelAxes>> = {
  proportion: {
    size: { label: 'denominator', unit: 'count' },
    value: { label: 'numerator ÷ denominator', unit: 'proportion' },
  },
  ratio: {
    size: { label: 'expected count', unit: 'events' },
    value: { label: 'observed ÷ expected', unit: 'ratio' },
  },
  'count-ratio': {
    size: { label: 'denominator count', unit: 'count' },
    value: { label: 'numerator ÷ denominator', unit: 'ratio' },
  },
}

/**
 * Most units a funnel plot takes, checked before any per-unit array is made.
 *
 * @example
 * ```ts
 * import { MAX_FUNNEL_UNITS } from '@oneworkforce/benchmarking'
 *
 * MAX_FUNNEL_UNITS // 100000
 * ```
 */
export const MAX_FUNNEL_UNITS = 100_000

/**
 * Builds a funnel plot: each unit's value, z-score and outlier flag, control limits around the
 * target at any levels, overdispersion (φ and τ²) with adjusted limits, and a limits curve over
 * the size range for drawing.
 *
 * Methods (Spiegelhalter 2005, "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 24:1185; NHS-R FunnelPlotR as the reference implementation):
 * - proportions: `exact` binomial limits with Spiegelhalter's interpolation (Appendix A.1.1),
 *   `wilson`, `normal` (θ ± z√(θ(1−θ)/n)) or `arcsine` (sin²(asin√θ ± z·s), s = 1/(2√n), as
 *   FunnelPlotR's "PR");
 * - indirectly standardised ratios: `poisson` (exact chi-square limits as FunnelPlotR),
 *   `poisson-interpolated` (Spiegelhalter's interpolated exact Poisson limits, Appendix A.1.2,
 *   {@link poissonInterpolatedLimit}), `shmi` (log scale, s = 1/√E, exp(log θ ± z√(s² + τ²)))
 *   or `cqc` (square-root scale, s = 1/(2√E), (√θ ± z√(s² + τ²))²);
 * - ratios of counts: log scale, `Y = log((O + 0.5)/(D + 0.5))`, s² = (1 + θ)/(θD).
 *
 * z = (Y − T)/s on the method's scale; overdispersion from {@link estimateOverdispersion};
 * adjusted z = (Y − T)/√(s² + τ²) (additive) or z/√φ (multiplicative). Exact methods
 * (`exact`, `wilson`, `poisson`) give the unadjusted limits; when an adjustment widens them the
 * adjusted limits are on the method's scale (normal for `exact`/`wilson`, square root for
 * `poisson`, as FunnelPlotR switches Poisson to the SHMI/CQC scale).
 *
 * Where we differ from FunnelPlotR: the target of proportions is on the proportion scale for
 * `exact`, `wilson` and `normal` (FunnelPlotR has arcsine only); ratio-of-counts limits use the
 * standard error under the null, √((1 + θ)/(θD)), rather than FunnelPlotR's 1/(2√D) so the
 * curve and the unit's z agree; a ratio with no observed events uses 0.5 in the SHMI log;
 * CQC limits are squared back to the ratio scale as in FunnelPlotR's `build_limits_lookup`.
 *
 * @example
 * ```ts
 * import { funnelPlot } from '@oneworkforce/benchmarking'
 *
 * const plot = funnelPlot(
 *   [
 *     { unit: 'A', numerator: 12, denominator: 100 },
 *     { unit: 'B', numerator: 60, denominator: 400 },
 *     { unit: 'C', numerator: 30, denominator: 150 },
 *   ],
 *   { type: 'proportion', goodDirection: 'lower' },
 * )
 * plot.units.map((unit) => unit.outsideLevel) // which units fall outside which limits
 * ```
 */
export function funnelPlot(
  units: readonly FunnelUnitInput[],
  options: FunnelPlotOptions,
): FunnelPlot {
  return unwrapResult(safeFunnelPlot(units, options))
}

/**
 * {@link funnelPlot} returning a `Result`, for any input: issues name the unit and field for a
 * zero denominator, a numerator above the denominator of a proportion, negative or non-finite
 * counts, a target outside its range, an unknown method, more than 100,000 units or a bad
 * `curvePoints`; a warning names the units whose exact limits were replaced by the normal
 * approximation (denominators above 1e7 for `exact`, expected counts above 1e6 for Poisson).
 *
 * @example
 * ```ts
 * import { safeFunnelPlot } from '@oneworkforce/benchmarking'
 *
 * const result = safeFunnelPlot([{ unit: 'A', numerator: 5, denominator: 0 }], { type: 'proportion' })
 * result.success // false: denominator 0
 * ```
 */
export function safeFunnelPlot(
  units: readonly FunnelUnitInput[],
  options: FunnelPlotOptions,
): Result<FunnelPlot> {
  const shape = checkShape(units, options)
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues = validate(units, options)
  if (issues.some((each) => each.severity === 'error')) {
    return resultFrom(undefined as unknown as FunnelPlot, issues, 'invalid_argument')
  }
  const { type } = options
  const method = options.method ?? (METHODS_BY_TYPE[type][0] as FunnelMethod)
  const levels = [...(options.levels ?? [0.95, 0.998])].sort((a, b) => a - b)
  const zs = levels.map(zForLevel)
  const goodDirection = options.goodDirection ?? 'neutral'
  const adjustment = options.adjustment ?? 'additive'
  const trim = options.trim ?? (type === 'ratio' && method === 'shmi' ? 'truncate' : 'winsorise')
  const trimFraction = options.trimFraction ?? 0.1
  let target = options.target ?? (type === 'ratio' ? 1 : pooled(units))
  if (type === 'proportion' && !(target > 0 && target < 1)) {
    return resultFrom(
      undefined as unknown as FunnelPlot,
      [
        ...issues,
        issue(
          'out_of_range',
          `the proportion target must be strictly between 0 and 1, received ${target}`,
          ['target'],
        ),
      ],
      'invalid_argument',
    )
  }
  if (type !== 'proportion' && !(target > 0)) {
    return resultFrom(
      undefined as unknown as FunnelPlot,
      [
        ...issues,
        issue('out_of_range', `the ${type} target must be above 0, received ${target}`, ['target']),
      ],
      'invalid_argument',
    )
  }
  target = Number(target)
  const scale = funnelScale(type, method, target)
  const n = units.length
  const y = new Float64Array(n)
  const s = new Float64Array(n)
  const z = new Float64Array(n)
  for (let i = 0; i < n; i += 1) {
    const unit = units[i] as FunnelUnitInput
    const yi = scale.unitY(unit.numerator, unit.denominator)
    const si = scale.standardError(unit.denominator)
    y[i] = yi
    s[i] = si
    z[i] = (yi - scale.transformedTarget) / si
    if (type === 'ratio' && method === 'shmi' && unit.numerator === 0) {
      issues.push(
        issue(
          'invalid_value',
          `unit ${unit.unit} has no observed events: its SHMI log z-score uses 0.5 instead of 0`,
          ['units', i, 'numerator'],
          { severity: 'warning' },
        ),
      )
    }
  }
  const od = estimateOverdispersion({ z, standardError: s, trim, trimFraction })
  issues.push(...od.issues)
  const widening = { adjustment, phi: od.phi, tau2: od.tau2 }
  const applied = wideningApplies(widening)
  const { limitsAt, inflation } = limitsCalculator(scale, levels, zs, widening)
  const approximated = units.filter((unit) => approximatedAt(method, unit.denominator, target))
  if (approximated.length > 0) {
    issues.push(
      issue(
        'too_large',
        `${approximated.length} unit(s) (${approximated
          .slice(0, 5)
          .map((unit) => unit.unit)
          .join(
            ', ',
          )}) are too large for exact ${method} limits; their limits use the normal approximation on the method's scale`,
        ['units'],
        { severity: 'warning' },
      ),
    )
  }

  const resultUnits: FunnelPlotUnit[] = new Array(n)
  for (let i = 0; i < n; i += 1) {
    const unit = units[i] as FunnelUnitInput
    const value = unit.numerator / unit.denominator
    const limits = limitsAt(unit.denominator, true)
    let outsideLevel: number | null = null
    let side: 'high' | 'low' | null = null
    for (const limit of limits) {
      if (value > limit.upper) {
        outsideLevel = limit.level
        side = 'high'
      } else if (value < limit.lower) {
        outsideLevel = limit.level
        side = 'low'
      }
    }
    const zi = z[i] as number
    const adjustedZ = !applied
      ? zi
      : adjustment === 'additive'
        ? ((y[i] as number) - scale.transformedTarget) / inflation(unit.denominator)
        : zi / Math.sqrt(od.phi)
    resultUnits[i] = {
      unit: unit.unit,
      numerator: unit.numerator,
      denominator: unit.denominator,
      size: unit.denominator,
      value,
      z: zi,
      adjustedZ,
      trimmed: od.trimmed[i] as boolean,
      limits,
      outsideLevel,
      outlier: outsideLevel !== null && outsideLevel === levels[levels.length - 1],
      side,
      direction: side === null ? null : judgeSide(side, goodDirection),
    }
  }
  const curve = curveSizes(units, type, method, options.curvePoints ?? 100).map((size) => ({
    size,
    limits: limitsAt(size, false),
    adjustedLimits: limitsAt(size, true),
  }))
  return resultFrom(
    {
      type,
      method,
      target,
      levels,
      adjustment,
      overdispersion: {
        phi: od.phi,
        tau2: od.tau2,
        trim,
        trimFraction,
        unitsUsed: od.unitsUsed,
        applied,
      },
      units: resultUnits,
      curve,
      axes: {
        size: options.axes?.size ?? DEFAULT_AXES[type].size,
        value: options.axes?.value ?? DEFAULT_AXES[type].value,
      },
    },
    issues,
  )
}

function pooled(units: readonly FunnelUnitInput[]): number {
  let numerator = 0
  let denominator = 0
  for (const unit of units) {
    numerator += unit.numerator
    denominator += unit.denominator
  }
  return numerator / denominator
}

function curveSizes(
  units: readonly FunnelUnitInput[],
  type: FunnelType,
  method: FunnelMethod,
  points: number,
): number[] {
  let min = Number.POSITIVE_INFINITY
  let max = 0
  for (const unit of units) {
    min = Math.min(min, unit.denominator)
    max = Math.max(max, unit.denominator)
  }
  const whole = type === 'proportion' && method === 'exact'
  if (whole) min = Math.max(1, Math.floor(min))
  const sizes: number[] = []
  const count = Math.max(2, Math.floor(points))
  const ratio = max / min
  for (let k = 0; k < count; k += 1) {
    const raw = min * ratio ** (k / (count - 1))
    const size = whole ? Math.round(raw) : raw
    if (sizes.length === 0 || size > (sizes[sizes.length - 1] as number)) sizes.push(size)
  }
  return sizes
}

function checkShape(units: unknown, options: unknown): Issue[] {
  const issues: Issue[] = []
  if (!isRecord(options)) {
    issues.push(...checkOptionsObject(options))
    if (options === undefined)
      issues.push(issue('required', 'options with a funnel type are required', ['options']))
  }
  if (!Array.isArray(units)) {
    issues.push(
      issue('invalid_type', `units must be an array, received ${describe(units)}`, ['units']),
    )
    return issues
  }
  if (units.length > MAX_FUNNEL_UNITS) {
    issues.push(
      issue(
        'too_large',
        `a funnel plot takes at most ${MAX_FUNNEL_UNITS} units, received ${units.length}`,
        ['units'],
      ),
    )
    return issues
  }
  units.forEach((unit: unknown, index) => {
    if (!isRecord(unit) || typeof unit.unit !== 'string') {
      issues.push(
        issue(
          'invalid_type',
          `unit ${index} must be { unit: text, numerator, denominator }, received ${describe(unit)}`,
          ['units', index],
          { row: index },
        ),
      )
    }
  })
  if (isRecord(options)) {
    const { curvePoints, levels, axes } = options
    if (
      curvePoints !== undefined &&
      !(
        Number.isInteger(curvePoints) &&
        (curvePoints as number) >= 2 &&
        (curvePoints as number) <= 10_000
      )
    ) {
      issues.push(
        issue(
          'out_of_range',
          `curvePoints must be a whole number from 2 to 10,000, received ${describe(curvePoints)}`,
          ['curvePoints'],
        ),
      )
    }
    if (levels !== undefined && !Array.isArray(levels))
      issues.push(
        issue('invalid_type', `levels must be an array, received ${describe(levels)}`, ['levels']),
      )
    if (axes !== undefined && !isRecord(axes))
      issues.push(
        issue('invalid_type', `axes must be { size, value }, received ${describe(axes)}`, ['axes']),
      )
  }
  return issues
}

function validate(units: readonly FunnelUnitInput[], options: FunnelPlotOptions): Issue[] {
  const issues: Issue[] = []
  if (!Object.hasOwn(METHODS_BY_TYPE, options.type)) {
    issues.push(
      issue(
        'invalid_value',
        `type must be proportion, ratio or count-ratio, received ${String(options.type)}`,
        ['type'],
      ),
    )
    return issues
  }
  const choices = [
    ['adjustment', options.adjustment, ['none', 'multiplicative', 'additive']],
    ['trim', options.trim, ['winsorise', 'truncate']],
    ['goodDirection', options.goodDirection, ['higher', 'lower', 'neutral']],
  ] as const
  for (const [key, value, allowed] of choices) {
    if (value !== undefined && !(allowed as readonly unknown[]).includes(value)) {
      issues.push(
        issue(
          'invalid_value',
          `${key} must be one of ${allowed.join(', ')}, received ${describe(value)}`,
          [key],
        ),
      )
    }
  }
  const methods = METHODS_BY_TYPE[options.type]
  if (options.method !== undefined && !methods.includes(options.method)) {
    issues.push(
      issue(
        'invalid_value',
        `method ${options.method} does not apply to ${options.type}; use one of ${methods.join(', ')}`,
        ['method'],
      ),
    )
  }
  ;(options.levels ?? []).forEach((level, index) => {
    issues.push(...checkLevel(level, ['levels', index]))
  })
  if (options.levels !== undefined && options.levels.length === 0) {
    issues.push(issue('empty_input', 'levels must name at least one limit level', ['levels']))
  }
  const fraction = options.trimFraction
  if (fraction !== undefined && !(fraction >= 0 && fraction < 0.5)) {
    issues.push(
      issue('out_of_range', `trimFraction must be from 0 to below 0.5, received ${fraction}`, [
        'trimFraction',
      ]),
    )
  }
  if (options.target !== undefined && !Number.isFinite(options.target)) {
    issues.push(
      issue('invalid_value', `target must be a finite number, received ${options.target}`, [
        'target',
      ]),
    )
  }
  if (units.length === 0)
    issues.push(issue('empty_input', 'a funnel plot needs at least one unit', ['units']))
  const exact = options.type === 'proportion' && (options.method ?? 'exact') === 'exact'
  const seen = new Set<string>()
  units.forEach((unit, index) => {
    const where = { row: index }
    if (seen.has(unit.unit))
      issues.push(
        issue(
          'duplicate_key',
          `unit ${unit.unit} appears more than once`,
          ['units', index, 'unit'],
          where,
        ),
      )
    seen.add(unit.unit)
    const { numerator, denominator } = unit
    if (!Number.isFinite(numerator) || numerator < 0) {
      issues.push(
        issue(
          'out_of_range',
          `unit ${unit.unit}: numerator must be a finite count of 0 or more, received ${numerator}`,
          ['units', index, 'numerator'],
          { ...where, column: 'numerator' },
        ),
      )
    }
    if (!Number.isFinite(denominator) || denominator <= 0) {
      issues.push(
        issue(
          'out_of_range',
          `unit ${unit.unit}: denominator must be above 0, received ${denominator} (no rate can be computed)`,
          ['units', index, 'denominator'],
          { ...where, column: 'denominator' },
        ),
      )
    }
    if (options.type === 'proportion' && numerator > denominator) {
      issues.push(
        issue(
          'out_of_range',
          `unit ${unit.unit}: a proportion's numerator (${numerator}) cannot exceed its denominator (${denominator})`,
          ['units', index, 'numerator'],
          { ...where, column: 'numerator' },
        ),
      )
    }
    if (exact && Number.isFinite(denominator) && !Number.isInteger(denominator)) {
      issues.push(
        issue(
          'invalid_value',
          `unit ${unit.unit}: exact binomial limits need a whole-number denominator, received ${denominator}; use method 'wilson' or 'normal'`,
          ['units', index, 'denominator'],
          { ...where, column: 'denominator' },
        ),
      )
    }
  })
  return issues
}
