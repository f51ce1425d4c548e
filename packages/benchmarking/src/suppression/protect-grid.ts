import { type FeasibleRange, feasibleRange, type PublishedGrid } from './feasible-range'
import type { ResolvedRules } from './suppression-rules'

/** @internal The entries of a grid (cells and margins) as (row, column) pairs. */
export type GridEntry = readonly [number, number]

/** @internal Inputs of {@link protectGrid}. */
export interface ProtectionInput {
  readonly rows: number
  readonly columns: number
  /** True values of every entry of the (rows + 1) × (columns + 1) grid. */
  readonly values: readonly (readonly number[])[]
  /** The interval each entry is published as when shown. */
  readonly interval: (i: number, j: number) => readonly [number, number]
  /** Entries hidden by the rules (primary suppression): each must be protected. */
  readonly primary: readonly GridEntry[]
  readonly rules: ResolvedRules
}

/** @internal The outcome: which entries are hidden and each primary entry's feasible range. */
export interface Protection {
  readonly hidden: boolean[][]
  readonly ranges: readonly { readonly entry: GridEntry; readonly range: FeasibleRange }[]
}

/** Margins cost more to hide than cells: they are what a reader looks at first. */
const MARGIN_WEIGHT = 3
/** Candidate rectangles tried per step before the best partial one is taken. */
const TRIES = 12

/**
 * @internal Complementary suppression by audit: for each primary entry in turn, while an
 * onlooker's feasible range of it (from everything still published, by {@link feasibleRange})
 * does not cover the whole suppressed band [suppressFrom, suppressTo], hide the corners of the
 * cheapest rectangle of the grid through it (cells or margins; cost = value + 1, margins × 3)
 * that widens the range, trying the cheapest first. Hiding only ever widens every range, so an
 * entry once protected stays protected, and each step hides at least one more entry: the loop
 * ends within the grid's size, at worst with everything hidden (which protects every entry).
 */
export function protectGrid(input: ProtectionInput): Protection {
  const { rows, columns, values, rules } = input
  const hidden = Array.from({ length: rows + 1 }, () => new Array<boolean>(columns + 1).fill(false))
  for (const [i, j] of input.primary) (hidden[i] as boolean[])[j] = true
  const grid = (): PublishedGrid => ({
    rows,
    columns,
    published: hidden.map((line, i) => line.map((off, j) => (off ? null : input.interval(i, j)))),
  })
  const enough = (range: FeasibleRange | null) =>
    range !== null && range.min <= rules.suppressFrom && range.max >= rules.suppressTo
  const width = (range: FeasibleRange | null) => (range === null ? -1 : range.max - range.min)
  for (const entry of input.primary) {
    const [i, j] = entry
    let range = feasibleRange(grid(), i, j)
    while (!enough(range)) {
      const candidates = rectangles(i, j, rows, columns, hidden, values)
      if (candidates.length === 0) break // everything that could help is hidden already
      let best: { corners: GridEntry[]; range: FeasibleRange | null } | undefined
      for (const corners of candidates.slice(0, TRIES)) {
        for (const [r, c] of corners) (hidden[r] as boolean[])[c] = true
        const trial = feasibleRange(grid(), i, j)
        for (const [r, c] of corners) (hidden[r] as boolean[])[c] = false
        if (enough(trial)) {
          best = { corners, range: trial }
          break
        }
        if (best === undefined || width(trial) > width(best.range)) best = { corners, range: trial }
      }
      const chosen = best ?? { corners: candidates[0] as GridEntry[], range: null }
      for (const [r, c] of chosen.corners) (hidden[r] as boolean[])[c] = true
      range = feasibleRange(grid(), i, j)
    }
    if (range === null) hideAll(hidden)
  }
  // Later steps only widen earlier ranges: report each as it stands in the final table.
  const ranges = input.primary.map((entry) => ({
    entry,
    range: feasibleRange(grid(), entry[0], entry[1]) ?? { min: 0, max: Number.POSITIVE_INFINITY },
  }))
  return { hidden, ranges }
}

function hideAll(hidden: boolean[][]): void {
  for (const line of hidden) line.fill(true)
}

/** Rectangles (i, j), (i, l), (k, j), (k, l) with some corner still shown, cheapest first. */
function rectangles(
  i: number,
  j: number,
  rows: number,
  columns: number,
  hidden: readonly (readonly boolean[])[],
  values: readonly (readonly number[])[],
): GridEntry[][] {
  const cost = (r: number, c: number) =>
    hidden[r]?.[c]
      ? 0
      : ((values[r]?.[c] as number) + 1) * (r === rows || c === columns ? MARGIN_WEIGHT : 1)
  const found: { corners: GridEntry[]; cost: number }[] = []
  for (let k = 0; k <= rows; k += 1) {
    if (k === i) continue
    for (let l = 0; l <= columns; l += 1) {
      if (l === j) continue
      const corners = (
        [
          [i, l],
          [k, j],
          [k, l],
        ] as GridEntry[]
      ).filter(([r, c]) => !hidden[r]?.[c])
      if (corners.length === 0) continue
      found.push({ corners, cost: corners.reduce((sum, [r, c]) => sum + cost(r, c), 0) })
    }
  }
  return found.sort((a, b) => a.cost - b.cost).map((each) => each.corners)
}
