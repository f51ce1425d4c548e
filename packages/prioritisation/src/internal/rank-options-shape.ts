import * as z from 'zod'

/**
 * The types of `RankOptions` fields, checked before any is read; their values (known
 * method, criteria set, weights summing to 1...) are checked by `prepareRanking`.
 *
 * @internal
 */
export const rankOptionsShape = {
  criteria: z.array(z.unknown()).optional(),
  weights: z.record(z.string(), z.unknown()).optional(),
  normaliseWeights: z.boolean().optional(),
  method: z.string().optional(),
  aggregation: z.string().optional(),
  disagreementThreshold: z.number().optional(),
  preferenceFunctions: z.record(z.string(), z.unknown()).optional(),
} satisfies z.ZodRawShape
