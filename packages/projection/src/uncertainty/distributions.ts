import { issue, type Result, resultFrom, safeValidate, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import {
  betaQuantile,
  lognormalQuantile,
  normalCdf,
  normalQuantile,
  triangularQuantile,
  uniformQuantile,
} from './quantile-functions'

const finite = z.number().refine(Number.isFinite, 'must be a finite number')
const positive = finite.refine((value) => value > 0, 'must be greater than 0')
const nonNegative = finite.refine((value) => value >= 0, 'must be 0 or more')

/** The smallest probability mass a truncated normal must keep between its bounds. */
const MIN_TRUNCATED_MASS = 1e-12

/**
 * A fixed value: the distribution collapsed to a point (every quantile is `value`).
 *
 * @example
 * ```ts
 * import { pointDistributionSchema } from '@oneworkforce/projection'
 *
 * pointDistributionSchema.parse({ type: 'point', value: 0.1 })
 * ```
 */
export const pointDistributionSchema = z.strictObject({ type: z.literal('point'), value: finite })

/**
 * A normal distribution, optionally truncated to `[lower, upper]` (use the bounds for a quantity
 * that must stay in range, e.g. a rate in `[0, 1]`). `sd` may be 0 (a point at `mean`).
 *
 * @example
 * ```ts
 * import { normalDistributionSchema } from '@oneworkforce/projection'
 *
 * normalDistributionSchema.parse({ type: 'normal', mean: 0.1, sd: 0.02, lower: 0, upper: 1 })
 * ```
 */
export const normalDistributionSchema = z
  .strictObject({
    type: z.literal('normal'),
    mean: finite,
    sd: nonNegative,
    lower: finite.optional(),
    upper: finite.optional(),
  })
  .superRefine((value, context) => {
    const lower = value.lower ?? Number.NEGATIVE_INFINITY
    const upper = value.upper ?? Number.POSITIVE_INFINITY
    if (lower >= upper) {
      context.addIssue({
        code: 'custom',
        path: ['upper'],
        message: `upper (${upper}) must be greater than lower (${lower})`,
      })
      return
    }
    if (value.sd === 0) {
      if (value.mean < lower || value.mean > upper) {
        context.addIssue({
          code: 'custom',
          path: ['mean'],
          message: `with sd 0 the mean (${value.mean}) must lie between lower and upper`,
        })
      }
      return
    }
    const mass = normalCdf(upper, value.mean, value.sd) - normalCdf(lower, value.mean, value.sd)
    if (!(mass >= MIN_TRUNCATED_MASS)) {
      context.addIssue({
        code: 'custom',
        path: ['lower'],
        message: `the bounds [${lower}, ${upper}] hold almost no probability of normal(${value.mean}, ${value.sd}): move the mean inside them or widen them`,
      })
    }
  })

/**
 * A lognormal distribution: `log(X)` is normal with mean `meanLog` and standard deviation
 * `sdLog` (so the median is `exp(meanLog)`). Use it for positive, right-skewed quantities such as
 * international recruitment volumes.
 *
 * @example
 * ```ts
 * import { lognormalDistributionSchema } from '@oneworkforce/projection'
 *
 * lognormalDistributionSchema.parse({ type: 'lognormal', meanLog: Math.log(120), sdLog: 0.3 })
 * ```
 */
export const lognormalDistributionSchema = z.strictObject({
  type: z.literal('lognormal'),
  meanLog: finite,
  sdLog: nonNegative,
})

/**
 * A continuous uniform distribution on `[min, max]`.
 *
 * @example
 * ```ts
 * import { uniformDistributionSchema } from '@oneworkforce/projection'
 *
 * uniformDistributionSchema.parse({ type: 'uniform', min: 0.08, max: 0.12 })
 * ```
 */
export const uniformDistributionSchema = z
  .strictObject({ type: z.literal('uniform'), min: finite, max: finite })
  .superRefine((value, context) => {
    if (value.min > value.max) {
      context.addIssue({
        code: 'custom',
        path: ['max'],
        message: `max (${value.max}) must be at least min (${value.min})`,
      })
    }
  })

function checkMinModeMax(
  value: { readonly min: number; readonly mode: number; readonly max: number },
  context: z.RefinementCtx,
): void {
  if (value.min > value.max) {
    context.addIssue({
      code: 'custom',
      path: ['max'],
      message: `max (${value.max}) must be at least min (${value.min})`,
    })
  } else if (value.mode < value.min || value.mode > value.max) {
    context.addIssue({
      code: 'custom',
      path: ['mode'],
      message: `mode (${value.mode}) must lie between min (${value.min}) and max (${value.max})`,
    })
  }
}

/**
 * A triangular distribution with `min ≤ mode ≤ max`: the usual "low, most likely, high"
 * elicitation from a planner.
 *
 * @example
 * ```ts
 * import { triangularDistributionSchema } from '@oneworkforce/projection'
 *
 * triangularDistributionSchema.parse({ type: 'triangular', min: 0.08, mode: 0.1, max: 0.14 })
 * ```
 */
export const triangularDistributionSchema = z
  .strictObject({ type: z.literal('triangular'), min: finite, mode: finite, max: finite })
  .superRefine(checkMinModeMax)

/**
 * A (modified) PERT distribution with `min ≤ mode ≤ max`: a beta distribution rescaled to
 * `[min, max]` with shape `α = 1 + λ(mode − min)/(max − min)`, `β = 1 + λ(max − mode)/(max − min)`;
 * `lambda` defaults to 4 (the classic PERT; Vose 2008, Risk Analysis, 3rd ed., §III.9).
 *
 * @example
 * ```ts
 * import { pertDistributionSchema } from '@oneworkforce/projection'
 *
 * pertDistributionSchema.parse({ type: 'pert', min: 200, mode: 300, max: 500 })
 * ```
 */
export const pertDistributionSchema = z
  .strictObject({
    type: z.literal('pert'),
    min: finite,
    mode: finite,
    max: finite,
    lambda: positive.optional(),
  })
  .superRefine(checkMinModeMax)

/**
 * A beta distribution with shape parameters `alpha` and `beta`, on `[0, 1]` by default or
 * rescaled to `[min, max]`: natural for a rate or share.
 *
 * @example
 * ```ts
 * import { betaDistributionSchema } from '@oneworkforce/projection'
 *
 * betaDistributionSchema.parse({ type: 'beta', alpha: 10, beta: 90 }) // mean 0.1
 * ```
 */
export const betaDistributionSchema = z
  .strictObject({
    type: z.literal('beta'),
    alpha: positive,
    beta: positive,
    min: finite.optional(),
    max: finite.optional(),
  })
  .superRefine((value, context) => {
    if ((value.min ?? 0) >= (value.max ?? 1)) {
      context.addIssue({
        code: 'custom',
        path: ['max'],
        message: `max (${value.max ?? 1}) must be greater than min (${value.min ?? 0})`,
      })
    }
  })

/**
 * Any distribution an uncertain parameter may carry, discriminated by `type`: `point`, `normal`
 * (optionally truncated), `lognormal`, `uniform`, `triangular`, `pert` or `beta`.
 *
 * @example
 * ```ts
 * import { distributionSchema } from '@oneworkforce/projection'
 *
 * const distribution = distributionSchema.parse({ type: 'triangular', min: 0.9, mode: 1, max: 1.2 })
 * ```
 */
export const distributionSchema = z.discriminatedUnion('type', [
  pointDistributionSchema,
  normalDistributionSchema,
  lognormalDistributionSchema,
  uniformDistributionSchema,
  triangularDistributionSchema,
  pertDistributionSchema,
  betaDistributionSchema,
])

/** A validated distribution (see {@link distributionSchema}). */
export type Distribution = z.infer<typeof distributionSchema>

/**
 * Validates a distribution, returning issues that name the faulty parameter (e.g. `mode`).
 *
 * @example
 * ```ts
 * import { safeParseDistribution } from '@oneworkforce/projection'
 *
 * const result = safeParseDistribution({ type: 'triangular', min: 1, mode: 3, max: 2 })
 * if (!result.success) console.log(result.issues[0]?.message) // mode: mode (3) must lie between ...
 * ```
 */
export function safeParseDistribution(input: unknown): Result<Distribution> {
  return safeValidate(distributionSchema, input)
}

/**
 * Validates a distribution; throws `OneWorkforceError` (`validation_failed`) with the issues.
 *
 * @example
 * ```ts
 * import { parseDistribution } from '@oneworkforce/projection'
 *
 * const distribution = parseDistribution({ type: 'pert', min: 0, mode: 1, max: 4 })
 * ```
 */
export function parseDistribution(input: unknown): Distribution {
  return unwrapResult(safeParseDistribution(input))
}

function truncatedNormalQuantile(
  p: number,
  mean: number,
  sd: number,
  lower: number,
  upper: number,
): number {
  if (sd === 0) return mean
  if (p <= 0) return lower
  if (p >= 1) return upper
  const low = normalCdf(lower, mean, sd)
  const high = normalCdf(upper, mean, sd)
  const x = normalQuantile(low + p * (high - low), mean, sd)
  return Math.min(upper, Math.max(lower, x))
}

/**
 * The inverse CDF (quantile function) of a validated distribution at probability `p` in
 * `[0, 1]`: sampling is `distributionQuantile(distribution, u)` with `u` uniform on (0, 1), so
 * the same function gives Monte Carlo draws, Saltelli samples and tornado P10/P90 values.
 *
 * Quantiles come from the inverse CDFs in `quantile-functions` (normal, lognormal, uniform, triangular, beta).
 * A truncated normal uses `Φ⁻¹(Φ(a) + p(Φ(b) − Φ(a)))` (inversion method; Robert 1995, Statistics
 * and Computing 5:121), clamped to the bounds; PERT is a rescaled beta. Degenerate cases (sd 0,
 * `min = max`) return the single value.
 *
 * @example
 * ```ts
 * import { distributionQuantile } from '@oneworkforce/projection'
 *
 * distributionQuantile({ type: 'normal', mean: 10, sd: 2 }, 0.5) // 10
 * distributionQuantile({ type: 'uniform', min: 0, max: 4 }, 0.25) // 1
 * ```
 */
export function distributionQuantile(distribution: Distribution, p: number): number {
  switch (distribution.type) {
    case 'point':
      return distribution.value
    case 'normal': {
      const { mean, sd, lower, upper } = distribution
      if (lower === undefined && upper === undefined) return normalQuantile(p, mean, sd)
      return truncatedNormalQuantile(
        p,
        mean,
        sd,
        lower ?? Number.NEGATIVE_INFINITY,
        upper ?? Number.POSITIVE_INFINITY,
      )
    }
    case 'lognormal':
      return distribution.sdLog === 0
        ? Math.exp(distribution.meanLog)
        : lognormalQuantile(p, distribution.meanLog, distribution.sdLog)
    case 'uniform':
      return distribution.min === distribution.max
        ? distribution.min
        : uniformQuantile(p, distribution.min, distribution.max)
    case 'triangular': {
      const { min, mode, max } = distribution
      return min === max ? min : triangularQuantile(p, min, max, mode)
    }
    case 'pert': {
      const { min, mode, max } = distribution
      if (min === max) return min
      const lambda = distribution.lambda ?? 4
      const alpha = 1 + (lambda * (mode - min)) / (max - min)
      const beta = 1 + (lambda * (max - mode)) / (max - min)
      return min + (max - min) * betaQuantile(p, alpha, beta)
    }
    case 'beta': {
      const min = distribution.min ?? 0
      const max = distribution.max ?? 1
      return min + (max - min) * betaQuantile(p, distribution.alpha, distribution.beta)
    }
  }
}

/**
 * The median of a distribution (its quantile at 0.5): the value a parameter takes when the
 * others swing in a tornado, and the "central" run.
 *
 * @example
 * ```ts
 * import { distributionMedian } from '@oneworkforce/projection'
 *
 * distributionMedian({ type: 'triangular', min: 0, mode: 0, max: 1 }) // 1 − √0.5 ≈ 0.2929
 * ```
 */
export function distributionMedian(distribution: Distribution): number {
  return distributionQuantile(distribution, 0.5)
}

/**
 * Validates that `p` is a probability and returns the quantile, as a `Result`; use it at a
 * boundary where `p` comes from a caller.
 *
 * @example
 * ```ts
 * import { safeDistributionQuantile } from '@oneworkforce/projection'
 *
 * safeDistributionQuantile({ type: 'uniform', min: 0, max: 1 }, 1.5).success // false
 * ```
 */
export function safeDistributionQuantile(distribution: unknown, p: number): Result<number> {
  const parsed = safeParseDistribution(distribution)
  if (!parsed.success) return resultFrom(Number.NaN, parsed.issues)
  if (!(p >= 0 && p <= 1)) {
    return resultFrom(Number.NaN, [
      issue('out_of_range', `p must be a probability in [0, 1], received ${p}`, ['p']),
    ])
  }
  return resultFrom(distributionQuantile(parsed.value, p), [])
}
