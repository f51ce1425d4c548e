import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prioritisedPortfolio, safePrioritisedPortfolio } from './prioritised-portfolio'
import { safeSelectPortfolio, selectPortfolio } from './select-portfolio'

interface Item {
  id: string
  costGbp: string
  value: number
  dependsOn: string[]
  excludes: string[]
}

// Brute force over all 2^n subsets: the reference the exact method must match.
function bruteForce(items: readonly Item[], budgetUnits: number, resolution: number): number {
  let best = 0
  const n = items.length
  for (let mask = 0; mask < 1 << n; mask += 1) {
    const inSet = (id: string) => items.some((item, i) => item.id === id && mask & (1 << i))
    let units = 0
    let value = 0
    let feasible = true
    items.forEach((item, i) => {
      if (!(mask & (1 << i))) return
      units += Math.ceil(Number(item.costGbp) / resolution)
      value += item.value
      if (!item.dependsOn.every(inSet) || item.excludes.some(inSet)) feasible = false
    })
    if (feasible && units <= budgetUnits && value > best) best = value
  }
  return best
}

const itemsArbitrary = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.tuple(
    fc.array(
      fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.double({ min: 0, max: 1, noNaN: true })),
      { minLength: n, maxLength: n },
    ),
    // Dependencies only on earlier items (acyclic by construction); exclusions anywhere.
    fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
      maxLength: 6,
    }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
      maxLength: 4,
    }),
  ),
)

