import { type TableName, tableSchemas } from '../datasets/dataset'
import { type Issue, issue } from '../errors'
import { describeValue } from '../internal/describe-value'
import { readMonthText } from '../month-text'
import type { CsvIngestOptions } from './csv-ingest-core'
import { type CsvPresetName, csvPresets } from './csv-presets'
import { tableColumns } from './table-columns'

/** CSV ingest options once checked: the table they fill and the month option in `YYYY-MM`. */
export interface CheckedCsvOptions extends CsvIngestOptions {
  readonly table: TableName
}

const tableNames = Object.keys(tableSchemas) as TableName[]

/** True for a table name (own keys only: `constructor` or `toString` are not tables). */
export function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && Object.hasOwn(tableSchemas, value)
}

/** True for the name of a built-in preset (own keys only). */
export function isPresetName(value: unknown): value is CsvPresetName {
  return typeof value === 'string' && Object.hasOwn(csvPresets, value)
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function wholeNumber(
  options: Readonly<Record<string, unknown>>,
  key: string,
  least: number,
): Issue | undefined {
  const value = options[key]
  if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= least)) {
    return undefined
  }
  return issue(
    'invalid_value',
    `${key}: expected a whole number of at least ${least}, received ${describeValue(value)}`,
    [key],
  )
}

function stringRecordIssues(value: unknown, key: string): Issue[] {
  if (!isRecord(value)) {
    return [
      issue(
        'invalid_type',
        `${key}: expected an object of header → name, received ${describeValue(value)}`,
        [key],
      ),
    ]
  }
  return Object.entries(value)
    .filter(([, each]) => typeof each !== 'string')
    .map(([name, each]) =>
      issue(
        'invalid_type',
        `${key}: "${name}" must map to a text, received ${describeValue(each)}`,
        [key, name],
      ),
    )
}

function tableIssues(options: Readonly<Record<string, unknown>>): Issue[] {
  const { table, columns } = options
  const issues: Issue[] = []
  if (table !== undefined && !isTableName(table)) {
    issues.push(
      issue(
        'unknown_code',
        `table: unknown table ${describeValue(table)} (expected one of ${tableNames.join(', ')})`,
        ['table'],
      ),
    )
  }
  if (typeof columns === 'string') {
    if (!isPresetName(columns)) {
      issues.push(
        issue(
          'unknown_code',
          `columns: unknown preset "${columns}" (expected one of ${Object.keys(csvPresets).join(', ')}, or an object of header → column)`,
          ['columns'],
        ),
      )
    } else if (isTableName(table) && csvPresets[columns].table !== table) {
      issues.push(
        issue(
          'inconsistent',
          `columns: preset "${columns}" fills table ${csvPresets[columns].table}, not ${table}`,
          ['columns'],
        ),
      )
    }
  } else if (columns !== undefined) {
    const found = stringRecordIssues(columns, 'columns')
    issues.push(...found)
    if (found.length === 0 && isTableName(table)) {
      const known = new Set(tableColumns(table).map((column) => column.name))
      for (const [header, column] of Object.entries(columns as Record<string, string>)) {
        if (known.has(column)) continue
        issues.push(
          issue(
            'unknown_code',
            `columns: "${header}" maps to "${column}", which is not a column of ${table} (its columns are ${[...known].join(', ')})`,
            ['columns', header],
          ),
        )
      }
    }
  }
  if (table === undefined && !isPresetName(columns) && issues.length === 0) {
    issues.push(
      issue(
        'required',
        'say which table the file fills: pass { table } or a preset in { columns }',
        ['table'],
      ),
    )
  }
  return issues
}

/**
 * Checks CSV ingest options before any line is read, so a mistyped option is an error instead
 * of a silent default (`onSuppressed: 'warn'`) or a wrong reading. Keys it does not know are
 * left alone (callers such as dataset-folder ingest pass their own options through).
 */
export function csvOptionIssues(options: unknown): Issue[] {
  if (options === undefined) {
    return [
      issue('required', 'pass options naming the table: { table } or a preset in { columns }', []),
    ]
  }
  if (!isRecord(options)) {
    return [
      issue(
        'invalid_type',
        `expected an options object such as { table: 'workforce' }, received ${describeValue(options)}`,
        [],
      ),
    ]
  }
  const issues = tableIssues(options)
  const { file, delimiter, month, onSuppressed, staffGroupNames } = options
  if (file !== undefined && typeof file !== 'string') {
    issues.push(
      issue('invalid_type', `file: expected a file name, received ${describeValue(file)}`, [
        'file',
      ]),
    )
  }
  if (
    delimiter !== undefined &&
    (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter))
  ) {
    issues.push(
      issue(
        'invalid_value',
        `delimiter: expected one character other than a quote or a line end, received ${describeValue(delimiter)}`,
        ['delimiter'],
      ),
    )
  }
  if (month !== undefined) {
    const read = typeof month === 'string' ? readMonthText(month) : undefined
    if (read === undefined || !read.ok) {
      const reason =
        read === undefined ? `expected a month, received ${describeValue(month)}` : read.reason
      issues.push(issue('invalid_value', `month: ${reason}`, ['month']))
    }
  }
  if (onSuppressed !== undefined && onSuppressed !== 'error' && onSuppressed !== 'warning') {
    issues.push(
      issue(
        'invalid_value',
        `onSuppressed: expected 'error' or 'warning', received ${describeValue(onSuppressed)}`,
        ['onSuppressed'],
      ),
    )
  }
  if (staffGroupNames !== undefined)
    issues.push(...stringRecordIssues(staffGroupNames, 'staffGroupNames'))
  if (options.constants !== undefined)
    issues.push(...stringRecordIssues(options.constants, 'constants'))
  for (const [key, least] of [
    ['maxRowIssues', 0],
    ['maxCellLength', 1],
    ['maxColumns', 1],
  ] as const) {
    const found = wholeNumber(options, key, least)
    if (found) issues.push(found)
  }
  return issues.map((each) => ({ ...each, file: typeof file === 'string' ? file : undefined }))
}

/** The options as ingest uses them: the table resolved and the month option in `YYYY-MM`. */
export function checkedCsvOptions(
  options: CsvIngestOptions & { table?: TableName | undefined },
): CheckedCsvOptions {
  const table = isPresetName(options.columns) ? csvPresets[options.columns].table : options.table
  const read = options.month === undefined ? undefined : readMonthText(options.month)
  return { ...options, table: table as TableName, month: read?.ok ? read.month : options.month }
}
