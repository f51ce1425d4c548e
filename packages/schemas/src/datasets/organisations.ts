import * as z from 'zod'
import { codeSchema } from '../primitives'

/**
 * An Integrated Care System: the top of the ICS → place → organisation hierarchy.
 *
 * @example
 * ```ts
 * import { integratedCareSystemSchema } from '@oneworkforce/schemas'
 *
 * integratedCareSystemSchema.parse({ code: 'QKK', name: 'South East London', region: 'London' })
 * ```
 */
export const integratedCareSystemSchema = z.strictObject({
  code: codeSchema,
  name: z.string().min(1),
  region: z.string().min(1).optional(),
})

/**
 * A place: a borough or Local Care Partnership inside an ICS.
 *
 * @example
 * ```ts
 * import { placeSchema } from '@oneworkforce/schemas'
 *
 * placeSchema.parse({ code: 'lambeth', name: 'Lambeth', ics: 'QKK' })
 * ```
 */
export const placeSchema = z.strictObject({
  code: codeSchema,
  name: z.string().min(1),
  ics: codeSchema,
})

/**
 * An employing organisation (trust, practice, PCN, care provider, charity) with its ODS-style
 * code, sector and place, and optionally NHS Digital's `Cluster Group` as its files write it
 * (`Acute`, `Mental Health`, `Community Provider Trust`, …), which benchmarking's `peerGroupOf`
 * prefers to the sector for like-for-like peer groups.
 *
 * @example
 * ```ts
 * import { organisationSchema } from '@oneworkforce/schemas'
 *
 * organisationSchema.parse({ code: 'RJ1', name: 'Guy’s and St Thomas’', sector: 'acute', place: 'lambeth' })
 * organisationSchema.parse({ code: 'RAS', name: 'Hillingdon', sector: 'acute', place: 'QRV', clusterGroup: 'Acute' })
 * ```
 */
export const organisationSchema = z.strictObject({
  code: codeSchema,
  name: z.string().min(1),
  sector: codeSchema,
  place: codeSchema,
  clusterGroup: z.string().min(1).max(100).optional(),
})

/** An Integrated Care System row. */
export type IntegratedCareSystem = z.infer<typeof integratedCareSystemSchema>
/** A place row. */
export type Place = z.infer<typeof placeSchema>
/** An organisation row. */
export type Organisation = z.infer<typeof organisationSchema>
