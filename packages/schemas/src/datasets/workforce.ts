import * as z from 'zod'
import { codeSchema, countSchema, monthSchema, nonNegativeSchema } from '../primitives'

/**
 * Staff in post at the end of a month for one organisation and staff group (optionally split by
 * age band and pay band): headcount (people) and FTE. FTE above headcount is allowed here and
 * reported as a warning by dataset validation (it is usually a data error but can be real for
 * staff working overtime contracts). FTE adds up over staff groups; headcount need not (a person
 * in two groups is in both rows), so do not sum it for an organisation's headcount.
 *
 * @example
 * ```ts
 * import { workforceSnapshotRowSchema } from '@oneworkforce/schemas'
 *
 * workforceSnapshotRowSchema.parse({
 *   month: '2024-03', organisation: 'RJ1', staffGroup: 'registered-nurse', headcount: 120, fte: 108.4,
 * })
 * ```
 */
export const workforceSnapshotRowSchema = z.strictObject({
  month: monthSchema,
  organisation: codeSchema,
  staffGroup: codeSchema,
  ageBand: codeSchema.optional(),
  payBand: z.string().min(1).max(32).optional(),
  /**
   * People in post in this organisation and staff group. Not additive across staff groups: a
   * person in two groups is counted in each (as NHS Digital counts them), so the sum over an
   * organisation's staff groups can exceed its headcount. On NHS Digital's HCHS file the
   * organisation's own count is its `Total` line (`organisationHeadcounts` of
   * `safeIngestPublishedCsv`); FTE, below, does add up.
   */
  headcount: countSchema,
  /** Full-time equivalent in post; additive across staff groups. */
  fte: nonNegativeSchema,
})

/**
 * Staff in post in FTE only, for a source that publishes FTE and no headcount for the month,
 * organisation and staff group (e.g. an NHS Digital General Practice extract with FTE lines
 * only). Kept apart from `workforce`, whose rows always have a headcount: projection stocks,
 * leaver and turnover rates (whose denominators are headcounts) and the stock-and-flow check
 * read `workforce` only, so an FTE-only row is never taken for a headcount of 0. The NHS Digital
 * readers put a month, organisation and staff group in one table or the other, never both.
 *
 * @example
 * ```ts
 * import { workforceFteRowSchema } from '@oneworkforce/schemas'
 *
 * workforceFteRowSchema.parse({ month: '2024-08', organisation: 'A81038', staffGroup: 'gp', fte: 4.6 })
 * ```
 */
export const workforceFteRowSchema = z.strictObject({
  month: monthSchema,
  organisation: codeSchema,
  staffGroup: codeSchema,
  ageBand: codeSchema.optional(),
  fte: nonNegativeSchema,
})

/**
 * Why someone joined. `other-organisation` is a move in from another organisation (of any
 * sector) so "one workforce" flows are not counted as new supply.
 */
export const joinerReasonSchema = z.enum([
  'newly-qualified',
  'international',
  'returner',
  'other-organisation',
  'other',
])

/**
 * Why someone left. `other-organisation` is a move out to another organisation.
 */
export const leaverReasonSchema = z.enum([
  'retirement',
  'voluntary',
  'other-organisation',
  'dismissal',
  'other',
])

/**
 * Joiners or leavers in a month for one organisation and staff group, by reason.
 *
 * @example
 * ```ts
 * import { flowRowSchema } from '@oneworkforce/schemas'
 *
 * flowRowSchema.parse({
 *   month: '2024-04', organisation: 'RJ1', staffGroup: 'registered-nurse',
 *   direction: 'leaver', reason: 'retirement', headcount: 2, fte: 1.6,
 * })
 * ```
 */
export const flowRowSchema = z.discriminatedUnion('direction', [
  z.strictObject({
    month: monthSchema,
    organisation: codeSchema,
    staffGroup: codeSchema,
    ageBand: codeSchema.optional(),
    direction: z.literal('joiner'),
    reason: joinerReasonSchema,
    headcount: countSchema,
    fte: nonNegativeSchema,
  }),
  z.strictObject({
    month: monthSchema,
    organisation: codeSchema,
    staffGroup: codeSchema,
    ageBand: codeSchema.optional(),
    direction: z.literal('leaver'),
    reason: leaverReasonSchema,
    headcount: countSchema,
    fte: nonNegativeSchema,
  }),
])

/**
 * Funded establishment and staff in post (FTE) for a month. Vacancy FTE is derived as
 * `fundedFte − staffInPostFte` and may be negative (over-establishment).
 *
 * @example
 * ```ts
 * import { vacancyRowSchema } from '@oneworkforce/schemas'
 *
 * vacancyRowSchema.parse({ month: '2024-04', organisation: 'RJ1', staffGroup: 'midwife', fundedFte: 210, staffInPostFte: 188.5 })
 * ```
 */
export const vacancyRowSchema = z.strictObject({
  month: monthSchema,
  organisation: codeSchema,
  staffGroup: codeSchema,
  fundedFte: nonNegativeSchema,
  staffInPostFte: nonNegativeSchema,
})

/**
 * Sickness absence in a month: FTE days lost and FTE days available (NHS Digital definition),
 * either for one staff group (`staffGroup`) or for the whole organisation (`allStaff: true`,
 * as NHS Digital's organisation-level monthly file publishes it). A row has one or the other,
 * never both, so a whole-organisation figure is never mistaken for a staff group.
 *
 * @example
 * ```ts
 * import { sicknessRowSchema } from '@oneworkforce/schemas'
 *
 * sicknessRowSchema.parse({ month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', fteDaysLost: 310, fteDaysAvailable: 7400 })
 * sicknessRowSchema.parse({ month: '2024-04', organisation: 'RJ1', allStaff: true, fteDaysLost: 9100, fteDaysAvailable: 210000 })
 * ```
 */
export const sicknessRowSchema = z.union([
  z.strictObject({
    month: monthSchema,
    organisation: codeSchema,
    staffGroup: codeSchema,
    fteDaysLost: nonNegativeSchema,
    fteDaysAvailable: nonNegativeSchema,
  }),
  z.strictObject({
    month: monthSchema,
    organisation: codeSchema,
    /** The row stands for every member of staff of the organisation (no staff group split). */
    allStaff: z.literal(true),
    fteDaysLost: nonNegativeSchema,
    fteDaysAvailable: nonNegativeSchema,
  }),
])

/** A workforce snapshot row. */
export type WorkforceSnapshotRow = z.infer<typeof workforceSnapshotRowSchema>
/** A staff-in-post row in FTE only (the source published no headcount). */
export type WorkforceFteRow = z.infer<typeof workforceFteRowSchema>
/** A joiner reason. */
export type JoinerReason = z.infer<typeof joinerReasonSchema>
/** A leaver reason. */
export type LeaverReason = z.infer<typeof leaverReasonSchema>
/** A joiner or leaver flow row. */
export type FlowRow = z.infer<typeof flowRowSchema>
/** An establishment and staff-in-post row. */
export type VacancyRow = z.infer<typeof vacancyRowSchema>
/** A sickness absence row. */
export type SicknessRow = z.infer<typeof sicknessRowSchema>
