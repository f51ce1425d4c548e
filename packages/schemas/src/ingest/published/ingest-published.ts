import { checkTableRow } from '../../dataset-validation/table-rows'
import type { TableName } from '../../datasets/dataset'
import { type Issue, issue, type Result, resultFrom, unwrapResult } from '../../errors'
import type { CsvSource } from '../ingest-csv-stream'
import type { IngestedTable } from '../ingested-table'
import { createPublishedRecordReader } from './csv-records'
import { detectLayout } from './detect-layout'
import type { GpReadOptions } from './nhs-digital-gp-detailed'
import type { HchsReadOptions } from './nhs-digital-hchs'
import type {
  OrganisationHeadcountRow,
  PublishedLayout,
  PublishedReader,
  RegisteredPatientsRow,
} from './published-layout'
import { type PublishedLayoutName, publishedLayouts } from './published-layouts'
import { publishedOptionIssues } from './published-options'

/** Options of {@link safeIngestPublishedCsv}: the layout (else recognised from the header) and reading options. */
export interface IngestPublishedOptions extends HchsReadOptions, GpReadOptions {
  /** The layout; default: recognised from the header. */
  readonly layout?: PublishedLayoutName | undefined
  /** Field delimiter; default `,`. */
  readonly delimiter?: string | undefined
}

/** What a published file gave: the layout it was read as, how, and a validated table for each table it fills. */
export interface PublishedIngest {
  /** The layout the file was read as, or `undefined` when none fits. */
  readonly layout: PublishedLayoutName | undefined
  /** The table the layout fills (its main table). */
  readonly table: TableName | undefined
  /** How the file was read, in a sentence (level, filters, what a summed headcount means). */
  readonly readAs: string
  /** Valid rows by table: the layout's table, and organisations, ICSs and places it names. */
  readonly tables: PublishedTables
  /** Practices' registered list sizes (`TOTAL_PATIENTS`), from General Practice detailed files. */
  readonly registeredPatients: readonly RegisteredPatientsRow[]
  /**
   * Organisations' headcounts, each person once, from an HCHS file's `Total` lines (empty for
   * other layouts). Use these, not the `workforce` rows' headcount summed over staff groups, for
   * an organisation's headcount: a person in two staff groups is in both groups' rows.
   */
  readonly organisationHeadcounts: readonly OrganisationHeadcountRow[]
  readonly issues: Issue[]
}

/** Valid rows of each table a published file fills. */
export type PublishedTables = { readonly [T in TableName]?: IngestedTable<T> }

/** The result of {@link safeIngestPublishedCsv}: a failure when any issue is an error, always with `ingested`. */
export type PublishedIngestResult = Result<PublishedIngest> & { readonly ingested: PublishedIngest }

/** Feeds text in; returns what the file gave at the end. */
export interface PublishedIngestFeed {
  readonly push: (text: string) => void
  readonly end: () => PublishedIngest
}

const layoutList: readonly PublishedLayout[] = Object.values(publishedLayouts)

