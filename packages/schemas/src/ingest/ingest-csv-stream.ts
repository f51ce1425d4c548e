import type { TableName } from '../datasets/dataset'
import { issue, unwrapResult } from '../errors'
import { describeValue } from '../internal/describe-value'
import { unexpectedFailure } from '../internal/unexpected-failure'
import { createCsvIngest } from './csv-ingest-core'
import { checkedCsvOptions } from './csv-options'
import type { CsvPresetName } from './csv-presets'
import {
  failedIngest,
  type IngestCsvOptions,
  type IngestCsvPresetOptions,
  ingestResult,
  type PresetTable,
  refusedOptions,
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

function isCsvSource(source: unknown): source is CsvSource {
  if (typeof source !== 'object' || source === null) return false
  return (
    typeof (source as { getReader?: unknown }).getReader === 'function' ||
    typeof (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function' ||
    typeof (source as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  )
}

/** Feeds every chunk of `source` to `ingest`; returns why reading failed, if it did. */
async function readSource(
  source: CsvSource,
  ingest: { readonly push: (text: string) => void },
): Promise<string | undefined> {
  const decoder = new TextDecoder('utf-8')
  try {
    let index = 0
    for await (const chunk of chunksOf(source)) {
      if (typeof chunk === 'string') ingest.push(chunk)
      else if (chunk instanceof Uint8Array) ingest.push(decoder.decode(chunk, { stream: true }))
      else throw new Error(`chunk ${index} is ${describeValue(chunk)}, not text or bytes`)
      index += 1
    }
    ingest.push(decoder.decode())
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : describeValue(error)
  }
}

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
  const refused = refusedOptions<T>(options)
  if (refused) return refused
  const checked = checkedCsvOptions(options)
  if (!isCsvSource(source)) {
    const message = `expected a stream or an iterable of text or bytes, received ${describeValue(source)}`
    return failedIngest(checked.table, [issue('invalid_type', message, [], { file: checked.file })])
  }
  let ingest: ReturnType<typeof createCsvIngest>
  try {
    ingest = createCsvIngest(checked)
  } catch (error) {
    return failedIngest(checked.table, [unexpectedFailure(error, { file: checked.file })])
  }
  const failure = await readSource(source, ingest)
  try {
    if (failure === undefined) return ingestResult(ingest.end() as IngestedTable<T>)
    // The last line may be cut off mid-way (`1080.5` read as `108`): abort gives it no row.
    const ingested = ingest.abort()
    const failed = issue('parse_error', `could not read the file: ${failure}`, [], {
      file: checked.file,
      table: ingested.table,
    })
    return ingestResult({ ...ingested, issues: [failed, ...ingested.issues] } as IngestedTable<T>)
  } catch (error) {
    return failedIngest(checked.table, [unexpectedFailure(error, { file: checked.file })])
  }
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
