import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf'
import binomialQuantile from '@stdlib/stats-base-dists-binomial-quantile'

/**
 * One exact binomial funnel limit for a proportion, with Spiegelhalter's interpolation so the
 * limit moves smoothly with the size instead of in steps.
 *
 * Formula (Spiegelhalter 2005, Statistics in Medicine 24:1185, Appendix A.1.1): for a
 * probability `p`, let `r` be the `p`-quantile of Binomial(n, θ) (the smallest r with
 * F(r) ≥ p), `α = (F(r) − p) / (F(r) − F(r − 1))`; the limit is `(r − α) / n`.
 *
 * @example
 * ```ts
 * import { binomialFunnelLimit } from '@oneworkforce/benchmarking'
 *
 * binomialFunnelLimit(0.025, 100, 0.1) // lower 95% limit around 10% for n = 100 (≈ 0.0404)
 * ```
 */
export function binomialFunnelLimit(probability: number, size: number, target: number): number {
  const r = binomialQuantile(probability, size, target)
  const atR = binomialCdf(r, size, target)
  const belowR = r > 0 ? binomialCdf(r - 1, size, target) : 0
  const step = atR - belowR
  const alpha = step > 0 ? (atR - probability) / step : 0
  return Math.min(1, Math.max(0, (r - alpha) / size))
}