/** Creates the streaming ingest of one published file. */
export function createPublishedIngest(options: IngestPublishedOptions): PublishedIngestFeed {
  const file = options.file
  const fileIssues: Issue[] = []
  let layout: PublishedLayout | undefined
  let reader: PublishedReader | undefined
  let headerSeen = false
  let dataLines = 0
  const unread: number[] = []
  const records = createPublishedRecordReader(({ fields, line, parseError }) => {
    if (!headerSeen) {
      headerSeen = true
      const headers = fields.map((each) => each.trim())
      const chosen = options.layout === undefined ? undefined : publishedLayouts[options.layout]
      const found = detectLayout(headers, chosen ? [chosen] : layoutList)
      if (found.kind === 'none') {
        fileIssues.push(
          issue(
            'missing_column',
            `the header matches no published layout (${layoutList.map((each) => each.name).join(', ')}); for a file in the dataset's own layout name it after its table`,
            [],
            { file, row: 1 },
          ),
        )
        return
      }
      if (found.kind === 'resembles') {
        const extra =
          found.extra.length > 0
            ? `; headers it does not have: ${found.extra
                .slice(0, 20)
                .map((each) => `"${each}"`)
                .join(', ')}`
            : ''
        fileIssues.push(
          issue(
            'missing_column',
            `the file resembles ${found.layout.name} (${found.layout.description}) but lacks the header(s) ${found.missing.map((each) => `"${each}"`).join(', ')} (headers compared ignoring case and punctuation)${extra}: an older or changed layout?`,
            [],
            { file, table: found.layout.table, row: 1, column: found.missing.join(', ') },
          ),
        )
        layout = found.layout
        return
      }
      layout = found.layout
      if (found.extra.length > 0) {
        fileIssues.push(
          issue(
            'unexpected_column',
            `ignored ${found.extra.length} column(s) that ${layout.name} does not read: ${found.extra
              .slice(0, 20)
              .map((each) => `"${each}"`)
              .join(', ')}`,
            [],
            { file, table: layout.table, row: 1, severity: 'warning' },
          ),
        )
      }
      const created = layout.createReader(headers, options)
      if ('issues' in created) fileIssues.push(...created.issues)
      else reader = created
      return
    }
    dataLines += 1
    if (!reader) {
      unread.push(line)
      return
    }
    if (parseError !== undefined) {
      fileIssues.push(
        issue('parse_error', parseError, [], { file, table: layout?.table, row: line }),
      )
      unread.push(line)
      return
    }
    reader.record(fields, line)
  }, options.delimiter)

  return {
    push: records.push,
    end() {
      records.end()
      const table = layout?.table
      if (!headerSeen) {
        fileIssues.push(
          issue('empty_input', 'the file is empty: no header and no data', [], { file }),
        )
      }
      if (!reader) {
        if (unread.length > 0) {
          fileIssues.push(
            issue(
              'invalid_value',
              `no rows read: all ${unread.length} data line(s) rejected because of the problem above`,
              [],
              { file, table },
            ),
          )
        }
        return {
          layout: layout?.name as PublishedLayoutName | undefined,
          table,
          readAs: 'not read',
          tables: {},
          registeredPatients: [],
          organisationHeadcounts: [],
          issues: fileIssues,
        }
      }
      const output = reader.end()
      const issues = [...fileIssues, ...output.issues]
      const tables: Record<string, IngestedTable> = {}
      for (const [name, produced] of Object.entries(output.tables) as [
        TableName,
        NonNullable<(typeof output.tables)[TableName]>,
      ][]) {
        const rows: Record<string, unknown>[] = []
        const lines: number[] = []
        const rejected = name === table ? [...unread, ...output.rejectedLines] : []
        produced.rows.forEach((row, index) => {
          const line = produced.lines[index] as number
          const found: Issue[] = []
          const parsed = checkTableRow(name, row, index, found, {
            file,
            rowNumber: () => line,
            pathPrefix: [],
          })
          issues.push(...found.map((each) => ({ ...each, table: name })))
          if (parsed === undefined) rejected.push(line)
          else {
            rows.push(parsed as Record<string, unknown>)
            lines.push(line)
          }
        })
        rejected.sort((a, b) => a - b)
        tables[name] = {
          table: name,
          rows: rows as IngestedTable['rows'],
          lines,
          rejectedLines: [...new Set(rejected)],
          dataLineCount: dataLines,
          issues: [],
        } as IngestedTable
      }
      if (dataLines === 0) {
        issues.push(
          issue('empty_input', 'the file has a header but no data rows', [], {
            file,
            table,
            severity: 'warning',
          }),
        )
      }
      return {
        layout: layout?.name as PublishedLayoutName,
        table,
        readAs: output.readAs,
        tables: tables as PublishedTables,
        registeredPatients: output.extras?.registeredPatients ?? [],
        organisationHeadcounts: output.extras?.organisationHeadcounts ?? [],
        issues,
      }
    },
  }
}

/**
 * Reads a file as NHS Digital or ONS publish it (see {@link publishedLayouts}), recognising its
 * layout from the header whatever its name: no hand pre-processing. Returns the layout's table
 * and, where the file names them, its organisations, ICSs and places, each row validated, with
 * `readAs` saying how the file was read. A header of an older or unknown layout gives an issue
 * naming the layout it resembles and the headers missing; every rejected line is in the issues.
 *
 * When to use: for files downloaded from NHS Digital or NOMIS; for a CSV in the dataset's own
 * layout use {@link safeIngestCsv}.
 *
 * @example
 * ```ts
 * import { safeIngestPublishedCsv } from '@oneworkforce/schemas'
 *
 * const csv = [
 *   'Date,NHSE_Region_Code,NHSE_Region_Name,ICS code,ICS name,Org Code,Org Name,Cluster Group,Benchmark Group,Staff Group Sort Order,Staff Group,Data Type,Total',
 *   '2025-03-31,Y56,London,QRV,North West London,RAS,Hillingdon,Acute,Acute - Large,15,Midwives,FTE,201.5',
 *   '2025-03-31,Y56,London,QRV,North West London,RAS,Hillingdon,Acute,Acute - Large,15,Midwives,HC,230',
 * ].join('\n')
 * const result = safeIngestPublishedCsv(csv, { file: 'hchs.csv' })
 * result.ingested.layout // 'nhs-digital-hchs'
 * result.ingested.tables.workforce?.rows // [{ month: '2025-03', organisation: 'RAS', staffGroup: 'midwife', headcount: 230, fte: 201.5 }]
 * result.ingested.tables.organisations?.rows[0]?.sector // 'acute'
 * ```
 */
