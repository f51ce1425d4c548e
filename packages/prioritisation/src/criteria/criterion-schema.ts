import { codeSchema } from '@oneworkforce/schemas'
import * as z from 'zod'

/**
 * What one level of a criterion's scale means in plain English, so that scorers in different
 * organisations give the same number for the same evidence.
 *
 * @example
 * ```ts
 * import { levelDescriptorSchema } from '@oneworkforce/prioritisation'
 *
 * levelDescriptorSchema.parse({ level: 5, text: 'Closes a large share of a system-wide gap' })
 * ```
 */
export const levelDescriptorSchema = z.strictObject({
  level: z.number().finite(),
  text: z.string().min(1).max(1000),
})

/**
 * One criterion an initiative is scored against: its code (matching `scores[].criterion` of an
 * initiative), a label, what it measures, whether more is better (`benefit`) or worse (`cost`),
 * the scale scores are given on, and optional descriptors per level.
 *
 * When to use: to add a criterion to the four tests (for example alignment with Train / Retain /
 * Reform) or to replace the set; pass the list as `criteria` to `rankInitiatives`.
 *
 * @example
 * ```ts
 * import { criterionSchema } from '@oneworkforce/prioritisation'
 *
 * criterionSchema.parse({
 *   code: 'risk', label: 'Delivery risk', description: 'How likely delivery is to slip',
 *   direction: 'cost', scale: { min: 1, max: 5 },
 * })
 * ```
 */
export const criterionSchema = z
  .strictObject({
    code: codeSchema,
    label: z.string().min(1).max(200),
    description: z.string().max(2000),
    direction: z.enum(['benefit', 'cost']),
    scale: z.strictObject({ min: z.number().finite(), max: z.number().finite() }),
    descriptors: z.array(levelDescriptorSchema).optional(),
  })
  .superRefine((criterion, context) => {
    if (!(criterion.scale.max > criterion.scale.min)) {
      context.addIssue({
        code: 'custom',
        path: ['scale', 'max'],
        message: `scale.max (${criterion.scale.max}) must be greater than scale.min (${criterion.scale.min})`,
      })
    }
    criterion.descriptors?.forEach((descriptor, index) => {
      if (descriptor.level < criterion.scale.min || descriptor.level > criterion.scale.max) {
        context.addIssue({
          code: 'custom',
          path: ['descriptors', index, 'level'],
          message: `descriptor level ${descriptor.level} is outside the scale ${criterion.scale.min}-${criterion.scale.max}`,
        })
      }
    })
  })

/**
 * A non-empty list of criteria with unique codes.
 *
 * @example
 * ```ts
 * import { criteriaSchema, fourTestsCriteria } from '@oneworkforce/prioritisation'
 *
 * criteriaSchema.parse(fourTestsCriteria).length // 4
 * ```
 */
export const criteriaSchema = z
  .array(criterionSchema)
  .min(1, 'at least one criterion is needed')
  .superRefine((criteria, context) => {
    const seen = new Set<string>()
    criteria.forEach((criterion, index) => {
      if (seen.has(criterion.code)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'code'],
          message: `criterion code "${criterion.code}" appears more than once`,
        })
      }
      seen.add(criterion.code)
    })
  })

/** One level's plain-English descriptor. */
export type LevelDescriptor = z.infer<typeof levelDescriptorSchema>
/** A criterion initiatives are scored against. */
export type Criterion = z.infer<typeof criterionSchema>
