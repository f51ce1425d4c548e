import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { createScoreSorter } from '../internal/sort-indices'

/** Inputs of the SMAA sampling loop. @internal */
export interface SamplerInput {
  /** Weighted-sum values, column-major: columns[j·m + i] = v_ij. */
  readonly columns: Float64Array
  readonly m: number
  readonly n: number
  readonly tieOrder: Int32Array
  readonly lower: Float64Array
  readonly upper: Float64Array
  readonly samples: number
  readonly maxDraws: number
  /** Give up at a checkpoint (every `checkpoint` draws) when fewer than this share was accepted. */
  readonly minAcceptanceRate: number
  readonly checkpoint: number
  readonly seed: number
}

/** Rank counts and first-rank weight sums from the sampling loop. @internal */
export interface SamplerOutput {
  /** counts[i·m + r]: samples giving initiative i rank r + 1. */
  readonly counts: Int32Array
  /** centralSums[i·n + j]: sum of w_j over samples where i is first. */
  readonly centralSums: Float64Array
  readonly accepted: number
  readonly draws: number
  /** True when sampling stopped at a checkpoint because too few draws were accepted. */
  readonly gaveUp: boolean
}

/**
 * The hot loop of SMAA, kept small so the engine optimises it: draw weights uniformly on the
 * part of the simplex above the lower bounds (w = lower + (1 − Σ lower) · u with u normalised
 * exponentials from xoroshiro128+, an affine image of the uniform simplex, so still uniform),
 * reject those above an upper bound, score every initiative and count ranks. Stops after
 * `maxDraws` draws, or earlier at a checkpoint where the share accepted is below
 * `minAcceptanceRate`.
 *
 * @internal
 */
export function sampleRanks(input: SamplerInput): SamplerOutput {
  const { columns, m, n, tieOrder, lower, upper, samples, maxDraws, checkpoint } = input
  let free = 1
  for (let j = 0; j < n; j += 1) free -= lower[j] as number
  free = Math.max(0, free)
  const counts = new Int32Array(m * m)
  const centralSums = new Float64Array(m * n)
  const scores = new Float64Array(m)
  const order = new Int32Array(m)
  const weights = new Float64Array(n)
  const sortByScore = createScoreSorter(m)
  const rng = xoroshiro128plus(input.seed)
  let accepted = 0
  let draws = 0
  let gaveUp = false
  while (accepted < samples && draws < maxDraws) {
    if (draws > 0 && draws % checkpoint === 0 && accepted < input.minAcceptanceRate * draws) {
      gaveUp = true
      break
    }
    draws += 1
    let total = 0
    for (let j = 0; j < n; j += 1) {
      const e = -Math.log(1 - uniformFloat64(rng))
      weights[j] = e
      total += e
    }
    let inside = true
    for (let j = 0; j < n; j += 1) {
      const w = (lower[j] as number) + (free * (weights[j] as number)) / total
      weights[j] = w
      if (w > (upper[j] as number) + 1e-12) inside = false
    }
    if (!inside) continue
    accepted += 1
    // Column-major values: one long sequential pass per criterion.
    const w0 = weights[0] as number
    for (let i = 0; i < m; i += 1) scores[i] = w0 * (columns[i] as number)
    for (let j = 1; j < n; j += 1) {
      const wj = weights[j] as number
      const base = j * m
      for (let i = 0; i < m; i += 1) {
        scores[i] = (scores[i] as number) + wj * (columns[base + i] as number)
      }
    }
    sortByScore(order, scores, tieOrder)
    for (let rank = 0; rank < m; rank += 1) {
      const index = (order[rank] as number) * m + rank
      counts[index] = (counts[index] as number) + 1
    }
    const first = (order[0] as number) * n
    for (let j = 0; j < n; j += 1) {
      centralSums[first + j] = (centralSums[first + j] as number) + (weights[j] as number)
    }
  }
  return { counts, centralSums, accepted, draws, gaveUp }
}
