import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { financialYearSummary } from './financial-year-summary'

const posts = ['registered-nurse', 'ahp'] as const

/** Two posts with different pay, no flows (nobody leaves or joins): supply holds at the stock. */
function twoPosts(demandFte: readonly [number, number], byAge = false) {
  const ageBands = ['25-29', '30-34']
  const ageBand = byAge ? { ageBand: '30-34' } : {}
  const input = {
    startMonth: '2025-04',
    horizonMonths: 12,
    rateKind: 'per-person-year' as const,
    dimensions: {
      places: ['p'],
      sectors: ['acute'],
      staffGroups: [...posts],
      ...(byAge ? { ageBands } : {}),
    },
    stock: [
      { place: 'p', sector: 'acute', staffGroup: 'registered-nurse', headcount: 10, ftePerHead: 1 },
      { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 4, ftePerHead: 0.5 },
    ].map((row) => ({ ...row, ...ageBand })),
    demand: {
      baseline: posts.map((staffGroup, i) => ({
        place: 'p',
        sector: 'acute',
        staffGroup,
        fte: demandFte[i]!,
      })),
    },
    finance: {
      pay: [
        { staffGroup: 'registered-nurse', annualPayGbp: '36000', onCostRate: 0.25 },
        { staffGroup: 'ahp', annualPayGbp: '40000', onCostRate: 0.2 },
      ],
      gapCover: [{ bankShare: 0.5, agencyShare: 0.3 }],
    },
  }
  return projectWorkforce(
    input,
    byAge ? { keep: ['place', 'sector', 'staffGroup', 'ageBand'] } : {},
  )
}

describe('cost to meet demand', () => {
  it('is demand FTE × each post’s pay with on-costs (hand-computed), apart from expected spend', () => {
    // Nurses: demand 12.5 FTE × £36,000 × 1.25 = £562,500; AHPs: 3 FTE × £40,000 × 1.2 = £144,000.
    const [year] = financialYearSummary(twoPosts([12.5, 3]), { keep: [] })
    expect(year?.costToMeetDemandGbp.toFixed(2)).toBe('706500.00')
    // Supply: 10 FTE × £45,000 + 2 FTE × £48,000 = £546,000 substantive.
    expect(year?.substantiveCostGbp.toFixed(2)).toBe('546000.00')
    // Expected spend adds bank and agency for the 3.5 FTE shortfall, not the full cost to meet demand.
    expect(year!.totalCostGbp.toNumber()).toBeGreaterThan(year!.substantiveCostGbp.toNumber())
    expect(year!.totalCostGbp.toFixed(2)).not.toBe(year!.costToMeetDemandGbp.toFixed(2))
  })

  it('equals the substantive cost when there is no gap', () => {
    const rows = financialYearSummary(twoPosts([10, 2]))
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.gapFte).toBeCloseTo(0, 9)
      expect(row.costToMeetDemandGbp.toFixed(2)).toBe(row.substantiveCostGbp.toFixed(2))
    }
  })

  it('scales with demand and adds up the same with or without age bands', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (nurses, ahps, factor) => {
          const cost = (result: ReturnType<typeof twoPosts>) =>
            financialYearSummary(result, { keep: [] })[0]!.costToMeetDemandGbp.toNumber()
          const base = cost(twoPosts([nurses, ahps]))
          const scaled = cost(twoPosts([nurses * factor, ahps * factor]))
          expect(Number.isFinite(base)).toBe(true)
          // Each total is rounded to the penny once.
          expect(Math.abs(scaled - base * factor)).toBeLessThanOrEqual(0.01 * (1 + factor))
          const byAge = cost(twoPosts([nurses, ahps], true))
          expect(Math.abs(byAge - base)).toBeLessThanOrEqual(0.02)
        },
      ),
      { numRuns: 30 },
    )
  })
})
