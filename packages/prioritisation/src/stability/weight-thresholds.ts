import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { competitionRank, TIE_TOLERANCE } from '../internal/competition-rank'
import { prepareRanking, type RankOptions } from '../methods/prepare-ranking'
import { unitScores } from './unit-scores'

/**
 * The smallest move of one weight, in one direction, at which another initiative catches the top one.
 *
 * @example
 * ```ts
 * import type { WeightShift } from '@oneworkforce/prioritisation'
 *
 * const text = (shift: WeightShift) => `at ${shift.newWeight.toFixed(2)} ${shift.newTop} ties for first`
 * ```
 */
export interface WeightShift {
  /** Signed change δ of the weight (positive for an increase). */
  readonly change: number
  /** The weight after the change, w_k + δ. */
  readonly newWeight: number
  /** The initiative that ties with the current top at this weight and overtakes it beyond. */
  readonly newTop: string
}

/**
 * How far one criterion's weight can move before the top-ranked initiative changes.
 *
 * @example
 * ```ts
 * import type { WeightThreshold } from '@oneworkforce/prioritisation'
 *
 * const robust = (threshold: WeightThreshold) => threshold.smallestChange === null || threshold.smallestChange > 0.1
 * ```
 */
export interface WeightThreshold {
  readonly criterion: string
  readonly weight: number
  /** The smallest increase that changes the top, or null if none up to a weight of 1. */
  readonly increase: WeightShift | null
  /** The smallest decrease that changes the top, or null if none down to 0. */
  readonly decrease: WeightShift | null
  /** min(|increase|, |decrease|), or null when the top never changes with this weight. */
  readonly smallestChange: number | null
}

/**
 * The weight-stability analysis of a weighted-sum ranking.
 *
 * @example
 * ```ts
 * import type { WeightStability } from '@oneworkforce/prioritisation'
 *
 * const fragile = (stability: WeightStability) => stability.thresholds.filter((each) => (each.smallestChange ?? 1) < 0.05)
 * ```
 */
export interface WeightStability {
  /** Id of the top-ranked initiative at the given weights. */
  readonly top: string
  readonly thresholds: readonly WeightThreshold[]
}

/**
 * For each criterion weight, the exact smallest change (up and down) at which the top-ranked
 * initiative of the weighted sum changes, the other weights rescaled proportionally so the
 * weights still sum to 1 (when every other weight is 0 they share the change equally).
 *
 * With w_k → w_k + δ and w_j → w_j (1 − w_k − δ)/(1 − w_k) for j ≠ k, each score is linear in δ:
 * V_i(δ) = V_i + δ (v_ik − Σ_{j≠k} q_j v_ij) with q_j = w_j/(1 − w_k). The top t is caught by
 * initiative i where V_t(δ) = V_i(δ), so δ_i = (V_t − V_i)/(slope_i − slope_t); the threshold is
 * the smallest such δ in each direction within [−w_k, 1 − w_k]. At the threshold the two tie
 * (and the stated tie order decides); beyond it the newcomer is first.
 *
 * Source: the one-way weight sensitivity of additive models, Triantaphyllou & Sánchez, "A
 * sensitivity analysis approach for some deterministic multi-criteria decision-making methods",
 * Decision Sciences 28(1) (1997) 151-194 (the most critical criterion), in the proportional
 * rescaling form of Barron & Schmidt, Acta Psychologica 68 (1988).
 *
 * Available for `method: 'weighted-sum'` only (other methods are not linear in the weights; use
 * {@link smaa} for them).
 *
 * @example
 * ```ts
 * import { safeWeightThresholds } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const result = safeWeightThresholds(
 *   [
 *     { id: 'a', title: 'A', owner: 'ICS', costGbp: '100', scores: [score('x', 5), score('y', 1)] },
 *     { id: 'b', title: 'B', owner: 'ICS', costGbp: '100', scores: [score('x', 1), score('y', 5)] },
 *   ],
 *   {
 *     criteria: ['x', 'y'].map((code) => ({ code, label: code, description: '', direction: 'benefit' as const, scale: { min: 1, max: 5 } })),
 *     weights: { x: 0.6, y: 0.4 },
 *   },
 * )
 * if (result.success) console.log(result.value.thresholds[0]?.decrease?.newWeight) // 0.5
 * ```
 */
