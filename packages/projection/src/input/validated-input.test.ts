import { sampleDataset } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { projectionInputFromDataset } from '../dataset/projection-input-from-dataset'
import { applyScenario } from '../scenarios/apply-scenario'
import { parseProjectionInput, safeParseProjectionInput } from './validate-input'
import { isValidatedProjectionInput } from './validated-input'

const draft = {
  startMonth: '2025-04',
  horizonMonths: 12,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp', 'registered-nurse'] },
  stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 0.9 }],
  leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
  rateKind: 'per-person-year' as const,
}

describe('a validated projection input', () => {
  it('is trusted as the very object: parsing it again returns it, with its warnings', () => {
    const first = safeParseProjectionInput(draft)
    expect(first.success).toBe(true)
    if (!first.success) return
    expect(isValidatedProjectionInput(first.value)).toBe(true)
    expect(isValidatedProjectionInput(draft)).toBe(false)
    const again = safeParseProjectionInput(first.value)
    expect(again.success && again.value).toBe(first.value)
    expect(again.issues).toEqual(first.issues)
  })

  it('is checked again when copied, so a changed copy cannot skip validation', () => {
    const input = parseProjectionInput(draft)
    const copy = { ...input, horizonMonths: 0 }
    expect(isValidatedProjectionInput(copy)).toBe(false)
    const result = safeParseProjectionInput(copy)
    expect(result.success).toBe(false)
    expect(result.issues.some((each) => each.path.includes('horizonMonths'))).toBe(true)
  })

  it('has a frozen top level: its tables cannot be swapped after validation', () => {
    const input = parseProjectionInput(draft)
    expect(Object.isFrozen(input)).toBe(true)
    expect(() => {
      ;(input as { horizonMonths: number }).horizonMonths = 0
    }).toThrow(TypeError)
  })

  it('comes out of projectionInputFromDataset and applyScenario validated', () => {
    const fromDataset = projectionInputFromDataset(sampleDataset())
    expect(isValidatedProjectionInput(fromDataset)).toBe(true)
    const retain = applyScenario(fromDataset, {
      id: 'retain',
      name: 'Retain',
      levers: [{ type: 'retention', relativeChange: -0.1, fromMonth: '2026-04' }],
    })
    expect(isValidatedProjectionInput(retain)).toBe(true)
    expect(retain.leaverRateChanges.length).toBe(fromDataset.leaverRateChanges.length + 1)
  })

  it('refuses a scenario lever on a missing staff group even for a validated input', () => {
    const input = parseProjectionInput(draft)
    expect(() =>
      applyScenario(input, {
        id: 'x',
        name: 'X',
        levers: [
          { type: 'retention', staffGroup: 'gp', relativeChange: -0.1, fromMonth: '2025-04' },
        ],
      }),
    ).toThrow(/gp/)
  })
})
