import {
  type Initiative,
  type Issue,
  issue,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import * as z from 'zod'
import { arrayIssues, optionIssues } from '../internal/option-issues'
import { validateInitiatives } from '../internal/validate-initiatives'
import {
  type ImpactScaleOptions,
  type InitiativeImpact,
  impactScaleShape,
  opportunityCalculation,
} from './opportunity-score'

/**
 * The measured impact of one initiative: the FTE gap its scenario closes and the cost it avoids
 * by a stated year, from comparing the scenario named by the initiative with the baseline.
 *
 * @example
 * ```ts
 * import type { MeasuredImpact } from '@oneworkforce/prioritisation'
 *
 * const impact: MeasuredImpact = { initiative: 'keep-nurses', fteGapClosed: 165, costAvoidedGbp: '2400000', year: '2029/30' }
 * ```
 */
export interface MeasuredImpact extends InitiativeImpact {
  readonly initiative: string
}

/**
 * Options of {@link scoreOpportunityFromImpacts}: the mapping of {@link ImpactScaleOptions}
 * (default: anchors from 0, no gap closed, to the largest measured impact), the criterion the
 * score is for and the scorer it is recorded under.
 */
export interface OpportunityScoringOptions extends Partial<ImpactScaleOptions> {
  /** The criterion scored (default `'size-of-opportunity'`). */
  readonly criterion?: string
  /** The scorer the measured score is recorded under (default `'projection'`). */
  readonly scorer?: string
}

/**
 * How the size of the opportunity was measured and scored, for the audit: the formula, the
 * resolved mapping, the stated year and, per initiative, the impact and the arithmetic.
 *
 * @example
 * ```ts
 * import type { OpportunityScoring } from '@oneworkforce/prioritisation'
 *
 * const lines = (scoring: OpportunityScoring) => scoring.scores.map((each) => `${each.initiative}: ${each.calculation}`)
 * ```
 */
export interface OpportunityScoring {
  readonly criterion: string
  readonly scorer: string
  readonly measure: 'fteGapClosed' | 'costAvoidedGbp'
  /** The year every impact is measured in, or null when none was stated. */
  readonly year: string | null
  readonly scale: { readonly min: number; readonly max: number }
  readonly mapping: ImpactScaleOptions['mapping']
  /** The formula in words, with the symbols of `scores[].calculation`. */
  readonly formula: string
  readonly scores: readonly {
    readonly initiative: string
    readonly impact: InitiativeImpact
    /** The measured value scored (FTE, or pounds for cost avoided). */
    readonly value: number
    readonly score: number
    readonly calculation: string
  }[]
  /** Initiatives with no measured impact: they keep the panel's scores on the criterion. */
  readonly unmeasured: readonly string[]
}

/**
 * The initiatives with the measured score in place of the panel's on the criterion, and how it
 * was obtained.
 *
 * @example
 * ```ts
 * import type { MeasuredOpportunity } from '@oneworkforce/prioritisation'
 *
 * const ranked = (result: MeasuredOpportunity) => result.initiatives.length
 * ```
 */
export interface MeasuredOpportunity {
  readonly initiatives: readonly Initiative[]
  readonly scoring: OpportunityScoring
}

const impactSchema = z.object({
  initiative: z.string(),
  fteGapClosed: z.number().optional(),
  costAvoidedGbp: z.union([z.string(), z.number()]).optional(),
  year: z.string().optional(),
})

const scoringShape = {
  ...impactScaleShape,
  mapping: impactScaleShape.mapping.optional(),
  criterion: z.string().optional(),
  scorer: z.string().optional(),
} satisfies z.ZodRawShape

/**
 * Scores the size of the opportunity from measured impacts instead of a panel's 1-5 judgement:
 * each initiative's impact (FTE gap closed or cost avoided by a stated year, from its scenario
 * against the baseline) is mapped to the criterion's scale by {@link safeOpportunityScoreFromImpact}
 * and replaces the panel's scores on that criterion, with the arithmetic as the score's evidence.
 * Feed the initiatives to {@link rankInitiatives} and the scoring to {@link explainRanking}'s
 * `opportunity` option, so the audit records the formula.
 *
 * Default mapping, a ratio scale with a stated zero: anchors from 0 (no gap closed scores the
 * scale minimum) to the largest measured impact (the maximum). Every impact must state the same
 * year (impacts in different years are not comparable); an initiative without an impact keeps
 * the panel's scores, with a warning, and is listed in `unmeasured`. This package takes plain
 * numbers: the projection is run by the caller.
 *
 * @example
 * ```ts
 * import { safeScoreOpportunityFromImpacts } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const result = safeScoreOpportunityFromImpacts(
 *   [
 *     { id: 'keep-nurses', title: 'Keep nurses', owner: 'ICS', costGbp: '900000', scores: [score('size-of-opportunity', 3)] },
 *     { id: 'jobs-hub', title: 'Jobs hub', owner: 'ICS', costGbp: '450000', scores: [score('size-of-opportunity', 4)] },
 *   ],
 *   [
 *     { initiative: 'keep-nurses', fteGapClosed: 165, year: '2029/30' },
 *     { initiative: 'jobs-hub', fteGapClosed: 55, year: '2029/30' },
 *   ],
 * )
 * if (result.success) console.log(result.value.scoring.scores[1]?.calculation) // '1 + 4 × clamp((55 − 0) / (165 − 0), 0, 1) = 2.33333'
 * ```
 */
export function safeScoreOpportunityFromImpacts(
  initiatives: unknown,
  impacts: unknown,
  options: OpportunityScoringOptions = {},
): Result<MeasuredOpportunity> {
  const criterion =
    (options as OpportunityScoringOptions | null)?.criterion ?? 'size-of-opportunity'
  const empty = emptyMeasured(criterion)
  const shapeIssues = [
    ...optionIssues(options, scoringShape),
    ...arrayIssues(impacts, 'impacts', 'measured impacts'),
  ]
  if (shapeIssues.length > 0) return resultFrom(empty, shapeIssues)
  const validated = validateInitiatives(initiatives)
  const issues: Issue[] = [...validated.issues]
  const list = impacts as readonly unknown[]
  const byInitiative = new Map<string, MeasuredImpact>()
  const ids = new Set(validated.initiatives.map((each) => each.id))
  list.forEach((raw, row) => {
    const parsed = impactSchema.safeParse(raw)
    if (!parsed.success) {
      issues.push(
        issue(
          'invalid_value',
          `impacts[${row}]: ${parsed.error.issues[0]?.message}`,
          ['impacts', row],
          {
            row,
          },
        ),
      )
      return
    }
    const impact = parsed.data as MeasuredImpact
    if (byInitiative.has(impact.initiative)) {
      issues.push(
        issue('duplicate_key', `impacts name "${impact.initiative}" twice`, ['impacts', row], {
          row,
        }),
      )
    } else if (!ids.has(impact.initiative) && validated.initiatives.length > 0) {
      issues.push(
        issue(
          'unknown_code',
          `impacts[${row}] is for "${impact.initiative}", which is not an initiative`,
          ['impacts', row, 'initiative'],
        ),
      )
    }
    byInitiative.set(impact.initiative, impact)
  })
  const years = [...new Set([...byInitiative.values()].flatMap((each) => each.year ?? []))]
  if (years.length > 1) {
    issues.push(
      issue(
        'inconsistent',
        `impacts are measured in different years (${years.join(', ')}); measure every initiative by the same year`,
        ['impacts'],
      ),
    )
  }
  if (issues.some((each) => each.severity === 'error')) return resultFrom(empty, issues)
  return scoreAll(validated.initiatives, byInitiative, options, criterion, years[0] ?? null, issues)
}

function emptyMeasured(criterion: string): MeasuredOpportunity {
  return {
    initiatives: [],
    scoring: {
      criterion,
      scorer: '',
      measure: 'fteGapClosed',
      year: null,
      scale: { min: 1, max: 5 },
      mapping: { kind: 'anchors', low: 0, high: 1 },
      formula: '',
      scores: [],
      unmeasured: [],
    },
  }
}

function scoreAll(
  initiatives: readonly Initiative[],
  byInitiative: ReadonlyMap<string, MeasuredImpact>,
  options: OpportunityScoringOptions,
  criterion: string,
  year: string | null,
  issues: Issue[],
): Result<MeasuredOpportunity> {
  const measure = options.measure ?? 'fteGapClosed'
  const scale = options.scale ?? { min: 1, max: 5 }
  const scorer = options.scorer ?? 'projection'
  const measured = initiatives.filter((each) => byInitiative.has(each.id))
  const values = measured.map((each) => {
    const raw = byInitiative.get(each.id)?.[measure]
    return typeof raw === 'number' ? raw : Number(raw)
  })
  const largest = Math.max(0, ...values.filter(Number.isFinite))
  if (options.mapping === undefined && measured.length > 0 && !(largest > 0)) {
    return resultFrom(emptyMeasured(criterion), [
      ...issues,
      issue(
        'insufficient_data',
        `no measured impact is above 0, so the default mapping (0 to the largest impact) has no range; give a mapping`,
        ['mapping'],
      ),
    ])
  }
  const mapping = options.mapping ?? { kind: 'anchors' as const, low: 0, high: largest }
  const scaleOptions: ImpactScaleOptions = { ...options, measure, scale, mapping }
  const unmeasured = initiatives.filter((each) => !byInitiative.has(each.id)).map((each) => each.id)
  if (unmeasured.length > 0) {
    issues.push(
      issue(
        'insufficient_data',
        `no measured impact for ${unmeasured.join(', ')}: they keep the panel's ${criterion} scores`,
        ['impacts'],
        { severity: 'warning' },
      ),
    )
  }
  const scores: OpportunityScoring['scores'][number][] = []
  const unit = measure === 'fteGapClosed' ? 'FTE of the gap closed' : '£ of cost avoided'
  const when = year === null ? '' : ` in ${year}`
  const scored = initiatives.map((initiative): Initiative => {
    const impact = byInitiative.get(initiative.id)
    if (!impact) return initiative
    const calculated = opportunityCalculation(impact, scaleOptions)
    if (!calculated.success) {
      for (const each of calculated.issues) {
        issues.push({ ...each, message: `${initiative.id}: ${each.message}`, column: criterion })
      }
      return initiative
    }
    const { value, score, calculation } = calculated.value
    scores.push({ initiative: initiative.id, impact, value, score, calculation })
    const evidence = `Measured: ${value} ${unit}${when} (scenario against baseline); score ${calculation}`
    return {
      ...initiative,
      scores: [
        ...initiative.scores.filter((each) => each.criterion !== criterion),
        { criterion, scorer, score, evidence },
      ],
    }
  })
  const formula =
    mapping.kind === 'anchors'
      ? `score = min + (max − min) × clamp((x − low) / (high − low), 0, 1) with x the ${unit}${when}, low = ${mapping.low}, high = ${mapping.high}, scale ${scale.min}-${scale.max}${options.round ? ', rounded to whole points' : ''}`
      : `score = min + min(L − 1, ⌊F(x) × L⌋) with F(x) the share of ${mapping.population.length} impacts below x (the ${unit}${when}), L = ${Math.floor(scale.max - scale.min) + 1} levels`
  return resultFrom(
    {
      initiatives: scored,
      scoring: { criterion, scorer, measure, year, scale, mapping, formula, scores, unmeasured },
    },
    issues,
  )
}

/**
 * Throwing twin of {@link safeScoreOpportunityFromImpacts}.
 *
 * @example
 * ```ts
 * import { scoreOpportunityFromImpacts } from '@oneworkforce/prioritisation'
 *
 * const scored = scoreOpportunityFromImpacts(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [] }],
 *   [{ initiative: 'a', fteGapClosed: 40, year: '2029/30' }],
 *   { mapping: { kind: 'anchors', low: 0, high: 80 } },
 * )
 * scored.scoring.scores[0]?.score // 3
 * ```
 */
export function scoreOpportunityFromImpacts(
  initiatives: unknown,
  impacts: unknown,
  options: OpportunityScoringOptions = {},
): MeasuredOpportunity {
  return unwrapResult(safeScoreOpportunityFromImpacts(initiatives, impacts, options))
}
