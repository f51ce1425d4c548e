import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeSelectPortfolio, selectPortfolio } from './budget/select-portfolio'
import { safeOpportunityScoreFromImpact } from './impact/opportunity-score'
import { scoredInitiative } from './internal/fixtures'
import { safeRankInitiatives } from './methods/rank-initiatives'
import { SMAA_MAX_DRAWS, safeSmaa } from './stability/smaa'
import { safeAhpWeights } from './weights/ahp-weights'
import { safeAggregatePriorities } from './weights/group-judgements'

// Regression tests for the bad input of issue 15 (finding 5) and issue 13 ("bad input, in every
// package"): each returned a wrong answer, threw or never returned before.

const xyz = ['x', 'y', 'z'].map((code) => ({
  code,
  label: code,
  description: '',
  direction: 'benefit' as const,
  scale: { min: 1, max: 5 },
}))
const three = [
  scoredInitiative('a', '100', [5, 1, 3], ['x', 'y', 'z']),
  scoredInitiative('b', '200', [1, 5, 3], ['x', 'y', 'z']),
  scoredInitiative('c', '300', [3, 3, 5], ['x', 'y', 'z']),
]

describe('SMAA sampling is bounded', () => {
  it('documents its draw limit', () => {
    expect(SMAA_MAX_DRAWS).toBe(50_000_000)
  })

  it('gives up with insufficient_data when upper bounds leave almost no feasible weights', () => {
    // x ≤ 0.0005 and y ≤ 0.0005: about 5e-7 of the simplex. Before, 10,000,000 samples at the
    // default rate meant up to 1e10 draws (hours); now sampling stops at the first checkpoint.
    const result = safeSmaa(three, {
      criteria: xyz,
      samples: 10_000_000,
      weightBounds: { x: { max: 0.0005 }, y: { max: 0.0005 } },
    })
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => [each.code, each.path])).toEqual([
      ['insufficient_data', ['weightBounds']],
    ])
    expect(result.issues[0]?.message).toMatch(/minAcceptanceRate/)
  })

  it('refuses minAcceptanceRate 0 (which never gave up) and rates above 1', () => {
    for (const minAcceptanceRate of [0, -0.1, 1.5]) {
      const result = safeSmaa(three, {
        criteria: xyz,
        samples: 100,
        minAcceptanceRate,
        weightBounds: { x: { max: 0.0005 }, y: { max: 0.0005 } },
      })
      expect(result.issues.map((each) => [each.code, each.path])).toEqual([
        ['out_of_range', ['minAcceptanceRate']],
      ])
    }
  })

  it('samples directly above lower bounds, however little room they leave', () => {
    // Minimums summing to 0.9999 leave 1e-4 of each weight free: rejection accepted about
    // 1e-8 of draws and failed; drawing above the minimums accepts every draw.
    const result = safeSmaa(three, {
      criteria: xyz,
      samples: 2000,
      weightBounds: { x: { min: 0.3333 }, y: { min: 0.3333 }, z: { min: 0.3333 } },
    })
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.value.draws).toBe(2000)
    for (const each of result.value.initiatives) {
      for (const weight of Object.values(each.centralWeights ?? {})) {
        expect(weight).toBeGreaterThanOrEqual(0.3333)
        expect(weight).toBeLessThanOrEqual(0.3335)
      }
    }
  })

  it('keeps every accepted draw within the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (lower, upper) => {
          const result = safeSmaa(three, {
            criteria: xyz,
            samples: 200,
            weightBounds: { x: { min: lower, max: upper } },
          })
          if (!result.success) return
          for (const each of result.value.initiatives) {
            const x = each.centralWeights?.x
            if (x !== undefined) {
              expect(x).toBeGreaterThanOrEqual(lower - 1e-12)
              expect(x).toBeLessThanOrEqual(upper + 1e-12)
            }
          }
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('options that are not objects are issues, not TypeErrors', () => {
  it('safeRankInitiatives(x, null) returns invalid_type at options', () => {
    const result = safeRankInitiatives(three, null as never)
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => [each.code, each.path])).toEqual([
      ['invalid_type', ['options']],
    ])
  })

  it('safeOpportunityScoreFromImpact(NaN) names the impact and the missing mapping', () => {
    const result = safeOpportunityScoreFromImpact(Number.NaN as never, undefined as never)
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => [each.code, each.path])).toEqual([
      ['invalid_type', ['impact']],
      ['required', ['mapping']],
    ])
  })
})

describe('nonsense options are refused', () => {
  it('duplicate AHP criteria are a duplicate_key (one weight was silently lost)', () => {
    const result = safeAhpWeights(
      [
        [1, 2],
        [0.5, 1],
      ],
      { criteria: ['a', 'a'] },
    )
    expect(result.success).toBe(false)
    expect(result.issues[0]?.code).toBe('duplicate_key')
  })

  it('marginCandidates must be a whole number from 0 (−1 was taken as 0)', () => {
    const items = [{ id: 'a', costGbp: '1000', value: 1 }]
    for (const marginCandidates of [-1, 1.5, Number.POSITIVE_INFINITY]) {
      const result = safeSelectPortfolio(items, { budgetGbp: '500', marginCandidates })
      expect(result.issues.map((each) => each.path)).toEqual([['marginCandidates']])
    }
    expect(selectPortfolio(items, { budgetGbp: '500', marginCandidates: 0 }).margin).toEqual([])
  })

  it('group aggregation weights: negative or mismatched are refused, huge ones do not overflow', () => {
    const vectors = [
      { a: 0.5, b: 0.5 },
      { a: 0.8, b: 0.2 },
    ]
    expect(safeAggregatePriorities(vectors, { personWeights: [-1, 2] }).issues[0]?.code).toBe(
      'out_of_range',
    )
    expect(safeAggregatePriorities(vectors, { personWeights: [1] }).issues[0]?.code).toBe(
      'invalid_value',
    )
    // 1e308 + 1e308 overflowed to Infinity, so both people weighed 0 and the answer was 50:50.
    const equal = safeAggregatePriorities(vectors, { personWeights: [1, 1] })
    const huge = safeAggregatePriorities(vectors, { personWeights: [1e308, 1e308] })
    expect(huge.success && equal.success).toBe(true)
    if (huge.success && equal.success) {
      expect(huge.value.a).toBeCloseTo(equal.value.a as number, 12)
      expect(huge.value.a).toBeCloseTo(Math.sqrt(0.4) / (Math.sqrt(0.4) + Math.sqrt(0.1)), 12)
    }
  })
})
