import type { MobilityRow } from '../input/projection-input'
import { bySpecificity, type DimensionIndex, matchingPosts } from '../internal/dimension-index'
import { monthlyHazard } from './monthly-hazard'
import { monthlyLeavingProbability } from './rate-kind'

/** The monthly probability of a move for an annual move rate of the input's rate kind. */
export function moveProbability(ratePerYear: number, perPersonYear: boolean): number {
  return perPersonYear ? monthlyLeavingProbability(ratePerYear) : monthlyHazard(ratePerYear)
}

/** The move pairs of a post: targets and monthly probabilities, and the rows they came from. */
export interface MovePairs {
  /** Key `source post × posts + target post` → monthly move probability. */
  readonly probability: Map<number, number>
  /** Key → the mobility row (index into the input's table) that set it. */
  readonly row: Map<number, number>
  /** Total monthly move probability out of each post, over every row that applies to it. */
  readonly outOfPost: Float64Array
}

/**
 * Resolves the mobility rows to move pairs the way the engine applies them: for each source post
 * and destination the most specific row wins (ties go to the later row); rows with different
 * destinations, or different filters naming different destinations, all apply, so their
 * probabilities add up in `outOfPost`. Rows with unknown codes are skipped (validation reports
 * them).
 *
 * @internal Shared by input validation (which refuses a post whose moves exceed its stock) and
 * the engine (which clamps them, for Monte Carlo draws that validation never saw).
 */
export function resolveMovePairs(
  index: DimensionIndex,
  mobility: readonly MobilityRow[],
  perPersonYear: boolean,
): MovePairs {
  const probability = new Map<number, number>()
  const row = new Map<number, number>()
  const order = new Map(mobility.map((each, i) => [each, i]))
  for (const each of bySpecificity(mobility)) {
    const from = index.sector.get(each.fromSector)
    const to = index.sector.get(each.toSector)
    if (from === undefined || to === undefined || from === to) continue
    if (each.place !== undefined && !index.place.has(each.place)) continue
    if (each.staffGroup !== undefined && !index.staffGroup.has(each.staffGroup)) continue
    const hazard = each.monthlyRate ?? moveProbability(each.ratePerYear ?? 0, perPersonYear)
    for (const post of matchingPosts(index, {
      place: each.place,
      sector: each.fromSector,
      staffGroup: each.staffGroup,
    })) {
      const target = post + (to - from) * index.staffGroupCount
      const key = post * index.postCount + target
      probability.set(key, hazard)
      row.set(key, order.get(each) ?? 0)
    }
  }
  const outOfPost = new Float64Array(index.postCount)
  for (const [key, hazard] of probability) outOfPost[Math.floor(key / index.postCount)]! += hazard
  return { probability, row, outOfPost }
}

/**
 * How far a post's moves out may add up above its whole stock a month before validation refuses
 * them and compiling warns: rounding of rates that add up to exactly 1 (1.0000000000000002), which
 * the engine scales down without a warning.
 */
export const MOVE_TOTAL_ROUNDING = 1e-12
