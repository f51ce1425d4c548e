import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile'

/**
 * Exact Poisson funnel limits for an indirectly standardised ratio (observed / expected) at
 * expected count `expected`, computed as FunnelPlotR does (NHS-R, `build_limits_lookup` and
 * `calculate_limits`): the chi-square form of the Poisson confidence limits, on a continuous
 * expected count.
 *
 * Formula: `lower = θ · χ²(α/2; 2E) / (2E)`, `upper = θ · χ²(1 − α/2; 2(E + 1)) / (2E)` with
 * `α = 1 − level`. FunnelPlotR's own tests give 0.6108260 / 1.544419 (95%) and
 * 0.4479107 / 1.902094 (99.8%) for θ = 1, E = 20.
 *
 * @example
 * ```ts
 * import { poissonRatioLimits } from '@oneworkforce/benchmarking'
 *
 * poissonRatioLimits(20, 1, 0.95) // { lower: 0.6108..., upper: 1.5444... }
 * ```
 */
export function poissonRatioLimits(
  expected: number,
  target: number,
  level: number,
): { readonly lower: number; readonly upper: number } {
  const alpha = 1 - level
  const lower = (target * chisquareQuantile(alpha / 2, 2 * expected)) / 2 / expected
  const upper = (target * chisquareQuantile(1 - alpha / 2, 2 * (expected + 1))) / 2 / expected
  return { lower, upper }
}
