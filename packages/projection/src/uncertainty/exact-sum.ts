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

/** Exact sums of many outputs at once; see {@link createExactSums}. @internal */
export interface ExactSums {
  /** Adds a finite `value` to output `output`'s exact sum. */
  readonly add: (output: number, value: number) => void
  /** Adds every partial of another exact sum of `output` (merging shards). */
  readonly addPartials: (output: number, partials: ArrayLike<number>) => void
  /** The partials of output `output`'s sum (non-overlapping, increasing magnitude). */
  readonly partialsOf: (output: number) => number[]
}

const INLINE = 4
const SPILLED = 255

/**
 * One exact sum per output, as {@link addToPartials} keeps them, stored flat: up to four
 * partials per output in one typed array (two suffice for sums of like-sized values), spilling
 * to a plain array only for an output that needs more. Same partials, same rounded sums; about
 * three times faster than an array per output.
 *
 * @example
 * ```ts
 * const sums = createExactSums(2)
 * sums.add(0, 0.1); sums.add(0, 0.2); sums.add(1, 1e100); sums.add(1, 1); sums.add(1, -1e100)
 * roundedSum(sums.partialsOf(1)) // 1
 * ```
 * @internal
 */
export function createExactSums(outputCount: number): ExactSums {
  const slots = new Float64Array(outputCount * INLINE)
  const counts = new Uint8Array(outputCount)
  const spilled = new Map<number, number[]>()

  function add(output: number, value: number): void {
    const count = counts[output] as number
    if (count === SPILLED) {
      addToPartials(spilled.get(output) as number[], value)
      return
    }
    const base = output * INLINE
    let x = value
    let kept = 0
    for (let j = 0; j < count; j += 1) {
      let y = slots[base + j] as number
      if (Math.abs(x) < Math.abs(y)) {
        const swap = x
        x = y
        y = swap
      }
      const hi = x + y
      const lo = y - (hi - x)
      if (lo !== 0) {
        slots[base + kept] = lo
        kept += 1
      }
      x = hi
    }
    if (x !== 0) {
      if (kept < INLINE) {
        slots[base + kept] = x
        kept += 1
      } else {
        spilled.set(output, [...slots.subarray(base, base + kept), x])
        kept = SPILLED
      }
    }
    counts[output] = kept
  }

  function partialsOf(output: number): number[] {
    const count = counts[output] as number
    if (count === SPILLED) return [...(spilled.get(output) as number[])]
    return [...slots.subarray(output * INLINE, output * INLINE + count)]
  }

  function addPartials(output: number, partials: ArrayLike<number>): void {
    for (let k = 0; k < partials.length; k += 1) add(output, partials[k] as number)
  }

  return { add, addPartials, partialsOf }
}
