import { binomialFunnelLimit } from './binomial-limits'
import { POISSON_EXACT_LIMIT, poissonInterpolatedLimit } from './poisson-interpolated-limits'
import { poissonRatioLimits } from './poisson-limits'
import { wilsonFunnelLimits } from './wilson-limits'

/**
 * The kind of indicator on a funnel plot: a `proportion` (numerator ≤ denominator, e.g. leavers
 * / mean headcount), an indirectly standardised `ratio` (observed / expected, target 1), or a
 * `count-ratio` of two independent counts (e.g. leavers / joiners).
 */
export type FunnelType = 'proportion' | 'ratio' | 'count-ratio'

/**
 * How the limits are computed. Proportions: `exact` (binomial with Spiegelhalter's
 * interpolation, the default), `wilson`, `normal`, `arcsine` (FunnelPlotR's "PR"). Ratios:
 * `poisson` (exact chi-square limits, FunnelPlotR's unadjusted limits, the default),
 * `poisson-interpolated` (Spiegelhalter 2005 Appendix A.1.2: interpolated exact Poisson
 * quantiles), `shmi` (log scale) or `cqc` (square-root scale). Ratios of counts: `log`.
 *
 * Exact methods switch to the normal approximation on their scale above a size where the exact
 * computation stops being quick and stable: {@link BINOMIAL_EXACT_LIMIT} for `exact` and
 * {@link POISSON_EXACT_LIMIT} for `poisson` and `poisson-interpolated` (funnelPlot warns).
 */
export type FunnelMethod =
  | 'exact'
  | 'wilson'
  | 'normal'
  | 'arcsine'
  | 'poisson'
  | 'poisson-interpolated'
  | 'shmi'
  | 'cqc'
  | 'log'

/** @internal The scale on which z-scores and overdispersion are computed for one method. */
export interface FunnelScale {
  readonly transformedTarget: number
  /** Transformed value of a unit. */
  readonly unitY: (numerator: number, denominator: number) => number
  /** Standard error on the transformed scale at a size, under the null (unit on target). */
  readonly standardError: (size: number) => number
  /** Back from the transformed scale to the indicator's scale. */
  readonly inverse: (y: number) => number
  /** Exact unadjusted limits where the method has them. */
  readonly exactLimits?: (
    size: number,
    level: number,
    z: number,
  ) => { lower: number; upper: number }
}

const HALF_PI = Math.PI / 2

/** @internal Builds the scale of a funnel type and method around a target. */
export function funnelScale(type: FunnelType, method: FunnelMethod, target: number): FunnelScale {
  if (type === 'proportion') {
    if (method === 'arcsine') {
      return {
        transformedTarget: Math.asin(Math.sqrt(target)),
        unitY: (o, n) => Math.asin(Math.sqrt(o / n)),
        standardError: (n) => 1 / (2 * Math.sqrt(n)),
        inverse: (y) => Math.sin(Math.min(HALF_PI, Math.max(0, y))) ** 2,
      }
    }
    const scale: FunnelScale = {
      transformedTarget: target,
      unitY: (o, n) => o / n,
      standardError: (n) => Math.sqrt((target * (1 - target)) / n),
      inverse: (y) => Math.min(1, Math.max(0, y)),
    }
    if (method === 'exact') {
      return {
        ...scale,
        exactLimits: (n, level, z) =>
          n > BINOMIAL_EXACT_LIMIT
            ? normalLimits(scale, n, z)
            : {
                lower: binomialFunnelLimit((1 - level) / 2, n, target),
                upper: binomialFunnelLimit(1 - (1 - level) / 2, n, target),
              },
      }
    }
    if (method === 'wilson')
      return { ...scale, exactLimits: (n, _level, z) => wilsonFunnelLimits(n, target, z) }
    return scale
  }
  if (type === 'ratio') {
    if (method === 'shmi') {
      return {
        transformedTarget: Math.log(target),
        // A unit with no observed events has log(0) = −∞; 0.5 is the usual continuity correction.
        unitY: (o, e) => Math.log(Math.max(o, 0.5) / e),
        standardError: (e) => 1 / Math.sqrt(e),
        inverse: Math.exp,
      }
    }
    const scale: FunnelScale = {
      transformedTarget: Math.sqrt(target),
      unitY: (o, e) => Math.sqrt(o / e),
      standardError: (e) => 1 / (2 * Math.sqrt(e)),
      inverse: (y) => Math.max(0, y) ** 2,
    }
    if (method === 'poisson' || method === 'poisson-interpolated') {
      const exact =
        method === 'poisson'
          ? (e: number, level: number) => poissonRatioLimits(e, target, level)
          : (e: number, level: number) => ({
              lower: poissonInterpolatedLimit((1 - level) / 2, e, target),
              upper: poissonInterpolatedLimit(1 - (1 - level) / 2, e, target),
            })
      return {
        ...scale,
        exactLimits: (e, level, z) =>
          e * target > POISSON_EXACT_LIMIT ? normalLimits(scale, e, z) : exact(e, level),
      }
    }
    return scale
  }
  return {
    transformedTarget: Math.log(target),
    unitY: (o, d) => Math.log((o + 0.5) / (d + 0.5)),
    standardError: (d) => Math.sqrt((1 + target) / (target * d)),
    inverse: Math.exp,
  }
}

/**
 * Largest denominator for which `exact` binomial limits are computed; above it, the normal
 * approximation θ ± z√(θ(1 − θ)/n) (the exact quantile search slows to seconds at 1e13 and does
 * not finish at 1e16).
 *
 * @example
 * ```ts
 * import { BINOMIAL_EXACT_LIMIT } from '@oneworkforce/benchmarking'
 *
 * BINOMIAL_EXACT_LIMIT // 10000000
 * ```
 */
export const BINOMIAL_EXACT_LIMIT = 1e7

/** Whether a method's limits at a size come from the normal approximation instead. */
export function approximatedAt(method: FunnelMethod, size: number, target: number): boolean {
  if (method === 'exact') return size > BINOMIAL_EXACT_LIMIT
  if (method === 'poisson' || method === 'poisson-interpolated')
    return size * target > POISSON_EXACT_LIMIT
  return false
}

function normalLimits(scale: FunnelScale, size: number, z: number) {
  const spread = z * scale.standardError(size)
  return {
    lower: scale.inverse(scale.transformedTarget - spread),
    upper: scale.inverse(scale.transformedTarget + spread),
  }
}

/** @internal The methods each funnel type accepts, the first being its default. */
export const METHODS_BY_TYPE: Readonly<Record<FunnelType, readonly FunnelMethod[]>> = {
  proportion: ['exact', 'wilson', 'normal', 'arcsine'],
  ratio: ['poisson', 'poisson-interpolated', 'shmi', 'cqc'],
  'count-ratio': ['log'],
}
