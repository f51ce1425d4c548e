import * as z from 'zod'
import {
  codeSchema,
  financialYearSchema,
  moneySchema,
  monthSchema,
  nonNegativeSchema,
} from '../primitives'

/**
 * The cost of one FTE of a staff group (optionally by pay band and sector) for a financial year:
 * annual basic pay, the employer on-cost rate (pension, NI: about 0.3 in the NHS), and the
 * premiums paid over substantive cost for bank and agency cover (0.5 = 50% more).
 *
 * @example
 * ```ts
 * import { payRateRowSchema } from '@oneworkforce/schemas'
 *
 * payRateRowSchema.parse({
 *   financialYear: '2025/26', staffGroup: 'registered-nurse', payBand: 'band-5',
 *   annualPayGbp: '34422.50', onCostRate: 0.28, bankPremiumRate: 0.1, agencyPremiumRate: 0.6,
 * })
 * ```
 */
export const payRateRowSchema = z.strictObject({
  financialYear: financialYearSchema,
  staffGroup: codeSchema,
  payBand: z.string().min(1).max(32).optional(),
  sector: codeSchema.optional(),
  annualPayGbp: moneySchema,
  onCostRate: nonNegativeSchema.max(2),
  bankPremiumRate: nonNegativeSchema.max(5),
  agencyPremiumRate: nonNegativeSchema.max(5),
})

/**
 * Pay spend in a month for an organisation (and optionally a staff group): substantive, bank and
 * agency, as decimal strings in pounds.
 *
 * @example
 * ```ts
 * import { spendRowSchema } from '@oneworkforce/schemas'
 *
 * spendRowSchema.parse({ month: '2024-04', organisation: 'RJ1', substantiveGbp: '41000000', bankGbp: '2100000', agencyGbp: '900000' })
 * ```
 */
export const spendRowSchema = z.strictObject({
  month: monthSchema,
  organisation: codeSchema,
  staffGroup: codeSchema.optional(),
  substantiveGbp: moneySchema,
  bankGbp: moneySchema,
  agencyGbp: moneySchema,
})

/** A pay rate row. */
export type PayRateRow = z.infer<typeof payRateRowSchema>
/** A pay spend row. */
export type SpendRow = z.infer<typeof spendRowSchema>
