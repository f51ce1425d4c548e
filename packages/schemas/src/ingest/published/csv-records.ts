import { createCsvRecordReader as createRecordReader } from '../csv-records'

/** One CSV record: its cells and the 1-based line it starts on. */
export interface CsvRecord {
  readonly fields: readonly string[]
  readonly line: number
  /** What is wrong with the record (an unclosed quote, a field too long...), if anything. */
  readonly parseError: string | undefined
}

/** Feeds CSV text in, chunk by chunk, and calls back once per record. */
export interface CsvRecordReader {
  readonly push: (text: string) => void
  readonly end: () => void
  /** Ends a source that failed mid-way: the last record is reported as cut off. */
  readonly abort: () => void
}

/**
 * Records of a published file, from table ingest's record reader (CRLF, LF and CR line ends,
 * RFC 4180 quotes), with a BOM stripped and blank lines skipped. Used by the published-file
 * readers, which aggregate records (pivot, sum, count distinct) rather than map each line to a
 * row.
 */
export function createPublishedRecordReader(
  onRecord: (record: CsvRecord) => void,
  delimiter = ',',
  maxFieldLength = 100_000,
): CsvRecordReader {
  let started = false
  const reader = createRecordReader(delimiter, maxFieldLength, (fields, line, _last, problem) => {
    if (fields.length === 1 && (fields[0] as string).trim() === '') return
    onRecord({ fields, line, parseError: problem?.message })
  })
  return {
    push(text) {
      reader.push(started ? text : text.replace(/^\uFEFF/, ''))
      started = true
    },
    end: reader.end,
    abort: reader.abort,
  }
}
