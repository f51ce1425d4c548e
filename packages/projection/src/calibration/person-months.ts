import { addMonths, type Month, monthsBetween } from '@oneworkforce/schemas'

/** Person-months at risk and the months that contributed to them. */
export interface PersonMonths {
  /** Σ over months of the mean of the opening and closing headcount. */
  readonly personMonths: number
  /** Months with a snapshot at both ends. */
  readonly months: number
}

/**
 * Person-months at risk of a group from its month-end snapshots: for each month in `months`, the
 * mean of the opening (previous month-end) and closing headcount, with headcount between two
 * snapshots interpolated linearly (so two snapshots a year apart give 12 × their mean, NHS
 * Digital's mean headcount); months outside the snapshots are skipped. The one estimator of
 * exposure shared by `projectionInputFromDataset` and the calibration functions, so the input the
 * demo projects is the input the back-test tests.
 *
 * @internal
 */
export function personMonthsAtRisk(
  stock: ReadonlyMap<Month, number>,
  months: Iterable<Month>,
): PersonMonths {
  const known = [...stock.keys()].sort()
  const valueAt = (month: Month): number | undefined => {
    const exact = stock.get(month)
    if (exact !== undefined) return exact
    let lo = 0
    let hi = known.length - 1
    if (hi < 0 || month < known[0]! || month > known[hi]!) return undefined
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      if (known[mid]! < month) lo = mid
      else hi = mid
    }
    const from = known[lo]!
    const to = known[hi]!
    const share = monthsBetween(from, month) / monthsBetween(from, to)
    return stock.get(from)! + share * (stock.get(to)! - stock.get(from)!)
  }
  let personMonths = 0
  let used = 0
  for (const month of months) {
    const opening = valueAt(addMonths(month, -1))
    const closing = valueAt(month)
    if (opening === undefined || closing === undefined) continue
    personMonths += (opening + closing) / 2
    used += 1
  }
  return { personMonths, months: used }
}

/**
 * The leaver rate per person-year from events and person-months at risk: `12 × leavers ÷
 * person-months` (NHS Digital's leavers in 12 months ÷ mean headcount, for any window length).
 * The engine takes it with `rateKind: 'per-person-year'`.
 *
 * @internal
 */
export function ratePerPersonYear(leavers: number, personMonths: number): number {
  return personMonths > 0 ? (12 * leavers) / personMonths : 0
}
