import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { opportunityScoreFromImpact, safeOpportunityScoreFromImpact } from './opportunity-score'

describe('opportunityScoreFromImpact', () => {
  it('runs the documented examples', () => {
    const result = safeOpportunityScoreFromImpact(
      { fteGapClosed: 150 },
      { mapping: { kind: 'anchors', low: 0, high: 300 } },
    )
    expect(result.success && result.value).toBe(3)
    expect(
      opportunityScoreFromImpact(
        { fteGapClosed: 240 },
        { mapping: { kind: 'quantiles', population: [10, 40, 80, 150, 240] } },
      ),
    ).toBe(5)
  })

  it('maps linearly between anchors and clamps outside them', () => {
    const anchors = { kind: 'anchors', low: 0, high: 2_000_000 } as const
    expect(
      opportunityScoreFromImpact(
        { costAvoidedGbp: '500000' },
        { measure: 'costAvoidedGbp', mapping: anchors },
      ),
    ).toBe(2)
    expect(
      opportunityScoreFromImpact(
        { costAvoidedGbp: '9000000' },
        { measure: 'costAvoidedGbp', mapping: anchors },
      ),
    ).toBe(5)
    expect(
      opportunityScoreFromImpact(
        { fteGapClosed: -5 },
        { mapping: { kind: 'anchors', low: 0, high: 100 } },
      ),
    ).toBe(1)
    expect(
      opportunityScoreFromImpact(
        { fteGapClosed: 60 },
        { mapping: { kind: 'anchors', low: 0, high: 100 }, round: true },
      ),
    ).toBe(3)
    expect(
      opportunityScoreFromImpact(
        { fteGapClosed: 50 },
        { scale: { min: 0, max: 10 }, mapping: { kind: 'anchors', low: 0, high: 100 } },
      ),
    ).toBe(5)
  })

  it('gives quintile bands that are monotone in the impact', () => {
    const population = [5, 10, 20, 40, 60, 80, 100, 150, 200, 300]
    const scores = population.map((value) =>
      opportunityScoreFromImpact(
        { fteGapClosed: value },
        { mapping: { kind: 'quantiles', population } },
      ),
    )
    expect(scores).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (pop, a, b) => {
          const score = (x: number) =>
            opportunityScoreFromImpact(
              { fteGapClosed: x },
              { mapping: { kind: 'quantiles', population: pop } },
            )
          if (a <= b) expect(score(a)).toBeLessThanOrEqual(score(b))
          expect(score(a)).toBeGreaterThanOrEqual(1)
          expect(score(a)).toBeLessThanOrEqual(5)
        },
      ),
    )
  })

  it('names missing or bad impacts and mappings', () => {
    expect(
      safeOpportunityScoreFromImpact({}, { mapping: { kind: 'anchors', low: 0, high: 1 } })
        .issues[0]?.code,
    ).toBe('required')
    expect(
      safeOpportunityScoreFromImpact(
        { fteGapClosed: Number.NaN },
        { mapping: { kind: 'anchors', low: 0, high: 1 } },
      ).success,
    ).toBe(false)
    expect(
      safeOpportunityScoreFromImpact(
        { fteGapClosed: 1 },
        { mapping: { kind: 'anchors', low: 1, high: 1 } },
      ).success,
    ).toBe(false)
    expect(
      safeOpportunityScoreFromImpact(
        { fteGapClosed: 1 },
        { mapping: { kind: 'quantiles', population: [] } },
      ).issues[0]?.code,
    ).toBe('insufficient_data')
    expect(
      safeOpportunityScoreFromImpact(
        { costAvoidedGbp: '£5' },
        { measure: 'costAvoidedGbp', mapping: { kind: 'anchors', low: 0, high: 1 } },
      ).success,
    ).toBe(false)
  })
})
