import { describe, expect, it } from 'vitest'
import {
  safeWorkforceSobolIndices,
  safeWorkforceTornado,
  workforceSobolIndices,
  workforceTornado,
} from './workforce-sensitivity'

const input = {
  startMonth: '2025-04',
  horizonMonths: 12,
  rateKind: 'cohort-share' as const,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
  stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
  leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
  joiners: [{ staffGroup: 'ahp', reason: 'other' as const, headcountPerYear: 80 }],
}
const uncertainParameters = [
  {
    id: 'leaving',
    path: ['leaverRates', 0, 'ratePerYear'],
    distribution: { type: 'uniform' as const, min: 0.08, max: 0.12 },
  },
  {
    id: 'joining',
    path: ['joiners', 0, 'headcountPerYear'],
    distribution: { type: 'uniform' as const, min: 70, max: 90 },
  },
]
const output = (projection: { series: { fte: Float64Array } }) => projection.series.fte.at(-1) ?? 0

describe('workforceTornado', () => {
  it('ranks leaving above joining and reports parameter values', () => {
    const result = safeWorkforceTornado(input, { keep: [], output, uncertainParameters })
    expect(result.success).toBe(true)
    const bars = result.success ? result.value.bars : []
    expect(bars.map((bar) => bar.draw)).toEqual(['leaving', 'joining'])
    expect(bars[0]?.parameters).toEqual([
      { id: 'leaving', lowValue: expect.closeTo(0.084, 12), highValue: expect.closeTo(0.116, 12) },
    ])
    // Leaving more lowers the supply: the output at the high rate is the lower one.
    expect(bars[0]?.outputAtHigh).toBeLessThan(bars[0]?.outputAtLow ?? 0)
    expect(bars[1]?.swing).toBeGreaterThan(10)
  })

  it('mirrors the throwing doc example (one parameter)', () => {
    const { bars } = workforceTornado(
      { ...input, joiners: [] },
      {
        keep: [],
        output,
        uncertainParameters: [uncertainParameters[0] ?? uncertainParameters[1]!],
      },
    )
    // A 12-month projection with annual rate r removes exactly r: swing 1,000 × (0.116 − 0.084).
    expect(bars[0]?.swing).toBeCloseTo(32, 6)
  })

  it('moves a whole group together', () => {
    const grouped = workforceTornado(input, {
      keep: [],
      output,
      uncertainParameters: uncertainParameters.map((parameter) => ({ ...parameter, group: 'all' })),
    })
    expect(grouped.bars).toHaveLength(1)
    expect(grouped.bars[0]?.parameters.map((parameter) => parameter.id)).toEqual([
      'leaving',
      'joining',
    ])
  })

  it('reports bad input as issues', () => {
    expect(
      safeWorkforceTornado({ ...input, horizonMonths: -1 }, { output, uncertainParameters })
        .success,
    ).toBe(false)
    expect(safeWorkforceTornado(input, { output, uncertainParameters: [] }).issues[0]?.code).toBe(
      'empty_input',
    )
    expect(() =>
      workforceTornado(input, { output: () => Number.NaN, uncertainParameters }),
    ).toThrow(/returned NaN/)
  })
})

describe('workforceSobolIndices', () => {
  it('attributes the variance between the draws', () => {
    const result = safeWorkforceSobolIndices(input, {
      keep: [],
      output,
      samples: 256,
      seed: 3,
      uncertainParameters,
    })
    const indices = result.success ? result.value.indices : []
    // Var(leaving) ≈ (1,000 × 0.04)² / 12 ≈ 133; Var(joining) ≈ (20 × 0.95)² / 12 ≈ 30.
    expect(indices[0]?.firstOrder).toBeGreaterThan(0.7)
    expect(indices[1]?.firstOrder).toBeLessThan(0.3)
    expect(indices[1]?.firstOrder).toBeGreaterThan(0.1)
    const single = workforceSobolIndices(
      { ...input, joiners: [] },
      { keep: [], output, samples: 128, uncertainParameters: [uncertainParameters[0]!] },
    )
    expect(single.indices[0]?.total).toBeCloseTo(1, 1)
  })
})
