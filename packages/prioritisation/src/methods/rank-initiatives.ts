import { type Issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { Criterion } from '../criteria/criterion-schema'
import { competitionRank } from '../internal/competition-rank'
import type { AggregatedScore, ScoreAggregation } from '../scores/aggregate-scores'
import type { Weights } from '../weights/direct-weights'
import type { MethodScores } from './method-result'
import {
  type PreparedRanking,
  prepareRanking,
  type RankingMethod,
  type RankOptions,
} from './prepare-ranking'
import { safePrometheeII } from './promethee'
import { safeTopsis } from './topsis'
import { safeWeightedSum } from './weighted-sum'

/**
 * One initiative in a ranking.
 *
 * @example
 * ```ts
 * import type { RankedInitiative } from '@oneworkforce/prioritisation'
 *
 * const line = (each: RankedInitiative) => `${each.rank}. ${each.title} (${each.score.toFixed(3)})`
 * ```
 */
export interface RankedInitiative {
  readonly id: string
  readonly title: string
  readonly costGbp: string
  /** Competition rank: ties share the best rank and the next rank skips (1, 2, 2, 4). */
  readonly rank: number
  /** The method's score (weighted sum and TOPSIS in [0, 1], PROMETHEE II net flow in [−1, 1]). */
  readonly score: number
  /** Aggregated score per criterion code, on the criterion's own scale. */
  readonly scores: Readonly<Record<string, number>>
  /** Each criterion's contribution to `score` (additive for weighted sum and PROMETHEE II; v_ij for TOPSIS). */
  readonly contributions: Readonly<Record<string, number>>
  /** Criterion codes whose scores are contested (scorers' spread above the threshold). */
  readonly contestedCriteria: readonly string[]
}

/**
 * Something a ranking assumed rather than was told, for the assumptions page of a report:
 * `equal-weights` (no weights were given, so every criterion weighed the same: a default, not an
 * elicited preference), `tie` (initiatives with the same score, whose order is the stated
 * convention of lower cost, then id).
 *
 * @example
 * ```ts
 * import type { RankingAssumption } from '@oneworkforce/prioritisation'
 *
 * const lines = (assumptions: readonly RankingAssumption[]) => assumptions.map((each) => each.text)
 * ```
 */
export interface RankingAssumption {
  readonly kind: 'equal-weights' | 'tie'
  readonly text: string
  /** The initiatives concerned (a tie's members, best-listed first); empty for equal weights. */
  readonly initiatives: readonly string[]
}

/**
 * A complete ranking of initiatives with everything needed to explain it.
 *
 * @example
 * ```ts
 * import type { Ranking } from '@oneworkforce/prioritisation'
 *
 * const top = (ranking: Ranking) => ranking.initiatives[0]?.id
 * ```
 */
export interface Ranking {
  readonly method: RankingMethod
  readonly aggregation: ScoreAggregation
  readonly criteria: readonly Criterion[]
  /** The weights used (after validation), by criterion code. */
  readonly weights: Weights
  /** Every initiative, best first; ties in score ordered by lower cost, then id. */
  readonly initiatives: readonly RankedInitiative[]
  /** Every contested score, largest spread first. */
  readonly contested: readonly AggregatedScore[]
  /** The equal-weights default and every tie, stated so a board sees what was assumed. */
  readonly assumptions: readonly RankingAssumption[]
}

/**
 * The ranking returned beside error issues (no initiatives).
 *
 * @internal
 */
export const emptyRanking: Ranking = {
  method: 'weighted-sum',
  aggregation: 'mean',
  criteria: [],
  weights: {},
  initiatives: [],
  contested: [],
  assumptions: [],
}

/**
 * Scores from the chosen method for prepared inputs.
 *
 * @internal
 */
export function methodScores(
  prepared: PreparedRanking,
  preferenceFunctions: RankOptions['preferenceFunctions'],
): Result<MethodScores> {
  const directions = prepared.criteria.map((criterion) => criterion.direction)
  const matrix = prepared.table.values
  if (prepared.method === 'topsis') return safeTopsis(matrix, prepared.weightVector, { directions })
  if (prepared.method === 'promethee-ii') {
    return safePrometheeII(matrix, prepared.weightVector, {
      directions,
      // Own keys only: a criterion called `constructor` gets no Object method as its function.
      preferenceFunctions: prepared.criteria.map((criterion) =>
        preferenceFunctions !== undefined && Object.hasOwn(preferenceFunctions, criterion.code)
          ? (preferenceFunctions[criterion.code] ?? { type: 'usual' })
          : { type: 'usual' },
      ),
    })
  }
  return safeWeightedSum(matrix, prepared.weightVector, {
    directions,
    scales: prepared.criteria.map((criterion) => criterion.scale),
  })
}

/**
 * Ranks initiatives against the criteria (by default the four tests) with the chosen method,
 * returning every initiative with its score, its rank and each criterion's contribution.
 *
 * Steps: validate initiatives (`initiativeSchema`, unique ids), criteria and weights (weights
 * must sum to 1 unless `normaliseWeights`; equal weights when none are given); combine scorers
 * per criterion (`aggregation`, flagging contested scores); score by `method`; rank with
 * competition ranking (ties within 1e-10 share a rank), ordering tied initiatives by lower cost,
 * then id, so the order is stable and stated.
 *
 * Weighted sum rescales each score by min-max of its criterion's *scale* (not of the observed
 * scores), so adding or removing an initiative never changes another's score.
 *
 * @example
 * ```ts
 * import { rankInitiatives } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const ranking = rankInitiatives(
 *   [
 *     { id: 'jobs-hub', title: 'Jobs hub', owner: 'ICS', costGbp: '450000', scores: [score('size-of-opportunity', 4), score('need-for-collaboration', 5), score('feasibility', 4), score('strategic-coherence', 5)] },
 *     { id: 'rosters', title: 'E-rostering', owner: 'Trusts', costGbp: '300000', scores: [score('size-of-opportunity', 3), score('need-for-collaboration', 2), score('feasibility', 4), score('strategic-coherence', 3)] },
 *   ],
 *   { weights: { 'size-of-opportunity': 0.4, 'need-for-collaboration': 0.2, feasibility: 0.2, 'strategic-coherence': 0.2 } },
 * )
 * ranking.initiatives[0]?.id // 'jobs-hub'
 * ```
 */
export function safeRankInitiatives(
  initiatives: unknown,
  options: RankOptions = {},
): Result<Ranking> {
  const { prepared, issues } = prepareRanking(initiatives, options)
  if (!prepared) return resultFrom(emptyRanking, issues)
  const empty: Ranking = {
    ...emptyRanking,
    method: prepared.method,
    aggregation: prepared.aggregation,
  }
  const scored = methodScores(prepared, options.preferenceFunctions)
  const allIssues: Issue[] = [
    ...issues,
    ...scored.issues.filter((each) => each.severity === 'error'),
  ]
  if (!scored.success) return resultFrom(empty, allIssues)
  return resultFrom(buildRanking(prepared, scored.value), issues)
}

/**
 * Assembles a {@link Ranking} from prepared inputs and method scores.
 *
 * @internal
 */
export function buildRanking(prepared: PreparedRanking, scored: MethodScores): Ranking {
  const ids = prepared.initiatives.map((initiative) => initiative.id)
  const { order, ranks } = competitionRank(scored.scores, prepared.costs, ids)
  const codes = prepared.criteria.map((criterion) => criterion.code)
  const ranked = order.map((index): RankedInitiative => {
    const initiative = prepared.initiatives[index] as PreparedRanking['initiatives'][number]
    const values = prepared.table.values[index] as readonly number[]
    const parts = scored.contributions[index] as readonly number[]
    const scores: Record<string, number> = {}
    const contributions: Record<string, number> = {}
    codes.forEach((code, j) => {
      scores[code] = values[j] as number
      contributions[code] = parts[j] as number
    })
    return {
      id: initiative.id,
      title: initiative.title,
      costGbp: initiative.costGbp,
      rank: ranks[index] as number,
      score: scored.scores[index] as number,
      scores,
      contributions,
      contestedCriteria: (prepared.table.cells[index] ?? [])
        .filter((cell) => cell.contested)
        .map((cell) => cell.criterion),
    }
  })
  return {
    method: prepared.method,
    aggregation: prepared.aggregation,
    criteria: prepared.criteria,
    weights: prepared.weights,
    initiatives: ranked,
    contested: prepared.table.contested,
    assumptions: rankingAssumptions(prepared, ranked),
  }
}

/**
 * The equal-weights default and the ties of a ranking, in words.
 *
 * @internal
 */
export function rankingAssumptions(
  prepared: PreparedRanking,
  ranked: readonly RankedInitiative[],
): RankingAssumption[] {
  const assumptions: RankingAssumption[] = []
  if (prepared.equalWeightsDefault) {
    const share = 1 / prepared.criteria.length
    assumptions.push({
      kind: 'equal-weights',
      text: `No weights were given, so ${prepared.criteria.length === 1 ? 'the one criterion weighs 1' : `each of the ${prepared.criteria.length} criteria weighs ${Number(share.toFixed(4))}`}: a default, not a preference the board has stated; elicit weights (swing or AHP) before relying on the order.`,
      initiatives: [],
    })
  }
  const byRank = new Map<number, RankedInitiative[]>()
  for (const each of ranked) byRank.set(each.rank, [...(byRank.get(each.rank) ?? []), each])
  for (const [rank, members] of byRank) {
    if (members.length < 2) continue
    const titles = members.map((each) => each.title)
    const names = `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`
    assumptions.push({
      kind: 'tie',
      text: `${names} tie at rank ${rank} with a score of ${Number((members[0]?.score ?? 0).toFixed(3))}; they are listed by lower cost, then id, a convention rather than a judgement.`,
      initiatives: members.map((each) => each.id),
    })
  }
  return assumptions
}

/**
 * Throwing twin of {@link safeRankInitiatives}.
 *
 * @example
 * ```ts
 * import { rankInitiatives } from '@oneworkforce/prioritisation'
 *
 * const ranking = rankInitiatives(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [{ criterion: 'feasibility', scorer: 'x', score: 3 }] }],
 *   { criteria: [{ code: 'feasibility', label: 'Feasibility', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }] },
 * )
 * ranking.initiatives[0]?.score // 0.5
 * ```
 */
export function rankInitiatives(initiatives: unknown, options: RankOptions = {}): Ranking {
  return unwrapResult(safeRankInitiatives(initiatives, options))
}
