import { addMonths, type Dataset, type Month } from '@oneworkforce/schemas'
import { employmentBasedMoves } from '../dataset/employment-based-moves'
import {
  type DatasetProjectionOptions,
  EMPLOYMENT_BASED_PROGRAMMES,
  projectionInputFromDataset,
} from '../dataset/projection-input-from-dataset'
import { projectWorkforce } from '../project-workforce'

/**
 * The flows of a dataset in a window, by staff group, net of transfers inside the system: moves
 * to other organisations matched by moves in, and moves between staff groups through
 * employment-based training (see `employmentBasedMoves`).
 */
function flowsFromSystem(
  dataset: Dataset,
  direction: 'leaver' | 'joiner',
  from: Month,
  to: Month,
  programmes: Readonly<Record<string, string>> = EMPLOYMENT_BASED_PROGRAMMES,
): Map<string, number> {
  const sectorOf = new Map(dataset.organisations.map((each) => [each.code, each.sector]))
  const moves = { leaver: new Map<string, number>(), joiner: new Map<string, number>() }
  const totals = new Map<string, number>()
  for (const row of dataset.flows) {
    if (row.month < from || row.month > to) continue
    const key = `${row.staffGroup}|${sectorOf.get(row.organisation) ?? ''}`
    if (row.reason === 'other-organisation')
      moves[row.direction].set(key, (moves[row.direction].get(key) ?? 0) + row.headcount)
    if (row.direction === direction)
      totals.set(row.staffGroup, (totals.get(row.staffGroup) ?? 0) + row.headcount)
  }
  const training = employmentBasedMoves(dataset, sectorOf, from, to, programmes)
  const keys = new Set([...moves.leaver.keys(), ...moves.joiner.keys(), ...training.into.keys()])
  for (const key of keys) {
    const out = moves.leaver.get(key) ?? 0
    const transfer = Math.min(out, training.out.get(key) ?? 0)
    const internal = Math.min(out - transfer, moves.joiner.get(key) ?? 0)
    const group = key.split('|')[0]!
    const notFromSystem =
      direction === 'leaver' ? internal + transfer : internal + (training.into.get(key) ?? 0)
    totals.set(group, (totals.get(group) ?? 0) - notFromSystem)
  }
  return totals
}

/**
 * Leavers from the system by staff group between two months (inclusive): every leaver, less
 * moves to other organisations matched by moves in of the same staff group and sector and moves
 * to another staff group through employment-based training (the transfers
 * `projectionInputFromDataset` leaves out of the leaver rates). @internal
 */
export function observedLeavers(dataset: Dataset, from: Month, to: Month): Map<string, number> {
  return flowsFromSystem(dataset, 'leaver', from, to)
}

/** Joiners from outside the system by staff group between two months, like `observedLeavers`. @internal */
export function observedJoiners(dataset: Dataset, from: Month, to: Month): Map<string, number> {
  return flowsFromSystem(dataset, 'joiner', from, to)
}

/** The errors of a hindcast through `projectionInputFromDataset`. @internal */
export interface Hindcast {
  /** Mean over staff groups of each group's mean absolute percentage error of staff in post. */
  readonly mape: number
  /** Each staff group's MAPE and its headcount at the start of the test window. */
  readonly byStaffGroup: readonly { group: string; error: number; headcount: number }[]
  /** The largest MAPE among staff groups of 50 or more. */
  readonly worst: { readonly group: string; readonly error: number }
  /** Projected ÷ observed leavers from the system over the test window, minus 1. */
  readonly leavers: number
  /** Projected ÷ observed joiners from outside the system over the test window, minus 1. */
  readonly joiners: number
}

/**
 * Hindcasts the input the demo projects: cuts the dataset after its first `fitMonths` snapshot
 * months, derives the input with `projectionInputFromDataset` (same code, same defaults),
 * projects `testMonths` and compares staff in post by staff group, leavers and joiners with the
 * history that was cut off. @internal Used by the acceptance test and `scripts/headline-figures.ts`.
 */
export function hindcast(
  dataset: Dataset,
  fitMonths: number,
  testMonths: number,
  options: DatasetProjectionOptions = {},
): Hindcast {
  const months = [...new Set(dataset.workforce.map((row) => row.month))].sort()
  const fitTo = months[fitMonths - 1]!
  const within = <T extends { month: Month }>(rows: readonly T[]) =>
    rows.filter((row) => row.month <= fitTo)
  const fitted: Dataset = {
    ...dataset,
    workforce: within(dataset.workforce),
    flows: within(dataset.flows),
    vacancies: within(dataset.vacancies),
    spend: within(dataset.spend),
    scenarios: [],
  }
  const input = projectionInputFromDataset(fitted, { ...options, horizonMonths: testMonths })
  const result = projectWorkforce(input, { keep: ['staffGroup'] })
  const groups = result.dimensionValues.staffGroup ?? []
  const start = input.startMonth
  const end = addMonths(start, testMonths - 1)
  const actual = new Map<string, number>()
  for (const row of dataset.workforce)
    if (row.month >= start && row.month <= end)
      actual.set(
        `${row.staffGroup}|${row.month}`,
        (actual.get(`${row.staffGroup}|${row.month}`) ?? 0) + row.headcount,
      )
  const byStaffGroup = groups.map((group, g) => {
    let error = 0
    for (let t = 0; t < testMonths; t++) {
      const seen = actual.get(`${group}|${addMonths(start, t)}`) ?? 0
      const projected = result.series.headcount[t * result.groupCount + g]!
      error += seen > 0 ? Math.abs(projected / seen - 1) : 0
    }
    return { group, error: error / testMonths, headcount: result.start.headcount[g]! }
  })
  const big = byStaffGroup.filter((each) => each.headcount >= 50)
  const worst = big.reduce((a, b) => (b.error > a.error ? b : a), { group: '', error: 0 })
  const total = (names: readonly (keyof typeof result.series)[]) =>
    names.reduce((sum, name) => sum + result.series[name].reduce((a, b) => a + b, 0), 0)
  const sumOf = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0)
  const leavers =
    total(['leaversRetirement', 'leaversVoluntary', 'leaversOther']) /
      sumOf(observedLeavers(dataset, start, end)) -
    1
  const joiners =
    total(['joinersNewlyQualified', 'joinersInternational', 'joinersReturner', 'joinersOther']) /
      sumOf(observedJoiners(dataset, start, end)) -
    1
  return {
    mape:
      byStaffGroup.reduce((sum, each) => sum + each.error, 0) / Math.max(1, byStaffGroup.length),
    byStaffGroup,
    worst: { group: worst.group, error: worst.error },
    leavers,
    joiners,
  }
}
