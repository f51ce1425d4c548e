import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aggregateJudgements,
  aggregatePriorities,
  safeAggregateJudgements,
  safeAggregatePriorities,
  safeGroupAhpWeights,
} from './group-judgements'

describe('AIJ: aggregateJudgements', () => {
  it('takes the element-wise geometric mean (documented examples)', () => {
    expect(
      aggregateJudgements([
        [
          [1, 9],
          [1 / 9, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ])[0]?.[1],
    ).toBeCloseTo(3, 12)
    const result = safeAggregateJudgements([
      [
        [1, 4],
        [1 / 4, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ])
    expect(result.success && result.value[0]?.[1]).toBeCloseTo(2, 12)
  })

  it('keeps the group matrix reciprocal', () => {
    const judgement = fc.constantFrom(1 / 9, 1 / 5, 1 / 3, 1, 3, 5, 9)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(judgement, judgement, judgement), { minLength: 1, maxLength: 6 }),
        (people) => {
          const matrices = people.map(([a, b, c]) => [
            [1, a, b],
            [1 / a, 1, c],
            [1 / b, 1 / c, 1],
          ])
          const group = aggregateJudgements(matrices)
          for (let i = 0; i < 3; i += 1) {
            for (let j = 0; j < 3; j += 1) expect(group[i]![j]! * group[j]![i]!).toBeCloseTo(1, 10)
          }
        },
      ),
    )
  })

  it('honours person weights', () => {
    const group = aggregateJudgements(
      [
        [
          [1, 9],
          [1 / 9, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ],
      { personWeights: [3, 1] },
    )
    expect(group[0]?.[1]).toBeCloseTo(9 ** 0.75, 10)
  })

  it('gives group AHP weights and rejects mismatched sizes', () => {
    const result = safeGroupAhpWeights(
      [
        [
          [1, 4],
          [1 / 4, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ],
      { criteria: ['a', 'b'] },
    )
    expect(result.success && result.value.weights.a?.toFixed(3)).toBe('0.667')
    const bad = safeGroupAhpWeights([
      [
        [1, 4],
        [1 / 4, 1],
      ],
      [[1]],
    ])
    expect(bad.success).toBe(false)
    expect(bad.issues.some((each) => /judgements\[1\]/.test(each.message))).toBe(true)
    expect(safeAggregateJudgements([]).issues[0]?.code).toBe('empty_input')
  })
})

describe('AIP: aggregatePriorities', () => {
  it('takes the geometric mean of priorities and renormalises', () => {
    const result = safeAggregatePriorities([
      { a: 0.8, b: 0.2 },
      { a: 0.2, b: 0.8 },
    ])
    expect(result.success && result.value.a).toBeCloseTo(0.5, 12)
    const three = aggregatePriorities([
      { a: 0.5, b: 0.3, c: 0.2 },
      { a: 0.2, b: 0.3, c: 0.5 },
    ])
    const raw = [Math.sqrt(0.1), Math.sqrt(0.09), Math.sqrt(0.1)]
    const sum = raw[0]! + raw[1]! + raw[2]!
    expect(three.a).toBeCloseTo(raw[0]! / sum, 12)
    expect(three.b).toBeCloseTo(raw[1]! / sum, 12)
  })

  it('always sums to 1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
          { minLength: 1, maxLength: 5 },
        ),
        (raws) => {
          const vectors = raws.map((raw) => {
            const sum = raw.reduce((total, value) => total + value, 0)
            return { x: raw[0]! / sum, y: raw[1]! / sum, z: raw[2]! / sum }
          })
          const group = aggregatePriorities(vectors)
          expect(group.x! + group.y! + group.z!).toBeCloseTo(1, 12)
        },
      ),
    )
  })

  it('rejects vectors over different criteria, zeros and sums other than 1', () => {
    expect(safeAggregatePriorities([{ a: 1 }, { b: 1 }]).success).toBe(false)
    expect(safeAggregatePriorities([{ a: 1, b: 0 }]).issues[0]?.message).toMatch(/positive/)
    expect(safeAggregatePriorities([{ a: 0.7, b: 0.7 }]).issues[0]?.message).toMatch(/sum to 1.4/)
    expect(safeAggregatePriorities([{ a: 0.5, b: 0.5 }], { personWeights: [1, 2] }).success).toBe(
      false,
    )
  })
})
