import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import {
  applyRules,
  resolveRules,
  type SuppressionRules,
  type SuppressionStatus,
} from './suppression-rules'

/** A rate column and the count columns it was computed from. */
export interface SuppressedRate<K extends string> {
  /** The rate column. */
  readonly column: K
  /** The count columns it derives from: if any is suppressed, so is the rate. */
  readonly from: readonly K[]
}

/** Options of {@link suppressRows}. */
export interface SuppressRowsOptions<K extends string> {
  /** Count columns to suppress and round. */
  readonly counts: readonly K[]
  /** Rate columns computed from counts. */
  readonly rates?: readonly SuppressedRate<K>[]
  /** Rules; NHS Digital's by default. */
  readonly rules?: SuppressionRules
}

/** A row after suppression: suppressed columns may be null. */
export type SuppressedRow<T> = { readonly [K in keyof T]: T[K] | null }

/** The rows after suppression and what happened to each suppressed cell. */
export interface SuppressRowsResult<T> {
  readonly rows: readonly SuppressedRow<T>[]
  /** One entry per count or rate cell not shown as given. */
  readonly cells: readonly {
    readonly row: number
    readonly column: string
    readonly status: SuppressionStatus
  }[]
}

/**
 * Applies small-number suppression to any output table (indicator rows, funnel units): each
 * count column is suppressed (1-7 by default) or rounded (nearest 5), and each rate column
 * computed from a suppressed count is suppressed too (NHS Digital: "rates based on suppressed
 * counts are also suppressed").
 *
 * @example
 * ```ts
 * import { suppressRows } from '@oneworkforce/benchmarking'
 *
 * const { rows } = suppressRows(
 *   [{ unit: 'A', leavers: 5, headcount: 120, rate: 5 / 120 }, { unit: 'B', leavers: 33, headcount: 410, rate: 33 / 410 }],
 *   { counts: ['leavers', 'headcount'], rates: [{ column: 'rate', from: ['leavers', 'headcount'] }] },
 * )
 * rows[0] // { unit: 'A', leavers: null, headcount: 120, rate: null }
 * ```
 */
export function suppressRows<T extends Readonly<Record<K, unknown>>, K extends string & keyof T>(
  rows: readonly T[],
  options: SuppressRowsOptions<K>,
): SuppressRowsResult<T> {
  return unwrapResult(safeSuppressRows(rows, options))
}

/**
 * {@link suppressRows} returning a `Result`: issues name the row and column of a negative or
 * non-numeric count.
 *
 * @example
 * ```ts
 * import { safeSuppressRows } from '@oneworkforce/benchmarking'
 *
 * safeSuppressRows([{ n: -1 }], { counts: ['n'] }).success // false
 * ```
 */
export function safeSuppressRows<
  T extends Readonly<Record<K, unknown>>,
  K extends string & keyof T,
>(rows: readonly T[], options: SuppressRowsOptions<K>): Result<SuppressRowsResult<T>> {
  const resolved = resolveRules(options.rules)
  const issues: Issue[] = [...resolved.issues]
  rows.forEach((row, index) => {
    for (const column of options.counts) {
      const value = row[column]
      if (value === null) continue
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        issues.push(
          issue(
            'out_of_range',
            `row ${index} column ${column}: a count must be a finite number of 0 or more (or null), received ${String(value)}`,
            ['rows', index, column],
            { row: index, column },
          ),
        )
      }
    }
  })
  if (issues.length > 0)
    return resultFrom(undefined as unknown as SuppressRowsResult<T>, issues, 'invalid_argument')
  const cells: { row: number; column: string; status: SuppressionStatus }[] = []
  const out = rows.map((row, index) => {
    const copy: Record<string, unknown> = { ...row }
    const suppressed = new Set<string>()
    for (const column of options.counts) {
      const value = row[column] as number | null
      if (value === null) {
        suppressed.add(column)
        continue
      }
      const result = applyRules(value, resolved.rules)
      copy[column] = result.value
      if (result.status === 'suppressed') suppressed.add(column)
      if (result.status !== 'shown') cells.push({ row: index, column, status: result.status })
    }
    for (const rate of options.rates ?? []) {
      if (rate.from.some((column) => suppressed.has(column))) {
        copy[rate.column] = null
        cells.push({ row: index, column: rate.column, status: 'suppressed' })
      }
    }
    return copy as SuppressedRow<T>
  })
  return resultFrom({ rows: out, cells }, [])
}
