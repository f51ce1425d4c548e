import * as z from 'zod'
import { codeSchema, moneySchema } from '../primitives'

/**
 * One scorer's score of an initiative against one criterion, with the evidence for it, so a
 * board can see who scored what and why.
 *
 * @example
 * ```ts
 * import { initiativeScoreSchema } from '@oneworkforce/schemas'
 *
 * initiativeScoreSchema.parse({ criterion: 'feasibility', scorer: 'workforce-lead', score: 4, evidence: 'Funding agreed' })
 * ```
 */
export const initiativeScoreSchema = z.strictObject({
  criterion: codeSchema,
  scorer: z.string().min(1).max(100),
  score: z.number(),
  evidence: z.string().max(2000).optional(),
})

/**
 * A candidate workforce initiative for prioritisation: cost, owner, scores per criterion and
 * scorer, its links to other initiatives (`dependsOn`: cannot run without them;
 * `excludes`: cannot run alongside them) and the scenario whose levers it pulls (`scenario`).
 *
 * @example
 * ```ts
 * import { initiativeSchema } from '@oneworkforce/schemas'
 *
 * initiativeSchema.parse({
 *   id: 'jobs-hub', title: 'Health and Care Jobs Hub', owner: 'ICS workforce team', costGbp: '450000',
 *   scores: [{ criterion: 'size-of-opportunity', scorer: 'a', score: 4 }],
 * })
 * ```
 */
export const initiativeSchema = z.strictObject({
  id: codeSchema,
  title: z.string().min(1).max(200),
  owner: z.string().min(1).max(200),
  description: z.string().max(4000).optional(),
  costGbp: moneySchema,
  theme: z.enum(['train', 'retain', 'reform']).optional(),
  scores: z.array(initiativeScoreSchema),
  dependsOn: z.array(codeSchema).optional(),
  excludes: z.array(codeSchema).optional(),
  /**
   * The scenario (an id in the dataset's scenarios) holding the levers this initiative pulls, so
   * its size of opportunity can be measured: that scenario's projection against the baseline.
   */
  scenario: codeSchema.optional(),
})

/** One scorer's score of one criterion. */
export type InitiativeScore = z.infer<typeof initiativeScoreSchema>
/** A candidate initiative. */
export type Initiative = z.infer<typeof initiativeSchema>
