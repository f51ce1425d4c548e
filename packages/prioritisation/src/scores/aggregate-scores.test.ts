import { describe, expect, it } from 'vitest'
import { aggregateScores, safeAggregateScores } from './aggregate-scores'

const feasibility = [
  {
    code: 'feasibility',
    label: 'Feasibility',
    description: '',
    direction: 'benefit' as const,
    scale: { min: 1, max: 5 },
  },
]
const initiative = (scores: { scorer: string; score: number }[]) => ({
  id: 'hub',
  title: 'Jobs hub',
  owner: 'ICS',
  costGbp: '450000',
  scores: scores.map((each) => ({ criterion: 'feasibility', ...each })),
})

describe('aggregateScores', () => {
  it('runs the documented examples', () => {
    const result = safeAggregateScores(
      [
        initiative([
          { scorer: 'a', score: 1 },
          { scorer: 'b', score: 5 },
        ]),
      ],
      { criteria: feasibility },
    )
    expect(result.success && result.value.contested[0]?.spread).toBe(4)
    expect(
      aggregateScores([initiative([{ scorer: 'a', score: 4 }])], { criteria: feasibility })
        .values[0],
    ).toEqual([4])
  })

  it('computes mean, median and geometric mean', () => {
    const scores = [
      { scorer: 'a', score: 1 },
      { scorer: 'b', score: 2 },
      { scorer: 'c', score: 4 },
      { scorer: 'd', score: 5 },
    ]
    expect(aggregateScores([initiative(scores)], { criteria: feasibility }).values[0]?.[0]).toBe(3)
    expect(
      aggregateScores([initiative(scores)], { criteria: feasibility, aggregation: 'median' })
        .values[0]?.[0],
    ).toBe(3)
    expect(
      aggregateScores([initiative(scores.slice(0, 3))], {
        criteria: feasibility,
        aggregation: 'median',
      }).values[0]?.[0],
    ).toBe(2)
    expect(
      aggregateScores([initiative(scores)], {
        criteria: feasibility,
        aggregation: 'geometric-mean',
      }).values[0]?.[0],
    ).toBeCloseTo(40 ** 0.25, 12)
  })

  it('flags a spread above the threshold only', () => {
    const atThreshold = aggregateScores(
      [
        initiative([
          { scorer: 'a', score: 2 },
          { scorer: 'b', score: 4 },
        ]),
      ],
      { criteria: feasibility },
    )
    expect(atThreshold.contested).toEqual([])
    const cell = atThreshold.cells[0]?.[0]
    expect(cell?.byScorer.map((each) => each.scorer)).toEqual(['a', 'b'])
    expect(
      aggregateScores(
        [
          initiative([
            { scorer: 'a', score: 2 },
            { scorer: 'b', score: 4 },
          ]),
        ],
        { criteria: feasibility, disagreementThreshold: 1 },
      ).contested,
    ).toHaveLength(1)
  })

  it('rejects duplicate scorers, out-of-scale and missing scores with the row and column', () => {
    const duplicate = safeAggregateScores(
      [
        initiative([
          { scorer: 'a', score: 2 },
          { scorer: 'a', score: 3 },
        ]),
      ],
      { criteria: feasibility },
    )
    expect(duplicate.issues[0]?.code).toBe('duplicate_key')
    const outside = safeAggregateScores([initiative([{ scorer: 'a', score: 0 }])], {
      criteria: feasibility,
    })
    expect(outside.issues[0]).toMatchObject({ code: 'out_of_range', row: 0, column: 'feasibility' })
    const missing = safeAggregateScores([initiative([])], { criteria: feasibility })
    expect(missing.issues[0]).toMatchObject({ code: 'required', column: 'feasibility' })
    const zeroScale = [{ ...feasibility[0]!, scale: { min: 0, max: 5 } }]
    const geometric = safeAggregateScores([initiative([{ scorer: 'a', score: 0 }])], {
      criteria: zeroScale,
      aggregation: 'geometric-mean',
    })
    expect(geometric.issues[0]?.message).toMatch(/positive/)
  })
})
