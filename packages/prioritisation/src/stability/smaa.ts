import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { competitionRank } from '../internal/competition-rank'
import { optionIssues } from '../internal/option-issues'
import { rankOptionsShape } from '../internal/rank-options-shape'
import { prepareRanking, type RankOptions } from '../methods/prepare-ranking'
import type { Weights } from '../weights/direct-weights'
import { sampleRanks } from './smaa-sampler'
import { unitScores } from './unit-scores'

/** Options of {@link smaa}: the ranking options plus the sampling plan. */
export interface SmaaOptions extends RankOptions {
  /** Number of weight vectors sampled (default 10,000). */
  readonly samples?: number
  /** Seed of the xoroshiro128+ generator (default 1): the same seed gives the same result. */
  readonly seed?: number
  /** Optional bounds per criterion code; weights are sampled uniformly on the part of the simplex inside them. */
  readonly weightBounds?: Readonly<Record<string, { readonly min?: number; readonly max?: number }>>
  /**
   * With upper bounds, give up when fewer than this share of draws is accepted (default 0.001,
   * more than 0 and at most 1). Checked every `ceil(100 / minAcceptanceRate)` draws, and never
   * more than {@link SMAA_MAX_DRAWS} draws are made.
   */
  readonly minAcceptanceRate?: number
}

/**
 * The most weight draws one SMAA run makes (50,000,000, a few seconds): with upper bounds that
 * leave almost no feasible weights, sampling stops there with an `insufficient_data` issue
 * instead of running on. Lower bounds cost nothing: weights are drawn above them directly.
 *
 * @example
 * ```ts
 * import { SMAA_MAX_DRAWS } from '@oneworkforce/prioritisation'
 *
 * console.log(SMAA_MAX_DRAWS) // 50000000
 * ```
 */
export const SMAA_MAX_DRAWS = 50_000_000

const boundShape = z.object({ min: z.number().optional(), max: z.number().optional() })
const smaaOptionsShape = {
  ...rankOptionsShape,
  samples: z.number().optional(),
  seed: z.number().optional(),
  weightBounds: z.record(z.string(), boundShape).optional(),
  minAcceptanceRate: z.number().optional(),
}

/**
 * SMAA-2 results for one initiative.
 *
 * @example
 * ```ts
 * import type { SmaaInitiative } from '@oneworkforce/prioritisation'
 *
 * const firstShare = (each: SmaaInitiative) => each.rankAcceptability[0]
 * ```
 */
export interface SmaaInitiative {
  readonly id: string
  readonly title: string
  /** b_i^r: share of sampled weightings giving rank r + 1 (index 0 = first); sums to 1. */
  readonly rankAcceptability: readonly number[]
  /** The rank with the highest acceptability (1-based). */
  readonly mostLikelyRank: number
  /** Mean of the sampled weights that make this initiative first; null when it is never first. */
  readonly centralWeights: Weights | null
  /** One line for a board: "first in 72% of weightings; ...". */
  readonly verdict: string
}

/**
 * SMAA-2 rank acceptability analysis of a weighted-sum ranking.
 *
 * @example
 * ```ts
 * import type { SmaaResult } from '@oneworkforce/prioritisation'
 *
 * const verdicts = (result: SmaaResult) => result.initiatives.map((each) => each.verdict)
 * ```
 */
export interface SmaaResult {
  readonly samples: number
  readonly seed: number
  /** Draws made to obtain `samples` accepted weight vectors (more than `samples` only with bounds). */
  readonly draws: number
  /** Initiatives in the order of the deterministic ranking at the given weights. */
  readonly initiatives: readonly SmaaInitiative[]
}

function percent(share: number): string {
  if (share > 0 && share < 0.005) return 'under 1%'
  if (share < 1 && share > 0.995) return 'over 99%'
  return `${Math.round(share * 100)}%`
}

function verdictOf(
  title: string,
  acceptability: readonly number[],
  mostLikelyRank: number,
): string {
  const first = acceptability[0] ?? 0
  const top = `${title}: ${first === 0 ? 'never first' : `first in ${percent(first)} of weightings`}`
  const likely = acceptability[mostLikelyRank - 1] ?? 0
  if (mostLikelyRank === 1 || percent(likely) === percent(first)) return top
  return `${top}; most often ranked ${mostLikelyRank} (${percent(likely)})`
}

