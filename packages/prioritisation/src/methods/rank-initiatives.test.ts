import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Criterion } from '../criteria/criterion-schema'
import { fourTestsCodes } from '../criteria/four-tests'
import { scoredInitiative } from '../internal/fixtures'
import type { RankingMethod } from './prepare-ranking'
import { rankInitiatives, safeRankInitiatives } from './rank-initiatives'

const weights = {
  'size-of-opportunity': 0.4,
  'need-for-collaboration': 0.2,
  feasibility: 0.2,
  'strategic-coherence': 0.2,
}
const methods: RankingMethod[] = ['weighted-sum', 'topsis', 'promethee-ii']

describe('rankInitiatives', () => {
  it('runs the documented example', () => {
    const score = (criterion: string, value: number) => ({
      criterion,
      scorer: 'panel',
      score: value,
    })
    const ranking = rankInitiatives(
      [
        {
          id: 'jobs-hub',
          title: 'Jobs hub',
          owner: 'ICS',
          costGbp: '450000',
          scores: [
            score('size-of-opportunity', 4),
            score('need-for-collaboration', 5),
            score('feasibility', 4),
            score('strategic-coherence', 5),
          ],
        },
        {
          id: 'rosters',
          title: 'E-rostering',
          owner: 'Trusts',
          costGbp: '300000',
          scores: [
            score('size-of-opportunity', 3),
            score('need-for-collaboration', 2),
            score('feasibility', 4),
            score('strategic-coherence', 3),
          ],
        },
      ],
      { weights },
    )
    expect(ranking.initiatives[0]?.id).toBe('jobs-hub')
    const single = rankInitiatives(
      [
        {
          id: 'a',
          title: 'A',
          owner: 'ICS',
          costGbp: '1000',
          scores: [{ criterion: 'feasibility', scorer: 'x', score: 3 }],
        },
      ],
      {
        criteria: [
          {
            code: 'feasibility',
            label: 'Feasibility',
            description: '',
            direction: 'benefit',
            scale: { min: 1, max: 5 },
          },
        ],
      },
    )
    expect(single.initiatives[0]?.score).toBe(0.5)
  })

  it('computes weighted-sum scores and additive contributions', () => {
    const ranking = rankInitiatives(
      [scoredInitiative('a', '100', [5, 1, 3, 3]), scoredInitiative('b', '100', [1, 5, 3, 3])],
      { weights },
    )
    const a = ranking.initiatives.find((each) => each.id === 'a')!
    expect(a.score).toBeCloseTo(0.4 * 1 + 0.2 * 0 + 0.2 * 0.5 + 0.2 * 0.5, 12)
    expect(a.contributions['size-of-opportunity']).toBeCloseTo(0.4, 12)
    expect(Object.values(a.contributions).reduce((total, value) => total + value, 0)).toBeCloseTo(
      a.score,
      12,
    )
    expect(ranking.initiatives.map((each) => each.rank)).toEqual([1, 2])
  })

  it('gives tied scores the same competition rank, ordered by lower cost then id', () => {
    const ranking = rankInitiatives(
      [
        scoredInitiative('d', '100', [1, 1, 1, 1]),
        scoredInitiative('c', '500', [3, 3, 3, 3]),
        scoredInitiative('b', '200', [3, 3, 3, 3]),
        scoredInitiative('a', '200', [3, 3, 3, 3]),
        scoredInitiative('top', '900', [5, 5, 5, 5]),
      ],
      { weights },
    )
    expect(ranking.initiatives.map((each) => each.id)).toEqual(['top', 'a', 'b', 'c', 'd'])
    expect(ranking.initiatives.map((each) => each.rank)).toEqual([1, 2, 2, 2, 5])
  })

  it('aggregates scorers and flags contested scores', () => {
    const initiative = {
      ...scoredInitiative('a', '100', [3, 3, 3, 3]),
      scores: [
        ...scoredInitiative('a', '100', [3, 3, 3, 3]).scores,
        { criterion: 'feasibility', scorer: 'finance', score: 1 },
        { criterion: 'feasibility', scorer: 'trusts', score: 5 },
      ],
    }
    const mean = rankInitiatives([initiative], { weights, aggregation: 'mean' })
    expect(mean.initiatives[0]?.scores.feasibility).toBe(3)
    expect(mean.initiatives[0]?.contestedCriteria).toEqual(['feasibility'])
    expect(mean.contested[0]?.spread).toBe(4)
    const geometric = rankInitiatives([initiative], { weights, aggregation: 'geometric-mean' })
    expect(geometric.initiatives[0]?.scores.feasibility).toBeCloseTo(Math.cbrt(15), 12)
    const lenient = rankInitiatives([initiative], { weights, disagreementThreshold: 4 })
    expect(lenient.contested).toEqual([])
  })

  it('an initiative that dominates another never ranks below it (every method)', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(
        fc.array(scores, { minLength: 1, maxLength: 8 }),
        scores,
        fc.constantFrom(...methods),
        (others, base, method) => {
          const dominating = base.map((value) => Math.min(5, value + 1))
          const initiatives = [
            scoredInitiative('dominated', '100', base),
            scoredInitiative('dominating', '999', dominating),
            ...others.map((each, index) => scoredInitiative(`o${index}`, '100', each)),
          ]
          const ranking = rankInitiatives(initiatives, { weights, method })
          const rankOf = (id: string) => ranking.initiatives.find((each) => each.id === id)!.rank
          expect(rankOf('dominating')).toBeLessThanOrEqual(rankOf('dominated'))
        },
      ),
    )
  })

  it('weighted sum is invariant to a positive affine rescaling of a criterion and its scale', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(
        fc.array(scores, { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (rows, factor, shift) => {
          const initiatives = rows.map((each, index) => scoredInitiative(`i${index}`, '100', each))
          const before = rankInitiatives(initiatives, { weights })
          const criteria: Criterion[] = fourTestsCodes.map((code) => ({
            code,
            label: code,
            description: '',
            direction: 'benefit',
            scale:
              code === 'feasibility'
                ? { min: 1 * factor + shift, max: 5 * factor + shift }
                : { min: 1, max: 5 },
          }))
          const rescaled = initiatives.map((each) => ({
            ...each,
            scores: each.scores.map((score) =>
              score.criterion === 'feasibility'
                ? { ...score, score: score.score * factor + shift }
                : score,
            ),
          }))
          const after = rankInitiatives(rescaled, { weights, criteria })
          expect(after.initiatives.map((each) => each.id)).toEqual(
            before.initiatives.map((each) => each.id),
          )
          after.initiatives.forEach((each, index) => {
            expect(each.score).toBeCloseTo(before.initiatives[index]!.score, 9)
          })
        },
      ),
    )
  })

  it('ranks with TOPSIS and PROMETHEE II, with preference functions per criterion', () => {
    const initiatives = [
      scoredInitiative('a', '100', [5, 2, 3, 4]),
      scoredInitiative('b', '100', [3, 4, 4, 3]),
      scoredInitiative('c', '100', [1, 1, 1, 1]),
    ]
    const topsis = rankInitiatives(initiatives, { weights, method: 'topsis' })
    expect(topsis.initiatives.at(-1)?.id).toBe('c')
    const promethee = rankInitiatives(initiatives, {
      weights,
      method: 'promethee-ii',
      preferenceFunctions: { 'size-of-opportunity': { type: 'linear', q: 0, p: 2 } },
    })
    expect(promethee.initiatives.reduce((total, each) => total + each.score, 0)).toBeCloseTo(0, 12)
    expect(promethee.method).toBe('promethee-ii')
  })

  it('gives clear issues for bad input', () => {
    const good = [
      scoredInitiative('a', '100', [1, 2, 3, 4]),
      scoredInitiative('b', '100', [4, 3, 2, 1]),
    ]
    const duplicate = safeRankInitiatives([...good, scoredInitiative('a', '5', [1, 1, 1, 1])], {
      weights,
    })
    expect(duplicate.success).toBe(false)
    expect(duplicate.issues[0]?.code).toBe('duplicate_key')
    expect(duplicate.issues[0]?.message).toMatch(/"a"/)

    const missing = safeRankInitiatives(
      [scoredInitiative('a', '100', [1, 2, 3], fourTestsCodes.slice(0, 3))],
      { weights },
    )
    expect(missing.issues[0]?.code).toBe('required')
    expect(missing.issues[0]?.column).toBe('strategic-coherence')

    const notSummingToOne = safeRankInitiatives(good, { weights: { ...weights, feasibility: 0.5 } })
    expect(notSummingToOne.issues[0]?.message).toMatch(/not 1/)
    expect(
      safeRankInitiatives(good, {
        weights: { ...weights, feasibility: 0.5 },
        normaliseWeights: true,
      }).success,
    ).toBe(true)

    const outOfScale = safeRankInitiatives([scoredInitiative('a', '100', [6, 2, 3, 4])], {
      weights,
    })
    expect(outOfScale.issues[0]?.code).toBe('out_of_range')

    const constant = safeRankInitiatives(
      [scoredInitiative('a', '100', [3, 2, 3, 4]), scoredInitiative('b', '100', [3, 4, 2, 1])],
      { weights, method: 'topsis' },
    )
    expect(constant.success).toBe(true)
    expect(
      constant.issues.some(
        (each) =>
          each.severity === 'warning' && /same score on size-of-opportunity/.test(each.message),
      ),
    ).toBe(true)

    const badSchema = safeRankInitiatives([{ id: 'a' }], { weights })
    expect(badSchema.success).toBe(false)
    expect(badSchema.issues[0]?.table).toBe('initiatives')

    expect(safeRankInitiatives([], { weights }).issues[0]?.code).toBe('empty_input')
    expect(
      safeRankInitiatives(good, { weights, method: 'electre' as RankingMethod }).issues[0]?.code,
    ).toBe('unknown_code')
  })

  it('warns (never silently drops) scores for criteria outside the set', () => {
    const initiative = {
      ...scoredInitiative('a', '100', [1, 2, 3, 4]),
      scores: [
        ...scoredInitiative('a', '100', [1, 2, 3, 4]).scores,
        { criterion: 'other', scorer: 'x', score: 9 },
      ],
    }
    const result = safeRankInitiatives([initiative], { weights })
    expect(result.success).toBe(true)
    expect(
      result.issues.some((each) => each.severity === 'warning' && each.column === 'other'),
    ).toBe(true)
  })
})
