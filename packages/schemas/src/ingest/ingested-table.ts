import type { TableName, TableRow } from '../datasets/dataset'
import type { Issue, Result } from '../errors'

/**
 * What ingest made of a file: the valid rows (with the line each came from), the lines that were
 * rejected, and every issue. Every data line is either in `rejectedLines` or gave rows, so
 * nothing is dropped silently.
 */
export interface IngestedTable<T extends TableName = TableName> {
  readonly table: T
  readonly rows: TableRow<T>[]
  /** The 1-based line (CSV) or 0-based index (JSON) each row came from, parallel to `rows`. */
  readonly lines: number[]
  /** Lines (CSV, 1-based) or indices (JSON, 0-based) that gave no row, in order. */
  readonly rejectedLines: number[]
  /**
   * The number of data lines (CSV, blank lines excepted; a quoted cell spanning lines is one, the
   * lines swallowed by a quote never closed are each one) or array items (JSON) read.
   */
  readonly dataLineCount: number
  readonly issues: Issue[]
}

/**
 * The result of an ingest: a {@link Result} (a failure when any issue is an error, so the
 * throwing twin throws) that always carries `ingested`, the valid rows and the issues, so a
 * caller can use the good rows of a file with some bad ones.
 */
export type IngestResult<T extends TableName = TableName> = Result<IngestedTable<T>> & {
  readonly ingested: IngestedTable<T>
}
