import * as z from 'zod'

/**
 * The types of `MatrixMethodOptions` fields shared by the weighted sum, TOPSIS and PROMETHEE II;
 * the values (one direction per column, 'benefit' or 'cost') are checked with the matrix.
 *
 * @internal
 */
export const matrixOptionsShape = {
  directions: z.array(z.unknown()).optional(),
  normaliseWeights: z.boolean().optional(),
} satisfies z.ZodRawShape
