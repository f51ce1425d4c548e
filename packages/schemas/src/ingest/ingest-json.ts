import { datasetOptionIssues } from '../dataset-validation/dataset-options'
import {
  type DatasetValidationOptions,
  safeParseDataset,
} from '../dataset-validation/parse-dataset'
import { tableKeyColumns } from '../dataset-validation/table-keys'
import { checkTableRow } from '../dataset-validation/table-rows'
import { type Dataset, type TableName, tableSchemas } from '../datasets/dataset'
import { type Issue, issue, type Result, resultFrom, unwrapResult } from '../errors'
import { describeValue } from '../internal/describe-value'
import { duplicateRows } from '../internal/duplicate-rows'
import { internColumn } from '../internal/interned-column'
import { unexpectedFailure } from '../internal/unexpected-failure'
import { valueStructureIssues } from '../internal/value-structure'
import { isTableName } from './csv-options'
import { failedIngest, ingestResult } from './ingest-csv'
import type { IngestedTable, IngestResult } from './ingested-table'

/** Options of {@link safeIngestJson}. */
export interface IngestJsonOptions<T extends TableName | 'dataset' = TableName | 'dataset'>
  extends DatasetValidationOptions {
  /** The table the JSON (an array of rows) fills, or `'dataset'` for a whole dataset object. */
  readonly table: T
  /** File name put on every issue. */
  readonly file?: string | undefined
}

function parseText(
  text: string,
  where: { file?: string | undefined; table: string },
): { value?: unknown; issues: Issue[] } {
  try {
    return { value: JSON.parse(text) as unknown, issues: [] }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { issues: [issue('parse_error', `could not read the JSON: ${reason}`, [], where)] }
  }
}

/**
 * Reads JSON (text, or an already parsed value) into the rows of a table (an array of row
 * objects; rows are reported by 0-based index) or, with `table: 'dataset'`, into a whole dataset
 * validated by `safeParseDataset`. Keys named `__proto__`, `constructor` or `prototype` are
 * rejected with an issue, and nothing is ever merged into an existing object, so no prototype
 * can be polluted.
 *
 * @example
 * ```ts
 * import { safeIngestJson } from '@oneworkforce/schemas'
 *
 * const result = safeIngestJson('[{"place":"lambeth","year":2030,"ageBand":"0-17","persons":61000}]', { table: 'population' })
 * result.ingested.rows.length // 1
 * safeIngestJson('[{"__proto__":{"admin":true}}]', { table: 'population' }).success // false
 * ```
 */
export function safeIngestJson(
  input: unknown,
  options: IngestJsonOptions<'dataset'>,
): Result<Dataset>
/** With a table name: rows of that table. */
export function safeIngestJson<T extends TableName>(
  input: unknown,
  options: IngestJsonOptions<T>,
): IngestResult<T>
/** Implementation of the overloads above. */
export function safeIngestJson(
  input: unknown,
  options: IngestJsonOptions,
): Result<Dataset> | IngestResult<TableName> {
  const refused = jsonOptionIssues(options)
  const table = isTableName(options?.table) ? options.table : undefined
  if (refused.length > 0) {
    return table === undefined
      ? resultFrom(undefined as unknown as Dataset, refused, 'ingest_failed')
      : failedIngest(table, refused)
  }
  const where = { file: options.file, table: options.table }
  try {
    if (table === undefined) return ingestDataset(input, options as IngestJsonOptions<'dataset'>)
    return ingestTable(input, table, options.file)
  } catch (error) {
    const failed = [unexpectedFailure(error, where)]
    return table === undefined
      ? resultFrom(undefined as unknown as Dataset, failed, 'ingest_failed')
      : failedIngest(table, failed)
  }
}

function jsonOptionIssues(options: unknown): Issue[] {
  if (typeof options !== 'object' || options === null) {
    const message = `expected options such as { table: 'workforce' }, received ${describeValue(options)}`
    return [issue(options === undefined ? 'required' : 'invalid_type', message, [])]
  }
  const { table, file } = options as Record<string, unknown>
  const issues: Issue[] = []
  if (table === undefined) {
    issues.push(
      issue('required', "say what the JSON holds: { table: 'workforce' } or { table: 'dataset' }", [
        'table',
      ]),
    )
  } else if (table !== 'dataset' && !isTableName(table)) {
    const message = `table: unknown table ${describeValue(table)} (expected 'dataset' or one of ${Object.keys(tableSchemas).join(', ')})`
    issues.push(issue('unknown_code', message, ['table']))
  }
  if (file !== undefined && typeof file !== 'string') {
    issues.push(
      issue('invalid_type', `file: expected a file name, received ${describeValue(file)}`, [
        'file',
      ]),
    )
  }
  if (table === 'dataset') issues.push(...datasetOptionIssues(options))
  return issues
}

