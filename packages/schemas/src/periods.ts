import {
  addMonths as addMonthsToDate,
  differenceInCalendarMonths,
  format,
  getMonth,
  getYear,
} from 'date-fns'
import { issue, type Result, resultFrom, unwrapResult } from './errors'
import { financialYearSchema, monthSchema } from './primitives'

/** A calendar month written `YYYY-MM`. */
export type Month = string

/** A financial year written `YYYY/YY`, running from 1 April to 31 March. */
export type FinancialYear = string

// Months are anchored at noon on the 1st so no time zone or DST shift can move them.
function toDate(month: Month): Date {
  return new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1, 12)
}

function fromDate(date: Date): Month {
  return format(date, 'yyyy-MM')
}

/**
 * Checks a month string without throwing.
 *
 * @example
 * ```ts
 * import { safeParseMonth } from '@oneworkforce/schemas'
 *
 * safeParseMonth('2024-13').success // false
 * ```
 */
export function safeParseMonth(value: unknown): Result<Month> {
  const parsed = monthSchema.safeParse(value)
  if (parsed.success) return resultFrom(parsed.data, [])
  return resultFrom('', [
    issue('invalid_value', `expected a month as YYYY-MM, received ${JSON.stringify(value)}`),
  ])
}

/**
 * Returns a valid `YYYY-MM` month or throws a `OneWorkforceError`.
 *
 * @example
 * ```ts
 * import { parseMonth } from '@oneworkforce/schemas'
 *
 * parseMonth('2024-05') // '2024-05'
 * ```
 */
export function parseMonth(value: unknown): Month {
  return unwrapResult(safeParseMonth(value))
}

/**
 * Adds (or with a negative `count`, subtracts) whole calendar months.
 *
 * @example
 * ```ts
 * import { addMonths } from '@oneworkforce/schemas'
 *
 * addMonths('2024-11', 3) // '2025-02'
 * ```
 */
export function addMonths(month: Month, count: number): Month {
  return fromDate(addMonthsToDate(toDate(month), count))
}

/**
 * The number of months from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { monthsBetween } from '@oneworkforce/schemas'
 *
 * monthsBetween('2024-04', '2025-03') // 11
 * ```
 */
export function monthsBetween(from: Month, to: Month): number {
  return differenceInCalendarMonths(toDate(to), toDate(from))
}

/**
 * `count` consecutive months starting at `start`.
 *
 * @example
 * ```ts
 * import { monthSequence } from '@oneworkforce/schemas'
 *
 * monthSequence('2024-12', 3) // ['2024-12', '2025-01', '2025-02']
 * ```
 */
export function monthSequence(start: Month, count: number): Month[] {
  const first = toDate(start)
  return Array.from({ length: Math.max(0, count) }, (_, index) =>
    fromDate(addMonthsToDate(first, index)),
  )
}

/**
 * Every month from `start` to `end` inclusive (empty when `end` is before `start`).
 *
 * @example
 * ```ts
 * import { monthRange } from '@oneworkforce/schemas'
 *
 * monthRange('2025-01', '2025-03') // ['2025-01', '2025-02', '2025-03']
 * ```
 */
export function monthRange(start: Month, end: Month): Month[] {
  return monthSequence(start, monthsBetween(start, end) + 1)
}

/**
 * The financial year (1 April to 31 March) a month falls in.
 *
 * @example
 * ```ts
 * import { financialYearOfMonth } from '@oneworkforce/schemas'
 *
 * financialYearOfMonth('2024-05') // '2024/25'
 * financialYearOfMonth('2025-03') // '2024/25'
 * ```
 */
export function financialYearOfMonth(month: Month): FinancialYear {
  const date = toDate(month)
  const startYear = getMonth(date) >= 3 ? getYear(date) : getYear(date) - 1
  return financialYearStartingIn(startYear)
}

/**
 * The financial year that starts in April of `calendarYear`.
 *
 * @example
 * ```ts
 * import { financialYearStartingIn } from '@oneworkforce/schemas'
 *
 * financialYearStartingIn(2036) // '2036/37'
 * ```
 */
export function financialYearStartingIn(calendarYear: number): FinancialYear {
  return `${calendarYear}/${String((calendarYear + 1) % 100).padStart(2, '0')}`
}

/**
 * Returns a valid `YYYY/YY` financial year or throws a `OneWorkforceError`.
 *
 * @example
 * ```ts
 * import { parseFinancialYear } from '@oneworkforce/schemas'
 *
 * parseFinancialYear('2036/37') // '2036/37'
 * ```
 */
export function parseFinancialYear(value: unknown): FinancialYear {
  const parsed = financialYearSchema.safeParse(value)
  if (parsed.success) return parsed.data
  return unwrapResult(
    resultFrom('', [
      issue(
        'invalid_value',
        `expected a financial year as YYYY/YY, received ${JSON.stringify(value)}`,
      ),
    ]),
  )
}

/**
 * The first month (April) of a financial year.
 *
 * @example
 * ```ts
 * import { financialYearStart } from '@oneworkforce/schemas'
 *
 * financialYearStart('2024/25') // '2024-04'
 * ```
 */
export function financialYearStart(year: FinancialYear): Month {
  return `${parseFinancialYear(year).slice(0, 4)}-04`
}

/**
 * The twelve months of a financial year, April to March.
 *
 * @example
 * ```ts
 * import { financialYearMonths } from '@oneworkforce/schemas'
 *
 * financialYearMonths('2024/25').at(-1) // '2025-03'
 * ```
 */
export function financialYearMonths(year: FinancialYear): Month[] {
  return monthSequence(financialYearStart(year), 12)
}

/**
 * Every financial year from `first` to `last` inclusive.
 *
 * @example
 * ```ts
 * import { financialYearRange } from '@oneworkforce/schemas'
 *
 * financialYearRange('2024/25', '2026/27') // ['2024/25', '2025/26', '2026/27']
 * ```
 */
export function financialYearRange(first: FinancialYear, last: FinancialYear): FinancialYear[] {
  const from = Number(parseFinancialYear(first).slice(0, 4))
  const to = Number(parseFinancialYear(last).slice(0, 4))
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) =>
    financialYearStartingIn(from + index),
  )
}
