import * as z from 'zod'
import { codeSchema, monthSchema, nonNegativeSchema, rateSchema } from '../primitives'

/** Narrows a lever to some cells; an omitted field means "all". */
const targetShape = {
  staffGroup: codeSchema.optional(),
  sector: codeSchema.optional(),
  place: codeSchema.optional(),
}

/**
 * Train: change training intake from an intake year on, either by a relative change
 * (`relativeChange: 0.25` = 25% more places) or to an absolute annual intake.
 */
export const trainingPlacesLeverSchema = z
  .strictObject({
    type: z.literal('training-places'),
    programme: codeSchema.optional(),
    staffGroup: codeSchema.optional(),
    fromYear: z.number().int().min(1950).max(2100),
    relativeChange: z.number().min(-1).max(10).optional(),
    annualIntake: nonNegativeSchema.optional(),
  })
  .refine((lever) => (lever.relativeChange === undefined) !== (lever.annualIntake === undefined), {
    message: 'give exactly one of relativeChange or annualIntake',
  })

/**
 * Retain: scale leaver rates by `1 + relativeChange` (−0.1 = 10% fewer leavers), ramped in
 * linearly over `rampMonths` from `fromMonth`. `reason` limits it to one leaver reason.
 */
export const retentionLeverSchema = z.strictObject({
  type: z.literal('retention'),
  ...targetShape,
  reason: z.enum(['retirement', 'voluntary', 'other']).optional(),
  relativeChange: z.number().min(-1).max(1),
  fromMonth: monthSchema,
  rampMonths: z.number().int().min(0).max(240).default(0),
})

/** Train: international recruitment of `annualHeadcount` people a year from `fromMonth` (to `toMonth`). */
export const internationalRecruitmentLeverSchema = z.strictObject({
  type: z.literal('international-recruitment'),
  ...targetShape,
  staffGroup: codeSchema,
  annualHeadcount: nonNegativeSchema,
  fromMonth: monthSchema,
  toMonth: monthSchema.optional(),
})

/** Reform: productivity growth that reduces demand by `ratePerYear` a year (0.015 = 1.5%). */
export const productivityLeverSchema = z.strictObject({
  type: z.literal('productivity'),
  ...targetShape,
  ratePerYear: z.number().min(-0.2).max(0.2),
  fromMonth: monthSchema.optional(),
})

/** Retain/Reform: change FTE per head by `change` (e.g. +0.02), ramped over `rampMonths`. */
export const participationLeverSchema = z.strictObject({
  type: z.literal('participation'),
  ...targetShape,
  change: z.number().min(-1).max(1),
  fromMonth: monthSchema,
  rampMonths: z.number().int().min(0).max(240).default(0),
})

/**
 * A skill-mix shift: move `share` of one staff group's demand to another over `overMonths`,
 * each FTE moved needing `conversion` FTE of the receiving group (e.g. GP work to ARRS roles).
 */
export const skillMixShiftSchema = z.strictObject({
  fromStaffGroup: codeSchema,
  toStaffGroup: codeSchema,
  sector: codeSchema.optional(),
  place: codeSchema.optional(),
  share: rateSchema,
  conversion: z.number().positive().max(10),
  fromMonth: monthSchema,
  overMonths: z.number().int().min(1).max(240),
})

/** Reform: a skill-mix shift on its own. */
export const skillMixLeverSchema = z.strictObject({
  type: z.literal('skill-mix'),
  ...skillMixShiftSchema.shape,
})

/**
 * Reform: introduce a new role: a training pipeline for it plus the skill-mix shift that
 * creates its demand (e.g. nursing associates taking work from registered nurses).
 */
export const newRoleLeverSchema = z.strictObject({
  type: z.literal('new-role'),
  staffGroup: codeSchema,
  sector: codeSchema,
  place: codeSchema.optional(),
  pipeline: z.strictObject({
    programme: codeSchema,
    durationMonths: z.number().int().min(1).max(180),
    annualIntake: nonNegativeSchema,
    attritionRate: rateSchema,
    localUptakeShare: rateSchema,
    entryMonth: z.number().int().min(1).max(12),
    fromYear: z.number().int().min(1950).max(2100),
  }),
  shift: skillMixShiftSchema.omit({ toStaffGroup: true }),
})

/**
 * Any scenario lever, discriminated by `type`.
 *
 * @example
 * ```ts
 * import { scenarioLeverSchema } from '@oneworkforce/schemas'
 *
 * scenarioLeverSchema.parse({ type: 'retention', relativeChange: -0.1, fromMonth: '2025-04', rampMonths: 12 })
 * ```
 */
export const scenarioLeverSchema = z.union([
  trainingPlacesLeverSchema,
  retentionLeverSchema,
  internationalRecruitmentLeverSchema,
  productivityLeverSchema,
  participationLeverSchema,
  skillMixLeverSchema,
  newRoleLeverSchema,
])

/**
 * A named scenario: a set of levers applied to the baseline assumptions.
 *
 * @example
 * ```ts
 * import { scenarioSchema } from '@oneworkforce/schemas'
 *
 * scenarioSchema.parse({
 *   id: 'retain', name: 'Retain', levers: [{ type: 'retention', relativeChange: -0.1, fromMonth: '2025-04' }],
 * })
 * ```
 */
export const scenarioSchema = z.strictObject({
  id: codeSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(4000).optional(),
  levers: z.array(scenarioLeverSchema),
})

/** Any scenario lever. */
export type ScenarioLever = z.infer<typeof scenarioLeverSchema>
/** A skill-mix shift between staff groups. */
export type SkillMixShift = z.infer<typeof skillMixShiftSchema>
/** A named scenario. */
export type Scenario = z.infer<typeof scenarioSchema>
/** A scenario as written by a caller, before defaults are filled in. */
export type ScenarioInput = z.input<typeof scenarioSchema>
