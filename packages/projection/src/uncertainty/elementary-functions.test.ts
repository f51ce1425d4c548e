import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exp, ln, log1p } from './elementary-functions'

/** Distance in units in the last place (ulps) between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16))
  view.setFloat64(0, a)
  view.setFloat64(8, b)
  return Number(view.getBigInt64(0) - view.getBigInt64(8)) * (a < 0 ? -1 : 1)
}

describe('exp, ln and log1p in plain JavaScript (fdlibm ports)', () => {
  it('agree with Math.exp and Math.log to within one ulp (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(ulps(exp(x), Math.exp(x)))).toBeLessThanOrEqual(1)
      }),
    )
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const expected = Math.log(x)
        if (Math.abs(expected) < 1e-300) return
        expect(Math.abs(ulps(ln(x), expected))).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('log1p keeps small arguments exact to a few ulps (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.999, max: 1e6, noNaN: true }), (x) => {
        const expected = Math.log1p(x)
        // A zero result keeps its sign, as Math.log1p's does (x = −0 gives −0).
        if (expected === 0) expect(log1p(x)).toBe(expected)
        else {
          expect(Math.abs(log1p(x) - expected)).toBeLessThanOrEqual(
            4 * Number.EPSILON * Math.abs(expected),
          )
        }
      }),
    )
  })

  it('handles the edges: e^0 = 1, ln 1 = 0, ln e ≈ 1, infinities, zero and NaN', () => {
    expect(exp(0)).toBe(1)
    expect(ln(1)).toBe(0)
    expect(Math.abs(ln(Math.E) - 1)).toBeLessThanOrEqual(Number.EPSILON)
    expect([exp(-Infinity), exp(Infinity), exp(800), exp(-800)]).toEqual([0, Infinity, Infinity, 0])
    expect([ln(0), ln(Infinity)]).toEqual([-Infinity, Infinity])
    expect(ln(-1)).toBeNaN()
    expect(ln(5e-324)).toBeCloseTo(Math.log(5e-324), 10)
  })
})
