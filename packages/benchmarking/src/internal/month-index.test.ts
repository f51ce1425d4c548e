import { monthSequence } from '@oneworkforce/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { monthIndex, monthOfIndex } from './month-index'

describe('monthIndex', () => {
  it('counts months and round-trips (property, against schemas.monthSequence)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (year, month, step) => {
          const start = `${year}-${String(month).padStart(2, '0')}`
          const later = monthSequence(start, step + 1)[step] as string
          return (
            monthIndex(later) - monthIndex(start) === step &&
            monthOfIndex(monthIndex(later)) === later
          )
        },
      ),
    )
  })
  it('rejects malformed months', () => {
    for (const bad of ['2024-13', '2024-00', '2024-1', '24-01', '2024/01', 'abcd-ef'])
      expect(monthIndex(bad)).toBeNaN()
  })
})
