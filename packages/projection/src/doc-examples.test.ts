// Mirrors the @example blocks of the TSDoc comments not already covered by other tests.
import { datasetSchema } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { safeProjectionInputFromDataset } from './dataset/projection-input-from-dataset'
import { compileProjection, safeCompileProjection } from './engine/compile-projection'
import { monthlyHazard } from './engine/monthly-hazard'
import { runCompiledProjection } from './engine/run-compiled-projection'
import { projectionInputSchema } from './input/projection-input'
import { parseProjectionInput, safeParseProjectionInput } from './input/validate-input'
import { projectWorkforce, safeProjectWorkforce } from './project-workforce'
import { groupKeys } from './result/group-keys'
import { applyScenario, safeApplyScenario } from './scenarios/apply-scenario'
import { compareScenarios, safeCompareScenarios } from './scenarios/compare-scenarios'
import {
  NHS_SECTORS,
  reformScenario,
  retainScenario,
  trainRetainReformScenario,
  trainScenario,
} from './scenarios/presets'
import { safeWisn } from './wisn/wisn'

const one = {
  startMonth: '2025-04',
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
}

describe('doc examples', () => {
  it('monthlyHazard', () => {
    const h = monthlyHazard(0.1)
    expect(h).toBeCloseTo(0.0087416, 7)
    expect(1 - (1 - h) ** 12).toBeCloseTo(0.1, 14)
    expect(monthlyHazard(1)).toBe(1)
    expect(monthlyHazard(0)).toBe(0)
  })

  it('projectionInputSchema, parse and safeParse', () => {
    const input = projectionInputSchema.parse({
      ...one,
      horizonMonths: 24,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 0.9 }],
      leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
    })
    expect(input.joiners).toEqual([])
    expect(safeParseProjectionInput({ ...one, horizonMonths: 0, stock: [] }).success).toBe(false)
    expect(parseProjectionInput({ ...one, horizonMonths: 12, stock: [] }).horizonMonths).toBe(12)
  })

  it('compileProjection and safeCompileProjection', () => {
    const compiled = compileProjection({
      ...one,
      horizonMonths: 24,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 500, ftePerHead: 0.9 }],
    })
    expect(compiled.index.cellCount).toBe(1)
    expect(runCompiledProjection(compiled).series.headcount[23]).toBe(500)
    expect(safeCompileProjection({ startMonth: '2025-04', horizonMonths: 300 }).success).toBe(false)
    expect(
      safeProjectWorkforce({
        ...one,
        horizonMonths: 12,
        rateKind: 'cohort-share' as const,
        stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: -5, ftePerHead: 1 }],
      }).success,
    ).toBe(false)
  })

  it('groupKeys', () => {
    const result = projectWorkforce(
      {
        startMonth: '2025-04',
        horizonMonths: 1,
        rateKind: 'cohort-share' as const,
        dimensions: { places: ['p'], sectors: ['acute', 'community'], staffGroups: ['ahp'] },
        stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
      },
      { keep: ['sector'] },
    )
    expect(groupKeys(result)).toEqual([{ sector: 'acute' }, { sector: 'community' }])
  })

  it('scenario presets, applyScenario and compareScenarios', () => {
    expect(trainScenario().levers).toEqual([
      { type: 'training-places', fromYear: 2026, relativeChange: 0.25 },
    ])
    expect(retainScenario().levers).toHaveLength(2)
    expect(reformScenario({ skillMix: false, productivitySectors: ['acute'] }).levers).toEqual([
      { type: 'productivity', sector: 'acute', ratePerYear: 0.015, fromMonth: '2026-04' },
    ])
    // By default productivity applies to the NHS sectors only, never social care or voluntary.
    expect(
      reformScenario({ skillMix: false }).levers.map((lever) => 'sector' in lever && lever.sector),
    ).toEqual(NHS_SECTORS)
    expect(trainRetainReformScenario().levers).toHaveLength(
      trainScenario().levers.length +
        retainScenario().levers.length +
        reformScenario().levers.length,
    )
    const base = {
      ...one,
      horizonMonths: 12,
      rateKind: 'cohort-share' as const,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
    }
    expect(
      applyScenario(base, {
        id: 'retain',
        name: 'Retain',
        levers: [{ type: 'retention', relativeChange: -0.1, fromMonth: '2025-04', rampMonths: 12 }],
      }).leaverRateChanges,
    ).toHaveLength(1)
    expect(
      safeApplyScenario(base, {
        id: 'x',
        name: 'X',
        levers: [
          { type: 'retention', staffGroup: 'gp', relativeChange: -0.1, fromMonth: '2025-04' },
        ],
      }).success,
    ).toBe(false)
    const comparison = compareScenarios(
      {
        startMonth: '2026-04',
        horizonMonths: 36,
        rateKind: 'cohort-share' as const,
        dimensions: one.dimensions,
        stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
        leaverRates: [{ reason: 'voluntary', ratePerYear: 0.12 }],
      },
      [retainScenario()],
    )
    const row = comparison.rows.find(
      (each) => each.scenario === 'retain' && each.financialYear === '2028/29',
    )
    expect(row?.difference.fte).toBeGreaterThan(0)
    expect(safeCompareScenarios({ startMonth: '2025-04', horizonMonths: 0 }, []).success).toBe(
      false,
    )
  })

  it('safeWisn and safeProjectionInputFromDataset', () => {
    expect(
      safeWisn({
        workingDaysPerYear: 20,
        annualLeaveDays: 25,
        activities: [{ activity: 'visit', annualWorkload: 100, hoursPerUnit: 1 }],
      }).success,
    ).toBe(false)
    const dataset = datasetSchema.parse({
      integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
      places: [{ code: 'p', name: 'P', ics: 'QKK' }],
      organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
    })
    expect(safeProjectionInputFromDataset(dataset).success).toBe(false)
  })
})