/**
 * SMAA-2 (stochastic multicriteria acceptability analysis): samples criterion weights uniformly
 * on the simplex (or on the part of it within `weightBounds`) and reports, for each initiative,
 * the rank acceptability indices b_i^r (the share of weightings that give it rank r), its central
 * weight vector (the mean weights that make it first) and a one-line verdict.
 *
 * Sampling: w_j = E_j / Σ E_k with E_j = −ln(1 − U_j) independent exponentials (normalised
 * exponentials are uniform on the simplex, a flat Dirichlet(1, ..., 1)); lower bounds are met
 * by construction, w_j = l_j + (1 − Σ l_k) · E_j / Σ E_k (an affine image of the simplex, still
 * uniform), and draws above an upper bound are rejected, which keeps the distribution uniform on
 * the bounded region. Rejection is bounded: it gives up with an `insufficient_data` issue when
 * fewer than `minAcceptanceRate` of the draws are accepted, or after {@link SMAA_MAX_DRAWS}. The
 * generator is xoroshiro128+ from `pure-rand`, seeded with `seed`. Scores use the weighted-sum
 * model (scale min-max values); exact ties (identical scores) are broken by the stated order of
 * {@link rankInitiatives} (lower cost, then id) so every sample gives a complete ranking and each
 * row and column of the acceptability matrix sums to 1. Confidence factors are not reported: with
 * fixed scores they are always 0 or 1.
 *
 * Source: Lahdelma & Salminen, "SMAA-2: Stochastic multicriteria acceptability analysis for group
 * decision making", Operations Research 49(3) (2001) 444-454; Tervonen & Lahdelma, "Implementing
 * stochastic multicriteria acceptability analysis", EJOR 178 (2007) 500-513 (weight sampling).
 *
 * @example
 * ```ts
 * import { safeSmaa } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const result = safeSmaa(
 *   [
 *     { id: 'a', title: 'A', owner: 'ICS', costGbp: '100', scores: [score('x', 5), score('y', 1)] },
 *     { id: 'b', title: 'B', owner: 'ICS', costGbp: '100', scores: [score('x', 1), score('y', 5)] },
 *   ],
 *   {
 *     criteria: ['x', 'y'].map((code) => ({ code, label: code, description: '', direction: 'benefit' as const, scale: { min: 1, max: 5 } })),
 *     samples: 2000,
 *     seed: 7,
 *   },
 * )
 * if (result.success) console.log(result.value.initiatives[0]?.verdict) // 'A: first in 50% of weightings'
 * ```
 */
