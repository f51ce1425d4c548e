/**
 * The one strict reading of a month from text, used by CSV ingest (cells and the `month`
 * option) and, for the canonical `YYYY-MM` form, by the period helpers. A date is read only when
 * it exists on the calendar (`2024-02-29` yes, `2024-02-31` no), a month word only when it is a
 * whole English month name or its abbreviation (`Mar`, `March`, `Sept`; never `Marzipan`), and
 * a time only when it is a real time of day.
 *
 * Two-digit years use a fixed window starting at 1950, the earliest year a dataset month may
 * have: `00`–`49` are 2000–2049 and `50`–`99` are 1950–1999 (`Mar-24` is 2024-03, `Mar-99` is
 * 1999-03).
 */
export type MonthReading =
  | { readonly ok: true; readonly month: string }
  | { readonly ok: false; readonly reason: string }

/** First year a two-digit year can mean: `50` is 1950, `49` is 2049. */
export const twoDigitYearPivot = 1950

const monthWords = new Map<string, number>([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
])

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `YYYY-MM`, the canonical form. */
export const canonicalMonth = /^(\d{4})-(0[1-9]|1[0-2])$/
const isoMonth = /^(\d{4})-(\d{2})$/
const time = '(?:(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)'
const isoDate = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]${time}(?:Z|[+-]\\d{2}:?\\d{2})?)?$`)
const ukDate = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: ${time})?$`)
const namedDate = /^(\d{1,2})[\s-]?([A-Za-z]+)[\s-]?(\d{4}|\d{2})$/
const namedMonth = /^([A-Za-z]+)[\s-]?(\d{4}|\d{2})$/

const expected =
  'expected a month such as 2024-03, 2024-03-31, 31/03/2024, 31-Mar-2024, 31MAR2024, Mar-24 or March 2024'

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function canonical(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

function fullYear(digits: string): number {
  const year = Number(digits)
  if (digits.length === 4) return year
  const century = twoDigitYearPivot - (twoDigitYearPivot % 100)
  return year >= twoDigitYearPivot % 100 ? century + year : century + 100 + year
}

function fail(text: string, reason: string): MonthReading {
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text
  return { ok: false, reason: `"${shown}": ${reason}` }
}

function checkTime(
  text: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
): MonthReading | undefined {
  if (hour === undefined) return undefined
  if (Number(hour) > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 59)) {
    return fail(text, 'the time of day does not exist')
  }
  return undefined
}

function fromParts(text: string, year: number, month: number, day?: number): MonthReading {
  if (year < 1) return fail(text, 'year 0 does not exist')
  if (month < 1 || month > 12) return fail(text, `there is no month ${month}`)
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    const name = monthNames[month - 1] as string
    return fail(text, `${name} ${year} has no day ${day} (it has ${daysInMonth(year, month)})`)
  }
  return { ok: true, month: canonical(year, month) }
}

function monthOfWord(text: string, word: string): number | MonthReading {
  const month = monthWords.get(word.toLowerCase())
  return month ?? fail(text, `"${word}" is not a month name (write Mar or March, for example)`)
}

/**
 * Reads the month of a date as published files write it: `2024-03`, `2024-03-31` (with an
 * optional real time, `2024-03-31T00:00:00Z`), `31/03/2024` (UK day first, optionally with a
 * time), `31MAR2024`, `31-Mar-24`, `31 March 2024`, `Mar-24`, `Mar 2024` or `March 2024`.
 * Leading and trailing spaces are ignored. Anything else, including dates that do not exist,
 * is refused with the reason.
 */
export function readMonthText(raw: string): MonthReading {
  const text = raw.trim()
  const iso = isoMonth.exec(text)
  if (iso) return fromParts(text, Number(iso[1]), Number(iso[2]))
  const date = isoDate.exec(text)
  if (date) {
    return (
      checkTime(text, date[4], date[5], date[6]) ??
      fromParts(text, Number(date[1]), Number(date[2]), Number(date[3]))
    )
  }
  const uk = ukDate.exec(text)
  if (uk) {
    return (
      checkTime(text, uk[4], uk[5], uk[6]) ??
      fromParts(text, Number(uk[3]), Number(uk[2]), Number(uk[1]))
    )
  }
  const named = namedDate.exec(text)
  if (named) {
    const month = monthOfWord(text, named[2] as string)
    if (typeof month !== 'number') return month
    return fromParts(text, fullYear(named[3] as string), month, Number(named[1]))
  }
  const word = namedMonth.exec(text)
  if (word) {
    const month = monthOfWord(text, word[1] as string)
    if (typeof month !== 'number') return month
    return fromParts(text, fullYear(word[2] as string), month)
  }
  return fail(text, expected)
}
