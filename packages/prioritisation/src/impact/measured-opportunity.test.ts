import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainRanking } from '../audit/explain-ranking'
import { scoredInitiative } from '../internal/fixtures'
import { rankInitiatives } from '../methods/rank-initiatives'
import {
  safeScoreOpportunityFromImpacts,
  scoreOpportunityFromImpacts,
} from './measured-opportunity'

const weights = {
  'size-of-opportunity': 0.4,
  'need-for-collaboration': 0.2,
  feasibility: 0.2,
  'strategic-coherence': 0.2,
}
// Panel scores on the four tests; size of opportunity (first) is to be replaced by measurement.
const initiatives = [
  scoredInitiative('keep-nurses', '900000', [3, 4, 4, 4]),
  scoredInitiative('jobs-hub', '450000', [4, 4, 4, 4]),
  scoredInitiative('rosters', '300000', [4, 2, 4, 3]),
]
const impacts = [
  { initiative: 'keep-nurses', fteGapClosed: 165, costAvoidedGbp: '2400000', year: '2029/30' },
  { initiative: 'jobs-hub', fteGapClosed: 55, costAvoidedGbp: '800000', year: '2029/30' },
  { initiative: 'rosters', fteGapClosed: 22, costAvoidedGbp: '350000', year: '2029/30' },
]