export function safeIngestPublishedCsv(
  text: string,
  options: IngestPublishedOptions = {},
): PublishedIngestResult {
  const refused = refusedInput(typeof text === 'string', options, 'text must be a string of CSV')
  if (refused) return refused
  const feed = createPublishedIngest(options)
  const slice = 1 << 20
  for (let start = 0; start < text.length; start += slice)
    feed.push(text.slice(start, start + slice))
  return publishedResult(feed.end())
}

/**
 * Streams a published file (see {@link safeIngestPublishedCsv}) from a Node stream, a web
 * `ReadableStream` or an iterable of chunks, holding about a megabyte of text at a time plus
 * the aggregated rows; with `from`/`to` only those months are kept, so the 65 MB cumulative
 * HCHS file is read in one pass.
 *
 * @example
 * ```ts
 * import { safeIngestPublishedCsvStream } from '@oneworkforce/schemas'
 *
 * const chunks = ['GEOGRAPHY_CODE,C_AGE,PROJECTED_YEAR_NAME,OBS_VALUE,GENDER\n', 'E06000005,90,2030,812,1\n']
 * const result = await safeIngestPublishedCsvStream(chunks, { from: '2030-01' })
 * result.ingested.tables.population?.rows // [{ place: 'E06000005', year: 2030, ageBand: '85-plus', persons: 812 }]
 * // In Node: await safeIngestPublishedCsvStream(createReadStream(path), { from: '2024-04', to: '2025-03' })
 * ```
 */
export async function safeIngestPublishedCsvStream(
  source: CsvSource,
  options: IngestPublishedOptions = {},
): Promise<PublishedIngestResult> {
  const readable =
    typeof source === 'object' &&
    source !== null &&
    (typeof (source as { getReader?: unknown }).getReader === 'function' ||
      Symbol.asyncIterator in source ||
      Symbol.iterator in source)
  const refused = refusedInput(
    readable,
    options,
    'source must be a stream or an iterable of text chunks',
  )
  if (refused) return refused
  const feed = createPublishedIngest(options)
  const decoder = new TextDecoder('utf-8')
  try {
    if ('getReader' in source && typeof source.getReader === 'function') {
      const reader = source.getReader()
      try {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          feed.push(typeof value === 'string' ? value : decoder.decode(value, { stream: true }))
        }
      } finally {
        reader.releaseLock()
      }
    } else {
      for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
        feed.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
      }
    }
    feed.push(decoder.decode())
  } catch (error) {
    const ingested = feed.end()
    const reason = error instanceof Error ? error.message : String(error)
    const failed = issue('parse_error', `could not read the file: ${reason}`, [], {
      file: options.file,
    })
    return publishedResult({ ...ingested, issues: [failed, ...ingested.issues] })
  }
  return publishedResult(feed.end())
}

function refusedInput(
  readable: boolean,
  options: unknown,
  expected: string,
): PublishedIngestResult | undefined {
  const issues = publishedOptionIssues(options)
  if (!readable) issues.unshift(issue('invalid_type', expected, []))
  if (issues.length === 0) return undefined
  return publishedResult({
    layout: undefined,
    table: undefined,
    readAs: 'not read',
    tables: {},
    registeredPatients: [],
    organisationHeadcounts: [],
    issues,
  })
}

function publishedResult(ingested: PublishedIngest): PublishedIngestResult {
  return { ...resultFrom(ingested, ingested.issues, 'ingest_failed'), ingested }
}

/**
 * Reads a published file (see {@link safeIngestPublishedCsv}), or throws a `OneWorkforceError`
 * (code `ingest_failed`) when any issue is an error.
 *
 * @example
 * ```ts
 * import { ingestPublishedCsv } from '@oneworkforce/schemas'
 *
 * const { tables } = ingestPublishedCsv('GEOGRAPHY_CODE,C_AGE,PROJECTED_YEAR_NAME,OBS_VALUE,GENDER\nE06000005,0,2030,500,1\n')
 * tables.population?.rows[0]?.ageBand // '0-17'
 * ```
 */
export function ingestPublishedCsv(
  text: string,
  options: IngestPublishedOptions = {},
): PublishedIngest {
  return unwrapResult(safeIngestPublishedCsv(text, options))
}
