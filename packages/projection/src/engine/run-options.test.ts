import { describe, expect, it } from 'vitest'
import { safeProjectWorkforce } from '../project-workforce'
import { safeCompareScenarios } from '../scenarios/compare-scenarios'

const input = {
  startMonth: '2025-04',
  horizonMonths: 12,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
  stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 0.9 }],
} as const

// Issue 15, finding 8: nonsense options were accepted and read as "keep nothing".
describe('run options are checked before a run', () => {
  it("refuses keep: ['bogus'] naming the entry", () => {
    const result = safeProjectWorkforce(input, { keep: ['bogus'] } as never)
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'invalid_value', path: ['keep', 0] })
  })

  it("refuses keep: 'place' (a string, not a list)", () => {
    const result = safeProjectWorkforce(input, { keep: 'place' } as never)
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', path: ['keep'] })
  })

  it('refuses placeGroups that are not codes', () => {
    const result = safeProjectWorkforce(input, { placeGroups: { p: 3 } } as never)
    expect(result.success).toBe(false)
    expect(result.issues[0]?.path).toEqual(['placeGroups'])
  })

  it('keeps the dimensions it is given', () => {
    const result = safeProjectWorkforce(input, { keep: ['staffGroup'] })
    expect(result.success).toBe(true)
    if (result.success) expect(result.value.keep).toEqual(['staffGroup'])
  })

  it('refuses duplicate scenario ids in a comparison', () => {
    const scenario = { id: 'retain', name: 'Retain', levers: [] }
    const result = safeCompareScenarios(input, [scenario, { ...scenario, name: 'Retain again' }])
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'duplicate_key', path: ['scenarios', 1, 'id'] })
  })
})
