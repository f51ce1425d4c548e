import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from './errors'
import {
  addMonths,
  financialYearMonths,
  financialYearOfMonth,
  financialYearRange,
  financialYearStart,
  financialYearStartingIn,
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

// Issue 15, finding 4: the helpers accepted garbage ('NaN/NaN', '2024-13' + 1 = '2025-02').
describe('period helpers refuse bad input', () => {
  const refuses = (call: () => unknown) => {
    expect(call).toThrow(OneWorkforceError)
    try {
      call()
    } catch (error) {
      expect((error as OneWorkforceError).code).toBe('invalid_argument')
      expect((error as OneWorkforceError).issues.length).toBeGreaterThan(0)
    }
  }

  it('refuses months that are not YYYY-MM with a month 01 to 12', () => {
    for (const bad of [
      'garbage',
      '2024-13',
      '2024-00',
      '2024-1',
      '0000-05',
      '',
      undefined,
      202405,
    ]) {
      refuses(() => financialYearOfMonth(bad as string))
      refuses(() => addMonths(bad as string, 1))
      refuses(() => monthsBetween(bad as string, '2024-01'))
      refuses(() => monthSequence(bad as string, 2))
      refuses(() => monthRange('2024-01', bad as string))
    }
  })

  it('refuses counts that are not whole numbers and results past year 9999', () => {
    for (const bad of [Number.NaN, 1.5, Number.POSITIVE_INFINITY, '1']) {
      refuses(() => addMonths('2024-01', bad as number))
      refuses(() => monthSequence('2024-01', bad as number))
    }
    refuses(() => addMonths('9999-12', 1))
    refuses(() => monthSequence('2024-01', 1e12))
    refuses(() => financialYearStartingIn(Number.NaN))
    expect(monthSequence('2024-01', -3)).toEqual([])
  })

  it('agrees with calendar arithmetic on valid months (property)', () => {
    const month = fc
      .tuple(fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(month, fc.integer({ min: -1000, max: 1000 }), (start, count) => {
        const year = Number(start.slice(0, 4))
        const index = year * 12 + Number(start.slice(5)) - 1 + count
        fc.pre(index >= 12)
        const expected = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
        expect(addMonths(start, count)).toBe(expected)
        const april = Number(expected.slice(5)) >= 4
        const fyStart = Math.floor(index / 12) - (april ? 0 : 1)
        fc.pre(fyStart >= 1)
        expect(financialYearOfMonth(expected).split('/')[0]).toBe(String(fyStart))
      }),
    )
  })
})

describe('period helper errors', () => {
  it('name the argument once: the path says which, the message what was wrong', () => {
    try {
      monthsBetween('garbage', '2024-01')
      expect.unreachable()
    } catch (error) {
      const [only] = (error as OneWorkforceError).issues
      expect(only).toMatchObject({ code: 'invalid_value', path: ['from'] })
      expect((error as OneWorkforceError).message).toBe(
        'from: expected a month as YYYY-MM (01 to 12), received "garbage"',
      )
    }
  })
})
