import {
  type Issue,
  issue,
  parseMoney,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import * as z from 'zod'
import { optionIssues, recordIssues } from '../internal/option-issues'

/**
 * The impact of an initiative as plain numbers, for example from comparing a projection
 * scenario with the baseline: the FTE gap closed in a target year (say 2036/37) and the cost
 * avoided. This package takes plain numbers and never imports the projection package.
 *
 * @example
 * ```ts
 * import type { InitiativeImpact } from '@oneworkforce/prioritisation'
 *
 * const impact: InitiativeImpact = { fteGapClosed: 240, costAvoidedGbp: '3100000' }
 * ```
 */
export interface InitiativeImpact {
  /** FTE of the shortfall closed by the initiative in `year` (scenario minus baseline supply). */
  readonly fteGapClosed?: number
  /** Cost avoided by `year` in pounds, as a decimal string (or number). */
  readonly costAvoidedGbp?: string | number
  /** The year the impact is measured in, as stated (for example the financial year `'2029/30'`). */
  readonly year?: string
}

/**
 * How an impact becomes a score: `anchors` maps linearly between the impact that earns the
 * bottom of the scale (`low`) and the one that earns the top (`high`), clamped outside;
 * `quantiles` places the impact among the impacts of the whole set of initiatives and gives
 * equal-sized bands one per scale level (quintiles on a 1-5 scale).
 *
 * @example
 * ```ts
 * import type { ImpactScaleOptions } from '@oneworkforce/prioritisation'
 *
 * const options: ImpactScaleOptions = { measure: 'fteGapClosed', mapping: { kind: 'anchors', low: 0, high: 300 } }
 * ```
 */
export interface ImpactScaleOptions {
  /** Which impact to score (default `fteGapClosed`). */
  readonly measure?: 'fteGapClosed' | 'costAvoidedGbp'
  /** The criterion's scale (default 1 to 5). */
  readonly scale?: { readonly min: number; readonly max: number }
  readonly mapping:
    | { readonly kind: 'anchors'; readonly low: number; readonly high: number }
    | { readonly kind: 'quantiles'; readonly population: readonly number[] }
  /** Round to whole scale points (default false for anchors; quantile bands are always whole levels). */
  readonly round?: boolean
}

/**
 * Turns an initiative's impact (FTE gap closed, cost avoided) into a score on a criterion's
 * scale, so that "size of the opportunity" can rest on evidence from a projection.
 *
 * - Anchors: score = min + (max − min) · clamp((x − low)/(high − low), 0, 1).
 * - Quantiles: with F(x) the share of the population strictly below x and L = max − min + 1
 *   levels, score = min + min(L − 1, ⌊F(x) · L⌋): the lowest impact scores the scale minimum,
 *   each band holds about 1/L of the initiatives (integer scales).
 *
 * @example
 * ```ts
 * import { safeOpportunityScoreFromImpact } from '@oneworkforce/prioritisation'
 *
 * const result = safeOpportunityScoreFromImpact({ fteGapClosed: 150 }, { mapping: { kind: 'anchors', low: 0, high: 300 } })
 * if (result.success) console.log(result.value) // 3
 * ```
 */
export function safeOpportunityScoreFromImpact(
  impact: InitiativeImpact,
  options: ImpactScaleOptions,
): Result<number> {
  const calculated = opportunityCalculation(impact, options)
  return calculated.success
    ? resultFrom(calculated.value.score, calculated.issues)
    : { success: false, error: calculated.error, issues: calculated.issues }
}

/**
 * The types of {@link ImpactScaleOptions} fields, checked before any is read.
 *
 * @internal
 */
export const impactScaleShape = {
  measure: z.enum(['fteGapClosed', 'costAvoidedGbp']).optional(),
  scale: z.object({ min: z.number(), max: z.number() }).optional(),
  mapping: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('anchors'), low: z.number(), high: z.number() }),
    z.object({ kind: z.literal('quantiles'), population: z.array(z.number()) }),
  ]),
  round: z.boolean().optional(),
} satisfies z.ZodRawShape

/** A score with the arithmetic that produced it, in words a board can check. @internal */
export interface OpportunityCalculation {
  readonly value: number
  readonly score: number
  readonly calculation: string
}

const figure = (value: number) =>
  Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))

/**
 * The score of one impact and the calculation, written out (`1 + 4 × clamp((165 − 0) / (300 −
 * 0), 0, 1) = 3.2`), for {@link safeOpportunityScoreFromImpact} and the audit.
 *
 * @internal
 */
