import {
  type Issue,
  issue,
  OneWorkforceError,
  type Result,
  resultFrom,
  unwrapResult,
} from './errors'
import { describeValue } from './internal/describe-value'
import { canonicalMonth } from './month-text'
import { financialYearSchema, monthSchema } from './primitives'

/** A calendar month written `YYYY-MM`. */
export type Month = string

/** A financial year written `YYYY/YY`, running from 1 April to 31 March. */
export type FinancialYear = string

// The helpers count months as integers (year × 12 + month − 1): exact, and no time zone or DST
// shift can move them. Inputs are checked first; years run from 0001 to 9999.
const lastIndex = 9999 * 12 + 11

function refuse(each: Issue): never {
  throw new OneWorkforceError('invalid_argument', [each])
}

function indexOf(month: unknown, name: string): number {
  const parsed = typeof month === 'string' ? canonicalMonth.exec(month) : null
  if (parsed === null || parsed[1] === '0000') {
    refuse(
      issue(
        'invalid_value',
        `expected a month as YYYY-MM (01 to 12), received ${describeValue(month)}`,
        [name],
      ),
    )
  }
  return Number(parsed[1]) * 12 + Number(parsed[2]) - 1
}

function wholeCount(count: unknown, name: string): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count)) {
    refuse(
      issue(
        'invalid_value',
        `expected a whole number of months, received ${describeValue(count)}`,
        [name],
      ),
    )
  }
  return count
}

function monthAt(index: number): Month {
  if (index < 12 || index > lastIndex) {
    refuse(issue('out_of_range', 'the month falls outside the years 0001 to 9999', []))
  }
  const year = Math.floor(index / 12)
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
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
    issue('invalid_value', `expected a month as YYYY-MM, received ${describeValue(value)}`),
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
 * Throws a `OneWorkforceError` (code `invalid_argument`) for a month that is not `YYYY-MM`
 * with a month 01 to 12 (`'2024-13'`, `'garbage'`), a count that is not a whole number, or a
 * result outside the years 0001 to 9999.
 *
 * @example
 * ```ts
 * import { addMonths } from '@oneworkforce/schemas'
 *
 * addMonths('2024-11', 3) // '2025-02'
 * ```
 */
export function addMonths(month: Month, count: number): Month {
  return monthAt(indexOf(month, 'month') + wholeCount(count, 'count'))
}

/**
 * The number of months from `from` to `to` (negative when `to` is earlier).
 *
 * Throws a `OneWorkforceError` (code `invalid_argument`) for a month that is not `YYYY-MM`
 * with a month 01 to 12 (`'2024-13'`, `'garbage'`), a count that is not a whole number, or a
 * result outside the years 0001 to 9999.
 *
 * @example
 * ```ts
 * import { monthsBetween } from '@oneworkforce/schemas'
 *
 * monthsBetween('2024-04', '2025-03') // 11
 * ```
 */
export function monthsBetween(from: Month, to: Month): number {
  return indexOf(to, 'to') - indexOf(from, 'from')
}

/**
 * `count` consecutive months starting at `start`.
 *
 * Throws a `OneWorkforceError` (code `invalid_argument`) for a month that is not `YYYY-MM`
 * with a month 01 to 12 (`'2024-13'`, `'garbage'`), a count that is not a whole number, or a
 * result outside the years 0001 to 9999.
 *
 * @example
 * ```ts
 * import { monthSequence } from '@oneworkforce/schemas'
 *
 * monthSequence('2024-12', 3) // ['2024-12', '2025-01', '2025-02']
 * ```
 */
export function monthSequence(start: Month, count: number): Month[] {
  const first = indexOf(start, 'start')
  const length = Math.max(0, wholeCount(count, 'count'))
  if (length > 0) monthAt(first + length - 1)
  return Array.from({ length }, (_, index) => monthAt(first + index))
}

/**
 * Every month from `start` to `end` inclusive (empty when `end` is before `start`).
 *
 * Throws a `OneWorkforceError` (code `invalid_argument`) for a month that is not `YYYY-MM`
 * with a month 01 to 12 (`'2024-13'`, `'garbage'`), a count that is not a whole number, or a
 * result outside the years 0001 to 9999.
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
 * Throws a `OneWorkforceError` (code `invalid_argument`) for a month that is not `YYYY-MM`
 * with a month 01 to 12 (`'2024-13'`, `'garbage'`), a count that is not a whole number, or a
 * result outside the years 0001 to 9999.
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
  const index = indexOf(month, 'month')
  const year = Math.floor(index / 12)
  return financialYearStartingIn(index % 12 >= 3 ? year : year - 1)
}

/**
 * The financial year that starts in April of `calendarYear`. Throws a `OneWorkforceError`
 * (code `invalid_argument`) unless `calendarYear` is a whole number from 1 to 9998.
 *
 * @example
 * ```ts
 * import { financialYearStartingIn } from '@oneworkforce/schemas'
 *
 * financialYearStartingIn(2036) // '2036/37'
 * ```
 */
export function financialYearStartingIn(calendarYear: number): FinancialYear {
  if (!Number.isSafeInteger(calendarYear) || calendarYear < 1 || calendarYear > 9998) {
    refuse(
      issue(
        'invalid_value',
        `expected a whole year from 1 to 9998, received ${describeValue(calendarYear)}`,
        ['calendarYear'],
      ),
    )
  }
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
        `expected a financial year as YYYY/YY, received ${describeValue(value)}`,
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
