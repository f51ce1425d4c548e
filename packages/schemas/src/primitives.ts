import * as z from 'zod'

/**
 * A code naming something in a taxonomy or dataset: a sector, staff group, age band, place or
 * organisation (ODS code such as `RJ1`). Letters, digits, `.`, `_` and `-`, 1 to 64 characters.
 *
 * @example
 * ```ts
 * import { codeSchema } from '@oneworkforce/schemas'
 *
 * codeSchema.parse('registered-nurse')
 * ```
 */
export const codeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'expected a code of letters, digits, ".", "_" or "-"')

/**
 * A calendar month as `YYYY-MM` (e.g. `2024-05`), the period of all monthly NHS data.
 *
 * @example
 * ```ts
 * import { monthSchema } from '@oneworkforce/schemas'
 *
 * monthSchema.parse('2024-05')
 * ```
 */
export const monthSchema = z
  .string()
  .regex(/^(19[5-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM (1950-2100)')

/**
 * A financial year written `YYYY/YY` (1 April to 31 March), e.g. `2024/25`.
 *
 * @example
 * ```ts
 * import { financialYearSchema } from '@oneworkforce/schemas'
 *
 * financialYearSchema.parse('2024/25')
 * ```
 */
export const financialYearSchema = z
  .string()
  .regex(/^(19[5-9]\d|20\d\d)\/\d\d$/, 'expected a financial year as YYYY/YY, e.g. 2024/25')
  .refine(
    (value) => (Number(value.slice(0, 4)) + 1) % 100 === Number(value.slice(5)),
    'the two years of a financial year must be consecutive, e.g. 2024/25',
  )

/**
 * A rate as a fraction in [0, 1] (0.17, never 17): leaver rates, attrition, shares.
 *
 * @example
 * ```ts
 * import { rateSchema } from '@oneworkforce/schemas'
 *
 * rateSchema.parse(0.17)
 * ```
 */
export const rateSchema = z
  .number()
  .min(0, 'a rate is a fraction from 0 to 1')
  .max(1, 'a rate is a fraction from 0 to 1, not a percentage')

/**
 * A finite number that is zero or more: FTE, persons, volumes.
 *
 * @example
 * ```ts
 * import { nonNegativeSchema } from '@oneworkforce/schemas'
 *
 * nonNegativeSchema.parse(12.5)
 * ```
 */
export const nonNegativeSchema = z.number().min(0)

/**
 * A whole number that is zero or more: headcount, counts of people or events.
 *
 * @example
 * ```ts
 * import { countSchema } from '@oneworkforce/schemas'
 *
 * countSchema.parse(120)
 * ```
 */
export const countSchema = z.number().int().min(0)

/**
 * An amount of money in pounds sterling as a decimal string (`"31049.00"`, `"-12.5"`), so no
 * precision is lost in JSON. Parse it with `parseMoney`.
 *
 * @example
 * ```ts
 * import { moneySchema } from '@oneworkforce/schemas'
 *
 * moneySchema.parse('31049.00')
 * ```
 */
export const moneySchema = z
  .string()
  .regex(
    /^-?\d{1,15}(\.\d{1,6})?$/,
    'expected an amount in pounds as a decimal string, e.g. "31049.00"',
  )