export function safeWeightThresholds(
  initiatives: unknown,
  options: RankOptions = {},
): Result<WeightStability> {
  const empty: WeightStability = { top: '', thresholds: [] }
  const { prepared, issues } = prepareRanking(initiatives, options)
  if (!prepared) return resultFrom(empty, issues)
  if (prepared.method !== 'weighted-sum') {
    return resultFrom(empty, [
      ...issues,
      issue(
        'invalid_value',
        `exact weight thresholds need the weighted-sum method (scores linear in the weights), not ${prepared.method}; use smaa for other methods`,
        ['method'],
      ),
    ])
  }
  const v = unitScores(prepared)
  const w = prepared.weightVector
  const n = w.length
  const scores = v.map((row) =>
    row.reduce((total, value, j) => total + (w[j] as number) * value, 0),
  )
  const ids = prepared.initiatives.map((initiative) => initiative.id)
  const { order } = competitionRank(scores, prepared.costs, ids)
  const t = order[0] as number
  const thresholds = prepared.criteria.map((criterion, k): WeightThreshold => {
    const wk = w[k] as number
    if (n === 1)
      return {
        criterion: criterion.code,
        weight: wk,
        increase: null,
        decrease: null,
        smallestChange: null,
      }
    const rest = 1 - wk
    const q = w.map((value, j) => (j === k ? 0 : rest > 1e-15 ? value / rest : 1 / (n - 1)))
    const slopes = v.map(
      (row) =>
        (row[k] as number) - row.reduce((total, value, j) => total + (q[j] as number) * value, 0),
    )
    let increase: WeightShift | null = null
    let decrease: WeightShift | null = null
    const consider = (delta: number, up: boolean, index: number) => {
      const shift = { change: delta, newWeight: wk + delta, newTop: ids[index] as string }
      if (up && delta <= rest + 1e-15 && (!increase || delta < increase.change)) increase = shift
      if (!up && delta >= -wk - 1e-15 && (!decrease || delta > decrease.change)) decrease = shift
    }
    const slopeTop = slopes[t] as number
    scores.forEach((score, i) => {
      if (i === t) return
      const slopeDifference = (slopes[i] as number) - slopeTop
      if (Math.abs(slopeDifference) < 1e-15) return
      // Already tied with the top (which won on cost or id): any move favouring i changes the top.
      const gap = Math.max(0, (scores[t] as number) - score)
      const delta = gap <= TIE_TOLERANCE ? 0 : gap / slopeDifference
      consider(delta, slopeDifference > 0, i)
    })
    const finalIncrease = increase as WeightShift | null
    const finalDecrease = decrease as WeightShift | null
    const sizes = [finalIncrease?.change, finalDecrease ? -finalDecrease.change : undefined].filter(
      (value): value is number => value !== undefined,
    )
    return {
      criterion: criterion.code,
      weight: wk,
      increase: finalIncrease,
      decrease: finalDecrease,
      smallestChange: sizes.length > 0 ? Math.min(...sizes) : null,
    }
  })
  return resultFrom({ top: ids[t] as string, thresholds }, issues)
}

/**
 * Throwing twin of {@link safeWeightThresholds}.
 *
 * @example
 * ```ts
 * import { weightThresholds } from '@oneworkforce/prioritisation'
 *
 * const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
 * const stability = weightThresholds(
 *   [
 *     { id: 'a', title: 'A', owner: 'ICS', costGbp: '100', scores: [score('x', 5), score('y', 1)] },
 *     { id: 'b', title: 'B', owner: 'ICS', costGbp: '100', scores: [score('x', 1), score('y', 5)] },
 *   ],
 *   {
 *     criteria: ['x', 'y'].map((code) => ({ code, label: code, description: '', direction: 'benefit' as const, scale: { min: 1, max: 5 } })),
 *     weights: { x: 0.6, y: 0.4 },
 *   },
 * )
 * stability.top // 'a'
 * ```
 */
export function weightThresholds(initiatives: unknown, options: RankOptions = {}): WeightStability {
  return unwrapResult(safeWeightThresholds(initiatives, options))
}
