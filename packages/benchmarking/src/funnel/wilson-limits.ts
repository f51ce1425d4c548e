/**
 * Wilson score funnel limits for a proportion around target θ at size n: the Wilson interval
 * evaluated at θ, which stays inside [0, 1] and behaves better than the normal approximation for
 * small n or extreme θ (Wilson 1927, JASA 22:209; used for funnel plots by Public Health England's
 * "Technical guide: confidence intervals").
 *
 * Formula: `(2nθ + z² ± z·√(z² + 4nθ(1 − θ))) / (2(n + z²))`.
 *
 * @example
 * ```ts
 * import { wilsonFunnelLimits } from '@oneworkforce/benchmarking'
 *
 * wilsonFunnelLimits(100, 0.1, 1.959964) // { lower: ≈ 0.055, upper: ≈ 0.174 }
 * ```
 */
export function wilsonFunnelLimits(
  size: number,
  target: number,
  z: number,
): { readonly lower: number; readonly upper: number } {
  const centre = 2 * size * target + z * z
  const spread = z * Math.sqrt(z * z + 4 * size * target * (1 - target))
  const divisor = 2 * (size + z * z)
  return {
    lower: Math.max(0, (centre - spread) / divisor),
    upper: Math.min(1, (centre + spread) / divisor),
  }
}