export function safeSmaa(initiatives: unknown, options: SmaaOptions = {}): Result<SmaaResult> {
  const shapeIssues = optionIssues(options, smaaOptionsShape)
  if (shapeIssues.length > 0) {
    return resultFrom({ samples: 0, seed: 0, draws: 0, initiatives: [] }, shapeIssues)
  }
  const samples = options.samples ?? 10_000
  const seed = options.seed ?? 1
  const minAcceptanceRate = options.minAcceptanceRate ?? 0.001
  const empty: SmaaResult = { samples, seed, draws: 0, initiatives: [] }
  const { prepared, issues } = prepareRanking(initiatives, { ...options, method: 'weighted-sum' })
  const extra: Issue[] = []
  if (!Number.isInteger(samples) || samples < 1 || samples > 10_000_000) {
    extra.push(
      issue('out_of_range', 'samples must be a whole number from 1 to 10,000,000', ['samples']),
    )
  }
  if (!Number.isInteger(seed))
    extra.push(issue('invalid_type', 'seed must be an integer', ['seed']))
  if (!(minAcceptanceRate > 0 && minAcceptanceRate <= 1)) {
    extra.push(
      issue(
        'out_of_range',
        `minAcceptanceRate must be more than 0 and at most 1, received ${minAcceptanceRate}: sampling must be able to give up`,
        ['minAcceptanceRate'],
      ),
    )
  }
  if (!prepared || extra.length > 0) return resultFrom(empty, [...issues, ...extra])
  const n = prepared.criteria.length
  const m = prepared.initiatives.length
  const codes = prepared.criteria.map((criterion) => criterion.code)
  const lower = new Float64Array(n)
  const upper = new Float64Array(n).fill(1)
  let bounded = false
  for (const [code, bound] of Object.entries(options.weightBounds ?? {})) {
    const j = codes.indexOf(code)
    if (j < 0) {
      extra.push(
        issue('unknown_code', `weight bounds given for "${code}", which is not a criterion`, [
          'weightBounds',
          code,
        ]),
      )
      continue
    }
    const min = bound.min ?? 0
    const max = bound.max ?? 1
    if (!(min >= 0 && max <= 1 && min <= max)) {
      extra.push(
        issue('out_of_range', `weight bounds of "${code}" must satisfy 0 ≤ min ≤ max ≤ 1`, [
          'weightBounds',
          code,
        ]),
      )
    }
    lower[j] = min
    upper[j] = max
    bounded = true
  }
  const lowerSum = lower.reduce((total, value) => total + value, 0)
  const upperSum = upper.reduce((total, value) => total + value, 0)
  if (lowerSum > 1 || upperSum < 1) {
    extra.push(
      issue(
        'inconsistent',
        `no weights within the bounds sum to 1 (minimums sum to ${lowerSum}, maximums to ${upperSum})`,
        ['weightBounds'],
      ),
    )
  }
  if (extra.length > 0) return resultFrom(empty, [...issues, ...extra])

  const values = new Float64Array(m * n)
  const columns = new Float64Array(m * n)
  unitScores(prepared).forEach((row, i) => {
    row.forEach((value, j) => {
      values[i * n + j] = value
      columns[j * m + i] = value
    })
  })
  const ids = prepared.initiatives.map((initiative) => initiative.id)
  // Static tie order: position when sorted by lower cost, then id (all scores equal).
  const tieOrder = new Int32Array(m)
  competitionRank(new Array<number>(m).fill(0), prepared.costs, ids).order.forEach(
    (index, position) => {
      tieOrder[index] = position
    },
  )
  const maxDraws = bounded
    ? Math.min(SMAA_MAX_DRAWS, Math.ceil(samples / minAcceptanceRate))
    : samples
  const { counts, centralSums, accepted, draws, gaveUp } = sampleRanks({
    columns,
    m,
    n,
    tieOrder,
    lower,
    upper,
    samples,
    maxDraws,
    minAcceptanceRate,
    checkpoint: Math.max(1, Math.ceil(100 / minAcceptanceRate)),
    seed,
  })
  if (accepted < samples) {
    return resultFrom(empty, [
      ...issues,
      issue(
        'insufficient_data',
        `only ${accepted} of ${draws} weight draws fell within the bounds (${
          gaveUp
            ? `fewer than minAcceptanceRate = ${minAcceptanceRate} of the draws`
            : `the limit is ${Math.min(maxDraws, SMAA_MAX_DRAWS)} draws`
        }), so the bounds leave almost no feasible weights; widen them`,
        ['weightBounds'],
      ),
    ])
  }
  const baseScores = prepared.table.values.map((_, i) => {
    let s = 0
    for (let j = 0; j < n; j += 1)
      s += (prepared.weightVector[j] as number) * (values[i * n + j] as number)
    return s
  })
  const result = competitionRank(baseScores, prepared.costs, ids).order.map((i): SmaaInitiative => {
    const rankAcceptability = Array.from(
      { length: m },
      (_, r) => (counts[i * m + r] as number) / samples,
    )
    const firstCount = counts[i * m] as number
    let mostLikelyRank = 1
    rankAcceptability.forEach((share, r) => {
      if (share > (rankAcceptability[mostLikelyRank - 1] as number)) mostLikelyRank = r + 1
    })
    const title = prepared.initiatives[i]?.title ?? ''
    return {
      id: ids[i] as string,
      title,
      rankAcceptability,
      mostLikelyRank,
      centralWeights:
        firstCount > 0
          ? Object.fromEntries(
              codes.map((code, j) => [code, (centralSums[i * n + j] as number) / firstCount]),
            )
          : null,
      verdict: verdictOf(title, rankAcceptability, mostLikelyRank),
    }
  })
  return resultFrom({ samples, seed, draws, initiatives: result }, issues)
}

/**
 * Throwing twin of {@link safeSmaa}.
 *
 * @example
 * ```ts
 * import { smaa } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const result = smaa(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '100', scores: [score('x', 4)] }],
 *   { criteria: [{ code: 'x', label: 'x', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }], samples: 100 },
 * )
 * result.initiatives[0]?.verdict // 'A: first in 100% of weightings'
 * ```
 */
export function smaa(initiatives: unknown, options: SmaaOptions = {}): SmaaResult {
  return unwrapResult(safeSmaa(initiatives, options))
}
