import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeParseProjectionInput } from '../input/validate-input'
import { projectWorkforce } from '../project-workforce'
import { INFLOW_SERIES, OUTFLOW_SERIES } from '../result/projection-result'
import { compileProjection, safeCompileProjection } from './compile-projection'
import { runCompiledProjection } from './run-compiled-projection'
import { updateCompiledParameters } from './update-parameters'

const leaverSeries = ['leaversRetirement', 'leaversVoluntary', 'leaversOther'] as const
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0)

describe('rates per person-year', () => {
  it('hold the stock when joiners equal leavers, and 12 months of leavers ÷ mean headcount = r', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (rate, split, headcount) => {
          // Two reasons share the rate (competing risks): the total is what leaves.
          const result = projectWorkforce(
            {
              startMonth: '2025-04',
              horizonMonths: 12,
              rateKind: 'per-person-year',
              dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
              stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount, ftePerHead: 1 }],
              leaverRates: [
                { reason: 'voluntary', ratePerYear: rate * split },
                { reason: 'other', ratePerYear: rate * (1 - split) },
              ],
              joiners: [
                { staffGroup: 'ahp', reason: 'other', headcountPerMonth: (headcount * rate) / 12 },
              ],
            },
            { keep: [] },
          )
          const stock = [...result.series.headcount]
          for (const value of stock) expect(Math.abs(value / headcount - 1)).toBeLessThan(1e-9)
          const leavers = leaverSeries.reduce((total, name) => total + sum(result.series[name]), 0)
          const mean = sum(stock) / 12
          expect(Math.abs(leavers / mean - rate)).toBeLessThan(1e-9)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('leave a closed cohort with exp(−r) after a year; a cohort share s leaves 1 − s', () => {
    const cohort = (rateKind: 'per-person-year' | 'cohort-share') =>
      projectWorkforce(
        {
          startMonth: '2025-04',
          horizonMonths: 12,
          rateKind,
          dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
          stock: [
            { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 },
          ],
          leaverRates: [{ reason: 'voluntary', ratePerYear: 0.15 }],
        },
        { keep: [] },
      ).series.headcount[11]!
    expect(cohort('per-person-year')).toBeCloseTo(1000 * Math.exp(-0.15), 9)
    expect(cohort('cohort-share')).toBeCloseTo(850, 9)
  })

  it('need their kind stated: an annual rate without rateKind is an issue', () => {
    const result = safeParseProjectionInput({
      startMonth: '2025-04',
      horizonMonths: 12,
      dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
      stock: [],
      leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
    })
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => each.path.join('.'))).toEqual(['rateKind'])
    expect(result.issues[0]?.message).toMatch(/per-person-year.*cohort-share/)
  })

  it('combine retention levers on a cell by adding them (−10% and −15% make −25%)', () => {
    const leavers = (changes: number[]) => {
      const result = projectWorkforce(
        {
          startMonth: '2025-04',
          horizonMonths: 1,
          rateKind: 'per-person-year',
          dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
          stock: [
            { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 },
          ],
          leaverRates: [{ reason: 'voluntary', ratePerYear: 0.12 }],
          leaverRateChanges: changes.map((relativeChange) => ({
            relativeChange,
            fromMonth: '2025-04',
          })),
        },
        { keep: [] },
      )
      return result.series.leaversVoluntary[0]!
    }
    expect(leavers([-0.1, -0.15])).toBeCloseTo(1000 * -Math.expm1((-0.12 * 0.75) / 12), 9)
    expect(leavers([-0.6, -0.6])).toBe(0)
  })
})

const three = {
  startMonth: '2025-04',
  horizonMonths: 3,
  rateKind: 'per-person-year' as const,
  dimensions: {
    places: ['p', 'q'],
    sectors: ['acute', 'community', 'mental-health'],
    staffGroups: ['registered-nurse', 'ahp'],
  },
  stock: ['p', 'q'].flatMap((place) =>
    ['acute', 'community', 'mental-health'].flatMap((sector) =>
      ['registered-nurse', 'ahp'].map((staffGroup) => ({
        place,
        sector,
        staffGroup,
        headcount: 100,
        ftePerHead: 1,
      })),
    ),
  ),
}