function ingestDataset(input: unknown, options: IngestJsonOptions<'dataset'>): Result<Dataset> {
  const where = { file: options.file, table: 'dataset' }
  const parsed = typeof input === 'string' ? parseText(input, where) : { value: input, issues: [] }
  const unsafe = parsed.issues.length > 0 ? [] : valueStructureIssues(parsed.value, where)
  if (parsed.issues.length > 0 || unsafe.length > 0) {
    return resultFrom(
      undefined as unknown as Dataset,
      [...parsed.issues, ...unsafe],
      'ingest_failed',
    )
  }
  const result = safeParseDataset(parsed.value, options)
  const issues = result.issues.map((each) => ({ ...each, file: options.file }))
  return resultFrom(result.success ? result.value : (undefined as unknown as Dataset), issues)
}

function ingestTable(
  input: unknown,
  table: TableName,
  file: string | undefined,
): IngestResult<TableName> {
  const where = { file, table }
  const parsed = typeof input === 'string' ? parseText(input, where) : { value: input, issues: [] }
  const unsafe = parsed.issues.length > 0 ? [] : valueStructureIssues(parsed.value, where)
  const empty: IngestedTable = {
    table,
    rows: [],
    lines: [],
    rejectedLines: [],
    dataLineCount: 0,
    issues: [],
  }
  if (parsed.issues.length > 0) return ingestResult({ ...empty, issues: parsed.issues })
  if (!Array.isArray(parsed.value)) {
    const message = `expected an array of ${table} rows, received ${describeValue(parsed.value)}`
    return ingestResult({ ...empty, issues: [issue('invalid_type', message, [], where)] })
  }
  const items: readonly unknown[] = parsed.value
  const unsafeRows = new Set(unsafe.map((each) => each.row))
  const issues: Issue[] = [...unsafe]
  const rows: Record<string, unknown>[] = []
  const lines: number[] = []
  const rejectedLines: number[] = []
  items.forEach((item, index) => {
    const row = unsafeRows.has(index)
      ? undefined
      : checkTableRow(table, item, index, issues, { file, pathPrefix: [] })
    if (row === undefined) rejectedLines.push(index)
    else {
      rows.push(row as Record<string, unknown>)
      lines.push(index)
    }
  })
  const columns = tableKeyColumns[table]
  const duplicates = duplicateRows(
    columns.map((column) => internColumn(rows, column)),
    rows.length,
  )
  const dropped = new Set(duplicates.map((each) => each.row))
  for (const { row, first } of duplicates) {
    const message = `duplicate of row ${lines[first]} (same ${columns.join(', ')})`
    issues.push(
      issue('duplicate_key', message, [lines[row] as number], {
        ...where,
        row: lines[row],
        column: columns.join(', '),
      }),
    )
    rejectedLines.push(lines[row] as number)
  }
  rejectedLines.sort((a, b) => a - b)
  const ingested: IngestedTable = {
    table,
    rows: rows.filter((_, index) => !dropped.has(index)) as IngestedTable['rows'],
    lines: lines.filter((_, index) => !dropped.has(index)),
    rejectedLines,
    dataLineCount: items.length,
    issues,
  }
  return ingestResult(ingested)
}

/**
 * Reads JSON into a table's rows or a whole dataset (see {@link safeIngestJson}), or throws a
 * `OneWorkforceError` listing every issue.
 *
 * @example
 * ```ts
 * import { ingestJson } from '@oneworkforce/schemas'
 *
 * const table = ingestJson([{ id: 'retain', name: 'Retain', levers: [] }], { table: 'scenarios' })
 * table.rows[0]?.id // 'retain'
 * ```
 */
export function ingestJson(input: unknown, options: IngestJsonOptions<'dataset'>): Dataset
/** With a table name: rows of that table. */
export function ingestJson<T extends TableName>(
  input: unknown,
  options: IngestJsonOptions<T>,
): IngestedTable<T>
/** Implementation of the overloads above. */
export function ingestJson(input: unknown, options: IngestJsonOptions): Dataset | IngestedTable {
  if (options.table === 'dataset')
    return unwrapResult(safeIngestJson(input, options as IngestJsonOptions<'dataset'>))
  return unwrapResult(safeIngestJson(input, options as IngestJsonOptions<TableName>))
}
