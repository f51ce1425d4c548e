import type { Initiative } from '@oneworkforce/schemas'
import { OneWorkforceError, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import type { Criterion } from '../criteria/criterion-schema'
import type { OpportunityScoring } from '../impact/measured-opportunity'
import { optionIssues } from '../internal/option-issues'
import { rankOptionsShape } from '../internal/rank-options-shape'
import type { PreferenceFunction } from '../methods/preference-function'
import type { RankingMethod, RankOptions } from '../methods/prepare-ranking'
import {
  type RankedInitiative,
  type Ranking,
  type RankingAssumption,
  safeRankInitiatives,
} from '../methods/rank-initiatives'
import type { ScoreAggregation, ScorerScore } from '../scores/aggregate-scores'
import { type SmaaInitiative, type SmaaResult, safeSmaa } from '../stability/smaa'
import { safeWeightThresholds, type WeightStability } from '../stability/weight-thresholds'
import type { Weights } from '../weights/direct-weights'
import { prioritisationVersion } from './package-version'

/** Options of {@link explainRanking}: the ranking options plus the stability analyses to include. */
export interface ExplainOptions extends RankOptions {
  /** SMAA sampling plan, or false to leave SMAA out (default 10,000 samples, seed 1). */
  readonly smaa?: { readonly samples?: number; readonly seed?: number } | false
  /** How the size of the opportunity was measured ({@link scoreOpportunityFromImpacts}), recorded in the audit. */
  readonly opportunity?: OpportunityScoring
}

/**
 * Everything that determines a ranking, as recorded in an audit: enough to run it again.
 *
 * @example
 * ```ts
 * import type { RecordedOptions } from '@oneworkforce/prioritisation'
 *
 * const methodOf = (options: RecordedOptions) => options.method
 * ```
 */
export interface RecordedOptions {
  readonly criteria: readonly Criterion[]
  readonly weights: Weights
  readonly normaliseWeights: boolean
  readonly method: RankingMethod
  readonly aggregation: ScoreAggregation
  readonly disagreementThreshold: number
  readonly preferenceFunctions: Readonly<Record<string, PreferenceFunction>>
  readonly smaa: { readonly samples: number; readonly seed: number } | null
}

/**
 * One criterion's part in one initiative's result.
 *
 * @example
 * ```ts
 * import type { CriterionExplanation } from '@oneworkforce/prioritisation'
 *
 * const who = (each: CriterionExplanation) => each.byScorer.map((s) => `${s.scorer}: ${s.score}`).join(', ')
 * ```
 */
export interface CriterionExplanation {
  readonly criterion: string
  readonly label: string
  readonly weight: number
  /** Aggregated score on the criterion's scale. */
  readonly score: number
  readonly scale: { readonly min: number; readonly max: number }
  readonly contribution: number
  readonly contested: boolean
  readonly spread: number
  readonly byScorer: readonly ScorerScore[]
}

/**
 * Why one initiative sits where it does.
 *
 * @example
 * ```ts
 * import type { InitiativeExplanation } from '@oneworkforce/prioritisation'
 *
 * const line = (each: InitiativeExplanation) => each.summary
 * ```
 */
export interface InitiativeExplanation {
  readonly id: string
  readonly title: string
  readonly rank: number
  readonly score: number
  readonly costGbp: string
  readonly criteria: readonly CriterionExplanation[]
  /** SMAA rank acceptability indices (index 0 = first), or null without SMAA. */
  readonly rankAcceptability: readonly number[] | null
  /** SMAA one-line verdict, or null without SMAA. */
  readonly verdict: string | null
  /** A plain-English paragraph for a board paper. */
  readonly summary: string
}

/**
 * A ranking with its inputs, options, stability and explanations: serialisable to JSON for the
 * board pack, and reproducible with {@link reproduceRanking}.
 *
 * @example
 * ```ts
 * import type { RankingAudit } from '@oneworkforce/prioritisation'
 *
 * const toJson = (audit: RankingAudit) => JSON.stringify(audit, null, 2)
 * ```
 */
export interface RankingAudit {
  readonly package: '@oneworkforce/prioritisation'
  readonly packageVersion: string
  readonly inputs: { readonly initiatives: readonly Initiative[] }
  readonly options: RecordedOptions
  readonly ranking: Ranking
  /** Exact weight thresholds (weighted sum only; null for other methods). */
  readonly weightStability: WeightStability | null
  readonly smaa: SmaaResult | null
  readonly explanations: readonly InitiativeExplanation[]
  /** The measured size of the opportunity, with its formula, or null when the panel scored it. */
  readonly opportunity: OpportunityScoring | null
  /** What the ranking assumed (the equal-weights default, ties), as in `ranking.assumptions`. */
  readonly assumptions: readonly RankingAssumption[]
}

function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}

