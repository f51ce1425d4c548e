import { describe, expect, it } from 'vitest'
import { safeProjectWorkforce } from '../project-workforce'
import { PROJECTION_SIZE_LIMITS } from './size-guards'
import { safeParseProjectionInput } from './validate-input'

const codes = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`)

// Issue 15, finding 5: 200,000 places threw `RangeError: Array buffer allocation failed` from a
// safe entry, and 20,000 places ran for minutes in 15 GB with no warning.
describe('projection size guards', () => {
  it('refuses 200,000 places with too_large before allocating', () => {
    const result = safeProjectWorkforce({
      startMonth: '2025-04',
      horizonMonths: 180,
      dimensions: {
        places: codes(200_000, 'p'),
        sectors: [
          'acute',
          'community',
          'mental-health',
          'primary-care',
          'social-care',
          'voluntary',
        ],
        staffGroups: ['ahp', 'registered-nurse'],
      },
      stock: [],
    })
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'too_large', path: ['dimensions'] })
    expect(result.issues[0]?.message).toContain('2,400,000 cells')
  })

  it('refuses too many cell-months, naming the horizon', () => {
    const places = codes(Math.ceil(PROJECTION_SIZE_LIMITS.cellMonths / 240 / 4) + 1, 'p')
    const result = safeParseProjectionInput({
      startMonth: '2025-04',
      horizonMonths: 240,
      dimensions: { places, sectors: ['acute', 'community'], staffGroups: ['ahp', 'gp'] },
      stock: [],
    })
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'too_large', path: ['horizonMonths'] })
  })

  it('lets an input at the cell limit through to the schema', () => {
    const result = safeParseProjectionInput({
      startMonth: '2025-04',
      horizonMonths: 12,
      dimensions: { places: codes(1000, 'p'), sectors: ['acute'], staffGroups: ['ahp'] },
      stock: [],
    })
    expect(result.issues.some((each) => each.code === 'too_large')).toBe(false)
  })
})
