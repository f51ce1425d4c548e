import type { PreparedRanking } from '../methods/prepare-ranking'
import { rescaleToUnit } from '../methods/weighted-sum'

/**
 * The weighted-sum value matrix v_ij in [0, 1] (scale min-max, cost inverted) of prepared inputs.
 *
 * @internal
 */
export function unitScores(prepared: PreparedRanking): number[][] {
  return rescaleToUnit(
    prepared.table.values,
    prepared.criteria.map((criterion) => criterion.scale),
    prepared.criteria.map((criterion) => criterion.direction),
  )
}
