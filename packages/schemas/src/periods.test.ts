import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from './errors'
import {
  addMonths,
  financialYearMonths,
  financialYearOfMonth,
  financialYearRange,
  financialYearStart,
  monthRange,
  monthSequence,
  monthsBetween,
  parseFinancialYear,
  parseMonth,
  safeParseMonth,
} from './periods'

describe('months', () => {
  it('adds months across year ends', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02')
    expect(addMonths('2024-01', -1)).toBe('2023-12')
    expect(monthsBetween('2024-04', '2025-03')).toBe(11)
    expect(monthSequence('2024-12', 3)).toEqual(['2024-12', '2025-01', '2025-02'])
    expect(monthRange('2025-03', '2025-01')).toEqual([])
  })

  it('rejects malformed months with a typed error', () => {
    for (const bad of ['2024-13', '2024-00', '2024-5', '24-05', '', null, 202405]) {
      expect(safeParseMonth(bad).success).toBe(false)
      expect(() => parseMonth(bad)).toThrow(OneWorkforceError)
    }
  })

  it('round-trips addMonths and monthsBetween (property)', () => {
    const month = fc
      .tuple(fc.integer({ min: 1990, max: 2080 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(month, fc.integer({ min: -240, max: 240 }), (start, count) => {
        expect(monthsBetween(start, addMonths(start, count))).toBe(count)
      }),
    )
  })
})

describe('financial years', () => {
  it('maps months to financial years running April to March', () => {
    expect(financialYearOfMonth('2024-05')).toBe('2024/25')
    expect(financialYearOfMonth('2024-04')).toBe('2024/25')
    expect(financialYearOfMonth('2025-03')).toBe('2024/25')
    expect(financialYearOfMonth('1999-12')).toBe('1999/00')
    expect(financialYearStart('2036/37')).toBe('2036-04')
    expect(financialYearMonths('2024/25')).toHaveLength(12)
    expect(financialYearMonths('2024/25').at(-1)).toBe('2025-03')
    expect(financialYearRange('2024/25', '2026/27')).toEqual(['2024/25', '2025/26', '2026/27'])
  })

  it('rejects financial years whose years are not consecutive', () => {
    expect(() => parseFinancialYear('2024/26')).toThrow(OneWorkforceError)
    expect(() => parseFinancialYear('2024-25')).toThrow(OneWorkforceError)
  })
})
