import { describe, expect, it } from 'vitest'
import { safeWeightedSum, weightedSum } from './weighted-sum'

describe('weightedSum', () => {
  it('rescales by min-max of the scale and inverts cost criteria', () => {
    const result = safeWeightedSum(
      [
        [1, 5],
        [5, 1],
      ],
      [0.75, 0.25],
      {
        scales: [
          { min: 1, max: 5 },
          { min: 1, max: 5 },
        ],
      },
    )
    expect(result.success && result.value.scores).toEqual([0.25, 0.75])
    const cost = weightedSum([[3, 2]], [0.5, 0.5], {
      scales: [
        { min: 1, max: 5 },
        { min: 1, max: 5 },
      ],
      directions: ['benefit', 'cost'],
    })
    expect(cost.scores[0]).toBeCloseTo(0.5 * 0.5 + 0.5 * 0.75, 12)
    expect(cost.contributions[0]).toEqual([0.25, 0.375])
  })

  it('uses observed ranges when no scales are given (documented example)', () => {
    expect(
      weightedSum(
        [
          [2, 4],
          [4, 2],
          [3, 3],
        ],
        [0.5, 0.5],
      ).scores,
    ).toEqual([0.5, 0.5, 0.5])
    const constant = safeWeightedSum(
      [
        [2, 1],
        [2, 3],
      ],
      [0.5, 0.5],
    )
    expect(constant.issues[0]?.severity).toBe('warning')
    expect(constant.success && constant.value.scores).toEqual([0, 0.5])
  })

  it('rejects scores outside the scale', () => {
    const result = safeWeightedSum([[6]], [1], { scales: [{ min: 1, max: 5 }] })
    expect(result.issues[0]?.message).toMatch(/outside the scale/)
  })
})
