import type { Month } from '@oneworkforce/schemas'

/** Moves between organisations by group key and month (`other-organisation` flows). @internal */
export interface MoveCounts {
  /** Group key → month → moves out to another organisation (leavers, reason other-organisation). */
  readonly movesOut: ReadonlyMap<string, ReadonlyMap<Month, number>>
  /** Group key → month → moves in from another organisation (joiners, reason other-organisation). */
  readonly movesIn: ReadonlyMap<string, ReadonlyMap<Month, number>>
}

function total(byMonth: ReadonlyMap<Month, number> | undefined, months: Iterable<Month>): number {
  if (byMonth === undefined) return 0
  let sum = 0
  for (const month of months) sum += byMonth.get(month) ?? 0
  return sum
}

/**
 * Transfers inside the modelled system for one group over some months: moves out to other
 * organisations matched by moves in from other organisations of the same staff group, sector
 * (and age band), `min(moves out, moves in)` pooled over the months. They are neither leavers
 * nor joiners of the system: a move out beyond the moves in is a loss to an organisation outside
 * it (a leaver), a move in beyond the moves out a joiner from outside. So a retention lever acts
 * on leavers from the system only, and cutting leavers never creates staff from matching move-in
 * joiners that stay fixed.
 *
 * @internal Used by the calibration estimators and `projectionInputFromDataset` alike.
 */
export function internalTransfers(
  counts: MoveCounts,
  key: string,
  months: Iterable<Month>,
): number {
  const list = [...months]
  return Math.min(total(counts.movesOut.get(key), list), total(counts.movesIn.get(key), list))
}

/** Moves out of a group that are transfers inside the system (see `internalTransfers`). @internal */
export function internalMovesOut(counts: MoveCounts, key: string, months: Iterable<Month>): number {
  return internalTransfers(counts, key, months)
}

/** Moves into a group that are transfers inside the system (see `internalTransfers`). @internal */
export function internalMovesIn(counts: MoveCounts, key: string, months: Iterable<Month>): number {
  return internalTransfers(counts, key, months)
}
