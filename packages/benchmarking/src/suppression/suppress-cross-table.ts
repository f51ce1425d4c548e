import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
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
  /** Apply secondary suppression; true by default. */
  readonly secondary?: boolean
}

/** A cross-table after suppression, with its row, column and grand totals. */
export interface SuppressedCrossTable {
  /** Cells by row then column. */
  readonly cells: readonly (readonly SuppressedCount[])[]
  readonly rowTotals: readonly SuppressedCount[]
  readonly columnTotals: readonly SuppressedCount[]
  readonly grandTotal: SuppressedCount
}

/**
 * Suppresses a two-way table of counts (e.g. leavers by organisation × staff group) with its
 * totals, so that a suppressed cell cannot be recovered by subtracting the shown cells from a row
 * or column total.
 *
 * Method: primary suppression by the rules (NHS Digital: 1-7 suppressed, others rounded to the
 * nearest 5); then, as NHS Digital's disclosure control describes, whenever a row or column has
 * exactly one suppressed cell and a shown total, the next-smallest shown cell in that row or
 * column (the smallest non-zero one when there is one) is suppressed as well; repeated until no
 * row or column with a shown total has a lone suppressed cell. Totals are computed from the
 * unrounded cells and then suppressed or rounded by the same rules (a suppressed total protects
 * its row or column by itself).
 *
 * @example
 * ```ts
 * import { suppressCrossTable } from '@oneworkforce/benchmarking'
 *
 * const table = suppressCrossTable([
 *   [3, 40, 52],
 *   [25, 31, 60],
 * ])
 * table.cells[0]?.map((cell) => cell.status) // ['suppressed', 'secondary', 'rounded']
 * ```
 */
export function suppressCrossTable(
  counts: readonly (readonly number[])[],
  options: SuppressCrossTableOptions = {},
): SuppressedCrossTable {
  return unwrapResult(safeSuppressCrossTable(counts, options))
}

/**
 * {@link suppressCrossTable} returning a `Result`: issues for ragged rows and negative or
 * non-finite counts, naming the row and column.
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
  const resolved = resolveRules(options.rules)
  const issues: Issue[] = [...resolved.issues]
  const width = counts[0]?.length ?? 0
  if (counts.length === 0 || width === 0)
    issues.push(issue('empty_input', 'the table has no cells', ['counts']))
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
      if (!(Number.isFinite(value) && value >= 0)) {
        issues.push(
          issue(
            'out_of_range',
            `row ${r} column ${c}: a count must be a finite number of 0 or more, received ${value}`,
            ['counts', r, c],
            { row: r, column: String(c) },
          ),
        )
      }
    })
  })
  if (issues.length > 0)
    return resultFrom(undefined as unknown as SuppressedCrossTable, issues, 'invalid_argument')
  const rules = resolved.rules
  const cells: SuppressedCount[][] = counts.map((row) =>
    row.map((value) => applyRules(value, rules)),
  )
  const rowTotals = counts.map((row) =>
    applyRules(
      row.reduce((a, b) => a + b, 0),
      rules,
    ),
  )
  const columnSums = Array.from({ length: width }, (_, c) =>
    counts.reduce((sum, row) => sum + (row[c] as number), 0),
  )
  const columnTotals = columnSums.map((sum) => applyRules(sum, rules))
  if (options.secondary ?? true) {
    // Each line (row or column) with the total it must not give away.
    const lines: { cells: { r: number; c: number }[]; total: SuppressedCount }[] = [
      ...counts.map((_, r) => ({
        cells: Array.from({ length: width }, (_, c) => ({ r, c })),
        total: rowTotals[r] as SuppressedCount,
      })),
      ...Array.from({ length: width }, (_, c) => ({
        cells: counts.map((_, r) => ({ r, c })),
        total: columnTotals[c] as SuppressedCount,
      })),
    ]
    const value = ({ r, c }: { r: number; c: number }) => counts[r]?.[c] as number
    let changed = true
    while (changed) {
      changed = false
      for (const line of lines) {
        // A suppressed total gives nothing away.
        if (line.total.value === null) continue
        const hidden = line.cells.filter(({ r, c }) => cells[r]?.[c]?.value === null)
        if (hidden.length !== 1) continue
        const shown = line.cells.filter(({ r, c }) => cells[r]?.[c]?.value !== null)
        if (shown.length === 0) continue
        // The smallest non-zero cell protects best at least cost; a zero only when nothing else
        // is left (it still hides how the total splits between the two cells).
        const positive = shown.filter((cell) => value(cell) > 0)
        const pool = positive.length > 0 ? positive : shown
        const next = pool.reduce((best, cell) => (value(cell) < value(best) ? cell : best))
        const row = cells[next.r] as SuppressedCount[]
        row[next.c] = { value: null, status: 'secondary' }
        changed = true
      }
    }
  }
  return resultFrom(
    {
      cells,
      rowTotals,
      columnTotals,
      grandTotal: applyRules(
        columnSums.reduce((a, b) => a + b, 0),
        rules,
      ),
    },
    [],
  )
}
