import { Decimal } from 'decimal.js'
import { issue, OneWorkforceError } from './errors'
import { moneySchema } from './primitives'

/**
 * The decimal type used for every amount of money: a decimal.js constructor of its own
 * (40 significant digits, half away from zero), so the global `Decimal` settings of a host
 * application never change our sums.
 *
 * @example
 * ```ts
 * import { Money } from '@oneworkforce/schemas'
 *
 * new Money('0.1').plus('0.2').toString() // '0.3'
 * ```
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })

/** An amount of money as a decimal value. */
export type Money = Decimal

/**
 * The one rounding rule for reported money: to whole pence, half away from zero
 * (£0.005 → £0.01, −£0.005 → −£0.01), as in NHS financial returns.
 */
export const MONEY_ROUNDING = { decimalPlaces: 2, rounding: Decimal.ROUND_HALF_UP } as const

/**
 * Parses a decimal string (or a finite number) into {@link Money}; throws a `OneWorkforceError`
 * for anything else (NaN, Infinity, `"£1,000"`, empty).
 *
 * @example
 * ```ts
 * import { parseMoney } from '@oneworkforce/schemas'
 *
 * parseMoney('31049.00').toNumber() // 31049
 * ```
 */
export function parseMoney(value: string | number | Decimal): Money {
  if (Decimal.isDecimal(value)) return new Money(value)
  if (typeof value === 'number' && Number.isFinite(value)) return new Money(value)
  if (typeof value === 'string' && moneySchema.safeParse(value).success) return new Money(value)
  throw new OneWorkforceError('invalid_argument', [
    issue(
      'invalid_value',
      `expected an amount of money as a decimal string, received ${JSON.stringify(String(value))}`,
    ),
  ])
}

/**
 * Adds amounts exactly.
 *
 * @example
 * ```ts
 * import { sumMoney } from '@oneworkforce/schemas'
 *
 * sumMoney(['0.10', '0.20', 5]).toString() // '5.3'
 * ```
 */
export function sumMoney(values: Iterable<string | number | Decimal>): Money {
  let total = new Money(0)
  for (const value of values) total = total.plus(parseMoney(value))
  return total
}

/**
 * Rounds to whole pence by {@link MONEY_ROUNDING}: the single rounding applied to reported money.
 *
 * @example
 * ```ts
 * import { roundMoney } from '@oneworkforce/schemas'
 *
 * roundMoney('2.675').toFixed(2) // '2.68'
 * ```
 */
export function roundMoney(value: string | number | Decimal): Money {
  return parseMoney(value).toDecimalPlaces(MONEY_ROUNDING.decimalPlaces, MONEY_ROUNDING.rounding)
}

/**
 * Serialises an amount as a decimal string rounded to pence, the form money takes in JSON.
 *
 * @example
 * ```ts
 * import { moneyToString } from '@oneworkforce/schemas'
 *
 * moneyToString(1234.5) // '1234.50'
 * ```
 */
export function moneyToString(value: string | number | Decimal): string {
  return roundMoney(value).toFixed(2)
}

/** How {@link formatGbp} scales an amount. */
export type GbpUnit = 'pounds' | 'thousands' | 'millions'

/**
 * Formats an amount as pounds sterling for reports: `£1,234.50`, `£1.2k`... with the unit chosen.
 *
 * @example
 * ```ts
 * import { formatGbp } from '@oneworkforce/schemas'
 *
 * formatGbp('1234.5') // '£1,234.50'
 * formatGbp('12345678', { unit: 'millions', decimalPlaces: 1 }) // '£12.3m'
 * ```
 */
export function formatGbp(
  value: string | number | Decimal,
  options: { readonly unit?: GbpUnit; readonly decimalPlaces?: number } = {},
): string {
  const unit = options.unit ?? 'pounds'
  const divisor = unit === 'millions' ? 1e6 : unit === 'thousands' ? 1e3 : 1
  const places = options.decimalPlaces ?? (unit === 'pounds' ? 2 : 1)
  const scaled = parseMoney(value)
    .dividedBy(divisor)
    .toDecimalPlaces(places, MONEY_ROUNDING.rounding)
  const [whole = '0', fraction] = scaled.abs().toFixed(places).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const suffix = unit === 'millions' ? 'm' : unit === 'thousands' ? 'k' : ''
  return `${scaled.isNegative() && !scaled.isZero() ? '-' : ''}£${grouped}${fraction ? `.${fraction}` : ''}${suffix}`
}
