import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInMonth, readMonthText } from './month-text'

describe('readMonthText', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['2024-03-31', '2024-03'],
    ['2024-02-29', '2024-02'],
    ['2024-03-31T00:00:00', '2024-03'],
    ['2024-03-31T23:59:59.123Z', '2024-03'],
    ['2024-03-31 08:30', '2024-03'],
    ['31/03/2024', '2024-03'],
    ['1/4/2024', '2024-04'],
    ['31/03/2024 00:00', '2024-03'],
    ['31MAR2024', '2024-03'],
    ['31-Mar-24', '2024-03'],
    ['31 March 2024', '2024-03'],
    ['Mar-24', '2024-03'],
    ['Sept 2023', '2023-09'],
    ['September 2023', '2023-09'],
    ['  Jun-2024 ', '2024-06'],
  ])('reads %s as %s', (text, month) => {
    expect(readMonthText(text)).toEqual({ ok: true, month })
  })

  it('reads two-digit years in the window 1950-2049 (Mar-99 is 1999, Mar-49 is 2049)', () => {
    expect(readMonthText('Mar-99')).toEqual({ ok: true, month: '1999-03' })
    expect(readMonthText('Mar-50')).toEqual({ ok: true, month: '1950-03' })
    expect(readMonthText('Mar-49')).toEqual({ ok: true, month: '2049-03' })
    expect(readMonthText('01-Apr-00')).toEqual({ ok: true, month: '2000-04' })
  })

  // Issue 15, finding 4: each of these was read as a month.
  it.each([
    ['2024-02-31', 'February 2024 has no day 31'],
    ['2023-02-29', 'February 2023 has no day 29'],
    ['99/03/2024', 'March 2024 has no day 99'],
    ['0/03/2024', 'has no day 0'],
    ['31/13/2024', 'there is no month 13'],
    ['2024-13', 'there is no month 13'],
    ['2024-03-31Tgarbage', 'expected a month such as'],
    ['2024-03-31T25:00', 'the time of day does not exist'],
    ['Junk-24', '"Junk" is not a month name'],
    ['31Marzipan2024', '"Marzipan" is not a month name'],
    ['31 Smarch 2024', '"Smarch" is not a month name'],
    ['soon', 'expected a month such as'],
    ['', 'expected a month such as'],
  ])('refuses %s (%s)', (text, reason) => {
    const read = readMonthText(text)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.reason).toContain(reason)
  })

  it('reads every real calendar day and refuses the day after the last (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const mm = String(month).padStart(2, '0')
          const dd = String(day).padStart(2, '0')
          const exists = day <= daysInMonth(year, month)
          const iso = readMonthText(`${year}-${mm}-${dd}`)
          const uk = readMonthText(`${day}/${month}/${year}`)
          expect(iso.ok).toBe(exists)
          expect(uk.ok).toBe(exists)
          if (iso.ok) expect(iso.month).toBe(`${year}-${mm}`)
          if (uk.ok) expect(uk.month).toBe(`${year}-${mm}`)
        },
      ),
    )
  })

  it('knows leap years (Gregorian: 2000 and 2024 are, 1900 and 2100 are not)', () => {
    expect([2000, 2024, 1900, 2100].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 28, 28])
  })
})
