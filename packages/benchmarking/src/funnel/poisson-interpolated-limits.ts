/**
 * Spiegelhalter's interpolated exact Poisson funnel limit for an indirectly standardised ratio
 * (observed / expected) around target θ at expected count `expected`.
 *
 * Formula (Spiegelhalter 2005, "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 24:1185, Appendix A.1.2, the Poisson analogue of the binomial A.1.1):
 * with μ = θE, let r be the `probability`-quantile of Poisson(μ) (the smallest r with
 * F(r) ≥ p), `α = (F(r) − p) / (F(r) − F(r − 1))`; the limit on the ratio scale is
 * `(r − α) / E`. Unlike the chi-square limits ({@link poissonRatioLimits}, FunnelPlotR's), these
 * are the limits of where an on-target unit's observed count falls, interpolated so the curve
 * is smooth: at E = 20 and 95% they are 0.5603 / 1.4372 against the chi-square 0.6108 / 1.5444.
 *
 * F is summed from the Poisson probabilities by the recurrence p(k + 1) = p(k) μ / (k + 1),
 * starting 30 standard deviations below the mean (the mass below is under 1e-190). Exact for
 * μ up to 1e6 ({@link POISSON_EXACT_LIMIT}); beyond, callers use the normal approximation.
 *
 * @example
 * ```ts
 * import { poissonInterpolatedLimit } from '@oneworkforce/benchmarking'
 *
 * poissonInterpolatedLimit(0.025, 20, 1) // 0.5603...: lower 95% limit at E = 20
 * ```
 */
export function poissonInterpolatedLimit(
  probability: number,
  expected: number,
  target: number,
): number {
  const mu = target * expected
  const start = Math.max(0, Math.floor(mu - 30 * Math.sqrt(mu) - 30))
  let pmf = Math.exp(start * Math.log(mu) - mu - logFactorial(start))
  if (mu === 0) pmf = start === 0 ? 1 : 0
  let below = 0
  let k = start
  let cumulative = pmf
  // bounded: F reaches any p < 1 within about 40 standard deviations above the mean
  const end = Math.ceil(mu + 40 * Math.sqrt(mu) + 40)
  while (cumulative < probability && k < end) {
    below = cumulative
    k += 1
    pmf = (pmf * mu) / k
    cumulative += pmf
  }
  const step = cumulative - below
  const alpha = step > 0 ? (cumulative - probability) / step : 0
  return Math.max(0, (k - alpha) / expected)
}

/**
 * Largest expected count (× target) for which exact Poisson limits (chi-square and
 * interpolated) are computed; above it, the normal approximation on the square-root scale,
 * (√θ ± z/(2√E))² (the chi-square quantile takes seconds at 1e16 and returns 0 at 1e300).
 *
 * @example
 * ```ts
 * import { POISSON_EXACT_LIMIT } from '@oneworkforce/benchmarking'
 *
 * POISSON_EXACT_LIMIT // 1000000
 * ```
 */
export const POISSON_EXACT_LIMIT = 1e6

const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
]

/** ln(n!) by the Lanczos approximation (g = 7, 9 terms; relative error below 1e-14). */
function logFactorial(n: number): number {
  if (n < 2) return 0
  const x = n // ln Γ(n + 1) with z = n
  let sum = LANCZOS[0] as number
  for (let i = 1; i < 9; i += 1) sum += (LANCZOS[i] as number) / (x + i)
  const t = x + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum)
}
