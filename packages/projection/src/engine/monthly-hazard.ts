/**
 * Converts an annual rate (a fraction) to the monthly hazard that removes exactly that fraction
 * over twelve months: `h = 1 − (1 − r)^(1/12)` (not r/12, which removes less: 1 − (1 − r/12)^12).
 * A rate of 1 gives a hazard of 1 (the cell empties in the first month).
 *
 * Source: the standard conversion between period rates for a constant hazard; the DOMAIN
 * primer's "Projection" section and the LTWP methodology use it for leaver rates.
 *
 * @example
 * ```ts
 * import { monthlyHazard } from '@oneworkforce/projection/engine'
 *
 * const h = monthlyHazard(0.1) // 0.0087416...
 * 1 - (1 - h) ** 12 // 0.1
 * ```
 */
export function monthlyHazard(ratePerYear: number): number {
  if (ratePerYear >= 1) return 1
  if (ratePerYear <= 0) return 0
  return -Math.expm1(Math.log1p(-ratePerYear) / 12)
}
