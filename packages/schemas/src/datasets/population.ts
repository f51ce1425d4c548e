import * as z from 'zod'
import { codeSchema, monthSchema, nonNegativeSchema } from '../primitives'

/**
 * Projected resident population of a place in a calendar year by population age band.
 *
 * @example
 * ```ts
 * import { populationRowSchema } from '@oneworkforce/schemas'
 *
 * populationRowSchema.parse({ place: 'lambeth', year: 2030, ageBand: '85-plus', persons: 4100 })
 * ```
 */
export const populationRowSchema = z.strictObject({
  place: codeSchema,
  year: z.number().int().min(1950).max(2100),
  ageBand: codeSchema,
  persons: nonNegativeSchema,
})

/**
 * Relative per-capita use of a staff group's services by population age band (any scale: only
 * ratios matter), so demand grows faster where older age bands grow. Optional `sector` narrows it.
 *
 * @example
 * ```ts
 * import { serviceUseRowSchema } from '@oneworkforce/schemas'
 *
 * serviceUseRowSchema.parse({ staffGroup: 'care-worker', ageBand: '85-plus', relativeUse: 22 })
 * ```
 */
export const serviceUseRowSchema = z.strictObject({
  staffGroup: codeSchema,
  sector: codeSchema.optional(),
  ageBand: codeSchema,
  relativeUse: nonNegativeSchema,
})

/**
 * Service activity in a month for a place and sector (attendances, contacts, care hours...),
 * optionally tied to the staff group that delivers it, for triangulation and activity-based demand.
 *
 * @example
 * ```ts
 * import { activityRowSchema } from '@oneworkforce/schemas'
 *
 * activityRowSchema.parse({ month: '2024-04', place: 'lambeth', sector: 'primary-care', activity: 'gp-appointments', staffGroup: 'gp', volume: 61000 })
 * ```
 */
export const activityRowSchema = z.strictObject({
  month: monthSchema,
  place: codeSchema,
  sector: codeSchema,
  activity: codeSchema,
  staffGroup: codeSchema.optional(),
  volume: nonNegativeSchema,
})

/** A population projection row. */
export type PopulationRow = z.infer<typeof populationRowSchema>
/** A service-use weight row. */
export type ServiceUseRow = z.infer<typeof serviceUseRowSchema>
/** A service activity row. */
export type ActivityRow = z.infer<typeof activityRowSchema>
