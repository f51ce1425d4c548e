import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProjectionInputDraft } from '../input/projection-input'
import { PROJECTION_SERIES, type ProjectionResult } from '../result/projection-result'
import { compileProjection } from './compile-projection'
import { couplingModel, stockForEveryCell } from './every-cell.test-helper'
import { kernelPlan } from './kernel-plan'
import { runMonthMajorReference } from './month-major-reference.test-helper'
import { type RunOptions, runCompiledProjection } from './run-compiled-projection'

const sectorPool = ['acute', 'community', 'mental-health']
const groupPool = ['registered-nurse', 'nursing-associate', 'clinical-support']
const bandPool = ['40-44', '45-49', '50-54', '55-59', '60-64', '65-plus']

/**
 * Random models using every flow the kernel carries: leavers by reason and age band in both rate
 * kinds, constant and time-limited joiners, pipelines, employment-based training (transfers
 * between staff groups), recruitment to vacancies, moves between sectors, ageing, leaver-rate
 * levers, participation changes, demand growth, pay and gap cover.
 */
const modelArbitrary = fc
  .record({
    places: fc.integer({ min: 1, max: 4 }),
    sectors: fc.integer({ min: 1, max: 3 }),
    groups: fc.integer({ min: 1, max: 3 }),
    bands: fc.integer({ min: 1, max: 6 }),
    horizon: fc.integer({ min: 1, max: 40 }),
    perPersonYear: fc.boolean(),
    values: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
  })
  .map(({ places, sectors, groups, bands, horizon, perPersonYear, values }) => {
    let i = 0
    const next = () => values[i++ % values.length]!
    const dims = {
      places: Array.from({ length: places }, (_, k) => `p${k}`),
      sectors: sectorPool.slice(0, sectors),
      staffGroups: groupPool.slice(0, groups),
      ageBands: bandPool.slice(0, bands),
    }
    const stock = stockForEveryCell(dims, () => ({
      headcount: Math.round(next() * 400),
      ftePerHead: 0.5 + next() * 0.5,
    }))
    const reasons = ['retirement', 'voluntary', 'other'] as const
    const input: ProjectionInputDraft = {
      startMonth: '2025-04',
      horizonMonths: horizon,
      rateKind: perPersonYear ? ('per-person-year' as const) : ('cohort-share' as const),
      dimensions: dims,
      stock,
      leaverRates: dims.staffGroups.flatMap((staffGroup) =>
        dims.ageBands.flatMap((ageBand) =>
          reasons.map((reason) => ({ staffGroup, ageBand, reason, ratePerYear: next() * 0.4 })),
        ),
      ),
      joiners: dims.staffGroups.flatMap((staffGroup) => [
        { staffGroup, reason: 'returner' as const, headcountPerYear: next() * 60 },
        {
          staffGroup,
          reason: 'international' as const,
          headcountPerYear: next() * 100,
          fromMonth: '2025-06',
        },
      ]),
      pipelines: [
        {
          programme: 'degree',
          staffGroup: dims.staffGroups[0]!,
          durationMonths: 6 + Math.round(next() * 12),
          annualIntake: next() * 200,
          attritionRate: next() * 0.4,
          localUptakeShare: next(),
          entryMonth: 9,
        },
        ...(groups > 1
          ? [
              {
                programme: 'apprenticeship',
                staffGroup: dims.staffGroups[0]!,
                fromStaffGroup: dims.staffGroups[groups - 1]!,
                durationMonths: 3 + Math.round(next() * 12),
                annualIntake: next() * 300,
                attritionRate: next() * 0.3,
                localUptakeShare: 1,
                entryMonth: 1,
              },
            ]
          : []),
      ],
      recruitment: [
        {
          staffGroup: dims.staffGroups[0]!,
          vacancyFillPerMonth: next() * 0.3,
          maxHeadcountPerYear: next() * 500,
        },
      ],
      mobility:
        sectors > 1
          ? [
              { fromSector: 'acute', toSector: 'community', monthlyRate: next() * 0.3 },
              { fromSector: 'community', toSector: 'acute', ratePerYear: next() * 0.3 },
            ]
          : [],
      leaverRateChanges: [
        { relativeChange: -0.2, fromMonth: '2025-07', rampMonths: 6 },
        { relativeChange: next() - 0.5, fromMonth: '2025-05', rampMonths: 3, reason: 'voluntary' },
      ],
      participationChanges: [{ change: 0.05, fromMonth: '2025-05' }],
      // Growth for every post keeps demand as base × a monthly factor; a staff group's own
      // growth makes the compiled projection keep the whole demand table: both are covered.
      demand: {
        growth: [
          { ratePerYear: 0.05 },
          ...(next() < 0.5 ? [{ staffGroup: dims.staffGroups[0]!, ratePerYear: 0.02 }] : []),
        ],
      },
      finance: {
        pay: [{ annualPayGbp: 40000, onCostRate: 0.3, agencyPremiumRate: 0.6 }],
        gapCover: [{ bankShare: 0.3, agencyShare: 0.3 }],
      },
    }
    return input
  })

