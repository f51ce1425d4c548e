import * as z from 'zod'
import { codeSchema, nonNegativeSchema, rateSchema } from '../primitives'

/**
 * A training programme feeding a staff group: the annual intake, its duration, attrition over
 * the whole course, the share of completers who take a job locally, and the calendar month
 * cohorts start (9 = September). `place` limits it to one place; otherwise it supplies the ICS.
 *
 * @example
 * ```ts
 * import { trainingPipelineRowSchema } from '@oneworkforce/schemas'
 *
 * trainingPipelineRowSchema.parse({
 *   programme: 'bsc-adult-nursing', staffGroup: 'registered-nurse', durationMonths: 36,
 *   annualIntake: 900, attritionRate: 0.24, localUptakeShare: 0.55, entryMonth: 9,
 * })
 * ```
 */
export const trainingPipelineRowSchema = z.strictObject({
  programme: codeSchema,
  staffGroup: codeSchema,
  place: codeSchema.optional(),
  sector: codeSchema.optional(),
  durationMonths: z.number().int().min(1).max(180),
  annualIntake: nonNegativeSchema,
  attritionRate: rateSchema,
  localUptakeShare: rateSchema,
  entryMonth: z.number().int().min(1).max(12),
})

/** A training pipeline row. */
export type TrainingPipelineRow = z.infer<typeof trainingPipelineRowSchema>
