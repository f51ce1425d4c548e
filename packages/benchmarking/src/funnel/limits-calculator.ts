import type { FunnelScale } from './funnel-scale'

/** A pair of limits at one level. */
export interface FunnelLimit {
  readonly level: number
  readonly lower: number
  readonly upper: number
}

/**
 * How overdispersion changes the limits: `none`; `multiplicative` (limits widened by √φ when
 * φ > 1, Spiegelhalter 2005 section 5); `additive` (random-effects limits with the
 * DerSimonian-Laird τ², as FunnelPlotR's `draw_adjusted`, the default).
 */
export type OverdispersionAdjustment = 'none' | 'multiplicative' | 'additive'

/** @internal The overdispersion a set of limits is widened by. */
export interface Widening {
  readonly adjustment: OverdispersionAdjustment
  readonly phi: number
  readonly tau2: number
}

/** @internal Whether a widening changes the limits at all. */
export function wideningApplies(widening: Widening): boolean {
  return (
    (widening.adjustment === 'additive' && widening.tau2 > 0) ||
    (widening.adjustment === 'multiplicative' && widening.phi > 1)
  )
}

/**
 * @internal Limits at any size for one scale, levels and widening: exact methods give the
 * unadjusted limits; with a widening that applies, adjusted limits are on the method's scale,
 * `inverse(T ± z·√(s² + τ²))` (additive) or `inverse(T ± z·s·√φ)` (multiplicative). Exact limits
 * are memoised by size (units often share one, and each costs a quantile search).
 */
export function limitsCalculator(
  scale: FunnelScale,
  levels: readonly number[],
  zs: readonly number[],
  widening: Widening,
): {
  limitsAt: (size: number, adjusted: boolean) => FunnelLimit[]
  inflation: (size: number) => number
} {
  const applied = wideningApplies(widening)
  const inflation = (size: number): number => {
    const se = scale.standardError(size)
    if (!applied) return se
    return widening.adjustment === 'additive'
      ? Math.sqrt(se * se + widening.tau2)
      : se * Math.sqrt(widening.phi)
  }
  const memo = new Map<number, FunnelLimit[]>()
  const compute = (size: number, adjusted: boolean): FunnelLimit[] =>
    levels.map((level, k) => {
      const z = zs[k] as number
      if (scale.exactLimits && !(adjusted && applied)) {
        const exact = scale.exactLimits(size, level, z)
        return { level, lower: exact.lower, upper: exact.upper }
      }
      const spread = z * (adjusted ? inflation(size) : scale.standardError(size))
      return {
        level,
        lower: scale.inverse(scale.transformedTarget - spread),
        upper: scale.inverse(scale.transformedTarget + spread),
      }
    })
  const limitsAt = (size: number, adjusted: boolean): FunnelLimit[] => {
    const exact = scale.exactLimits !== undefined && !(adjusted && applied)
    const cached = exact ? memo.get(size) : undefined
    if (cached) return cached
    const limits = compute(size, adjusted)
    if (exact) memo.set(size, limits)
    return limits
  }
  return { limitsAt, inflation }
}
