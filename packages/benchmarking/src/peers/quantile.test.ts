import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quantileOfSorted, quantiles, safeQuantiles } from './quantile'

// Reference values from R 4.x: quantile(c(1, 3, 4, 7, 10), c(0.1, 0.25, 0.5, 0.9), type = t)
// worked by hand from Hyndman & Fan (1996) Table 1 plotting positions.
const x = [10, 1, 7, 3, 4]

describe('quantiles (Hyndman & Fan 1996, as R)', () => {
  it('type 7 (R default) matches the linear interpolation of order statistics', () => {
    // index = (n - 1) p: 0.4 → 1 + 0.4 × 2 = 1.8; 1 → 3; 2 → 4; 3.6 → 7 + 0.6 × 3 = 8.8
    expect(quantiles(x, [0.1, 0.25, 0.5, 0.9])).toEqual([
      expect.closeTo(1.8, 12),
      3,
      4,
      expect.closeTo(8.8, 12),
    ])
  })
  it('type 6 uses p(n + 1)', () => {
    // p(n+1) for p = 0.25 → 1.5 → between x(1) = 1 and x(2) = 3 → 2
    expect(quantiles(x, [0.25, 0.5], { type: 6 })).toEqual([2, 4])
  })
  it('type 1 is the inverse of the empirical cdf', () => {
    expect(quantiles(x, [0.2, 0.21, 0.5], { type: 1 })).toEqual([1, 3, 4])
  })
  it('type 2 averages at discontinuities', () => {
    expect(quantiles(x, [0.2], { type: 2 })).toEqual([2])
  })
  it('type 3 picks the nearest even order statistic', () => {
    // np - 0.5 = 0.5 → j = 0, h = 1 → x(1); np - 0.5 = 1 (j odd) → x(2)? j=1 odd → h = 1 → x(2)
    expect(quantiles(x, [0.2, 0.3], { type: 3 })).toEqual([1, 3])
  })
  it('types 4, 5, 8, 9 agree at the median of an odd sample', () => {
    for (const type of [4, 5, 8, 9] as const) {
      expect(quantiles([1, 2, 3], [0.5], { type })[0]).toBeCloseTo(type === 4 ? 1.5 : 2, 12)
    }
  })
  it('is monotone in p and stays within the range (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 9 }),
        (values, p1, p2, type) => {
          const sorted = Float64Array.from(values).sort()
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1]
          const qLo = quantileOfSorted(sorted, lo, type as 1)
          const qHi = quantileOfSorted(sorted, hi, type as 1)
          return (
            qLo <= qHi + 1e-9 &&
            qLo >= (sorted[0] as number) - 1e-9 &&
            qHi <= (sorted[sorted.length - 1] as number) + 1e-9
          )
        },
      ),
    )
  })
  it('rejects bad input with issues', () => {
    expect(safeQuantiles([], [0.5]).success).toBe(false)
    expect(safeQuantiles([1, Number.NaN], [0.5]).issues[0]?.path).toEqual(['values', 1])
    expect(safeQuantiles([1], [1.5]).issues[0]?.code).toBe('out_of_range')
    expect(() => quantiles([1], [0.5], { type: 10 as 7 })).toThrow(/type/)
  })
})