const keeps: readonly RunOptions[] = [
  { keep: [] },
  { keep: ['staffGroup'] },
  { keep: ['place', 'sector', 'staffGroup'] },
  { keep: ['sector', 'ageBand'] },
  { keep: ['place', 'sector', 'staffGroup', 'ageBand'] },
  { keep: ['place'], placeGroups: { p1: 'p0', p3: 'p2' } },
]

const COST_SERIES = new Set([
  'substantiveCostGbp',
  'bankCostGbp',
  'agencyCostGbp',
  'costToMeetDemandGbp',
])
const GAP_SERIES = new Set(['gapFte', 'shortfallFte'])

/**
 * Largest difference of two results over every series and the start, relative to the size of
 * what each entry is computed from: people for the stock and flows, the FTE and demand it is the
 * difference of for gap and shortfall, the entry's pay bill for costs (a shortfall of 1e-14 FTE
 * left by rounding costs 1e-10 £, a difference nobody can see in a pay bill of millions).
 */
function worstDifference(reference: ProjectionResult, b: ProjectionResult): number {
  let worst = 0
  const { fte, demandFte, substantiveCostGbp, costToMeetDemandGbp } = reference.series
  const scaleOf = (name: string, value: number, i: number) => {
    if (COST_SERIES.has(name))
      return Math.max(1, Math.abs(value), substantiveCostGbp[i]!, costToMeetDemandGbp[i]!)
    if (GAP_SERIES.has(name)) return Math.max(1, Math.abs(value), fte[i]!, demandFte[i]!)
    return Math.max(1, Math.abs(value))
  }
  const compare = (name: string, x: ArrayLike<number>, y: ArrayLike<number>) => {
    expect(x.length).toBe(y.length)
    for (let i = 0; i < x.length; i++)
      worst = Math.max(worst, Math.abs(x[i]! - y[i]!) / scaleOf(name, x[i]!, i))
  }
  for (const name of PROJECTION_SERIES) compare(name, reference.series[name], b.series[name])
  compare('headcount', reference.start.headcount, b.start.headcount)
  compare('fte', reference.start.fte, b.start.fte)
  return worst
}

describe('the kernel', () => {
  it('agrees with the month-major reference to 1e-12 on random models, every output shape', () => {
    // How many models used each coupling flow (a test of models without them would also agree).
    const used = {
      moves: 0,
      recruits: 0,
      newlyQualified: 0,
      levers: 0,
      demandTables: 0,
      factors: 0,
    }
    fc.assert(
      fc.property(modelArbitrary, fc.constantFrom(...keeps), (input, options) => {
        const compiled = compileProjection(input)
        const kernel = runCompiledProjection(compiled, options)
        const reference = runMonthMajorReference(compiled, options)
        expect(worstDifference(reference, kernel)).toBeLessThan(1e-12)
        const positive = (values: Float64Array) => values.some((value) => value > 0)
        if (positive(reference.series.movesOut)) used.moves++
        if (positive(reference.series.joinersOther)) used.recruits++
        if (positive(reference.series.joinersNewlyQualified)) used.newlyQualified++
        if (compiled.parameters.leaverChanges.length > 0) used.levers++
        if (compiled.parameters.demandMonthFactor === null) used.demandTables++
        else used.factors++
      }),
      { numRuns: 150 },
    )
    expect(used.moves).toBeGreaterThan(15)
    expect(used.recruits).toBeGreaterThan(15)
    expect(used.newlyQualified).toBeGreaterThan(10)
    expect(used.levers).toBeGreaterThan(15)
    expect(used.demandTables).toBeGreaterThan(5)
    expect(used.factors).toBeGreaterThan(5)
  })

  it('cuts blocks at whole places, so flows between sectors and staff groups stay in a block', () => {
    const compiled = compileProjection({
      startMonth: '2025-04',
      horizonMonths: 12,
      dimensions: {
        places: Array.from({ length: 7 }, (_, i) => `p${i}`),
        sectors: sectorPool,
        staffGroups: groupPool,
        ageBands: bandPool,
      },
      stock: [],
    })
    const plan = kernelPlan(compiled)
    const cellsPerPlace = sectorPool.length * groupPool.length * bandPool.length
    expect(plan.postsPerPlace).toBe(sectorPool.length * groupPool.length)
    expect(plan.blockCells % cellsPerPlace).toBe(0)
    expect(plan.blocks).toBe(Math.ceil(7 / plan.placesPerBlock))
  })

  it('runs many blocks the same as the reference (a model larger than one block)', () => {
    const staffGroups = Array.from({ length: 3 }, (_, i) => groupPool[i]!)
    const places = Array.from({ length: 200 }, (_, i) => `p${i}`)
    const input = couplingModel({ places, sectors: sectorPool, staffGroups, ageBands: bandPool })
    const compiled = compileProjection(input)
    expect(kernelPlan(compiled).blocks).toBeGreaterThan(1)
    for (const options of keeps) {
      const kernel = runCompiledProjection(compiled, options)
      const reference = runMonthMajorReference(compiled, options)
      expect(worstDifference(reference, kernel)).toBeLessThan(1e-12)
      const total = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0)
      // Moves, transfers and recruitment to vacancies all happen in this model.
      expect(total(reference.series.movesOut)).toBeGreaterThan(1000)
      expect(total(reference.series.joinersOther)).toBeGreaterThan(100)
    }
  })
})
