import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { checkLevel } from '../internal/checks'
import { describe, isRecord, NO_VALUE } from '../internal/guard'
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
} from './limits-calculator'
import { zForLevel } from './z-for-level'

/** Options of {@link funnelLimits}: the same for every type and method. */
export interface FunnelLimitsOptions {
  /** Sizes to compute limits at: denominators, or expected counts for ratios. */
  readonly sizes: readonly number[]
  readonly type: FunnelType
  /** The type's first method by default (`exact`, `poisson`, `log`). */
  readonly method?: FunnelMethod
  /** Centre line: a proportion strictly between 0 and 1, or a ratio above 0 (1 for SHMI-like ratios). */
  readonly target: number
  /** Limit levels; `[0.95, 0.998]` by default. */
  readonly levels?: readonly number[]
  /** Widen the limits for overdispersion; `none` by default. */
  readonly adjustment?: OverdispersionAdjustment
  /** φ for a multiplicative adjustment (widens when above 1). */
  readonly phi?: number
  /** τ² on the method's scale for an additive adjustment. */
  readonly tau2?: number
}

/** The limits at one size. */
export interface FunnelLimitsAt {
  readonly size: number
  readonly limits: readonly FunnelLimit[]
  /** True when an exact method's limits came from the normal approximation (size above its limit). */
  readonly approximated: boolean
}

/** Most sizes one call takes. */
const MAX_SIZES = 100_000

/**
 * Funnel limits at any sizes for any type and method, with one call shape: the limits
 * {@link funnelPlot} draws, without units (for a chart's own grid of sizes, a target set by
 * policy, or a check against FunnelPlotR). Methods and formulas as in {@link funnelPlot}; with an
 * adjustment, limits are widened on the method's scale by φ or τ² as given.
 *
 * @example
 * ```ts
 * import { funnelLimits } from '@oneworkforce/benchmarking'
 *
 * const [at20] = funnelLimits({ sizes: [20], type: 'ratio', method: 'poisson', target: 1 })
 * at20?.limits // [{ level: 0.95, lower: 0.6108, upper: 1.5444 }, { level: 0.998, lower: 0.4479, upper: 1.9021 }]
 * ```
 */
export function funnelLimits(options: FunnelLimitsOptions): FunnelLimitsAt[] {
  return unwrapResult(safeFunnelLimits(options))
}

/**
 * {@link funnelLimits} returning a `Result`, for any input: issues for an unknown type or
 * method, sizes that are not positive finite numbers (whole for `exact`), a target outside its
 * range, bad levels, φ or τ², or more than 100,000 sizes.
 *
 * @example
 * ```ts
 * import { safeFunnelLimits } from '@oneworkforce/benchmarking'
 *
 * safeFunnelLimits({ sizes: [0], type: 'proportion', target: 0.1 }).success // false
 * ```
 */
export function safeFunnelLimits(options: FunnelLimitsOptions): Result<FunnelLimitsAt[]> {
  const issues = validate(options)
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const { type, target, sizes } = options
  const method = options.method ?? (METHODS_BY_TYPE[type][0] as FunnelMethod)
  const levels = [...(options.levels ?? [0.95, 0.998])].sort((a, b) => a - b)
  const widening = {
    adjustment: options.adjustment ?? 'none',
    phi: options.phi ?? 1,
    tau2: options.tau2 ?? 0,
  }
  const scale = funnelScale(type, method, target)
  const { limitsAt } = limitsCalculator(scale, levels, levels.map(zForLevel), widening)
  return resultFrom(
    sizes.map((size) => ({
      size,
      limits: limitsAt(size, true),
      approximated: approximatedAt(method, size, target),
    })),
    [],
  )
}

function validate(options: unknown): Issue[] {
  if (!isRecord(options))
    return [
      issue('invalid_type', `options must be an object, received ${describe(options)}`, [
        'options',
      ]),
    ]
  const issues: Issue[] = []
  const { type, method, target, sizes, levels, adjustment, phi, tau2 } = options
  if (typeof type !== 'string' || !Object.hasOwn(METHODS_BY_TYPE, type)) {
    return [
      issue(
        'invalid_value',
        `type must be proportion, ratio or count-ratio, received ${describe(type)}`,
        ['type'],
      ),
    ]
  }
  const methods = METHODS_BY_TYPE[type as FunnelType]
  if (method !== undefined && !methods.includes(method as FunnelMethod))
    issues.push(
      issue(
        'invalid_value',
        `method ${describe(method)} does not apply to ${type}; use one of ${methods.join(', ')}`,
        ['method'],
      ),
    )
  const proportion = type === 'proportion'
  if (
    typeof target !== 'number' ||
    !(proportion ? target > 0 && target < 1 : target > 0 && Number.isFinite(target))
  )
    issues.push(
      issue(
        'out_of_range',
        `target must be ${proportion ? 'strictly between 0 and 1' : 'a finite number above 0'}, received ${describe(target)}`,
        ['target'],
      ),
    )
  if (!Array.isArray(sizes)) {
    issues.push(
      issue('invalid_type', `sizes must be an array of sizes, received ${describe(sizes)}`, [
        'sizes',
      ]),
    )
  } else if (sizes.length > MAX_SIZES) {
    issues.push(
      issue('too_large', `at most ${MAX_SIZES} sizes, received ${sizes.length}`, ['sizes']),
    )
  } else {
    const whole = proportion && (method ?? 'exact') === 'exact'
    sizes.forEach((size: unknown, index) => {
      if (
        typeof size !== 'number' ||
        !(size > 0 && Number.isFinite(size)) ||
        (whole && !Number.isInteger(size))
      )
        issues.push(
          issue(
            'out_of_range',
            `size ${index} must be a ${whole ? 'whole number' : 'finite number'} above 0, received ${describe(size)}`,
            ['sizes', index],
          ),
        )
    })
  }
  if (levels !== undefined) {
    if (!Array.isArray(levels) || levels.length === 0)
      issues.push(
        issue('invalid_value', `levels must be a non-empty array, received ${describe(levels)}`, [
          'levels',
        ]),
      )
    else
      levels.forEach((level, index) => {
        issues.push(...checkLevel(level, ['levels', index]))
      })
  }
  if (
    adjustment !== undefined &&
    !['none', 'multiplicative', 'additive'].includes(adjustment as string)
  )
    issues.push(
      issue(
        'invalid_value',
        `adjustment must be none, multiplicative or additive, received ${describe(adjustment)}`,
        ['adjustment'],
      ),
    )
  for (const [key, value] of [
    ['phi', phi],
    ['tau2', tau2],
  ] as const) {
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0))
      issues.push(
        issue(
          'out_of_range',
          `${key} must be a finite number of 0 or more, received ${describe(value)}`,
          [key],
        ),
      )
  }
  return issues
}
