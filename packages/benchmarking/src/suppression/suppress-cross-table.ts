import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { checkOptionsObject, describe, NO_VALUE } from '../internal/guard'
import { publishedInterval } from './feasible-range'
import { type GridEntry, protectGrid } from './protect-grid'
import {
  applyRules,
  resolveRules,
  type SuppressedCount,
  type SuppressionRules,
} from './suppression-rules'

/** Options of {@link suppressCrossTable}. */
export interface SuppressCrossTableOptions {
  /** Rules; NHS Digital's by default. */
  readonly rules?: SuppressionRules
  /**
   * Complementary (secondary) suppression by the disclosure audit; true by default. `false`
   * publishes the primary suppression only, which a reader can often undo from the totals.
   */
  readonly secondary?: boolean
}

/**
 * A primary-suppressed entry and the range an onlooker can narrow it to from everything
 * published: at least the whole suppressed band (1 to 7 by default) after the audit.
 */
export interface ProtectedEntry {
  readonly entry: 'cell' | 'row-total' | 'column-total' | 'grand-total'
  /** 0-based row of a cell or row total; null for column and grand totals. */
  readonly row: number | null
  /** 0-based column of a cell or column total; null for row and grand totals. */
  readonly column: number | null
  /** Smallest whole value consistent with everything published (with nothing negative). */
  readonly min: number
  /** Largest such value; `Infinity` when nothing published bounds it. */
  readonly max: number
}

/** A cross-table after suppression, with its row, column and grand totals. */
export interface SuppressedCrossTable {
  /** Cells by row then column. */
  readonly cells: readonly (readonly SuppressedCount[])[]
  readonly rowTotals: readonly SuppressedCount[]
  readonly columnTotals: readonly SuppressedCount[]
  readonly grandTotal: SuppressedCount
  /** The audit's feasible range of every primary-suppressed entry (empty with `secondary: false`). */
  readonly feasibleRanges: readonly ProtectedEntry[]
}

/**
 * Suppresses a two-way table of whole counts (e.g. leavers by organisation × staff group) with
 * its row, column and grand totals so that no suppressed value can be recovered, or narrowed
 * below the suppressed band, from everything published together.
 *
 * Method (statistical disclosure control by audit, as τ-ARGUS and the ONS "cell key"-free
 * tabular methods frame it: Hundepool et al., "Statistical Disclosure Control", Wiley 2012,
 * chapter 4): primary suppression by the rules (NHS Digital: 1-7 suppressed, others rounded to the
 * nearest 5), applied alike to cells and to totals (computed from the unrounded cells). Then an
 * audit treats the table and its margins as one system: for each primary-suppressed entry it
 * computes, by linear programming over every non-negative table consistent with all published
 * cells and totals (each rounded value as the interval of counts it could have come from), the
 * smallest and largest value the entry could take. While that range does not cover the whole
 * band [suppressFrom, suppressTo], complementary suppressions are added: the corners of the
 * cheapest rectangle through the entry (cells before totals, small before large) that widens it.
 * So a reader learns at most that a suppressed value is a small count, never which one, by any
 * linear combination of the published figures.
 *
 * Only `value` is for publication: `status` says which entries were primary or complementary
 * suppressions and must not be published. Tables are limited to 300 cells (the audit solves two small linear programmes per
 * suppressed entry and candidate; split larger tables, for example by place).
 *
 * @example
 * ```ts
 * import { suppressCrossTable } from '@oneworkforce/benchmarking'
 *
 * const table = suppressCrossTable([
 *   [3, 40, 52],
 *   [25, 31, 60],
 * ])
 * table.cells[0]?.map((cell) => cell.value) // [null, 40, 50]
 * // rounding to 5 already leaves the hidden 3 anywhere from 1 to 9: no complementary cell needed
 * table.feasibleRanges[0] // { entry: 'cell', row: 0, column: 0, min: 1, max: 9 }
 *
 * const exact = suppressCrossTable([[3, 0], [10, 10]], { rules: { roundTo: 1 } })
 * exact.cells.map((row) => row.map((cell) => cell.value)) // [[null, 0], [null, 10]]
 * exact.rowTotals.map((cell) => cell.value) // [null, null]: 23 − 20 no longer gives the 3 away
 * ```
 */
export function suppressCrossTable(
  counts: readonly (readonly number[])[],
  options: SuppressCrossTableOptions = {},
): SuppressedCrossTable {
  return unwrapResult(safeSuppressCrossTable(counts, options))
}

/**
 * {@link suppressCrossTable} returning a `Result`, for any input: issues for a table that is not
 * an array of rows, ragged rows, counts that are negative, fractional or not numbers (naming
 * the row and column), more than 300 cells, and bad options.
 *
 * @example
 * ```ts
 * import { safeSuppressCrossTable } from '@oneworkforce/benchmarking'
 *
 * safeSuppressCrossTable([[1, 2], [3]]).success // false: ragged rows
 * ```
 */
