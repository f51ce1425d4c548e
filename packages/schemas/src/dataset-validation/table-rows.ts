import { type TableName, type TableRow, tableSchemas } from '../datasets/dataset'
import { type Issue, issue, type Result, resultFrom, unwrapResult } from '../errors'
import { describeValue } from '../internal/describe-value'
import { fastRowChecks } from '../internal/fast-row-checks'
import { unexpectedFailure } from '../internal/unexpected-failure'
import { issuesFromZod } from '../validate'

/** Where the rows of a table came from, so issues can point at them. */
export interface TableRowsContext {
  /** File name put on every issue. */
  readonly file?: string | undefined
  /** Row number reported for the row at `index` (default: the 0-based index itself). */
  readonly rowNumber?: ((index: number) => number) | undefined
  /** Path prefix of each row (default: `[table]`). */
  readonly pathPrefix?: readonly (string | number)[] | undefined
}

/** The rows that passed, the indices of those that did not, and why. */
export interface CheckedTableRows<T extends TableName> {
  readonly rows: TableRow<T>[]
  readonly rejected: number[]
  readonly issues: Issue[]
}

/**
 * Validates one row against its table schema, appending issues (with `received` values) when it
 * fails. Returns the parsed row or `undefined`.
 * @internal
 */
export function checkTableRow<T extends TableName>(
  table: T,
  row: unknown,
  index: number,
  issues: Issue[],
  context: TableRowsContext = {},
): TableRow<T> | undefined {
  const fast = fastRowChecks[table]
  if (fast?.(row)) return row as TableRow<T>
  const parsed = tableSchemas[table].safeParse(row)
  if (parsed.success) return parsed.data as TableRow<T>
  const rowNumber = context.rowNumber ? context.rowNumber(index) : index
  const prefix = context.pathPrefix ?? [table]
  for (const each of issuesFromZod(parsed.error, {}, row)) {
    const field = each.path[0]
    const received =
      typeof field === 'string' &&
      typeof row === 'object' &&
      row !== null &&
      each.code !== 'unexpected_column'
        ? ` (received ${describeValue((row as Record<string, unknown>)[field])})`
        : ''
    issues.push({
      ...each,
      message: `${each.message}${received}`,
      path: [...prefix, index, ...each.path],
      file: context.file,
      table,
      row: rowNumber,
    })
  }
  return undefined
}

/**
 * Validates every row of `rows` against the schema of `table`, keeping the valid ones.
 * @internal
 */
export function checkTableRows<T extends TableName>(
  table: T,
  rows: readonly unknown[],
  context: TableRowsContext = {},
): CheckedTableRows<T> {
  const valid: TableRow<T>[] = []
  const rejected: number[] = []
  const issues: Issue[] = []
  for (let index = 0; index < rows.length; index += 1) {
    const parsed = checkTableRow(table, rows[index], index, issues, context)
    if (parsed === undefined) rejected.push(index)
    else valid.push(parsed)
  }
  return { rows: valid, rejected, issues }
}

/**
 * Validates the rows of one table (an array of objects) against its schema: every rejected row
 * gives issues naming the table, its 0-based row index, the column and the value received.
 *
 * When to use: to check one table on its own; use `safeParseDataset` to check a whole dataset,
 * including references between tables.
 *
 * @example
 * ```ts
 * import { safeParseTable } from '@oneworkforce/schemas'
 *
 * const result = safeParseTable('vacancies', [
 *   { month: '2024-04', organisation: 'RJ1', staffGroup: 'midwife', fundedFte: 210, staffInPostFte: -3 },
 * ])
 * if (!result.success) console.log(result.issues[0]?.row, result.issues[0]?.column) // 0 'staffInPostFte'
 * ```
 */
export function safeParseTable<T extends TableName>(
  table: T,
  rows: unknown,
): Result<TableRow<T>[]> {
  if (typeof table !== 'string' || !Object.hasOwn(tableSchemas, table)) {
    const message = `unknown table ${describeValue(table)} (expected one of ${Object.keys(tableSchemas).join(', ')})`
    return resultFrom([], [issue('unknown_code', message, [])])
  }
  if (!Array.isArray(rows)) {
    const message = `${table}: expected an array of rows, received ${describeValue(rows)}`
    return resultFrom([], [issue('invalid_type', message, [table], { table })])
  }
  try {
    const checked = checkTableRows(table, rows)
    return resultFrom(checked.rows, checked.issues)
  } catch (error) {
    return resultFrom([], [unexpectedFailure(error, { table })])
  }
}

/**
 * Validates the rows of one table and returns them, or throws a `OneWorkforceError` listing
 * every rejected row.
 *
 * @example
 * ```ts
 * import { parseTable } from '@oneworkforce/schemas'
 *
 * const rows = parseTable('population', [{ place: 'lambeth', year: 2030, ageBand: '85-plus', persons: 4100 }])
 * ```
 */
export function parseTable<T extends TableName>(table: T, rows: unknown): TableRow<T>[] {
  return unwrapResult(safeParseTable(table, rows))
}
