import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'

/**
 * The two-sided standard normal multiplier for a limit level: 1.959964 for 95%, 3.090232 for
 * 99.8% (Spiegelhalter 2005, Statistics in Medicine 24:1185, section 3).
 *
 * Formula: `z = Φ⁻¹(1 − (1 − level) / 2)`.
 *
 * @example
 * ```ts
 * import { zForLevel } from '@oneworkforce/benchmarking'
 *
 * zForLevel(0.95) // 1.9599639845400538
 * ```
 */
export function zForLevel(level: number): number {
  return normalQuantile(1 - (1 - level) / 2, 0, 1)
}
