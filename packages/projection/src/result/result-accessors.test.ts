import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { aggregateProjection, safeAggregateProjection } from './aggregate-projection'
import { financialYearSummary } from './financial-year-summary'
import { flowWaterfall, safeFlowWaterfall } from './flow-waterfall'
import { groupKeys } from './group-keys'
import { PROJECTION_SERIES } from './projection-result'
import { toRows } from './to-rows'

/** A small two-place, two-sector projection shared by the result accessor tests. */
function smallProjection() {
  return projectWorkforce(
    {
      startMonth: '2025-01',
      horizonMonths: 27,
      rateKind: 'cohort-share' as const,
      dimensions: {
        places: ['a', 'b'],
        sectors: ['acute', 'community'],
        staffGroups: ['ahp'],
        ageBands: ['55-59', '60-64'],
      },
      stock: [
        {
          place: 'a',
          sector: 'acute',
          staffGroup: 'ahp',
          ageBand: '55-59',
          headcount: 100,
          ftePerHead: 0.9,
        },
        {
          place: 'a',
          sector: 'acute',
          staffGroup: 'ahp',
          ageBand: '60-64',
          headcount: 50,
          ftePerHead: 0.8,
        },
        {
          place: 'b',
          sector: 'community',
          staffGroup: 'ahp',
          ageBand: '55-59',
          headcount: 80,
          ftePerHead: 1,
        },
      ],
      leaverRates: [
        { reason: 'voluntary', ratePerYear: 0.1 },
        { ageBand: '60-64', reason: 'retirement', ratePerYear: 0.3 },
      ],
      joiners: [{ staffGroup: 'ahp', reason: 'returner', headcountPerYear: 24 }],
      mobility: [{ fromSector: 'acute', toSector: 'community', ratePerYear: 0.05 }],
      demand: {
        baseline: [
          { place: 'a', sector: 'acute', staffGroup: 'ahp', fte: 150 },
          { place: 'b', sector: 'community', staffGroup: 'ahp', fte: 70 },
        ],
      },
      finance: {
        pay: [{ annualPayGbp: '36000.00', onCostRate: 0.25, agencyPremiumRate: 0.5 }],
        gapCover: [{ bankShare: 0, agencyShare: 1 }],
      },
    },
    { keep: ['place', 'sector', 'staffGroup', 'ageBand'] },
  )
}

describe('result accessors', () => {
  it('aggregates to any subset of kept dimensions with the same totals', () => {
    const full = smallProjection()
    expect(full.groupCount).toBe(8)
    const bySector = aggregateProjection(full, { keep: ['sector'] })
    const total = aggregateProjection(full)
    expect(groupKeys(bySector)).toEqual([{ sector: 'acute' }, { sector: 'community' }])
    for (const name of PROJECTION_SERIES)
      for (let t = 0; t < full.periods.length; t++) {
        const sum = bySector.series[name][t * 2]! + bySector.series[name][t * 2 + 1]!
        expect(sum).toBeCloseTo(total.series[name][t]!, 9)
      }
    const onlyA = aggregateProjection(full, { keep: ['ageBand'], filter: { place: 'a' } })
    expect(onlyA.start.headcount[0]! + onlyA.start.headcount[1]!).toBe(150)
    expect(safeAggregateProjection(bySector, { keep: ['place'] }).success).toBe(false)
    expect(safeAggregateProjection(full, { filter: { place: 'z' } }).success).toBe(false)
  })

  it('keeps only the asked dimensions during the run, matching aggregation afterwards', () => {
    const full = smallProjection()
    const direct = projectWorkforce(
      {
        startMonth: '2025-01',
        horizonMonths: 1,
        rateKind: 'cohort-share' as const,
        dimensions: { places: ['a', 'b'], sectors: ['acute'], staffGroups: ['ahp'] },
        stock: [
          { place: 'a', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 },
          { place: 'b', sector: 'acute', staffGroup: 'ahp', headcount: 30, ftePerHead: 1 },
        ],
      },
      { keep: ['place'], placeGroups: { a: 'ics-1', b: 'ics-1' } },
    )
    expect(direct.dimensionValues.place).toEqual(['ics-1'])
    expect(direct.series.headcount[0]).toBe(40)
    expect(full.dimensionValues.ageBand).toEqual(['55-59', '60-64'])
  })

  it('balances the flow waterfall: start + inflows − outflows = end', () => {
    const full = smallProjection()
    for (const filter of [{}, { place: 'a' }, { sector: 'community' }, { ageBand: '60-64' }]) {
      const waterfall = flowWaterfall(full, { filter, from: '2025-03', to: '2026-02' })
      const end =
        waterfall.startHeadcount + waterfall.steps.reduce((sum, step) => sum + step.headcount, 0)
      expect(end).toBeCloseTo(waterfall.endHeadcount, 9)
    }
    const ageing = flowWaterfall(full, { filter: { ageBand: '60-64' } }).steps.find(
      (step) => step.flow === 'ageingIn',
    )
    expect(ageing?.headcount).toBeGreaterThan(0)
    expect(safeFlowWaterfall(full, { from: '2030-01' }).success).toBe(false)
    expect(safeFlowWaterfall(full, { from: '2026-01', to: '2025-06' }).success).toBe(false)
  })

  it('writes one tidy row per period × group with a vacancy rate', () => {
    const full = smallProjection()
    const rows = toRows(aggregateProjection(full, { keep: ['place'] }))
    expect(rows).toHaveLength(27 * 2)
    expect(rows[0]).toMatchObject({ period: '2025-01', place: 'a' })
    for (const row of rows) {
      expect(row.vacancyRate).toBeGreaterThanOrEqual(0)
      expect(row.vacancyRate).toBeCloseTo(
        row.demandFte > 0 ? row.shortfallFte / row.demandFte : 0,
        12,
      )
    }
    const doc = toRows(
      projectWorkforce(
        {
          startMonth: '2025-04',
          horizonMonths: 2,
          rateKind: 'cohort-share' as const,
          dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
          stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
          demand: { baseline: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', fte: 12.5 }] },
        },
        { keep: ['staffGroup'] },
      ),
    )
    expect(doc[0]).toMatchObject({
      period: '2025-04',
      staffGroup: 'ahp',
      headcount: 10,
      fte: 10,
      demandFte: 12.5,
      vacancyRate: 0.2,
    })
  })

  it('sums costs per financial year in decimal and rounds once to pence', () => {
    const rows = financialYearSummary(smallProjection(), { keep: [] })
    expect(rows.map((row) => [row.financialYear, row.months])).toEqual([
      ['2024/25', 3],
      ['2025/26', 12],
      ['2026/27', 12],
    ])
    const year = rows[1]!
    expect(year.totalCostGbp.toNumber()).toBeCloseTo(
      year.substantiveCostGbp.plus(year.bankCostGbp).plus(year.agencyCostGbp).toNumber(),
      1,
    )
    expect(year.substantiveCostGbp.decimalPlaces()).toBeLessThanOrEqual(2)
    const flat = financialYearSummary(
      projectWorkforce({
        startMonth: '2025-04',
        horizonMonths: 12,
        rateKind: 'cohort-share' as const,
        dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
        stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
        finance: { pay: [{ annualPayGbp: '36000', onCostRate: 0.25 }] },
      }),
    )
    // 10 FTE × £36,000 × 1.25 = £450,000 a year.
    expect(flat[0]?.substantiveCostGbp.toFixed(2)).toBe('450000.00')
    // The agency premium applies to the shortfall the agency covers.
    expect(year.agencyCostGbp.toNumber()).toBeGreaterThan(0)
  })
})
