import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ahpWeights, safeAhpWeights } from './ahp-weights'
import { randomIndexTables } from './random-index'

// For a 3×3 reciprocal matrix with a12 = a, a13 = b, a23 = c, the principal eigenvalue has the
// closed form λmax = 1 + (b/(ac))^(1/3) + (ac/b)^(1/3), and the principal eigenvector equals the
// normalised row geometric means (Crawford & Williams, J. Math. Psychology 29 (1985) 387-405).
// These give an independent check of the power iteration.
function closedForm3(a: number, b: number, c: number) {
  const lambdaMax = 1 + Math.cbrt(b / (a * c)) + Math.cbrt((a * c) / b)
  const rows = [Math.cbrt(a * b), Math.cbrt(c / a), Math.cbrt(1 / (b * c))]
  const sum = rows[0]! + rows[1]! + rows[2]!
  return { lambdaMax, weights: rows.map((value) => value / sum) }
}

describe('ahpWeights', () => {
  it('reproduces the textbook 3×3 example [[1,3,5],[1/3,1,3],[1/5,1/3,1]]', () => {
    // Widely reproduced AHP example (e.g. Saaty, The Analytic Hierarchy Process, 1980 style
    // 1-9 judgements): weights ≈ 0.637, 0.258, 0.105; λmax ≈ 3.039; CR ≈ 0.033 with Saaty's
    // RI(3) = 0.58. Checked here against the closed form above.
    const result = ahpWeights(
      [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
      { criteria: ['a', 'b', 'c'] },
    )
    const expected = closedForm3(3, 5, 3)
    expect(result.priorities[0]).toBeCloseTo(0.637, 3)
    expect(result.priorities[1]).toBeCloseTo(0.258, 3)
    expect(result.priorities[2]).toBeCloseTo(0.105, 3)
    result.priorities.forEach((value, index) => {
      expect(value).toBeCloseTo(expected.weights[index]!, 10)
    })
    expect(result.lambdaMax).toBeCloseTo(expected.lambdaMax, 10)
    expect(result.lambdaMax).toBeCloseTo(3.0385, 4)
    expect(result.consistencyIndex).toBeCloseTo((expected.lambdaMax - 3) / 2, 10)
    expect(result.consistencyRatio).toBeCloseTo(0.0332, 4)
    expect(result.weights.a).toBe(result.priorities[0])
  })

  it('gives λmax = n and CR = 0 for a perfectly consistent matrix a_ij = w_i / w_j', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 3, maxLength: 10 }),
        (raw) => {
          const sum = raw.reduce((total, value) => total + value, 0)
          const w = raw.map((value) => value / sum)
          const matrix = w.map((wi) => w.map((wj) => wi / wj))
          const result = ahpWeights(matrix)
          expect(result.lambdaMax).toBeCloseTo(w.length, 8)
          expect(result.consistencyRatio).toBeCloseTo(0, 8)
          result.priorities.forEach((value, index) => {
            expect(value).toBeCloseTo(w[index]!, 8)
          })
        },
      ),
    )
  })

  it('agrees with the 3×3 closed form on random reciprocal matrices; weights sum to 1', () => {
    const judgement = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9)
    fc.assert(
      fc.property(judgement, judgement, judgement, (a, b, c) => {
        const result = ahpWeights([
          [1, a, b],
          [1 / a, 1, c],
          [1 / b, 1 / c, 1],
        ])
        const expected = closedForm3(a, b, c)
        expect(result.lambdaMax).toBeCloseTo(expected.lambdaMax, 8)
        result.priorities.forEach((value, index) => {
          expect(value).toBeCloseTo(expected.weights[index]!, 8)
        })
        expect(result.priorities.reduce((total, value) => total + value, 0)).toBeCloseTo(1, 12)
      }),
    )
  })

  it('uses the named random-index table', () => {
    const matrix = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]
    const saaty = ahpWeights(matrix)
    const alonso = ahpWeights(matrix, { randomIndex: 'alonso-lamata' })
    expect(saaty.randomIndex).toBe(0.58)
    expect(saaty.randomIndexTable).toBe('saaty')
    expect(alonso.randomIndex).toBe(0.5245)
    expect(alonso.consistencyRatio).toBeCloseTo(saaty.consistencyIndex / 0.5245, 12)
    expect(randomIndexTables.saaty).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49])
  })

  it('gives CR 0 for n ≤ 2 and handles a 1×1 matrix', () => {
    expect(ahpWeights([[1]]).priorities).toEqual([1])
    const two = ahpWeights([
      [1, 2],
      [0.5, 1],
    ])
    expect(two.priorities[0]).toBeCloseTo(2 / 3, 12)
    expect(two.consistencyRatio).toBe(0)
  })

  it('warns at CR ≥ 0.1 but still returns weights', () => {
    // Intransitive judgements: a > b, b > c, c > a.
    const result = safeAhpWeights([
      [1, 5, 1 / 5],
      [1 / 5, 1, 5],
      [5, 1 / 5, 1],
    ])
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.value.consistencyRatio).toBeGreaterThan(0.1)
    expect(result.issues[0]?.severity).toBe('warning')
    expect(result.issues[0]?.message).toMatch(/consistency ratio/)
  })

  it('rejects non-reciprocal, non-positive, non-square matrices with clear issues', () => {
    const nonReciprocal = safeAhpWeights([
      [1, 3],
      [3, 1],
    ])
    expect(nonReciprocal.success).toBe(false)
    expect(nonReciprocal.issues[0]?.message).toMatch(/not reciprocal/)
    const nonPositive = safeAhpWeights([
      [1, -2],
      [-0.5, 1],
    ])
    expect(nonPositive.issues.map((each) => each.code)).toContain('out_of_range')
    expect(safeAhpWeights([[1, 2]]).success).toBe(false)
    expect(safeAhpWeights([]).success).toBe(false)
    const diagonal = safeAhpWeights([
      [2, 1],
      [1, 1],
    ])
    expect(diagonal.issues[0]?.message).toMatch(/diagonal/)
  })

  it('reports n beyond the random-index table', () => {
    const n = 11
    const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1))
    const result = safeAhpWeights(matrix)
    expect(result.success).toBe(false)
    expect(result.issues[0]?.message).toMatch(/n = 11/)
    expect(safeAhpWeights(matrix, { randomIndex: 'alonso-lamata' }).success).toBe(true)
  })

  it('runs the documented example', () => {
    const result = safeAhpWeights(
      [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
      { criteria: ['a', 'b', 'c'] },
    )
    expect(result.success && result.value.weights.a?.toFixed(3)).toBe('0.637')
    expect(result.success && result.value.consistencyRatio.toFixed(3)).toBe('0.033')
  })
})
