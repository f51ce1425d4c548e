import type { TableName } from '../datasets/dataset'
import { type Issue, issue, resultFrom, unwrapResult } from '../errors'
import { describeValue } from '../internal/describe-value'
import { unexpectedFailure } from '../internal/unexpected-failure'
import { type CsvIngestOptions, createCsvIngest } from './csv-ingest-core'
import { checkedCsvOptions, csvOptionIssues, isPresetName, isTableName } from './csv-options'
import { type CsvPresetName, csvPresets } from './csv-presets'
import type { IngestedTable, IngestResult } from './ingested-table'

/** Options of {@link safeIngestCsv} and {@link safeIngestCsvStream}; `table` or a preset `columns` is required. */
export type IngestCsvOptions<T extends TableName = TableName> = CsvIngestOptions & {
  /** The table the file fills (not needed with a preset, which names its table). */
  readonly table?: T
}

/** Options naming a built-in preset; the rows are then those of the preset's table. */
export type IngestCsvPresetOptions<P extends CsvPresetName = CsvPresetName> = CsvIngestOptions & {
  readonly columns: P
}

/** The table a preset fills. */
export type PresetTable<P extends CsvPresetName> = (typeof csvPresets)[P]['table']

/** Wraps an ingested table as a result: a failure when any issue is an error. */
export function ingestResult<T extends TableName>(ingested: IngestedTable<T>): IngestResult<T> {
  return { ...resultFrom(ingested, ingested.issues, 'ingest_failed'), ingested }
}

/** A result with no rows: the input or options could not be read at all. */
export function failedIngest<T extends TableName>(
  table: unknown,
  issues: readonly Issue[],
): IngestResult<T> {
  const ingested: IngestedTable<T> = {
    table: (isTableName(table) ? table : 'workforce') as T,
    rows: [],
    lines: [],
    rejectedLines: [],
    dataLineCount: 0,
    issues: [...issues],
  }
  return ingestResult(ingested)
}

/** The failure for options that are not valid (checked before any line is read), if they are not. */
export function refusedOptions<T extends TableName>(options: unknown): IngestResult<T> | undefined {
  const issues = csvOptionIssues(options)
  if (!issues.some((each) => each.severity === 'error')) return undefined
  const table = isRecord(options) ? (options.table ?? presetTable(options.columns)) : undefined
  return failedIngest(table, issues)
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null
}

function presetTable(columns: unknown): TableName | undefined {
  return isPresetName(columns) ? csvPresets[columns].table : undefined
}

const sliceLength = 1 << 20

/**
 * Reads CSV text into the rows of a dataset table, validating each row. Every valid row is
 * returned; every rejected line is in `rejectedLines` with issues giving its 1-based line
 * number, the column, and what was expected and received. Handles a BOM, line ends found line
 * by line (CRLF, LF and a lone CR, mixed in one file), quoted fields (RFC 4180), thousands
 * separators (`1,234`) and suppressed cells (`*`, `-`, `..`, blank: explicit missing values with
 * a `suppressed_value` issue, never 0). Month cells and the `month` option are read by one
 * strict parser (real calendar dates only; two-digit years are 1950-2049). Duplicate keys, wrong
 * delimiters, missing and extra columns, empty files, oversized cells, text after a closing
 * quote and a quote never closed (with the lines it swallowed, each rejected) give a clear issue.
 * Options are checked before any line is read: an unknown value is an error, not a default.
 *
 * Headers match table columns ignoring case and punctuation (`Staff group` = `staffGroup`);
 * `columns` maps other headers (`{ 'Org': 'organisation' }`) or names a preset from
 * {@link csvPresets} for NHS Digital files.
 *
 * When to use: for a file already in memory; use {@link safeIngestCsvStream} for large files.
 *
 * @example
 * ```ts
 * import { safeIngestCsv } from '@oneworkforce/schemas'
 *
 * const csv = 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,midwife,"1,204",1080.5\n2024-04,RJ1,ahp,*,3\n'
 * const result = safeIngestCsv(csv, { table: 'workforce', file: 'workforce.csv' })
 * result.ingested.rows // [{ month: '2024-04', organisation: 'RJ1', staffGroup: 'midwife', headcount: 1204, fte: 1080.5 }]
 * result.issues[0]?.message // 'headcount is suppressed ("*"), a missing value (not 0): the row is left out'
 * result.issues[0]?.row // 3
 * ```
 */
export function safeIngestCsv<P extends CsvPresetName>(
  text: string,
  options: IngestCsvPresetOptions<P>,
): IngestResult<PresetTable<P>>
/** With a table name: rows of that table. */
export function safeIngestCsv<T extends TableName = TableName>(
  text: string,
  options: IngestCsvOptions<T>,
): IngestResult<T>
/** Implementation of the overloads above. */
export function safeIngestCsv<T extends TableName = TableName>(
  text: string,
  options: IngestCsvOptions<T>,
): IngestResult<T> {
  const refused = refusedOptions<T>(options)
  if (refused) return refused
  const checked = checkedCsvOptions(options)
  if (typeof text !== 'string') {
    const message = `expected the CSV text as a string, received ${describeValue(text)}`
    return failedIngest(checked.table, [issue('invalid_type', message, [], { file: checked.file })])
  }
  try {
    const ingest = createCsvIngest(checked)
    for (let start = 0; start < text.length; start += sliceLength) {
      ingest.push(text.slice(start, start + sliceLength))
    }
    return ingestResult(ingest.end() as IngestedTable<T>)
  } catch (error) {
    return failedIngest(checked.table, [unexpectedFailure(error, { file: checked.file })])
  }
}

/**
 * Reads CSV text into table rows (see {@link safeIngestCsv}), or throws a `OneWorkforceError`
 * (code `ingest_failed`) when any line is rejected with an error.
 *
 * @example
 * ```ts
 * import { ingestCsv } from '@oneworkforce/schemas'
 *
 * const { rows } = ingestCsv('place,year,ageBand,persons\nlambeth,2030,85-plus,4100\n', { table: 'population' })
 * ```
 */
export function ingestCsv<P extends CsvPresetName>(
  text: string,
  options: IngestCsvPresetOptions<P>,
): IngestedTable<PresetTable<P>>
/** With a table name: rows of that table. */
export function ingestCsv<T extends TableName = TableName>(
  text: string,
  options: IngestCsvOptions<T>,
): IngestedTable<T>
/** Implementation of the overloads above. */
export function ingestCsv<T extends TableName = TableName>(
  text: string,
  options: IngestCsvOptions<T>,
): IngestedTable<T> {
  return unwrapResult(safeIngestCsv(text, options))
}