export function opportunityCalculation(
  impact: unknown,
  options: unknown,
): Result<OpportunityCalculation> {
  const empty: OpportunityCalculation = { value: 0, score: 0, calculation: '' }
  const shapeIssues = [
    ...recordIssues(impact, 'impact', 'fteGapClosed, costAvoidedGbp and year'),
    ...(options === undefined
      ? [issue('required', 'options with a mapping are required', ['mapping'])]
      : optionIssues(options, impactScaleShape)),
  ]
  if (shapeIssues.length > 0) return resultFrom(empty, shapeIssues)
  return scoreImpact(impact as InitiativeImpact, options as ImpactScaleOptions)
}

function scoreImpact(
  impact: InitiativeImpact,
  options: ImpactScaleOptions,
): Result<OpportunityCalculation> {
  const empty: OpportunityCalculation = { value: 0, score: 0, calculation: '' }
  const issues: Issue[] = []
  const measure = options.measure ?? 'fteGapClosed'
  const scale = options.scale ?? { min: 1, max: 5 }
  if (!(Number.isFinite(scale.max - scale.min) && scale.max > scale.min)) {
    issues.push(
      issue('invalid_value', 'scale.max must be greater than scale.min, both finite', ['scale']),
    )
  }
  const raw = measure === 'fteGapClosed' ? impact.fteGapClosed : impact.costAvoidedGbp
  let x = Number.NaN
  if (raw === undefined)
    issues.push(issue('required', `the impact has no ${measure}`, ['impact', measure]))
  else if (measure === 'costAvoidedGbp') {
    try {
      x = parseMoney(raw).toNumber()
    } catch {
      issues.push(
        issue(
          'invalid_value',
          `costAvoidedGbp must be an amount of money, received ${JSON.stringify(raw)}`,
          ['impact', measure],
        ),
      )
    }
  } else if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    issues.push(issue('invalid_type', 'fteGapClosed must be a finite number', ['impact', measure]))
  } else x = raw
  const mapping = options.mapping
  if (
    mapping.kind === 'anchors' &&
    !(Number.isFinite(mapping.low) && Number.isFinite(mapping.high) && mapping.high !== mapping.low)
  ) {
    issues.push(
      issue('invalid_value', 'anchors low and high must be finite and different', ['mapping']),
    )
  }
  if (
    mapping.kind === 'quantiles' &&
    (mapping.population.length === 0 || mapping.population.some((value) => !Number.isFinite(value)))
  ) {
    issues.push(
      issue(
        'insufficient_data',
        'quantile scoring needs a non-empty population of finite impacts',
        ['mapping', 'population'],
      ),
    )
  }
  if (issues.length > 0) return resultFrom(empty, issues)
  const range = scale.max - scale.min
  if (mapping.kind === 'anchors') {
    // Divided before subtracting, so anchors near the top of the range cannot overflow.
    const share = Math.min(
      1,
      Math.max(0, x / (mapping.high - mapping.low) - mapping.low / (mapping.high - mapping.low)),
    )
    const exact = scale.min + range * share
    const score = options.round ? Math.round(exact) : exact
    const calculation = `${figure(scale.min)} + ${figure(range)} × clamp((${figure(x)} − ${figure(mapping.low)}) / (${figure(mapping.high)} − ${figure(mapping.low)}), 0, 1)${options.round ? ', rounded' : ''} = ${figure(score)}`
    return resultFrom({ value: x, score, calculation }, [])
  }
  const below = mapping.population.filter((value) => value < x).length
  const levels = Math.floor(range) + 1
  const band = Math.min(levels - 1, Math.floor((below / mapping.population.length) * levels))
  const score = scale.min + band
  const calculation = `${figure(scale.min)} + min(${levels - 1}, ⌊${below}/${mapping.population.length} × ${levels}⌋) = ${figure(score)} (${below} of ${mapping.population.length} impacts below ${figure(x)})`
  return resultFrom({ value: x, score, calculation }, [])
}

/**
 * Throwing twin of {@link safeOpportunityScoreFromImpact}.
 *
 * @example
 * ```ts
 * import { opportunityScoreFromImpact } from '@oneworkforce/prioritisation'
 *
 * const gaps = [10, 40, 80, 150, 240]
 * opportunityScoreFromImpact({ fteGapClosed: 240 }, { mapping: { kind: 'quantiles', population: gaps } }) // 5
 * ```
 */
export function opportunityScoreFromImpact(
  impact: InitiativeImpact,
  options: ImpactScaleOptions,
): number {
  return unwrapResult(safeOpportunityScoreFromImpact(impact, options))
}
