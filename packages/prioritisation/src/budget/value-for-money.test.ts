import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoredInitiative } from '../internal/fixtures'
import { rankInitiatives } from '../methods/rank-initiatives'
import { comparePortfolios, safeComparePortfolios } from './compare-portfolios'
import { selectPortfolio } from './select-portfolio'
import { safeValueForMoneyPortfolio, valueForMoneyPortfolio } from './value-for-money'

const fte = { unit: 'FTE of the 2029/30 gap closed', zero: 'no change from the baseline' }
const x = [
  {
    code: 'x',
    label: 'x',
    description: '',
    direction: 'benefit' as const,
    scale: { min: 1, max: 5 },
  },
]
const one = (id: string, costGbp: string, score: number) =>
  scoredInitiative(id, costGbp, [score], ['x'])

describe('valueForMoneyPortfolio', () => {
  it('mirrors the doc examples', () => {
    const result = safeValueForMoneyPortfolio(
      [
        { id: 'keep-nurses', costGbp: '900000', benefit: 165 },
        { id: 'jobs-hub', costGbp: '450000', benefit: 55 },
        { id: 'rosters', costGbp: '300000', benefit: 20 },
      ],
      { budgetGbp: '1000000', benefit: fte },
    )
    expect(result.success && result.value.chosen).toEqual(['keep-nurses'])
    expect(
      valueForMoneyPortfolio(
        [
          { id: 'a', costGbp: '4000', benefit: 10 },
          { id: 'b', costGbp: '5000', benefit: 20 },
        ],
        { budgetGbp: '6000', benefit: { unit: 'FTE', zero: 'no change' } },
      ).chosen,
    ).toEqual(['b'])
    const compared = safeComparePortfolios(
      [one('big', '800000', 5), one('small-a', '400000', 4), one('small-b', '400000', 4)],
      {
        criteria: x,
        budgetGbp: '800000',
        benefits: { big: 160, 'small-a': 30, 'small-b': 30 },
        benefit: fte,
      },
    )
    expect(compared.success && compared.value.onlyValueForMoney).toEqual(['big'])
    const single = comparePortfolios([one('a', '1000', 3)], {
      criteria: x,
      budgetGbp: '1000',
      benefits: { a: 12 },
      benefit: { unit: 'FTE', zero: 'no change' },
    })
    expect(single.fundedByBoth).toEqual(['a'])
  })

  it('buys the most benefit, where the score sum favours cheap middling items', () => {
    // Scores 5, 4, 4 on a 1-5 scale are worth 1, 0.75, 0.75 after rescaling: two cheap "4"s sum
    // to 1.5 and beat the "5" (1.0) for the same £800k, although the "5" closes 160 FTE and the
    // two "4"s 60 between them.
    const initiatives = [
      one('big', '800000', 5),
      one('small-a', '400000', 4),
      one('small-b', '400000', 4),
    ]
    const comparison = comparePortfolios(initiatives, {
      criteria: x,
      budgetGbp: '800000',
      benefits: { big: 160, 'small-a': 30, 'small-b': 30 },
      benefit: fte,
    })
    expect(comparison.scoreSum.portfolio.chosen).toEqual(['small-a', 'small-b'])
    expect(comparison.valueForMoney.chosen).toEqual(['big'])
    expect(comparison.valueForMoney.totalBenefit).toBe(160)
    expect(comparison.valueForMoney.costPerUnitGbp).toBe('5000.00')
    expect(comparison.onlyScoreSum).toEqual(['small-a', 'small-b'])
    expect(comparison.onlyValueForMoney).toEqual(['big'])
    expect(comparison.assumptions.map((each) => each.kind)).toEqual([
      'equal-weights',
      'tie',
      'score-sum',
      'benefit-zero',
    ])
    expect(comparison.valueForMoney.leftOut.map((each) => [each.id, each.reason])).toEqual([
      ['small-a', 'displaced'],
      ['small-b', 'displaced'],
    ])
  })

  it('reports benefit per £1m and cost per unit for each candidate, best first', () => {
    const result = valueForMoneyPortfolio(
      [
        { id: 'a', costGbp: '400000', benefit: 10 },
        { id: 'b', costGbp: '500000', benefit: 50 },
      ],
      { budgetGbp: '500000', benefit: fte },
    )
    expect(result.lines).toEqual([
      {
        id: 'b',
        costGbp: '500000.00',
        benefit: 50,
        benefitPerMillionGbp: 100,
        costPerUnitGbp: '10000.00',
        funded: true,
      },
      {
        id: 'a',
        costGbp: '400000.00',
        benefit: 10,
        benefitPerMillionGbp: 25,
        costPerUnitGbp: '40000.00',
        funded: false,
      },
    ])
  })

  it('refuses a negative benefit and a missing measure, and needs a benefit for every initiative', () => {
    const negative = safeValueForMoneyPortfolio([{ id: 'a', costGbp: '1', benefit: -3 }], {
      budgetGbp: '10',
      benefit: fte,
    })
    expect(negative.issues.map((each) => [each.code, each.path])).toEqual([
      ['out_of_range', ['items', 0, 'benefit']],
    ])
    const noMeasure = safeValueForMoneyPortfolio([], { budgetGbp: '10' } as never)
    expect(noMeasure.issues.map((each) => [each.code, each.path])).toEqual([
      ['required', ['benefit']],
    ])
    const missing = safeComparePortfolios([one('a', '10', 3), one('b', '10', 3)], {
      criteria: x,
      budgetGbp: '10',
      benefits: { a: 1, ghost: 2 },
      benefit: fte,
    })
    const errors = missing.issues.filter((each) => each.severity === 'error')
    expect(errors.map((each) => [each.code, each.path])).toEqual([
      ['required', ['benefits', 'b']],
      ['unknown_code', ['benefits', 'ghost']],
    ])
  })

  it('matches brute force on random sets and accounts for every initiative (property)', () => {
    const item = fc.record({
      cost: fc.integer({ min: 0, max: 20 }),
      benefit: fc.integer({ min: 0, max: 50 }),
    })
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 60 }),
        (list, budget) => {
          const items = list.map((each, i) => ({
            id: `i${i}`,
            costGbp: String(each.cost * 1000),
            benefit: each.benefit,
          }))
          const result = valueForMoneyPortfolio(items, {
            budgetGbp: String(budget * 1000),
            benefit: fte,
          })
          let best = 0
          for (let mask = 0; mask < 1 << list.length; mask += 1) {
            let cost = 0
            let benefit = 0
            list.forEach((each, i) => {
              if (mask & (1 << i)) {
                cost += each.cost
                benefit += each.benefit
              }
            })
            if (cost <= budget) best = Math.max(best, benefit)
          }
          expect(result.totalBenefit).toBe(best)
          const accounted = [...result.chosen, ...result.leftOut.map((each) => each.id)].sort()
          expect(accounted).toEqual(items.map((each) => each.id).sort())
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('leftOut says why each initiative is not funded', () => {
  it('names no value, unaffordable, conflict, displaced and ties', () => {
    const portfolio = selectPortfolio(
      [
        { id: 'worthless', costGbp: '1000', value: 0 },
        { id: 'too-dear', costGbp: '2000000', value: 9 },
        { id: 'needs-dear', costGbp: '1000', value: 1, dependsOn: ['too-dear'] },
        { id: 'hub', costGbp: '500000', value: 0.8 },
        { id: 'rival', costGbp: '100000', value: 0.1, excludes: ['hub'] },
        { id: 'twin-a', costGbp: '400000', value: 0.5 },
        { id: 'twin-b', costGbp: '400000', value: 0.5 },
      ],
      { budgetGbp: '900000' },
    )
    expect(portfolio.chosen).toEqual(['hub', 'twin-a'])
    const reasons = Object.fromEntries(portfolio.leftOut.map((each) => [each.id, each.reason]))
    expect(reasons).toEqual({
      worthless: 'no-value',
      'too-dear': 'unaffordable',
      'needs-dear': 'unaffordable',
      rival: 'displaced',
      'twin-b': 'displaced',
    })
    const why = Object.fromEntries(portfolio.leftOut.map((each) => [each.id, each.why]))
    expect(why['twin-b']).toMatch(/^a tie: funding it instead of twin-a/)
    expect(why['needs-dear']).toBe(
      'it costs £2001000.00 with what it depends on, more than the budget of £900000.00',
    )
    const outside = selectPortfolio(
      [
        { id: 'hub', costGbp: '500000', value: 0.8 },
        { id: 'rival', costGbp: '100000', value: 0.1, excludes: ['hub'] },
      ],
      { budgetGbp: '900000', marginCandidates: 0 },
    )
    expect(outside.leftOut.map((each) => each.reason)).toEqual(['conflict'])
  })
})

describe('ranking assumptions', () => {
  it('flags the equal-weights default and ties, and not given weights', () => {
    const three = [
      scoredInitiative('a', '100', [4, 3, 3, 3]),
      scoredInitiative('b', '200', [3, 4, 3, 3]),
      scoredInitiative('c', '300', [3, 3, 4, 3]),
      scoredInitiative('d', '300', [1, 1, 1, 1]),
    ]
    const equal = rankInitiatives(three)
    expect(equal.assumptions.map((each) => [each.kind, each.initiatives])).toEqual([
      ['equal-weights', []],
      ['tie', ['a', 'b', 'c']],
    ])
    const weighted = rankInitiatives(three, {
      weights: {
        'size-of-opportunity': 0.4,
        'need-for-collaboration': 0.3,
        feasibility: 0.2,
        'strategic-coherence': 0.1,
      },
    })
    expect(weighted.assumptions).toEqual([])
  })
})
