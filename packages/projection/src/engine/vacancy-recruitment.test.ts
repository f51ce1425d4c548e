import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeParseProjectionInput } from '../input/validate-input'
import { projectWorkforce } from '../project-workforce'
import { INFLOW_SERIES, OUTFLOW_SERIES } from '../result/projection-result'

const base = {
  startMonth: '2025-04',
  horizonMonths: 60,
  rateKind: 'per-person-year' as const,
  dimensions: {
    places: ['p'],
    sectors: ['acute'],
    staffGroups: ['registered-nurse'],
    ageBands: ['25-29', '30-34'],
  },
  stock: [
    {
      place: 'p',
      sector: 'acute',
      staffGroup: 'registered-nurse',
      ageBand: '25-29',
      headcount: 300,
      ftePerHead: 0.9,
    },
    {
      place: 'p',
      sector: 'acute',
      staffGroup: 'registered-nurse',
      ageBand: '30-34',
      headcount: 700,
      ftePerHead: 0.9,
    },
  ],
  leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.12 }],
  demand: {
    baseline: [{ place: 'p', sector: 'acute', staffGroup: 'registered-nurse', fte: 1000 }],
  },
}

describe('recruitment responding to vacancies', () => {
  it('fills a share of the opening vacancy each month, capped by the labour market', () => {
    const result = projectWorkforce(
      {
        ...base,
        horizonMonths: 1,
        recruitment: [{ vacancyFillPerMonth: 0.2, maxHeadcountPerYear: 10_000 }],
      },
      { keep: [] },
    )
    // Vacancy 1000 − 900 = 100 FTE; 20% of it is 20 FTE = 22.2 people at 0.9 FTE per head.
    expect(result.series.joinersOther[0]).toBeCloseTo(20 / 0.9, 9)
    const capped = projectWorkforce(
      {
        ...base,
        horizonMonths: 1,
        recruitment: [{ vacancyFillPerMonth: 0.2, maxHeadcountPerYear: 120 }],
      },
      { keep: [] },
    )
    expect(capped.series.joinersOther[0]).toBeCloseTo(10, 9)
  })

  it('never recruits above establishment: supply approaches demand from below, whatever the rates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (fill, rate, cap) => {
          const result = projectWorkforce(
            {
              ...base,
              leaverRates: [{ reason: 'voluntary', ratePerYear: rate }],
              recruitment: [{ vacancyFillPerMonth: fill, maxHeadcountPerYear: cap }],
            },
            { keep: ['ageBand'] },
          )
          const n = result.groupCount
          for (let t = 0; t < result.periods.length; t++) {
            let fte = 0
            let demand = 0
            for (let g = 0; g < n; g++) {
              fte += result.series.fte[t * n + g]!
              demand += result.series.demandFte[t * n + g]!
              let expected =
                t === 0 ? result.start.headcount[g]! : result.series.headcount[(t - 1) * n + g]!
              for (const name of INFLOW_SERIES) expected += result.series[name][t * n + g]!
              for (const name of OUTFLOW_SERIES) expected -= result.series[name][t * n + g]!
              expect(Math.abs(result.series.headcount[t * n + g]! - expected)).toBeLessThan(
                1e-9 * 1000,
              )
            }
            expect(fte).toBeLessThanOrEqual(demand + 1e-9)
          }
        },
      ),
      { numRuns: 100 },
    )
  })

  it('refuses a recruitment cap below zero and a row naming an unknown staff group', () => {
    const negative = safeParseProjectionInput({
      ...base,
      recruitment: [{ vacancyFillPerMonth: 0.1, maxHeadcountPerYear: -1 }],
    })
    expect(negative.issues.map((each) => each.path.join('.'))).toEqual([
      'recruitment.0.maxHeadcountPerYear',
    ])
    const unknown = safeParseProjectionInput({
      ...base,
      recruitment: [{ staffGroup: 'midwife', vacancyFillPerMonth: 0.1, maxHeadcountPerYear: 10 }],
    })
    expect(unknown.issues.map((each) => each.path.join('.'))).toEqual(['recruitment.0.staffGroup'])
  })
})