function format(value: number, digits = 1): string {
  return Number(value.toFixed(digits)).toString()
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function summarise(
  ranked: RankedInitiative,
  count: number,
  tied: boolean,
  method: RankingMethod,
  criteria: readonly CriterionExplanation[],
  smaa: SmaaInitiative | undefined,
  stability: WeightStability | null,
  titleOf: (id: string) => string,
): string {
  const parts: string[] = []
  parts.push(
    `${ranked.title} ranks ${tied ? 'joint ' : ''}${ordinal(ranked.rank)} of ${count} (${method} score ${format(ranked.score, 3)}).`,
  )
  const byShare = [...criteria].sort(
    (a, b) =>
      (b.score - b.scale.min) / (b.scale.max - b.scale.min) -
      (a.score - a.scale.min) / (a.scale.max - a.scale.min),
  )
  const strongest = byShare[0]
  const weakest = byShare[byShare.length - 1]
  if (strongest && weakest && strongest !== weakest) {
    parts.push(
      `Its strongest test is ${lowerFirst(strongest.label)} (${format(strongest.score)} on ${strongest.scale.min}-${strongest.scale.max}, weight ${format(strongest.weight, 2)}); its weakest is ${lowerFirst(weakest.label)} (${format(weakest.score)}).`,
    )
  }
  const contested = criteria.filter((each) => each.contested)
  for (const each of contested) {
    const scores = each.byScorer.map((score) => `${score.scorer} ${score.score}`).join(', ')
    parts.push(`Scorers disagree on ${lowerFirst(each.label)} (${scores}).`)
  }
  if (stability && stability.top === ranked.id) {
    const closest = [...stability.thresholds]
      .filter((each) => each.smallestChange !== null)
      .sort((a, b) => (a.smallestChange as number) - (b.smallestChange as number))[0]
    if (closest) {
      const shift =
        closest.increase && closest.increase.change === closest.smallestChange
          ? closest.increase
          : closest.decrease
      const label =
        criteria.find((each) => each.criterion === closest.criterion)?.label ?? closest.criterion
      parts.push(
        `It stays first unless the weight of ${lowerFirst(label)} moves from ${format(closest.weight, 3)} to ${format(shift?.newWeight ?? closest.weight, 3)}, when ${titleOf(shift?.newTop ?? '')} ties with it.`,
      )
    } else parts.push('It stays first whatever any single weight is.')
  }
  if (smaa)
    parts.push(
      `${smaa.verdict.slice(smaa.title.length + 2).replace(/^./, (c) => c.toUpperCase())}.`,
    )
  return parts.join(' ')
}

/**
 * Ranks initiatives and explains the result for a board: for each initiative the scores by
 * scorer and the evidence, the aggregated score, weight and contribution of each criterion,
 * contested scores, its rank stability (SMAA acceptability and verdict; for the top initiative,
 * the closest weight threshold) and a plain-English summary. The audit records the inputs, the
 * full options and the package version so {@link reproduceRanking} can run it again.
 *
 * @example
 * ```ts
 * import { explainRanking } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const audit = explainRanking(
 *   [
 *     { id: 'a', title: 'Jobs hub', owner: 'ICS', costGbp: '450000', scores: [score('x', 5), score('y', 2)] },
 *     { id: 'b', title: 'E-rostering', owner: 'Trusts', costGbp: '300000', scores: [score('x', 2), score('y', 4)] },
 *   ],
 *   {
 *     criteria: ['x', 'y'].map((code) => ({ code, label: code.toUpperCase(), description: '', direction: 'benefit' as const, scale: { min: 1, max: 5 } })),
 *     weights: { x: 0.6, y: 0.4 },
 *     smaa: { samples: 1000, seed: 1 },
 *   },
 * )
 * audit.explanations[0]?.summary.startsWith('Jobs hub ranks 1st of 2') // true
 * ```
 */
export function safeExplainRanking(
  initiatives: unknown,
  options: ExplainOptions = {},
): Result<RankingAudit> {
  const optionProblems = optionIssues(options, {
    ...rankOptionsShape,
    smaa: z
      .union([
        z.literal(false),
        z.object({ samples: z.number().optional(), seed: z.number().optional() }),
      ])
      .optional(),
    opportunity: z.looseObject({ formula: z.string(), scores: z.array(z.unknown()) }).optional(),
  })
  if (optionProblems.length > 0) {
    return {
      success: false,
      error: new OneWorkforceError('validation_failed', optionProblems),
      issues: optionProblems,
    }
  }
  const ranked = safeRankInitiatives(initiatives, options)
  if (!ranked.success) return { success: false, error: ranked.error, issues: ranked.issues }
  const ranking = ranked.value
  const smaaPlan =
    options.smaa === false
      ? null
      : { samples: options.smaa?.samples ?? 10_000, seed: options.smaa?.seed ?? 1 }
  const smaaResult = smaaPlan ? safeSmaa(initiatives, { ...options, ...smaaPlan }) : undefined
  if (smaaResult && !smaaResult.success)
    return { success: false, error: smaaResult.error, issues: smaaResult.issues }
  const stability =
    ranking.method === 'weighted-sum' ? safeWeightThresholds(initiatives, options) : undefined
  const weightStability = stability?.success ? stability.value : null
  const smaa = smaaResult?.success ? smaaResult.value : null
  const validated = initiatives as readonly Initiative[]
  const byId = new Map(validated.map((each) => [each.id, each]))
  const contestedKey = new Map(
    ranking.contested.map((cell) => [`${cell.initiative}\u0000${cell.criterion}`, cell]),
  )
  const explanations = ranking.initiatives.map((each): InitiativeExplanation => {
    const source = byId.get(each.id)
    const criteria = ranking.criteria.map((criterion): CriterionExplanation => {
      const byScorer = (source?.scores ?? [])
        .filter((score) => score.criterion === criterion.code)
        .map((score) => ({
          scorer: score.scorer,
          score: score.score,
          ...(score.evidence === undefined ? {} : { evidence: score.evidence }),
        }))
      const values = byScorer.map((score) => score.score)
      const spread = values.length > 0 ? Math.max(...values) - Math.min(...values) : 0
      return {
        criterion: criterion.code,
        label: criterion.label,
        weight: ranking.weights[criterion.code] as number,
        score: each.scores[criterion.code] as number,
        scale: criterion.scale,
        contribution: each.contributions[criterion.code] as number,
        contested: contestedKey.has(`${each.id}\u0000${criterion.code}`),
        spread,
        byScorer,
      }
    })
    const smaaEntry = smaa?.initiatives.find((entry) => entry.id === each.id)
    return {
      id: each.id,
      title: each.title,
      rank: each.rank,
      score: each.score,
      costGbp: each.costGbp,
      criteria,
      rankAcceptability: smaaEntry?.rankAcceptability ?? null,
      verdict: smaaEntry?.verdict ?? null,
      summary: summarise(
        each,
        ranking.initiatives.length,
        ranking.initiatives.filter((other) => other.rank === each.rank).length > 1,
        ranking.method,
        criteria,
        smaaEntry,
        weightStability,
        (id) => byId.get(id)?.title ?? id,
      ),
    }
  })
  const recorded: RecordedOptions = {
    criteria: ranking.criteria,
    weights: ranking.weights,
    normaliseWeights: options.normaliseWeights ?? false,
    method: ranking.method,
    aggregation: ranking.aggregation,
    disagreementThreshold: options.disagreementThreshold ?? 2,
    preferenceFunctions: options.preferenceFunctions ?? {},
    smaa: smaaPlan,
  }
  return resultFrom(
    {
      package: '@oneworkforce/prioritisation',
      packageVersion: prioritisationVersion,
      inputs: { initiatives: validated },
      options: recorded,
      ranking,
      weightStability,
      smaa,
      explanations,
      opportunity: options.opportunity ?? null,
      assumptions: ranking.assumptions,
    },
    ranked.issues,
  )
}

/**
 * Throwing twin of {@link safeExplainRanking}.
 *
 * @example
 * ```ts
 * import { explainRanking } from '@oneworkforce/prioritisation'
 *
 * const audit = explainRanking(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [{ criterion: 'x', scorer: 'p', score: 3 }] }],
 *   { criteria: [{ code: 'x', label: 'X', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }], smaa: false },
 * )
 * audit.packageVersion // '0.1.0'
 * ```
 */
export function explainRanking(initiatives: unknown, options: ExplainOptions = {}): RankingAudit {
  return unwrapResult(safeExplainRanking(initiatives, options))
}