describe('selectPortfolio', () => {
  it('runs the documented examples', () => {
    const result = safeSelectPortfolio(
      [
        { id: 'hub', costGbp: '400000', value: 0.8 },
        { id: 'hub-outreach', costGbp: '150000', value: 0.5, dependsOn: ['hub'] },
        { id: 'rosters', costGbp: '300000', value: 0.6 },
      ],
      { budgetGbp: '600000' },
    )
    expect(result.success && result.value.chosen).toEqual(['hub', 'hub-outreach'])
    expect(result.success && result.value.totalCostGbp).toBe('550000.00')
    expect(result.success && result.value.remainingGbp).toBe('50000.00')
    expect(
      selectPortfolio(
        [
          { id: 'a', costGbp: '5000', value: 1 },
          { id: 'b', costGbp: '5000', value: 2, excludes: ['a'] },
        ],
        { budgetGbp: '10000' },
      ).chosen,
    ).toEqual(['b'])
  })

  it('matches brute force on small random cases with dependencies and exclusions', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        fc.integer({ min: 0, max: 120_000 }),
        ([raw, deps, excl], budget) => {
          const items: Item[] = raw.map(([cost, value], i) => ({
            id: `i${i}`,
            costGbp: String(cost),
            value,
            dependsOn: [],
            excludes: [],
          }))
          for (const [a, b] of deps)
            if (a > b && !items[a]!.dependsOn.includes(`i${b}`)) items[a]!.dependsOn.push(`i${b}`)
          for (const [a, b] of excl)
            if (a !== b && !items[a]!.excludes.includes(`i${b}`)) items[a]!.excludes.push(`i${b}`)
          const portfolio = selectPortfolio(items, {
            budgetGbp: String(budget),
            marginCandidates: 3,
          })
          const expected = bruteForce(items, Math.floor(budget / 1000), 1000)
          expect(portfolio.totalValue).toBeCloseTo(expected, 9)
          // The chosen set is feasible and within budget in exact pounds.
          const chosen = new Set(portfolio.chosen)
          const cost = items
            .filter((item) => chosen.has(item.id))
            .reduce((total, item) => total + Number(item.costGbp), 0)
          expect(cost).toBeLessThanOrEqual(budget)
          for (const item of items.filter((each) => chosen.has(each.id))) {
            expect(item.dependsOn.every((id) => chosen.has(id))).toBe(true)
            expect(item.excludes.some((id) => chosen.has(id))).toBe(false)
          }
          for (const candidate of portfolio.margin) {
            expect(chosen.has(candidate.id)).toBe(false)
            if (candidate.feasible) expect(candidate.valueChange!).toBeLessThanOrEqual(1e-9)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('rounds costs up to the resolution so the budget is never exceeded', () => {
    const result = safeSelectPortfolio([{ id: 'a', costGbp: '1000.01', value: 1 }], {
      budgetGbp: '1000.50',
    })
    expect(result.success && result.value.chosen).toEqual([])
    expect(result.issues.some((each) => /rounded up/.test(each.message))).toBe(true)
    const exact = selectPortfolio([{ id: 'a', costGbp: '1000.01', value: 1 }], {
      budgetGbp: '1000.50',
      resolutionGbp: '0.01',
    })
    expect(exact.chosen).toEqual(['a'])
  })

  it('lists the margin: best excluded by value per pound and what each displaces', () => {
    const portfolio = selectPortfolio(
      [
        { id: 'a', costGbp: '500000', value: 0.9 },
        { id: 'b', costGbp: '400000', value: 0.5 },
        { id: 'c', costGbp: '300000', value: 0.45 },
        { id: 'd', costGbp: '100000', value: 0.05, dependsOn: ['b'] },
      ],
      { budgetGbp: '800000' },
    )
    expect(portfolio.chosen).toEqual(['a', 'c'])
    const b = portfolio.margin.find((each) => each.id === 'b')!
    expect(b.valuePerMillionGbp).toBeCloseTo(1.25, 12)
    // Best portfolio with b: b + c + d (£800k, value 1.0) instead of a + c (1.35).
    expect(b.displaces).toEqual(['a'])
    expect(b.needs).toEqual([])
    expect(b.alsoFunds).toEqual(['d'])
    expect(b.valueChange).toBeCloseTo(1.0 - 1.35, 12)
    const d = portfolio.margin.find((each) => each.id === 'd')!
    expect(d.needs).toEqual(['b'])
    expect(d.displaces).toEqual(['a'])
  })

  it('gives an empty portfolio with a warning when the budget is below every cost', () => {
    const result = safeSelectPortfolio([{ id: 'a', costGbp: '5000', value: 1 }], {
      budgetGbp: '4000',
    })
    expect(result.success).toBe(true)
    expect(result.success && result.value.chosen).toEqual([])
    expect(
      result.issues.some(
        (each) =>
          each.severity === 'warning' && /smaller than the cost of every/.test(each.message),
      ),
    ).toBe(true)
    expect(result.success && result.value.margin[0]?.feasible).toBe(false)
  })

  it('reports cycles, unknown references, duplicates and negative money', () => {
    const cycle = safeSelectPortfolio(
      [
        { id: 'a', costGbp: '1', value: 1, dependsOn: ['b'] },
        { id: 'b', costGbp: '1', value: 1, dependsOn: ['c'] },
        { id: 'c', costGbp: '1', value: 1, dependsOn: ['a'] },
      ],
      { budgetGbp: '10' },
    )
    expect(cycle.success).toBe(false)
    expect(cycle.issues[0]?.message).toMatch(/cycle among: a, b, c/)
    expect(
      safeSelectPortfolio([{ id: 'a', costGbp: '1', value: 1, dependsOn: ['zz'] }], {
        budgetGbp: '10',
      }).issues[0]?.code,
    ).toBe('unknown_code')
    expect(
      safeSelectPortfolio(
        [
          { id: 'a', costGbp: '1', value: 1 },
          { id: 'a', costGbp: '1', value: 1 },
        ],
        { budgetGbp: '10' },
      ).issues[0]?.code,
    ).toBe('duplicate_key')
    expect(
      safeSelectPortfolio([{ id: 'a', costGbp: '-1', value: 1 }], { budgetGbp: '10' }).success,
    ).toBe(false)
    expect(
      safeSelectPortfolio([{ id: 'a', costGbp: '1', value: 1 }], { budgetGbp: '-10' }).success,
    ).toBe(false)
    expect(
      safeSelectPortfolio([{ id: 'a', costGbp: '£1', value: 1 }], { budgetGbp: '10' }).success,
    ).toBe(false)
  })

  it('ranks then selects (documented examples)', () => {
    const score = (value: number) => [{ criterion: 'x', scorer: 'panel', score: value }]
    const criteria = [
      {
        code: 'x',
        label: 'x',
        description: '',
        direction: 'benefit' as const,
        scale: { min: 1, max: 5 },
      },
    ]
    const result = safePrioritisedPortfolio(
      [
        { id: 'a', title: 'A', owner: 'ICS', costGbp: '300000', scores: score(5) },
        { id: 'b', title: 'B', owner: 'ICS', costGbp: '200000', scores: score(4) },
        { id: 'c', title: 'C', owner: 'ICS', costGbp: '200000', scores: score(4) },
      ],
      { criteria, budgetGbp: '400000' },
    )
    expect(result.success && result.value.portfolio.chosen).toEqual(['b', 'c'])
    expect(
      prioritisedPortfolio(
        [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: score(3) }],
        { criteria, budgetGbp: '500' },
      ).portfolio.chosen,
    ).toEqual([])
  })
})
