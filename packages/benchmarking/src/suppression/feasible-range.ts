import { type Constraint, solve } from 'yalps'
import type { ResolvedRules } from './suppression-rules'

/**
 * @internal A two-way table with its margins as one (rows + 1) × (columns + 1) grid: entry
 * (i, columns) is row i's total, (rows, j) column j's total and (rows, columns) the grand total.
 * `published[i][j]` is the interval an onlooker knows the entry lies in (a shown value, or the
 * values a rounded one could have come from), or null when the entry is suppressed.
 */
export interface PublishedGrid {
  readonly rows: number
  readonly columns: number
  readonly published: (readonly [number, number] | null)[][]
}

/** An interval of whole numbers; `max` may be infinite. */
export interface FeasibleRange {
  readonly min: number
  readonly max: number
}

/**
 * @internal The whole counts a published value could have come from under the rules: itself
 * without rounding; with rounding to r, every x with round(x / r) × r = v, which is
 * [⌈v − r/2⌉, ⌈v + r/2⌉ − 1], widened to suppressTo + 1 when small counts just above the
 * suppressed band are pushed up to v, and never inside the band (those counts are suppressed).
 */
export function publishedInterval(value: number, rules: ResolvedRules): readonly [number, number] {
  const r = rules.roundTo
  if (r === 1) return [value, value]
  let lo = Math.max(0, Math.ceil(value - r / 2))
  let hi = Math.ceil(value + r / 2) - 1
  const pushedUpTo = Math.ceil((rules.suppressTo + 1) / r) * r
  const firstAbove = Math.round((rules.suppressTo + 1) / r) * r
  if (value === pushedUpTo && firstAbove >= rules.suppressFrom && firstAbove <= rules.suppressTo) {
    lo = Math.min(lo, rules.suppressTo + 1)
  }
  if (lo >= rules.suppressFrom && lo <= rules.suppressTo) lo = rules.suppressTo + 1
  if (hi >= rules.suppressFrom && hi <= rules.suppressTo) hi = rules.suppressFrom - 1
  return [lo, hi]
}

const TOLERANCE = 1e-6

/**
 * @internal The smallest and largest value entry (i, j) of the grid can take over every
 * non-negative table that agrees with everything published (cells, row, column and grand
 * totals, each as its interval), by linear programming (YALPS, dense simplex). The constraint
 * matrix (cells, row sums, column sums, grand sum) is the union of two laminar families, so it is
 * totally unimodular and the LP bounds are whole numbers: they are the integer bounds too.
 * Returns null when the solver fails (cycling), which callers treat as unsafe. `sides` limits the
 * work to the bounds asked for (the others are reported as infinite).
 */
export function feasibleRange(
  grid: PublishedGrid,
  i: number,
  j: number,
  sides: { readonly min: boolean; readonly max: boolean } = { min: true, max: true },
): FeasibleRange | null {
  const { rows, columns, published } = grid
  // Cells published exactly are constants: only the others are variables of the LP, which
  // keeps it to the suppressed and rounded cells (a few dozen) instead of the whole table.
  const known = (r: number, c: number) => {
    const interval = published[r]?.[c]
    return interval && interval[0] === interval[1] ? interval[0] : undefined
  }
  const rowKnown = new Float64Array(rows)
  const colKnown = new Float64Array(columns)
  let grandKnown = 0
  let targetKnown = 0
  const inTarget = (r: number, c: number) => (i === rows || i === r) && (j === columns || j === c) // a cell, a line or everything
  const free: [number, number][] = []
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const value = known(r, c)
      if (value === undefined) {
        free.push([r, c])
        continue
      }
      rowKnown[r] = (rowKnown[r] as number) + value
      colKnown[c] = (colKnown[c] as number) + value
      grandKnown += value
      if (inTarget(r, c)) targetKnown += value
    }
  }
  const constraints = new Map<string, Constraint>()
  const bound = (
    key: string,
    interval: readonly [number, number] | null | undefined,
    less: number,
  ) => {
    if (!interval) return false
    const lo = interval[0] - less
    const hi = interval[1] - less
    constraints.set(key, lo === hi ? { equal: lo } : { min: lo, max: hi })
    return true
  }
  const rowShown = Array.from({ length: rows }, (_, r) =>
    bound(`r${r}`, published[r]?.[columns], rowKnown[r] as number),
  )
  const colShown = Array.from({ length: columns }, (_, c) =>
    bound(`k${c}`, published[rows]?.[c], colKnown[c] as number),
  )
  const grandShown = bound('g', published[rows]?.[columns], grandKnown)
  const variables = new Map<string, [string, number][]>()
  let targetFree = false
  for (const [r, c] of free) {
    const coefficients: [string, number][] = []
    if (bound(`c${r}_${c}`, published[r]?.[c], 0)) coefficients.push([`c${r}_${c}`, 1])
    if (rowShown[r]) coefficients.push([`r${r}`, 1])
    if (colShown[c]) coefficients.push([`k${c}`, 1])
    if (grandShown) coefficients.push(['g', 1])
    if (inTarget(r, c)) {
      coefficients.push(['target', 1])
      targetFree = true
    }
    variables.set(`x${r}_${c}`, coefficients)
  }
  if (!targetFree) return { min: targetKnown, max: targetKnown }
  const range: number[] = []
  for (const direction of ['minimize', 'maximize'] as const) {
    // a side not asked for is reported as unbounded on that side
    if (!(direction === 'minimize' ? sides.min : sides.max)) {
      range.push(direction === 'minimize' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)
      continue
    }
    const model = { direction, objective: 'target', constraints, variables }
    // Dantzig's rule first (fast); Bland's rule, which cannot cycle, if that cycles.
    let solution = solve(model, { maxPivots: 100_000 })
    if (solution.status === 'cycled')
      solution = solve(model, { checkCycles: true, maxPivots: 100_000 })
    if (solution.status === 'unbounded' && direction === 'maximize') {
      range.push(Number.POSITIVE_INFINITY)
    } else if (solution.status === 'optimal') {
      range.push(solution.result + targetKnown)
    } else {
      return null
    }
  }
  const [min, max] = range as [number, number]
  return { min: Math.ceil(min - TOLERANCE), max: Math.floor(max + TOLERANCE) }
}
