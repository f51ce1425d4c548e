import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeParseProjectionInput } from '../input/validate-input'
import { projectWorkforce } from '../project-workforce'
import { INFLOW_SERIES, OUTFLOW_SERIES } from '../result/projection-result'

const groups = ['clinical-support', 'nursing-associate']
const base = {
  startMonth: '2025-04',
  horizonMonths: 36,
  rateKind: 'per-person-year' as const,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: groups },
  stock: [
    { place: 'p', sector: 'acute', staffGroup: 'clinical-support', headcount: 500, ftePerHead: 1 },
    { place: 'p', sector: 'acute', staffGroup: 'nursing-associate', headcount: 50, ftePerHead: 1 },
  ],
}
const apprenticeship = {
  programme: 'nursing-associate-apprenticeship',
  staffGroup: 'nursing-associate',
  fromStaffGroup: 'clinical-support',
  durationMonths: 24,
  annualIntake: 40,
  attritionRate: 0.25,
  localUptakeShare: 1,
  entryMonth: 9,
}
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0)

describe('employment-based training', () => {
  it('moves completers from their staff group to the new one: nobody joins, nobody is counted twice', () => {
    const result = projectWorkforce(
      { ...base, pipelines: [apprenticeship] },
      { keep: ['staffGroup'] },
    )
    const n = result.groupCount
    const last = result.periods.length - 1
    const total = (t: number) =>
      result.series.headcount[t * n]! + result.series.headcount[t * n + 1]!
    // Cohorts of 40 × 0.75 complete each August: three in 36 months (2023, 2024 and 2025 intakes).
    expect(total(last)).toBeCloseTo(550, 9)
    expect(result.series.headcount[last * n + 1]).toBeCloseTo(50 + 3 * 30, 9)
    expect(result.series.headcount[last * n]).toBeCloseTo(500 - 3 * 30, 9)
    for (const name of INFLOW_SERIES.filter((each) => each.startsWith('joiners')))
      expect(sum(result.series[name]), name).toBe(0)
    expect(sum(result.series.movesIn)).toBeCloseTo(90, 9)
    expect(sum(result.series.movesOut)).toBeCloseTo(90, 9)
  })

  it('never moves more than the source group holds, and conserves people with any other flows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (source, intake, rate) => {
          const result = projectWorkforce(
            {
              ...base,
              stock: [{ ...base.stock[0]!, headcount: source }, base.stock[1]!],
              leaverRates: [{ reason: 'voluntary', ratePerYear: rate }],
              joiners: [{ staffGroup: 'clinical-support', reason: 'other', headcountPerYear: 60 }],
              pipelines: [{ ...apprenticeship, annualIntake: intake }],
            },
            { keep: ['staffGroup'] },
          )
          const n = result.groupCount
          for (let t = 0; t < result.periods.length; t++)
            for (let g = 0; g < n; g++) {
              let expected =
                t === 0 ? result.start.headcount[g]! : result.series.headcount[(t - 1) * n + g]!
              for (const name of INFLOW_SERIES) expected += result.series[name][t * n + g]!
              for (const name of OUTFLOW_SERIES) expected -= result.series[name][t * n + g]!
              const end = result.series.headcount[t * n + g]!
              expect(end).toBeGreaterThanOrEqual(0)
              expect(Math.abs(end - expected)).toBeLessThan(1e-9 * Math.max(1, end))
            }
        },
      ),
      { numRuns: 80 },
    )
  })

  it('refuses a transfer from a staff group the projection does not have', () => {
    const result = safeParseProjectionInput({
      ...base,
      pipelines: [{ ...apprenticeship, fromStaffGroup: 'care-worker' }],
    })
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => each.path.join('.'))).toEqual(['pipelines.0.fromStaffGroup'])
  })
})
