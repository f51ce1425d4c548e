import { describe, expect, it } from 'vitest'
import { parseProjectionInput, safeParseProjectionInput } from './input/validate-input'
import { projectWorkforce, safeProjectWorkforce } from './project-workforce'

const valid = {
  startMonth: '2025-04',
  horizonMonths: 12,
  rateKind: 'cohort-share' as const,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['registered-nurse'] },
  stock: [
    {
      place: 'p',
      sector: 'acute',
      staffGroup: 'registered-nurse',
      headcount: 1000,
      ftePerHead: 0.9,
    },
  ],
  leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
  joiners: [
    { staffGroup: 'registered-nurse', reason: 'international' as const, headcountPerYear: 120 },
  ],
  demand: { baseline: [{ place: 'p', sector: 'acute', staffGroup: 'registered-nurse', fte: 950 }] },
}

function pathsOf(input: unknown) {
  const result = safeProjectWorkforce(input)
  expect(result.success).toBe(false)
  return result.issues.map((each) => each.path.join('.'))
}

describe('projectWorkforce', () => {
  it('projects supply, demand and gap (the doc example)', () => {
    const result = projectWorkforce(valid, { keep: ['staffGroup'] })
    expect(result.series.demandFte[0]).toBe(950)
    expect(result.series.gapFte[0]).toBeCloseTo(950 - result.series.fte[0]!, 12)
    expect(result.periods).toHaveLength(12)
  })

  it('names the field of every bad input and never returns NaN', () => {
    expect(
      pathsOf({ ...valid, leaverRates: [{ reason: 'voluntary', ratePerYear: 1.2 }] }),
    ).toContain('leaverRates.0.ratePerYear')
    expect(
      pathsOf({ ...valid, leaverRates: [{ reason: 'voluntary', ratePerYear: -0.1 }] }),
    ).toContain('leaverRates.0.ratePerYear')
    expect(pathsOf({ ...valid, stock: [{ ...valid.stock[0], headcount: -3 }] })).toContain(
      'stock.0.headcount',
    )
    expect(pathsOf({ ...valid, horizonMonths: 0 })).toContain('horizonMonths')
    expect(pathsOf({ ...valid, horizonMonths: 241 })).toContain('horizonMonths')
    expect(pathsOf({ ...valid, stock: [{ ...valid.stock[0], staffGroup: 'gp' }] })).toContain(
      'stock.0.staffGroup',
    )
    expect(
      pathsOf({
        ...valid,
        dimensions: { ...valid.dimensions, staffGroups: ['astronaut'] },
        stock: [],
      }),
    ).toContain('dimensions.staffGroups.0')
    expect(
      pathsOf({ ...valid, dimensions: { ...valid.dimensions, sectors: ['acute', 'acute'] } }),
    ).toContain('dimensions.sectors.1')
    expect(pathsOf({ ...valid, stock: [valid.stock[0], valid.stock[0]] })).toContain('stock.1')
    expect(pathsOf({ ...valid, demand: { growth: [{ ratePerYear: Number.NaN }] } })).toContain(
      'demand.growth.0.ratePerYear',
    )
  })

  it('reports inconsistent dimensions between tables', () => {
    // An age band on a stock row when the projection has no age bands.
    expect(pathsOf({ ...valid, stock: [{ ...valid.stock[0], ageBand: '25-29' }] })).toContain(
      'stock.0.ageBand',
    )
    // No age band on a stock row when the projection has them.
    expect(
      pathsOf({ ...valid, dimensions: { ...valid.dimensions, ageBands: ['25-29', '30-34'] } }),
    ).toContain('stock.0.ageBand')
    // Age bands out of order.
    expect(
      pathsOf({
        ...valid,
        dimensions: { ...valid.dimensions, ageBands: ['30-34', '25-29'] },
        stock: [{ ...valid.stock[0], ageBand: '25-29' }],
      }),
    ).toContain('dimensions.ageBands.1')
    // Demand for a place the projection does not have.
    expect(
      pathsOf({
        ...valid,
        demand: {
          baseline: [
            { place: 'elsewhere', sector: 'acute', staffGroup: 'registered-nurse', fte: 1 },
          ],
        },
      }),
    ).toContain('demand.baseline.0.place')
    // Moves that would take more than everyone out of a cell.
    const moves = safeParseProjectionInput({
      ...valid,
      dimensions: { ...valid.dimensions, sectors: ['acute', 'community', 'mental-health'] },
      mobility: [
        { fromSector: 'acute', toSector: 'community', monthlyRate: 0.7 },
        { fromSector: 'acute', toSector: 'mental-health', monthlyRate: 0.7 },
      ],
    })
    expect(moves.success).toBe(false)
    expect(moves.issues[0]?.message).toMatch(/must not exceed its stock/)
  })

  it('rejects a scenario lever on a staff group, sector or place that does not exist', () => {
    const paths = pathsOf({
      ...valid,
      scenario: {
        id: 'bad',
        name: 'Bad',
        levers: [
          { type: 'retention', staffGroup: 'midwife', relativeChange: -0.1, fromMonth: '2025-04' },
          { type: 'productivity', sector: 'social-care', ratePerYear: 0.01 },
        ],
      },
    })
    expect(paths).toContain('scenario.levers.0.staffGroup')
    expect(paths).toContain('scenario.levers.1.sector')
  })

  it('gives zero, not NaN, for vacancy and cost when there is no demand, stock or pay', () => {
    const result = projectWorkforce({
      ...valid,
      stock: [],
      leaverRates: [],
      joiners: [],
      demand: { baseline: [] },
    })
    for (const name of ['headcount', 'fte', 'demandFte', 'gapFte', 'substantiveCostGbp'] as const)
      expect([...result.series[name]].every((value) => value === 0)).toBe(true)
  })

  it('parseProjectionInput fills defaults and throws on bad input', () => {
    expect(parseProjectionInput(valid).pipelines).toEqual([])
    expect(() => parseProjectionInput({ ...valid, horizonMonths: 500 })).toThrow(/horizonMonths/)
  })
})
