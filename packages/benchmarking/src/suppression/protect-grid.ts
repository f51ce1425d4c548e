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
 * does not cover the whole suppressed band [suppressFrom, suppressTo], hide the corners of a
 * rectangle of the grid through it (cells or margins; cost = value + 1, margins × 3): of the 12
 * cheapest, the first that covers the band, else the one that leaves the smallest shortfall.
 * Hiding only ever widens every range, so an entry once protected stays protected, and each step
 * hides at least one more entry: the loop ends within the grid's size, at worst with everything
 * hidden (which protects every entry).
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
  // How far a range falls short of covering the band on each side (0 when it covers it).
  const shortfall = (range: FeasibleRange | null) =>
    range === null
      ? Number.POSITIVE_INFINITY
      : Math.max(0, range.min - rules.suppressFrom) + Math.max(0, rules.suppressTo - range.max)
  // Each entry's range as last computed, and how many entries were hidden then: a range is
  // still current when nothing has been hidden since.
  const checked: { range: FeasibleRange | null; hiddenCount: number }[] = []
  let hiddenCount = input.primary.length
  for (const entry of input.primary) {
    const [i, j] = entry
    let range = feasibleRange(grid(), i, j)
    while (shortfall(range) > 0) {
      const candidates = rectangles(i, j, rows, columns, hidden, values)
      if (candidates.length === 0) break // everything that could help is hidden already
      // Hiding more only widens ranges: a side already covered stays covered, so trials solve
      // only the sides still short.
      const sides = {
        min: range === null || range.min > rules.suppressFrom,
        max: range === null || range.max < rules.suppressTo,
      }
      let best: { corners: GridEntry[]; short: number } | undefined
      for (const corners of candidates.slice(0, TRIES)) {
        for (const [r, c] of corners) (hidden[r] as boolean[])[c] = true
        const short = shortfall(feasibleRange(grid(), i, j, sides))
        for (const [r, c] of corners) (hidden[r] as boolean[])[c] = false
        if (best === undefined || short < best.short) best = { corners, short }
        if (short === 0) break
      }
      const chosen = best?.corners ?? (candidates[0] as GridEntry[])
      for (const [r, c] of chosen) (hidden[r] as boolean[])[c] = true
      hiddenCount += chosen.length
      range = feasibleRange(grid(), i, j)
    }
    checked.push({ range, hiddenCount })
    if (range === null) {
      hideAll(hidden)
      hiddenCount = Number.POSITIVE_INFINITY
    }
  }
  // Later steps only widen earlier ranges: report each as it stands in the final table.
  const ranges = input.primary.map((entry, k) => {
    const last = checked[k]
    const current = last && last.hiddenCount === hiddenCount ? last.range : undefined
    return {
      entry,
      range: current ??
        feasibleRange(grid(), entry[0], entry[1]) ?? { min: 0, max: Number.POSITIVE_INFINITY },
    }
  })
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
