import * as z from 'zod'

const positive = z.number().finite().positive()
const nonNegative = z.number().finite().min(0)

/**
 * A PROMETHEE preference function P(d) turning the difference d between two alternatives on one
 * criterion (in the criterion's units, oriented so d > 0 favours the first) into a preference
 * in [0, 1] (Brans & Vincke 1985, types I-VI):
 *
 * - `usual` (I): P = 1 if d > 0, else 0.
 * - `u-shape` (II, quasi-criterion): P = 1 if d > q, else 0.
 * - `v-shape` (III, linear without indifference): P = d/p for 0 < d ≤ p, 1 above.
 * - `level` (IV): P = 0 if d ≤ q, ½ if q < d ≤ p, 1 above.
 * - `linear` (V, V-shape with indifference): P = (d − q)/(p − q) for q < d ≤ p, 1 above.
 * - `gaussian` (VI): P = 1 − exp(−d² / (2s²)) for d > 0.
 *
 * @example
 * ```ts
 * import { preferenceFunctionSchema } from '@oneworkforce/prioritisation'
 *
 * preferenceFunctionSchema.parse({ type: 'linear', q: 0.5, p: 2 })
 * ```
 */
export const preferenceFunctionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('usual') }),
    z.strictObject({ type: z.literal('u-shape'), q: nonNegative }),
    z.strictObject({ type: z.literal('v-shape'), p: positive }),
    z.strictObject({ type: z.literal('level'), q: nonNegative, p: positive }),
    z.strictObject({ type: z.literal('linear'), q: nonNegative, p: positive }),
    z.strictObject({ type: z.literal('gaussian'), s: positive }),
  ])
  .superRefine((fn, context) => {
    if ((fn.type === 'level' || fn.type === 'linear') && !(fn.p > fn.q)) {
      context.addIssue({
        code: 'custom',
        path: ['p'],
        message: `p (${fn.p}) must be greater than q (${fn.q})`,
      })
    }
  })

/** A PROMETHEE preference function and its thresholds. */
export type PreferenceFunction = z.infer<typeof preferenceFunctionSchema>

/**
 * Evaluates a preference function at difference d.
 *
 * @example
 * ```ts
 * import { preference } from '@oneworkforce/prioritisation'
 *
 * preference({ type: 'linear', q: 1, p: 3 }, 2) // 0.5
 * ```
 */
export function preference(fn: PreferenceFunction, d: number): number {
  if (d <= 0) return 0
  switch (fn.type) {
    case 'usual':
      return 1
    case 'u-shape':
      return d > fn.q ? 1 : 0
    case 'v-shape':
      return d >= fn.p ? 1 : d / fn.p
    case 'level':
      return d <= fn.q ? 0 : d <= fn.p ? 0.5 : 1
    case 'linear':
      return d <= fn.q ? 0 : d >= fn.p ? 1 : (d - fn.q) / (fn.p - fn.q)
    case 'gaussian':
      return 1 - Math.exp(-(d * d) / (2 * fn.s * fn.s))
  }
}
