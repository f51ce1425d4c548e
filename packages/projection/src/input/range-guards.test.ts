import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { PROJECTION_SERIES } from '../result/projection-result'
import { PROJECTION_LIMITS } from './projection-input'
import { safeParseProjectionInput } from './validate-input'

const post = { place: 'p', sector: 'acute', staffGroup: 'ahp' }
const base = {
  startMonth: '2025-04',
  horizonMonths: 24,
  rateKind: 'per-person-year' as const,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
  stock: [{ ...post, headcount: 100, ftePerHead: 1 }],
}
const pipeline = {
  programme: 'ahp-degrees',
  staffGroup: 'ahp',
  durationMonths: 12,
  annualIntake: 10,
  attritionRate: 0.1,
  localUptakeShare: 0.5,
  entryMonth: 9,
}

describe('range guards', () => {
  it('refuse finite inputs whose products would overflow to Infinity, each with its path', () => {
    const cases: [object, string][] = [
      [{ stock: [{ ...post, headcount: 1e308, ftePerHead: 1 }] }, 'stock.0.headcount'],
      [{ finance: { pay: [{ annualPayGbp: 1e308 }] } }, 'finance.pay.0.annualPayGbp'],
      [
        { joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerYear: 1e308 }] },
        'joiners.0.headcountPerYear',
      ],
      [{ pipelines: [{ ...pipeline, annualIntake: 1e308 }] }, 'pipelines.0.annualIntake'],
      [
        {
          demand: {
            activity: [{ ...post, activityPerYear: 1000, activityPerFtePerYear: 5e-324 }],
          },
        },
        'demand.activity.0.activityPerFtePerYear',
      ],
      [
        { demand: { population: [{ place: 'p', year: 2025, ageBand: '0-4', persons: 1e308 }] } },
        'demand.population.0.persons',
      ],
    ]
    for (const [change, path] of cases) {
      const result = safeParseProjectionInput({ ...base, ...change })
      expect(result.success, path).toBe(false)
      const found = result.issues.find((each) => each.path.join('.').startsWith(path))
      expect(found?.message, path).toMatch(/at (most|least)/)
    }
  })

  it('project finite numbers at every limit', () => {
    const result = projectWorkforce({
      ...base,
      stock: [{ ...post, headcount: PROJECTION_LIMITS.headcount, ftePerHead: 2 }],
      leaverRates: [{ reason: 'voluntary', ratePerYear: 1 }],
      joiners: [
        { staffGroup: 'ahp', reason: 'other', headcountPerMonth: PROJECTION_LIMITS.headcount },
      ],
      pipelines: [{ ...pipeline, annualIntake: PROJECTION_LIMITS.annualIntake }],
      demand: {
        activity: [
          {
            ...post,
            activityPerYear: PROJECTION_LIMITS.activity,
            activityPerFtePerYear: PROJECTION_LIMITS.minActivityPerFte,
          },
        ],
        growth: [{ ratePerYear: 0.5 }],
      },
      finance: {
        pay: [
          { annualPayGbp: PROJECTION_LIMITS.annualPayGbp, onCostRate: 2, agencyPremiumRate: 5 },
        ],
        gapCover: [{ bankShare: 0.5, agencyShare: 0.5 }],
      },
    })
    for (const name of PROJECTION_SERIES)
      expect([...result.series[name]].every(Number.isFinite), name).toBe(true)
  })
})
