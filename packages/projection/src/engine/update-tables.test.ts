import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProjectionInput, ProjectionInputDraft } from '../input/projection-input'
import { PROJECTION_SERIES } from '../result/projection-result'
import { compileProjection } from './compile-projection'
import { stockForEveryCell } from './every-cell.test-helper'
import { runCompiledProjection } from './run-compiled-projection'
import { PARAMETER_TABLES, tablesDerivedFrom, updateCompiledTables } from './update-parameters'

const places = ['p0', 'p1']
const sectors = ['acute', 'community']
const staffGroups = ['registered-nurse', 'clinical-support']
const ageBands = ['50-54', '55-59', '60-64']

const base: ProjectionInputDraft = {
  startMonth: '2025-04',
  horizonMonths: 30,
  rateKind: 'per-person-year' as const,
  dimensions: { places, sectors, staffGroups, ageBands },
  stock: stockForEveryCell(
    { places: places, sectors: sectors, staffGroups: staffGroups, ageBands: ageBands },
    (p, _s, _g, a) => ({
      headcount: 100 + 20 * p + 7 * a,
      ftePerHead: 0.85,
    }),
  ),
  leaverRates: [
    { reason: 'voluntary', ratePerYear: 0.09 },
    { reason: 'retirement', ageBand: '60-64', ratePerYear: 0.2 },
  ],
  joiners: [
    { staffGroup: 'registered-nurse', reason: 'international', headcountPerYear: 60 },
    { staffGroup: 'clinical-support', reason: 'other', headcountPerYear: 40, fromMonth: '2025-09' },
  ],
  pipelines: [
    {
      programme: 'degree',
      staffGroup: 'registered-nurse',
      durationMonths: 12,
      annualIntake: 80,
      attritionRate: 0.1,
      localUptakeShare: 0.7,
      entryMonth: 9,
    },
    {
      programme: 'apprenticeship',
      staffGroup: 'registered-nurse',
      fromStaffGroup: 'clinical-support',
      durationMonths: 6,
      annualIntake: 30,
      attritionRate: 0.1,
      localUptakeShare: 1,
      entryMonth: 1,
    },
  ],
  mobility: [{ fromSector: 'acute', toSector: 'community', ratePerYear: 0.04 }],
  recruitment: [{ vacancyFillPerMonth: 0.1, maxHeadcountPerYear: 120 }],
  leaverRateChanges: [{ relativeChange: -0.1, fromMonth: '2025-10', rampMonths: 6 }],
  participationChanges: [{ change: 0.02, fromMonth: '2026-01' }],
  demand: { growth: [{ ratePerYear: 0.02 }], productivity: [{ ratePerYear: 0.01 }] },
  finance: {
    pay: [{ annualPayGbp: 38000, onCostRate: 0.28, agencyPremiumRate: 0.5 }],
    gapCover: [{ bankShare: 0.2, agencyShare: 0.1 }],
  },
}

/** The input with every number of one table's rows scaled by `factor` (rates kept below 1). */
function scaled(input: ProjectionInput, table: string, factor: number): ProjectionInput {
  const scale = (value: unknown, key: string): unknown => {
    if (typeof value === 'number') {
      if (['durationMonths', 'entryMonth', 'rampMonths', 'fromYear'].includes(key)) return value
      const next = value * factor
      return key.endsWith('Rate') || key.endsWith('Share') || key.endsWith('PerMonth')
        ? Math.min(next, 0.95)
        : next
    }
    if (Array.isArray(value)) return value.map((each) => scale(each, key))
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scale(v, k)]))
    return value
  }
  const copy = structuredClone(input) as unknown as Record<string, Record<string, unknown>>
  const [name, sub] = table.split('.') as [string, string | undefined]
  if (sub === undefined) copy[name] = scale(copy[name], name) as Record<string, unknown>
  else copy[name]![sub] = scale(copy[name]![sub], sub)
  return copy as unknown as ProjectionInput
}

const drawnTables = [
  'leaverRates',
  'joiners',
  'pipelines',
  'mobility',
  'recruitment',
  'leaverRateChanges',
  'participationChanges',
  'demand',
  'demand.growth',
  'demand.productivity',
  'finance',
] as const

describe('compile once, patch per draw', () => {
  it('re-deriving only the tables a change feeds gives the bits of a full compile', () => {
    const compiled = compileProjection(base)
    // Draws follow one another, each changing one table of the last: the compiled projection
    // must then hold exactly what a fresh compile of the last draw holds.
    let last = compiled.input
    fc.assert(
      fc.property(
        fc.constantFrom(...drawnTables),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        (table, factor) => {
          const draw = scaled(last, table, factor)
          last = draw
          updateCompiledTables(compiled, draw, tablesDerivedFrom([table]))
          const patched = runCompiledProjection(compiled, { keep: ['sector', 'staffGroup'] })
          const fresh = runCompiledProjection(compileProjection(draw), {
            keep: ['sector', 'staffGroup'],
          })
          for (const name of PROJECTION_SERIES)
            expect([...patched.series[name]], `${table} ${name}`).toEqual([...fresh.series[name]])
        },
      ),
      { numRuns: 60 },
    )
  })

  it('maps input tables to the parameter tables derived from them', () => {
    expect([...tablesDerivedFrom(['leaverRates', 'demand.growth'])]).toEqual([
      'rates',
      'demand-rates',
    ])
    expect([...tablesDerivedFrom(['demand'])]).toEqual(['demand-base', 'demand-rates'])
    expect([...tablesDerivedFrom(['rateKind'])]).toEqual(['rates', 'moves'])
    // The stock, a scenario or an unknown name feed every table.
    for (const table of ['stock', 'scenario', 'not-a-table'])
      expect([...tablesDerivedFrom([table])]).toEqual([...PARAMETER_TABLES])
    expect(tablesDerivedFrom([]).size).toBe(0)
  })

  it('refuses a table name it does not know, naming the ones it does', () => {
    const compiled = compileProjection(base)
    expect(() =>
      updateCompiledTables(compiled, compiled.input, ['rates', 'leaverRates' as never]),
    ).toThrow(/unknown parameter table "leaverRates".*stock, rates/)
  })

  it('refuses an input with other dimensions', () => {
    const compiled = compileProjection(base)
    expect(() =>
      updateCompiledTables(
        compiled,
        { ...compiled.input, dimensions: { ...compiled.input.dimensions, places: ['p0'] } },
        ['rates'],
      ),
    ).toThrow(/dimensions/)
  })
})