describe('scoreOpportunityFromImpacts', () => {
  it('mirrors the doc examples', () => {
    const score = (criterion: string, value: number) => ({
      criterion,
      scorer: 'panel',
      score: value,
    })
    const result = safeScoreOpportunityFromImpacts(
      [
        {
          id: 'keep-nurses',
          title: 'Keep nurses',
          owner: 'ICS',
          costGbp: '900000',
          scores: [score('size-of-opportunity', 3)],
        },
        {
          id: 'jobs-hub',
          title: 'Jobs hub',
          owner: 'ICS',
          costGbp: '450000',
          scores: [score('size-of-opportunity', 4)],
        },
      ],
      [
        { initiative: 'keep-nurses', fteGapClosed: 165, year: '2029/30' },
        { initiative: 'jobs-hub', fteGapClosed: 55, year: '2029/30' },
      ],
    )
    expect(result.success && result.value.scoring.scores[1]?.calculation).toBe(
      '1 + 4 × clamp((55 − 0) / (165 − 0), 0, 1) = 2.33333',
    )
    const scored = scoreOpportunityFromImpacts(
      [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [] }],
      [{ initiative: 'a', fteGapClosed: 40, year: '2029/30' }],
      { mapping: { kind: 'anchors', low: 0, high: 80 } },
    )
    expect(scored.scoring.scores[0]?.score).toBe(3)
  })

  it('scores each measured impact by the stated formula (hand calculation)', () => {
    const result = scoreOpportunityFromImpacts(initiatives, impacts, {
      mapping: { kind: 'anchors', low: 0, high: 200 },
    })
    // 1 + 4 × 165/200 = 4.3; 1 + 4 × 55/200 = 2.1; 1 + 4 × 22/200 = 1.44.
    expect(result.scoring.scores.map((each) => each.score)).toEqual([4.3, 2.1, 1.44])
    expect(result.scoring.scores[0]?.calculation).toBe(
      '1 + 4 × clamp((165 − 0) / (200 − 0), 0, 1) = 4.3',
    )
    expect(result.scoring.year).toBe('2029/30')
    expect(result.scoring.formula).toContain('FTE of the gap closed in 2029/30')
    const keep = result.initiatives[0]?.scores.filter(
      (each) => each.criterion === 'size-of-opportunity',
    )
    expect(keep).toEqual([
      {
        criterion: 'size-of-opportunity',
        scorer: 'projection',
        score: 4.3,
        evidence:
          'Measured: 165 FTE of the gap closed in 2029/30 (scenario against baseline); score 1 + 4 × clamp((165 − 0) / (200 − 0), 0, 1) = 4.3',
      },
    ])
  })

  it('defaults to a ratio scale from 0 to the largest impact, and scores cost avoided too', () => {
    const byFte = scoreOpportunityFromImpacts(initiatives, impacts)
    expect(byFte.scoring.mapping).toEqual({ kind: 'anchors', low: 0, high: 165 })
    expect(byFte.scoring.scores[0]?.score).toBe(5)
    expect(byFte.scoring.scores[2]?.score).toBeCloseTo(1 + (4 * 22) / 165, 12)
    const byCost = scoreOpportunityFromImpacts(initiatives, impacts, { measure: 'costAvoidedGbp' })
    expect(byCost.scoring.scores[1]?.score).toBeCloseTo(1 + (4 * 800_000) / 2_400_000, 12)
  })

  it('changes the ranking and records the formula in the audit', () => {
    const measured = scoreOpportunityFromImpacts(initiatives, impacts)
    const before = rankInitiatives(initiatives, { weights }).initiatives.map((each) => each.id)
    const after = rankInitiatives(measured.initiatives, { weights }).initiatives.map(
      (each) => each.id,
    )
    expect(before[0]).toBe('jobs-hub')
    expect(after[0]).toBe('keep-nurses')
    const audit = explainRanking(measured.initiatives, {
      weights,
      smaa: false,
      opportunity: measured.scoring,
    })
    expect(audit.opportunity?.formula).toBe(measured.scoring.formula)
    const evidence = audit.explanations
      .find((each) => each.id === 'rosters')
      ?.criteria.find((each) => each.criterion === 'size-of-opportunity')?.byScorer[0]?.evidence
    expect(evidence).toContain('score 1 + 4 × clamp((22 − 0) / (165 − 0), 0, 1)')
  })

  it('refuses impacts measured in different years and unknown or repeated initiatives', () => {
    const mixed = safeScoreOpportunityFromImpacts(initiatives, [
      { initiative: 'keep-nurses', fteGapClosed: 165, year: '2029/30' },
      { initiative: 'jobs-hub', fteGapClosed: 55, year: '2034/35' },
    ])
    expect(mixed.issues.map((each) => each.code)).toEqual(['inconsistent'])
    const wrong = safeScoreOpportunityFromImpacts(initiatives, [
      { initiative: 'ghost', fteGapClosed: 1 },
      { initiative: 'rosters', fteGapClosed: 1 },
      { initiative: 'rosters', fteGapClosed: 2 },
    ])
    expect(wrong.issues.map((each) => each.code)).toEqual(['unknown_code', 'duplicate_key'])
  })

  it('keeps the panel score of an unmeasured initiative, with a warning', () => {
    const result = safeScoreOpportunityFromImpacts(initiatives, impacts.slice(0, 2))
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.value.scoring.unmeasured).toEqual(['rosters'])
    expect(result.issues.map((each) => [each.code, each.severity])).toEqual([
      ['insufficient_data', 'warning'],
    ])
    expect(result.value.initiatives[2]).toEqual(initiatives[2])
  })

  it('scores stay on the scale and never fall as the impact grows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 6 }),
        (gaps) => {
          const list = gaps.map((_, i) => scoredInitiative(`i${i}`, '1000', [3, 3, 3, 3]))
          const result = safeScoreOpportunityFromImpacts(
            list,
            gaps.map((fteGapClosed, i) => ({ initiative: `i${i}`, fteGapClosed })),
            { mapping: { kind: 'anchors', low: 0, high: 1e5 } },
          )
          expect(result.success).toBe(true)
          if (!result.success) return
          const scores = result.value.scoring.scores
          for (const a of scores) {
            expect(a.score).toBeGreaterThanOrEqual(1)
            expect(a.score).toBeLessThanOrEqual(5)
            for (const b of scores)
              if (a.value <= b.value) expect(a.score).toBeLessThanOrEqual(b.score)
          }
        },
      ),
    )
  })
})