export function safeSuppressCrossTable(
  counts: readonly (readonly number[])[],
  options: SuppressCrossTableOptions = {},
): Result<SuppressedCrossTable> {
  const shape = checkOptionsObject(options)
  if (!Array.isArray(counts) || !counts.every(Array.isArray)) {
    shape.push(
      issue(
        'invalid_type',
        `counts must be an array of rows of counts, received ${describe(counts)}`,
        ['counts'],
      ),
    )
  }
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const resolved = resolveRules(options.rules)
  const issues: Issue[] = [...resolved.issues]
  if (options.secondary !== undefined && typeof options.secondary !== 'boolean') {
    issues.push(
      issue(
        'invalid_type',
        `secondary must be true or false, received ${describe(options.secondary)}`,
        ['secondary'],
      ),
    )
  }
  const width = counts[0]?.length ?? 0
  if (counts.length === 0 || width === 0)
    issues.push(issue('empty_input', 'the table has no cells', ['counts']))
  if (counts.length * width > MAX_CROSS_TABLE_CELLS) {
    issues.push(
      issue(
        'too_large',
        `the table has ${counts.length} × ${width} cells; the disclosure audit handles at most ${MAX_CROSS_TABLE_CELLS}: split it (for example by place)`,
        ['counts'],
      ),
    )
    return resultFrom(NO_VALUE, issues, 'invalid_argument')
  }
  counts.forEach((row, r) => {
    if (row.length !== width) {
      issues.push(
        issue(
          'inconsistent',
          `row ${r} has ${row.length} cells; the first row has ${width}`,
          ['counts', r],
          { row: r },
        ),
      )
    }
    row.forEach((value, c) => {
      if (!(Number.isSafeInteger(value) && value >= 0)) {
        issues.push(
          issue(
            'out_of_range',
            `row ${r} column ${c}: a count must be a whole number of 0 or more, received ${describe(value)}`,
            ['counts', r, c],
            { row: r, column: String(c) },
          ),
        )
      }
    })
  })
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const rules = resolved.rules
  const rows = counts.length
  const values = extendedGrid(counts, width)
  const published = values.map((line) => line.map((value) => applyRules(value, rules)))
  const primary: GridEntry[] = []
  published.forEach((line, i) => {
    line.forEach((cell, j) => {
      if (cell.status === 'suppressed') primary.push([i, j])
    })
  })
  const secondary = options.secondary ?? true
  const protection = secondary
    ? protectGrid({
        rows,
        columns: width,
        values,
        rules,
        primary,
        interval: (i, j) => publishedInterval(published[i]?.[j]?.value as number, rules),
      })
    : undefined
  const final = published.map((line, i) =>
    line.map(
      (cell, j): SuppressedCount =>
        protection?.hidden[i]?.[j] && cell.status !== 'suppressed'
          ? { value: null, status: 'secondary' }
          : cell,
    ),
  )
  const kindOf = (i: number, j: number): ProtectedEntry['entry'] =>
    i === rows ? (j === width ? 'grand-total' : 'column-total') : j === width ? 'row-total' : 'cell'
  return resultFrom(
    {
      cells: final.slice(0, rows).map((line) => line.slice(0, width)),
      rowTotals: final.slice(0, rows).map((line) => line[width] as SuppressedCount),
      columnTotals: (final[rows] as SuppressedCount[]).slice(0, width),
      grandTotal: (final[rows] as SuppressedCount[])[width] as SuppressedCount,
      feasibleRanges: (protection?.ranges ?? []).map(({ entry: [i, j], range }) => ({
        entry: kindOf(i, j),
        row: i === rows ? null : i,
        column: j === width ? null : j,
        min: range.min,
        max: range.max,
      })),
    },
    [],
  )
}

/**
 * Most cells (rows × columns) a cross-table may have: the audit solves linear programmes over
 * them. A 20 × 15 table with a sixth of its counts small takes about 1.7 s of CPU with rounding
 * to 5 (every rounded cell is an interval, so a variable of each LP) and 0.14 s without
 * (`pnpm bench benchmarking`).
 *
 * @example
 * ```ts
 * import { MAX_CROSS_TABLE_CELLS } from '@oneworkforce/benchmarking'
 *
 * MAX_CROSS_TABLE_CELLS // 300
 * ```
 */
export const MAX_CROSS_TABLE_CELLS = 300

/** The table with its row totals as a last column and column totals (and the grand total) as a last row. */
function extendedGrid(counts: readonly (readonly number[])[], width: number): number[][] {
  const grid = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)])
  const totals = Array.from({ length: width + 1 }, (_, c) =>
    grid.reduce((sum, row) => sum + (row[c] as number), 0),
  )
  grid.push(totals)
  return grid
}