describe('moves never take out more than the stock', () => {
  it('refuses overlapping rows (one ICS-wide, one for a place) that together exceed the stock', () => {
    const monthly = safeParseProjectionInput({
      ...three,
      mobility: [
        { fromSector: 'acute', toSector: 'community', monthlyRate: 0.7 },
        { place: 'p', fromSector: 'acute', toSector: 'mental-health', monthlyRate: 0.7 },
      ],
    })
    expect(monthly.success).toBe(false)
    expect(monthly.issues).toHaveLength(2) // p × acute for each staff group; q is fine
    expect(monthly.issues[0]?.message).toMatch(/rows 0, 1 together move 1\.400 of p × acute/)
    const annual = safeParseProjectionInput({
      ...three,
      mobility: [
        { staffGroup: 'ahp', fromSector: 'acute', toSector: 'community', ratePerYear: 1 },
        { place: 'q', fromSector: 'acute', toSector: 'mental-health', ratePerYear: 1 },
      ],
    })
    // Per person-year, a rate of 1 moves 1 − exp(−1/12) a month: two of them fit in the stock.
    expect(annual.success).toBe(true)
  })

  it('clamps moves the validation never saw (a Monte Carlo draw) with a warning, stock ≥ 0', () => {
    const compiled = compileProjection({ ...three, mobility: [] })
    updateCompiledParameters(compiled, {
      ...compiled.input,
      mobility: [
        { fromSector: 'acute', toSector: 'community', monthlyRate: 0.7 },
        { place: 'p', fromSector: 'acute', toSector: 'mental-health', monthlyRate: 0.7 },
      ],
    })
    expect(compiled.parameters.clampIssues).toHaveLength(2)
    expect(compiled.parameters.clampIssues[0]?.severity).toBe('warning')
    const result = runCompiledProjection(compiled, { keep: ['place', 'sector', 'staffGroup'] })
    expect(Math.min(...result.series.headcount)).toBeGreaterThanOrEqual(0)
    // p × acute empties in the first month, split 1 : 1 between the destinations.
    expect(result.series.headcount[0]).toBe(0)
  })

  it('takes rates that add up to the whole stock but for rounding without a warning (validation accepts them too)', () => {
    // 0.5 + 0.5000000000000002 is 1.0000000000000002 in double precision: a found counterexample.
    const mobility = [
      { fromSector: 'acute', toSector: 'community', monthlyRate: 0.5 },
      { fromSector: 'acute', toSector: 'mental-health', monthlyRate: 0.5000000000000002 },
    ]
    expect(safeParseProjectionInput({ ...three, mobility }).success).toBe(true)
    const compiled = compileProjection({ ...three, mobility })
    expect(compiled.parameters.clampIssues).toEqual([])
    const result = runCompiledProjection(compiled, { keep: ['place', 'sector', 'staffGroup'] })
    expect(Math.min(...result.series.headcount)).toBeGreaterThanOrEqual(0)
  })

  it('conserve people with arbitrary overlapping rows: end = start + inflows − outflows, never < 0', () => {
    const sectors = three.dimensions.sectors
    const row = fc.record({
      place: fc.constantFrom(undefined, 'p', 'q'),
      staffGroup: fc.constantFrom(undefined, 'registered-nurse', 'ahp'),
      from: fc.integer({ min: 0, max: 2 }),
      step: fc.integer({ min: 1, max: 2 }),
      rate: fc.double({ min: 0, max: 1, noNaN: true }),
      monthly: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 8 }),
        fc.constantFrom('per-person-year' as const, 'cohort-share' as const),
        (rows, rateKind) => {
          const compiled = compileProjection({ ...three, rateKind, mobility: [] })
          const mobility = rows.map((each) => ({
            ...(each.place ? { place: each.place } : {}),
            ...(each.staffGroup ? { staffGroup: each.staffGroup } : {}),
            fromSector: sectors[each.from]!,
            toSector: sectors[(each.from + each.step) % 3]!,
            ...(each.monthly ? { monthlyRate: each.rate } : { ratePerYear: each.rate }),
          }))
          updateCompiledParameters(compiled, {
            ...compiled.input,
            leaverRates: [{ reason: 'voluntary', ratePerYear: 0.2 }],
            joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerYear: 120 }],
            mobility,
          })
          const result = runCompiledProjection(compiled, {
            keep: ['place', 'sector', 'staffGroup'],
          })
          const n = result.groupCount
          for (let t = 0; t < result.periods.length; t++)
            for (let g = 0; g < n; g++) {
              let expected =
                t === 0 ? result.start.headcount[g]! : result.series.headcount[(t - 1) * n + g]!
              for (const name of INFLOW_SERIES) expected += result.series[name][t * n + g]!
              for (const name of OUTFLOW_SERIES) expected -= result.series[name][t * n + g]!
              const end = result.series.headcount[t * n + g]!
              expect(end).toBeGreaterThanOrEqual(0)
              expect(Math.abs(end - expected)).toBeLessThan(1e-9 * Math.max(1, end))
            }
          expect(sum(result.series.movesIn)).toBeCloseTo(sum(result.series.movesOut), 9)
          const validated = safeCompileProjection({ ...three, rateKind, mobility })
          if (validated.success) expect(compiled.parameters.clampIssues).toEqual([])
        },
      ),
      { numRuns: 150 },
    )
  })
})
