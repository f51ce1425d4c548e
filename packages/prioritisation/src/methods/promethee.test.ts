import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { preference } from './preference-function'
import { prometheeII, safePrometheeII } from './promethee'

describe('prometheeII', () => {
  // Hand computation, usual criterion, X = [[8,2],[5,6],[6,4]], w = [0.6, 0.4]:
  // π(1,2) = 0.6, π(2,1) = 0.4; π(1,3) = 0.6, π(3,1) = 0.4; π(2,3) = 0.4, π(3,2) = 0.6.
  // φ⁺ = [0.6, 0.4, 0.5], φ⁻ = [0.4, 0.6, 0.5] (each ÷ (n − 1) = 2), φ = [0.2, −0.2, 0].
  it('matches a hand-computed example with the usual criterion', () => {
    const result = prometheeII(
      [
        [8, 2],
        [5, 6],
        [6, 4],
      ],
      [0.6, 0.4],
    )
    ;[0.6, 0.4, 0.5].forEach((value, i) => {
      expect(result.positiveFlow[i]).toBeCloseTo(value, 12)
    })
    ;[0.4, 0.6, 0.5].forEach((value, i) => {
      expect(result.negativeFlow[i]).toBeCloseTo(value, 12)
    })
    ;[0.2, -0.2, 0].forEach((value, i) => {
      expect(result.scores[i]).toBeCloseTo(value, 12)
    })
  })

  // Same matrix, criterion 1 linear (q = 1, p = 3), criterion 2 V-shape (p = 4):
  // P1: d(1,2) = 3 → 1, d(1,3) = 2 → 0.5, d(3,2) = 1 → 0. P2: d(2,1) = 4 → 1, d(3,1) = 2 → 0.5, d(2,3) = 2 → 0.5.
  // π(1,2) = 0.6, π(2,1) = 0.4, π(1,3) = 0.3, π(3,1) = 0.2, π(2,3) = 0.2, π(3,2) = 0.
  // φ⁺ = [0.45, 0.3, 0.1], φ⁻ = [0.3, 0.3, 0.25], φ = [0.15, 0, −0.15].
  it('matches a hand-computed example with linear and V-shape criteria', () => {
    const result = prometheeII(
      [
        [8, 2],
        [5, 6],
        [6, 4],
      ],
      [0.6, 0.4],
      {
        preferenceFunctions: [
          { type: 'linear', q: 1, p: 3 },
          { type: 'v-shape', p: 4 },
        ],
      },
    )
    ;[0.15, 0, -0.15].forEach((value, i) => {
      expect(result.scores[i]).toBeCloseTo(value, 12)
    })
    // Contributions are additive: w_j φ_j(a) sum to φ(a).
    result.contributions.forEach((row, i) => {
      expect(row[0]! + row[1]!).toBeCloseTo(result.scores[i]!, 12)
    })
  })

  it('evaluates each preference function type', () => {
    expect(preference({ type: 'usual' }, 0.1)).toBe(1)
    expect(preference({ type: 'usual' }, 0)).toBe(0)
    expect(preference({ type: 'u-shape', q: 1 }, 1)).toBe(0)
    expect(preference({ type: 'u-shape', q: 1 }, 1.5)).toBe(1)
    expect(preference({ type: 'v-shape', p: 4 }, 1)).toBe(0.25)
    expect(preference({ type: 'level', q: 1, p: 3 }, 2)).toBe(0.5)
    expect(preference({ type: 'level', q: 1, p: 3 }, 3.5)).toBe(1)
    expect(preference({ type: 'linear', q: 1, p: 3 }, 2)).toBe(0.5)
    expect(preference({ type: 'gaussian', s: 1 }, 1)).toBeCloseTo(1 - Math.exp(-0.5), 12)
    expect(preference({ type: 'gaussian', s: 1 }, -1)).toBe(0)
  })

  it('runs the documented examples', () => {
    const result = safePrometheeII(
      [
        [3, 1],
        [2, 2],
        [1, 3],
      ],
      [0.5, 0.5],
    )
    expect(result.success && result.value.scores.map((value) => Math.abs(value))).toEqual([0, 0, 0])
    expect(prometheeII([[2], [1]], [1]).scores).toEqual([1, -1])
  })

  it('net flows sum to zero and lie in [−1, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 10,
        }),
        (rows) => {
          const result = prometheeII(rows, [0.5, 0.3, 0.2], {
            directions: ['benefit', 'cost', 'benefit'],
          })
          expect(result.scores.reduce((total, value) => total + value, 0)).toBeCloseTo(0, 10)
          result.scores.forEach((value) => {
            expect(Math.abs(value)).toBeLessThanOrEqual(1 + 1e-12)
          })
        },
      ),
    )
  })

  it('with the usual criterion, is invariant to strictly increasing transforms of a criterion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }), {
          minLength: 2,
          maxLength: 8,
        }),
        (rows) => {
          const transformed = rows.map(([a, b]) => [Math.exp(a!) * 3 + 7, b!])
          const before = prometheeII(rows, [0.6, 0.4]).scores
          const after = prometheeII(transformed, [0.6, 0.4]).scores
          before.forEach((value, i) => {
            expect(after[i]).toBeCloseTo(value, 12)
          })
        },
      ),
    )
  })

  it('rejects bad preference functions', () => {
    const result = safePrometheeII([[1, 2]], [0.5, 0.5], {
      preferenceFunctions: [{ type: 'linear', q: 3, p: 1 }, { type: 'usual' }],
    })
    expect(result.success).toBe(false)
    expect(result.issues[0]?.message).toMatch(/greater than q/)
    expect(
      safePrometheeII([[1, 2]], [0.5, 0.5], { preferenceFunctions: [{ type: 'usual' }] }).success,
    ).toBe(false)
  })

  it('gives 0 for a single alternative', () => {
    expect(prometheeII([[3, 4]], [0.5, 0.5]).scores).toEqual([0])
  })
})
