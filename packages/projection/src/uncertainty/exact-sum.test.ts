import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addToPartials, createExactSums, roundedSum } from './exact-sum'

function fsum(values: readonly number[]): number {
  const partials: number[] = []
  for (const value of values) addToPartials(partials, value)
  return roundedSum(partials)
}

describe('exact sums (non-overlapping partials)', () => {
  it("matches Python's math.fsum on the cases of its test suite", () => {
    // CPython Lib/test/test_math.py, testFsum.
    expect(fsum([])).toBe(0)
    expect(fsum(Array.from({ length: 10 }, () => 0.1))).toBe(1)
    expect(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])).toBe(1e-100)
    expect(fsum([2.0 ** 53, -0.5, -(2.0 ** -54)])).toBe(2.0 ** 53 - 1.0)
    expect(fsum([2.0 ** 53, 1.0, 2.0 ** -100])).toBe(2.0 ** 53 + 2.0)
    expect(fsum([2.0 ** 53 + 10.0, 1.0, 2.0 ** -100])).toBe(2.0 ** 53 + 12.0)
    expect(fsum([2.0 ** 53 - 4.0, 0.5, 2.0 ** -54])).toBe(2.0 ** 53 - 3.0)
    expect(fsum([1.7976931348623157e308, -1.7976931348623157e308, 1])).toBe(1)
  })

  it('is the correctly rounded exact sum, whatever the order (property)', () => {
    // Values k × 2⁻³⁰ with integer k: their exact sum is a BigInt sum, and Number(BigInt) rounds
    // to nearest, ties to even (ECMA-262 §21.1.1.1), so it is a reference for the rounding.
    const scale = 2 ** -30
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (integers, swaps) => {
          const values = integers.map((k) => Number(k) * scale)
          const exact = values.reduce((sum, value) => sum + BigInt(value / scale), 0n)
          const expected = Number(exact) * scale
          expect(fsum(values)).toBe(expected)
          const shuffled = [...values]
          swaps.forEach((swap, index) => {
            if (shuffled.length === 0) return
            const other = swap % shuffled.length
            const here = index % shuffled.length
            ;[shuffled[here], shuffled[other]] = [
              shuffled[other] as number,
              shuffled[here] as number,
            ]
          })
          expect(Object.is(fsum(shuffled), fsum(values))).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('merges the partials of two halves into the partials of the whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })),
        fc.nat(),
        (values, cut) => {
          const at = values.length === 0 ? 0 : cut % values.length
          const left: number[] = []
          for (const value of values.slice(0, at)) addToPartials(left, value)
          const right: number[] = []
          for (const value of values.slice(at)) addToPartials(right, value)
          for (const partial of right) addToPartials(left, partial)
          expect(Object.is(roundedSum(left), fsum(values))).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps flat per-output sums equal to the plain partials, spilling when four are not enough (property)', () => {
    fc.assert(
      fc.property(
        // Magnitudes from 1e-300 to 1e300, so some outputs need more than four partials.
        fc.array(fc.tuple(fc.nat(2), fc.double({ noNaN: true, min: -1e300, max: 1e300 })), {
          maxLength: 80,
        }),
        (entries) => {
          const sums = createExactSums(3)
          const plain: number[][] = [[], [], []]
          for (const [output, value] of entries) {
            sums.add(output, value)
            addToPartials(plain[output] as number[], value)
          }
          for (let output = 0; output < 3; output += 1) {
            expect(sums.partialsOf(output)).toEqual(plain[output])
          }
        },
      ),
      { numRuns: 300 },
    )
    const spread = createExactSums(1)
    for (let k = 0; k < 12; k += 1) spread.add(0, 10 ** (k * 50 - 300))
    expect(spread.partialsOf(0).length).toBeGreaterThan(4)
    expect(roundedSum(spread.partialsOf(0))).toBe(1e250)
  })
})
