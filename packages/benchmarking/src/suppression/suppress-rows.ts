import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { describe, isRecord, NO_VALUE } from '../internal/guard'
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
 * {@link suppressRows} returning a `Result`, for any input: issues name the row and column of a
 * count that is negative, fractional or not a number, a count or rate column that is in none of
 * the rows, and rows or options of the wrong shape.
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
  const shape = checkShape(rows, options)
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const resolved = resolveRules(options.rules)
  const issues: Issue[] = [...resolved.issues]
  const columns = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key)
  const named = [
    ...options.counts.map((column, index) => ({ column, path: ['counts', index] })),
    ...(options.rates ?? []).flatMap((rate, index) => [
      { column: rate.column, path: ['rates', index, 'column'] },
      ...rate.from.map((column, k) => ({ column, path: ['rates', index, 'from', k] })),
    ]),
  ]
  for (const { column, path } of named) {
    if (rows.length > 0 && !columns.has(column)) {
      issues.push(
        issue(
          'missing_column',
          `column ${describe(column)} is in none of the rows; the rows have ${[...columns].join(', ') || 'no columns'}`,
          path,
          { column: String(column) },
        ),
      )
    }
  }
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  rows.forEach((row, index) => {
    for (const column of options.counts) {
      const value = row[column]
      if (value === null) continue
      if (!(Number.isSafeInteger(value) && (value as number) >= 0)) {
        issues.push(
          issue(
            'out_of_range',
            `row ${index} column ${column}: a count must be a whole number of 0 or more (or null), received ${describe(value)}`,
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

function checkShape(rows: unknown, options: unknown): Issue[] {
  const issues: Issue[] = []
  if (!Array.isArray(rows) || !rows.every(isRecord)) {
    issues.push(
      issue('invalid_type', `rows must be an array of objects, received ${describe(rows)}`, [
        'rows',
      ]),
    )
  }
  if (!isRecord(options)) {
    issues.push(
      issue(
        'invalid_type',
        `options must be an object with counts, received ${describe(options)}`,
        ['options'],
      ),
    )
    return issues
  }
  const { counts, rates } = options
  if (!Array.isArray(counts) || !counts.every((each) => typeof each === 'string')) {
    issues.push(
      issue(
        'invalid_type',
        `counts must be an array of column names, received ${describe(counts)}`,
        ['counts'],
      ),
    )
  }
  const rateOk = (rate: unknown) =>
    isRecord(rate) &&
    typeof rate.column === 'string' &&
    Array.isArray(rate.from) &&
    rate.from.every((each) => typeof each === 'string')
  if (rates !== undefined && !(Array.isArray(rates) && rates.every(rateOk))) {
    issues.push(
      issue(
        'invalid_type',
        `rates must be an array of { column, from: [columns] }, received ${describe(rates)}`,
        ['rates'],
      ),
    )
  }
  return issues
}
