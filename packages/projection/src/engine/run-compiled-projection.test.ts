import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProjectionInputDraft } from '../input/projection-input'
import { projectWorkforce } from '../project-workforce'
import {
  INFLOW_SERIES,
  OUTFLOW_SERIES,
  PROJECTION_SERIES,
  type ProjectionResult,
} from '../result/projection-result'
import { compileProjection } from './compile-projection'
import { stockForEveryCell } from './every-cell.test-helper'
import { monthlyHazard } from './monthly-hazard'
import { runCompiledProjection } from './run-compiled-projection'
import { updateCompiledParameters } from './update-parameters'

const oneCell = {
  startMonth: '2025-04',
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
}
const allDimensions = { keep: ['place', 'sector', 'staffGroup', 'ageBand'] } as const

const sectorPool = ['acute', 'community', 'mental-health']
const groupPool = ['registered-nurse', 'ahp']
const bandPool = ['50-54', '55-59', '60-64', '65-plus']

/** Random small inputs using every flow: leavers by reason and age, joiners, pipelines, ageing, moves, levers. */
const inputArbitrary = fc
  .record({
    places: fc.integer({ min: 1, max: 2 }),
    sectors: fc.integer({ min: 1, max: 3 }),
    groups: fc.integer({ min: 1, max: 2 }),
    bands: fc.integer({ min: 1, max: 4 }),
    horizon: fc.integer({ min: 1, max: 40 }),
    seedValues: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 64,
      maxLength: 64,
    }),
    extremeRate: fc.constantFrom(0, 1, 0.5),
  })
  .map(({ places, sectors, groups, bands, horizon, seedValues, extremeRate }) => {
    let i = 0
    const next = () => seedValues[i++ % seedValues.length]!
    const dims = {
      places: Array.from({ length: places }, (_, k) => `p${k}`),
      sectors: sectorPool.slice(0, sectors),
      staffGroups: groupPool.slice(0, groups),
      ageBands: bandPool.slice(0, bands),
    }
    const stock = stockForEveryCell(dims, () => ({
      headcount: Math.round(next() * 500),
      ftePerHead: 0.5 + next() * 0.5,
    }))
    const reasons = ['retirement', 'voluntary', 'other'] as const
    const leaverRates = dims.staffGroups.flatMap((staffGroup) =>
      dims.ageBands.flatMap((ageBand, a) =>
        reasons.map((reason, r) => ({
          staffGroup,
          ageBand,
          reason,
          ratePerYear: a === 0 && r === 0 ? extremeRate : next() * 0.4,
        })),
      ),
    )
    const input: ProjectionInputDraft = {
      startMonth: '2025-04',
      horizonMonths: horizon,
      rateKind: 'cohort-share' as const,
      dimensions: dims,
      stock,
      leaverRates,
      joiners: dims.staffGroups.map((staffGroup) => ({
        staffGroup,
        reason: 'international' as const,
        headcountPerYear: next() * 100,
        fromMonth: '2025-06',
      })),
      pipelines: dims.staffGroups.map((staffGroup, g) => ({
        programme: `prog-${g}`,
        staffGroup,
        durationMonths: 6 + g * 7,
        annualIntake: next() * 200,
        attritionRate: next() * 0.4,
        localUptakeShare: next(),
        entryMonth: 9,
      })),
      mobility:
        sectors > 1
          ? [{ fromSector: 'acute', toSector: 'community', monthlyRate: next() * 0.5 }]
          : [],
      leaverRateChanges: [{ relativeChange: -0.2, fromMonth: '2025-07', rampMonths: 6 }],
      participationChanges: [{ change: 0.05, fromMonth: '2025-05' }],
      demand: { growth: [{ ratePerYear: 0.02 }] },
      finance: {
        pay: [{ annualPayGbp: 40000, onCostRate: 0.3, agencyPremiumRate: 0.6 }],
        gapCover: [{ bankShare: 0.3, agencyShare: 0.3 }],
      },
    }
    return input
  })

function previousHeadcount(result: ProjectionResult, g: number, t: number): number {
  return t === 0
    ? result.start.headcount[g]!
    : result.series.headcount[(t - 1) * result.groupCount + g]!
}

