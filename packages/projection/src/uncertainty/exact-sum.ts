/**
 * Exact, order-independent sums of doubles: Shewchuk's non-overlapping partials (Shewchuk 1997,
 * "Adaptive precision floating-point arithmetic and fast robust geometric predicates", Discrete
 * Comput. Geom. 18:305, grow-expansion with zero elimination), as in Python's `math.fsum`.
 *
 * The partials hold the exact sum of every value added, so adding the same values in any order,
 * or summing shards and adding the shards' partials, represents the same real number; the final
 * rounding ({@link roundedSum}) is correct (round half to even), so the double it returns depends
 * on that number only. This is what makes Monte Carlo means identical bit for bit whether the
 * runs were summed on one machine or on many and merged.
 *
 * @internal
 */

/**
 * Adds `value` (finite) to the partials in place: afterwards they sum exactly to the old sum
 * plus `value`. Partials stay non-overlapping and in increasing magnitude.
 *
 * @example
 * ```ts
 * const partials: number[] = []
 * for (const value of [1e100, 1, -1e100]) addToPartials(partials, value)
 * roundedSum(partials) // 1 (a plain loop gives 0)
 * ```
 * @internal
 */
export function addToPartials(partials: number[], value: number): void {
  let x = value
  let kept = 0
  for (let j = 0; j < partials.length; j += 1) {
    let y = partials[j] as number
    if (Math.abs(x) < Math.abs(y)) {
      const swap = x
      x = y
      y = swap
    }
    const hi = x + y
    const lo = y - (hi - x)
    if (lo !== 0) {
      partials[kept] = lo
      kept += 1
    }
    x = hi
  }
  partials.length = kept
  if (x !== 0) partials.push(x)
}

/**
 * The exact sum the partials represent, correctly rounded to the nearest double (ties to even),
 * following `math.fsum`'s final step (CPython `Modules/mathmodule.c`).
 *
 * @example
 * ```ts
 * const partials: number[] = []
 * for (let k = 0; k < 10; k += 1) addToPartials(partials, 0.1)
 * roundedSum(partials) // 1 (a plain loop gives 0.9999999999999999)
 * ```
 * @internal
 */
export function roundedSum(partials: readonly number[]): number {
  let n = partials.length
  if (n === 0) return 0
  n -= 1
  let hi = partials[n] as number
  let lo = 0
  while (n > 0) {
    const x = hi
    n -= 1
    const y = partials[n] as number
    hi = x + y
    lo = y - (hi - x)
    if (lo !== 0) break
  }
  // Round half to even: when the rest below `lo` has the same sign, `hi + lo` was a tie broken
  // the wrong way by the addition above.
  const below = n > 0 ? (partials[n - 1] as number) : 0
  if ((lo < 0 && below < 0) || (lo > 0 && below > 0)) {
    const y = lo * 2
    const x = hi + y
    if (y === x - hi) hi = x
  }
  return hi
}
