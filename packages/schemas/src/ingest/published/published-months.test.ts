import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInMonth, readMonthText } from '../../month-text'
import { monthOfFileName, monthOfPublishedDate, monthOfYearAndMonth } from './published-months'

const pad = (value: number) => String(value).padStart(2, '0')

describe('published months, read by the strict month parser', () => {
  it('reads the forms NHS Digital writes and refuses dates that do not exist', () => {
    expect(monthOfPublishedDate('2024-03-31')).toBe('2024-03') // HCHS
    expect(monthOfPublishedDate('31/03/2024')).toBe('2024-03') // sickness absence
    expect(monthOfPublishedDate(' 2024-03 ')).toBe('2024-03')
    expect(monthOfPublishedDate('2024-02-29')).toBe('2024-02')
    expect(monthOfPublishedDate('2023-02-29')).toBeUndefined()
    expect(monthOfPublishedDate('2024-02-30')).toBeUndefined()
    expect(monthOfPublishedDate('2024-13-01')).toBeUndefined()
    expect(monthOfPublishedDate('Marzipan 2024')).toBeUndefined()
    expect(monthOfPublishedDate('1949-12-31')).toBeUndefined() // before dataset months
    expect(monthOfPublishedDate('2101-01-01')).toBeUndefined()
  })

  it('agrees with readMonthText on every real date of 1950-2100, in both date forms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const iso = `${year}-${pad(month)}-${pad(day)}`
          const uk = `${day}/${month}/${year}`
          const strict = readMonthText(iso)
          const expected = strict.ok ? strict.month : undefined
          expect(expected === undefined).toBe(day > daysInMonth(year, month))
          expect(monthOfPublishedDate(iso)).toBe(expected)
          expect(monthOfPublishedDate(uk)).toBe(expected)
        },
      ),
    )
  })

  it('reads year and month columns and month names in file names', () => {
    expect(monthOfYearAndMonth('2020', '3')).toBe('2020-03')
    expect(monthOfYearAndMonth(' 2024 ', '08')).toBe('2024-08')
    expect(monthOfYearAndMonth('2024', '0')).toBeUndefined()
    expect(monthOfYearAndMonth('2024', '13')).toBeUndefined()
    expect(monthOfYearAndMonth('24', '3')).toBeUndefined()
    expect(monthOfYearAndMonth('1900', '3')).toBeUndefined()
    expect(monthOfFileName('General Practice – June 2025 Practice Level - Detailed.csv')).toBe(
      '2025-06',
    )
    expect(monthOfFileName('PCN_March_2020_Individual_Level.csv')).toBe('2020-03')
    expect(monthOfFileName('pcn_september_2021.csv')).toBe('2021-09')
    expect(monthOfFileName('gpw_practice_high_level.csv')).toBeUndefined()
    expect(monthOfFileName('PCN_March_1900.csv')).toBeUndefined()
  })
})