describe('runCompiledProjection', () => {
  it('refuses a result over 2 GiB with an issue saying how to make it smaller', () => {
    // 100,000 places kept by place over 180 months: 20 series × 18 million values, 2.7 GiB.
    const places = Array.from({ length: 100_000 }, (_, i) => `p${i}`)
    const compiled = compileProjection({
      startMonth: '2025-04',
      horizonMonths: 180,
      dimensions: { places, sectors: ['acute'], staffGroups: ['ahp'] },
      stock: [],
    })
    expect(() => runCompiledProjection(compiled, { keep: ['place'] })).toThrow(
      /a result of 100,000 groups × 180 months would need 2\.7 GiB \(at most 2 GiB\): keep fewer dimensions, or group places with placeGroups/,
    )
    // Grouped, the same model runs.
    const groups = Object.fromEntries(places.map((place, i) => [place, `g${i % 10}`]))
    expect(
      runCompiledProjection(compiled, { keep: ['place'], placeGroups: groups }).groupCount,
    ).toBe(10)
  })

  it('removes exactly the annual rate over 12 months (the doc example)', () => {
    const compiled = compileProjection({
      ...oneCell,
      horizonMonths: 12,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 0.9 }],
      leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
    })
    const result = runCompiledProjection(compiled, { keep: ['staffGroup'] })
    expect(result.series.headcount[11]).toBeCloseTo(900, 9)
    expect(result.series.fte[11]).toBeCloseTo(810, 9)
  })

  it('matches the closed form S_t = J/h + (S_0 − J/h)(1 − h)^t for one cell', () => {
    // Order within a month: leavers from the opening stock, then joiners, so
    // S_t = S_{t−1}(1 − h) + J exactly.
    const rate = 0.12
    const joinersPerMonth = 7
    const s0 = 400
    const result = projectWorkforce({
      ...oneCell,
      horizonMonths: 120,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: s0, ftePerHead: 1 }],
      leaverRates: [{ reason: 'other', ratePerYear: rate }],
      joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerMonth: joinersPerMonth }],
    })
    const h = monthlyHazard(rate)
    const steady = joinersPerMonth / h
    for (let t = 1; t <= 120; t++) {
      const expected = steady + (s0 - steady) * (1 - h) ** t
      expect(Math.abs(result.series.headcount[t - 1]! - expected) / expected).toBeLessThan(1e-12)
    }
  })

  it('an annual rate applied for 12 months removes exactly that fraction (any rate, any reasons)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (retirement, voluntary, s0) => {
          const result = projectWorkforce({
            ...oneCell,
            horizonMonths: 12,
            rateKind: 'cohort-share' as const,
            stock: [
              { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: s0, ftePerHead: 1 },
            ],
            leaverRates: [
              { reason: 'retirement', ratePerYear: retirement },
              { reason: 'voluntary', ratePerYear: voluntary },
            ],
          })
          const expected = s0 * (1 - retirement) * (1 - voluntary)
          expect(Math.abs(result.series.headcount[11]! - expected)).toBeLessThanOrEqual(1e-9 * s0)
        },
      ),
    )
  })

  it('conserves stock in every cell and month: end = start + inflows − outflows', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = projectWorkforce(input, allDimensions)
        const n = result.groupCount
        let worst = 0
        for (let t = 0; t < result.periods.length; t++)
          for (let g = 0; g < n; g++) {
            const start = previousHeadcount(result, g, t)
            let expected = start
            for (const name of INFLOW_SERIES) expected += result.series[name][t * n + g]!
            for (const name of OUTFLOW_SERIES) expected -= result.series[name][t * n + g]!
            const end = result.series.headcount[t * n + g]!
            worst = Math.max(worst, Math.abs(end - expected) / Math.max(1, start, end))
          }
        expect(worst).toBeLessThanOrEqual(1e-9)
      }),
      { numRuns: 60 },
    )
  })

  it('never gives negative stock or NaN, whatever the rates (a hazard of 1 empties a cell)', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = projectWorkforce(input, allDimensions)
        const notFinite = PROJECTION_SERIES.flatMap((name) =>
          [...result.series[name]].filter((value) => !Number.isFinite(value)),
        )
        expect(notFinite).toEqual([])
        expect(Math.min(...result.series.headcount, ...result.series.fte)).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 40 },
    )
    const emptied = projectWorkforce({
      ...oneCell,
      horizonMonths: 3,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
      leaverRates: [{ reason: 'other', ratePerYear: 1 }],
    })
    expect([...emptied.series.headcount]).toEqual([0, 0, 0])
  })

  it('keeps stock constant with no flows', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const still: ProjectionInputDraft = {
          startMonth: input.startMonth,
          horizonMonths: input.horizonMonths,
          rateKind: 'cohort-share' as const,
          dimensions: input.dimensions,
          stock: input.stock,
          ageing: 'none',
        }
        const result = projectWorkforce(still, allDimensions)
        const changed = [...result.series.headcount].filter(
          (value, i) => value !== result.start.headcount[i % result.groupCount],
        )
        expect(changed).toEqual([])
      }),
      { numRuns: 30 },
    )
  })

  it('never reduces supply with more training or lower leaver rates', () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, extraTraining, leaverScale) => {
          const base = projectWorkforce(input, allDimensions)
          const trained = projectWorkforce(
            {
              ...input,
              pipelines: input.pipelines!.map((row) => ({
                ...row,
                annualIntake: row.annualIntake * (1 + extraTraining),
              })),
            },
            allDimensions,
          )
          const retained = projectWorkforce(
            {
              ...input,
              leaverRates: input.leaverRates!.map((row) => ({
                ...row,
                ratePerYear: row.ratePerYear * leaverScale,
              })),
            },
            allDimensions,
          )
          const fewer = [...base.series.headcount].filter((value, i) => {
            const slack = 1e-9 * Math.max(1, value)
            return (
              trained.series.headcount[i]! < value - slack ||
              retained.series.headcount[i]! < value - slack
            )
          })
          expect(fewer).toEqual([])
        },
      ),
      { numRuns: 40 },
    )
  })

  it('gives identical results across runs, and after updating parameters back and forth', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const compiled = compileProjection(input)
        const first = runCompiledProjection(compiled, allDimensions)
        const second = runCompiledProjection(compiled, allDimensions)
        updateCompiledParameters(compiled, {
          ...compiled.input,
          leaverRates: compiled.input.leaverRates.map((row) => ({ ...row, ratePerYear: 0.5 })),
        })
        const changed = runCompiledProjection(compiled, allDimensions)
        updateCompiledParameters(compiled, compiled.input)
        const third = runCompiledProjection(compiled, allDimensions)
        for (const name of PROJECTION_SERIES) {
          expect(second.series[name]).toEqual(first.series[name])
          expect(third.series[name]).toEqual(first.series[name])
        }
        expect(changed.series.headcount.length).toBe(first.series.headcount.length)
      }),
      { numRuns: 20 },
    )
  })

  it('updateCompiledParameters re-derives rates without recompiling (the doc example)', () => {
    const compiled = compileProjection({
      ...oneCell,
      horizonMonths: 12,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
      leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
    })
    updateCompiledParameters(compiled, {
      ...compiled.input,
      leaverRates: [{ reason: 'voluntary', ratePerYear: 0.2 }],
    })
    expect(runCompiledProjection(compiled).series.headcount.at(-1)).toBeCloseTo(80, 9)
  })

  it('ages 1/60 of a five-year band up each month and moves staff between sectors without loss', () => {
    const result = projectWorkforce(
      {
        startMonth: '2025-04',
        horizonMonths: 1,
        rateKind: 'cohort-share' as const,
        dimensions: {
          places: ['p'],
          sectors: ['acute', 'community'],
          staffGroups: ['ahp'],
          ageBands: ['50-54', '55-59'],
        },
        stock: [
          {
            place: 'p',
            sector: 'acute',
            staffGroup: 'ahp',
            ageBand: '50-54',
            headcount: 600,
            ftePerHead: 1,
          },
          {
            place: 'p',
            sector: 'acute',
            staffGroup: 'ahp',
            ageBand: '55-59',
            headcount: 0,
            ftePerHead: 1,
          },
        ],
        mobility: [{ fromSector: 'acute', toSector: 'community', monthlyRate: 0.5 }],
      },
      allDimensions,
    )
    // Groups: acute 50-54, acute 55-59, community 50-54, community 55-59.
    expect([...result.series.headcount]).toEqual([295, 5, 300, 0])
    expect(result.series.headcount.reduce((sum, value) => sum + value, 0)).toBe(600)
  })

  it('brings newly qualified staff in the month the course ends, cohorts in training included', () => {
    const result = projectWorkforce(
      {
        ...oneCell,
        horizonMonths: 36,
        rateKind: 'cohort-share' as const,
        stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
        pipelines: [
          {
            programme: 'bsc',
            staffGroup: 'ahp',
            durationMonths: 36,
            annualIntake: 100,
            attritionRate: 0.2,
            localUptakeShare: 0.5,
            entryMonth: 9,
          },
        ],
      },
      { keep: [] },
    )
    const joined = [...result.series.joinersNewlyQualified]
    // A course starting in September ends in August: 100 × 0.8 × 0.5 = 40 join each August.
    expect(joined.filter((value) => value > 0)).toEqual([40, 40, 40])
    expect(result.periods[joined.indexOf(40)]).toBe('2025-08')
  })

  it('refuses to update parameters from an input with other dimensions', () => {
    const compiled = compileProjection({
      ...oneCell,
      horizonMonths: 12,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
    })
    expect(() =>
      updateCompiledParameters(compiled, {
        ...compiled.input,
        dimensions: { ...compiled.input.dimensions, places: ['p', 'q'] },
      }),
    ).toThrow(/dimensions/)
    expect(() =>
      updateCompiledParameters(compiled, { ...compiled.input, horizonMonths: 24 }),
    ).toThrow()
  })
})
