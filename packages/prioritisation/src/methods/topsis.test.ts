import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeTopsis, topsis } from './topsis'

describe('topsis', () => {
  it('reproduces the Tzeng & Huang worked example', () => {
    // Tzeng & Huang, Multiple Attribute Decision Making: Methods and Applications (CRC Press,
    // 2011), TOPSIS example: X = [[5,8,4],[7,6,8],[8,8,6],[7,4,6]], w = [.3,.4,.3], all benefit;
    // closeness [0.503720, 0.658085, 0.748249, 0.333997] (as quoted in DOMAIN.md).
    const result = topsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
    )
    const expected = [0.50372, 0.658085, 0.748249, 0.333997]
    result.scores.forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index]!, 6)
    })
    // Closeness is S⁻/(S⁺ + S⁻) by definition.
    result.scores.forEach((value, index) => {
      expect(value).toBeCloseTo(
        result.distanceToAntiIdeal[index]! /
          (result.distanceToIdeal[index]! + result.distanceToAntiIdeal[index]!),
        12,
      )
    })
  })

  it('runs the documented examples', () => {
    const result = safeTopsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
    )
    expect(result.success && result.value.scores.map((c) => c.toFixed(4))).toEqual([
      '0.5037',
      '0.6581',
      '0.7482',
      '0.3340',
    ])
    expect(
      topsis(
        [
          [1, 2],
          [2, 1],
        ],
        [0.5, 0.5],
      ).scores,
    ).toEqual([0.5, 0.5])
  })

  it('treats cost criteria as less-is-better: flipping direction mirrors the column', () => {
    const benefit = topsis(
      [
        [1, 5],
        [5, 1],
        [3, 3],
      ],
      [0.5, 0.5],
      { directions: ['benefit', 'benefit'] },
    )
    const cost = topsis(
      [
        [1, 5],
        [5, 1],
        [3, 3],
      ],
      [0.5, 0.5],
      { directions: ['cost', 'benefit'] },
    )
    expect(benefit.scores[1]).toBeCloseTo(benefit.scores[0]!, 12)
    expect(cost.scores[0]).toBeGreaterThan(cost.scores[1]!)
  })

  it('is invariant to multiplying a criterion by a positive constant (vector normalisation)', () => {
    const matrix = fc.array(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
      { minLength: 2, maxLength: 8 },
    )
    fc.assert(
      fc.property(
        matrix,
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (rows, column, factor) => {
          const scaled = rows.map((row) =>
            row.map((value, j) => (j === column ? value * factor : value)),
          )
          const before = topsis(rows, [0.2, 0.3, 0.5]).scores
          const after = topsis(scaled, [0.2, 0.3, 0.5]).scores
          before.forEach((value, index) => {
            expect(after[index]).toBeCloseTo(value, 9)
          })
        },
      ),
    )
  })

  it('never divides by zero: zero and constant columns are warnings, all-constant gives 0.5', () => {
    const zero = safeTopsis(
      [
        [0, 1],
        [0, 2],
      ],
      [0.5, 0.5],
    )
    expect(zero.success).toBe(true)
    expect(zero.issues[0]?.message).toMatch(/all zeros/)
    expect(zero.success && zero.value.scores).toEqual([0, 1])
    const constant = safeTopsis(
      [
        [3, 3],
        [3, 3],
      ],
      [0.5, 0.5],
    )
    expect(constant.success && constant.value.scores).toEqual([0.5, 0.5])
    expect(constant.issues.every((each) => each.severity === 'warning')).toBe(true)
  })

  it('rejects negative ratings, ragged rows and bad weights', () => {
    expect(safeTopsis([[-1, 2]], [0.5, 0.5]).issues[0]?.message).toMatch(/≥ 0/)
    expect(safeTopsis([[1, 2], [1]], [0.5, 0.5]).success).toBe(false)
    expect(safeTopsis([[1, 2]], [0.5, 0.6]).issues[0]?.message).toMatch(/not 1/)
    expect(safeTopsis([[1, 2]], [1, 1], { normaliseWeights: true }).success).toBe(true)
  })
})
