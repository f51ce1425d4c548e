import type { TableName } from '../datasets/dataset'
import { issue, unwrapResult } from '../errors'
import { createCsvIngest } from './csv-ingest-core'
import type { CsvPresetName } from './csv-presets'
import {
  type IngestCsvOptions,
  type IngestCsvPresetOptions,
  ingestResult,
  missingTableResult,
  type PresetTable,
} from './ingest-csv'
import type { IngestedTable, IngestResult } from './ingested-table'

/**
 * A source of CSV text: a Node stream (`fs.createReadStream(path)`), a web `ReadableStream`
 * (`file.stream()` in the browser, `response.body`), or any async iterable of text or bytes
 * (bytes are decoded as UTF-8).
 */
export type CsvSource =
  | AsyncIterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>
  | Iterable<string | Uint8Array>

async function* chunksOf(source: CsvSource): AsyncGenerator<string | Uint8Array> {
  if ('getReader' in source && typeof source.getReader === 'function') {
    const reader = source.getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        yield value
      }
    } finally {
      reader.releaseLock()
    }
  }
  yield* source as AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
}

/**
 * Streams a CSV file into table rows, with the same checks and issues as
 * {@link safeIngestCsv}, holding only about a megabyte of text at a time (plus the rows).
 * Works on a Node `fs.createReadStream(path)` and on a browser `File.stream()`; the package
 * itself does no file I/O. A source that fails mid-way gives an issue, not an exception.
 *
 * @example
 * ```ts
 * import { safeIngestCsvStream } from '@oneworkforce/schemas'
 *
 * const chunks = ['month,organisation,staffGroup,fundedFte,staffInPostFte\n', '2024-04,RJ1,midwife,210,188.5\n']
 * const result = await safeIngestCsvStream(chunks, { table: 'vacancies' })
 * result.ingested.rows.length // 1
 * // In Node: await safeIngestCsvStream(createReadStream('workforce.csv'), { table: 'workforce' })
 * ```
 */
export async function safeIngestCsvStream<P extends CsvPresetName>(
  source: CsvSource,
  options: IngestCsvPresetOptions<P>,
): Promise<IngestResult<PresetTable<P>>>
/** With a table name: rows of that table. */
export async function safeIngestCsvStream<T extends TableName = TableName>(
  source: CsvSource,
  options: IngestCsvOptions<T>,
): Promise<IngestResult<T>>
/** Implementation of the overloads above. */
export async function safeIngestCsvStream<T extends TableName = TableName>(
  source: CsvSource,
  options: IngestCsvOptions<T>,
): Promise<IngestResult<T>> {
  const missing = missingTableResult(options)
  if (missing) return missing
  const ingest = createCsvIngest(options)
  const decoder = new TextDecoder('utf-8')
  try {
    for await (const chunk of chunksOf(source)) {
      ingest.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
    }
    ingest.push(decoder.decode())
  } catch (error) {
    const ingested = ingest.end()
    const reason = error instanceof Error ? error.message : String(error)
    const failed = issue('parse_error', `could not read the file: ${reason}`, [], {
      file: options.file,
      table: ingested.table,
    })
    return ingestResult({ ...ingested, issues: [failed, ...ingested.issues] } as IngestedTable<T>)
  }
  return ingestResult(ingest.end() as IngestedTable<T>)
}

/**
 * Streams a CSV file into table rows (see {@link safeIngestCsvStream}), or rejects with a
 * `OneWorkforceError` when any line is rejected with an error.
 *
 * @example
 * ```ts
 * import { ingestCsvStream } from '@oneworkforce/schemas'
 *
 * const table = await ingestCsvStream(['place,year,ageBand,persons\n', 'lambeth,2030,0-17,61000\n'], { table: 'population' })
 * table.rows[0]?.persons // 61000
 * ```
 */
export async function ingestCsvStream<P extends CsvPresetName>(
  source: CsvSource,
  options: IngestCsvPresetOptions<P>,
): Promise<IngestedTable<PresetTable<P>>>
/** With a table name: rows of that table. */
export async function ingestCsvStream<T extends TableName = TableName>(
  source: CsvSource,
  options: IngestCsvOptions<T>,
): Promise<IngestedTable<T>>
/** Implementation of the overloads above. */
export async function ingestCsvStream<T extends TableName = TableName>(
  source: CsvSource,
  options: IngestCsvOptions<T>,
): Promise<IngestedTable<T>> {
  return unwrapResult(await safeIngestCsvStream(source, options))
}
