import {
  type DatasetValidationOptions,
  safeParseDataset,
} from '../dataset-validation/parse-dataset'
import { type Dataset, type TableName, tableSchemas } from '../datasets/dataset'
import { type Issue, issue, type Result, resultFrom, unwrapResult } from '../errors'
import type { CsvIngestOptions } from './csv-ingest-core'
import { normaliseHeader } from './csv-plan'
import { datasetFilesIssues } from './dataset-files-input'
import { safeIngestCsv } from './ingest-csv'
import { safeIngestJson } from './ingest-json'
import type { IngestedTable } from './ingested-table'
import { createPublishedRecordReader } from './published/csv-records'
import { detectLayout } from './published/detect-layout'
import { type IngestPublishedOptions, safeIngestPublishedCsv } from './published/ingest-published'
import type { OrganisationHeadcountRow } from './published/published-layout'
import { type PublishedLayoutName, publishedLayouts } from './published/published-layouts'
import { type MergedTable, mergeTableParts, type TablePart } from './table-parts'

/** A file's name and text content, as read from a folder or a browser file picker. */
export interface NamedFile {
  readonly name: string
  readonly text: string
}

/** Options of {@link safeIngestDatasetFiles}: CSV reading options plus dataset validation options. */
export interface IngestDatasetFilesOptions
  extends DatasetValidationOptions,
    Pick<CsvIngestOptions, 'delimiter' | 'onSuppressed' | 'maxRowIssues' | 'maxCellLength'>,
    Omit<IngestPublishedOptions, 'layout' | 'file' | 'delimiter'> {}

/** What one file was read as: its layout or table, and how. */
export interface FileReading {
  readonly file: string
  /** The published layout recognised from the header, if any. */
  readonly layout?: PublishedLayoutName | undefined
  /** The tables it gave rows to. */
  readonly tables: readonly string[]
  readonly readAs: string
  /** What the file gave for its own table: valid rows with their lines, and rejected lines. */
  readonly ingested?: IngestedTable | undefined
  /**
   * An HCHS file's organisation headcounts from its `Total` lines, each person once: the
   * organisation's headcount, which the `workforce` rows' headcount summed over staff groups
   * overstates (a person in two groups is in both).
   */
  readonly organisationHeadcounts?: readonly OrganisationHeadcountRow[] | undefined
}

/** The dataset result, with what each file gave (valid rows even when the dataset failed). */
export type IngestDatasetFilesResult = Result<Dataset> & {
  readonly tables: Partial<Record<TableName, IngestedTable>>
  /** What each file was read as, in the order given. */
  readonly files: readonly FileReading[]
}

const tableByName = new Map(
  (Object.keys(tableSchemas) as TableName[]).map((table) => [normaliseHeader(table), table]),
)

function baseName(name: string): { stem: string; extension: string } {
  const file = name.split(/[\\/]/).at(-1) ?? name
  const dot = file.lastIndexOf('.')
  return dot < 0
    ? { stem: file, extension: '' }
    : { stem: file.slice(0, dot), extension: file.slice(dot + 1).toLowerCase() }
}

/** The header of a CSV text (its first record), read with the published-file record reader. */
function headerOf(text: string, delimiter: string | undefined): string[] {
  let header: string[] | undefined
  const reader = createPublishedRecordReader((record) => {
    header ??= record.fields.map((each) => each.trim())
  }, delimiter)
  for (let start = 0; header === undefined && start < text.length; start += 1 << 16) {
    reader.push(text.slice(start, start + (1 << 16)))
  }
  if (header === undefined) reader.end()
  return header ?? []
}

const publishedList = Object.values(publishedLayouts)

/**
 * Ingests a set of named files into one dataset and validates it as a whole. A CSV file whose
 * header is a published layout (see {@link publishedLayouts}: NHS Digital's HCHS, General
 * Practice, PCN and sickness absence files, ONS projections) is read by that layout whatever its
 * name, and gives its table plus the organisations, ICSs and places it names; any other
 * `<table>.csv` or `<table>.json` fills that table (names match ignoring case and punctuation,
 * so `training-pipeline.csv` fills `trainingPipeline`), `taxonomy.json` gives the taxonomy and
 * `dataset.json` may hold any tables. Many files may fill one table (monthly downloads): a row
 * an earlier file already gave is a duplicate error naming both; `tables.<table>` then holds the
 * merged rows. `files` says what each file was read as and what it gave (rows, lines, rejected
 * lines). Every issue names its file; issues from dataset validation (unknown codes, duplicates,
 * reconciliation) are moved onto the file and line the row came from.
 *
 * When to use: for a user's folder of CSV files (the demo), or files picked in a browser.
 *
 * @example
 * ```ts
 * import { safeIngestDatasetFiles } from '@oneworkforce/schemas'
 *
 * const result = safeIngestDatasetFiles([
 *   { name: 'integratedCareSystems.csv', text: 'code,name\nQKK,South East London\n' },
 *   { name: 'places.csv', text: 'code,name,ics\nlambeth,Lambeth,QKK\n' },
 *   { name: 'organisations.csv', text: 'code,name,sector,place\nRJ1,Trust,acute,lambeth\n' },
 *   { name: 'workforce.csv', text: 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ9,midwife,10,9\n' },
 * ])
 * result.success // false
 * result.issues[0]?.file // 'workforce.csv'
 * result.issues[0]?.row // 2 (the line in workforce.csv)
 * result.files[3]?.readAs // 'table workforce (own layout)'
 * ```
 */
export function safeIngestDatasetFiles(
  files: readonly NamedFile[],
  options: IngestDatasetFilesOptions = {},
): IngestDatasetFilesResult {
  const refused = datasetFilesIssues(files, options)
  if (refused.length > 0) {
    return { ...resultFrom(undefined as unknown as Dataset, refused), tables: {}, files: [] }
  }
  const issues: Issue[] = []
  const input: Record<string, unknown> = {}
  const tables: Partial<Record<TableName, IngestedTable>> = {}
  const readings: FileReading[] = []
  const parts = new Map<TableName, TablePart[]>()
  const fileOfField = new Map<string, string>()
  const addPart = (table: TableName, part: TablePart) => {
    parts.set(table, [...(parts.get(table) ?? []), part])
  }
  const { delimiter, onSuppressed, maxRowIssues, maxCellLength, ...rest } = options
  const published: IngestPublishedOptions = {
    ...(delimiter === undefined ? {} : { delimiter }),
    month: rest.month,
    from: rest.from,
    to: rest.to,
    level: rest.level,
    gps: rest.gps,
    missingValues: rest.missingValues,
    staffGroupNames: rest.staffGroupNames,
    places: rest.places,
    populationAgeBands: rest.populationAgeBands,
  }
  for (const { name, text } of files) {
    const { stem, extension } = baseName(name)
    const key = normaliseHeader(stem)
    if (extension !== 'csv' && extension !== 'json') {
      issues.push(
        issue('invalid_value', `${name}: only .csv and .json files are read`, [], { file: name }),
      )
      readings.push({ file: name, tables: [], readAs: 'not read (not .csv or .json)' })
      continue
    }
    if (key === 'taxonomy' || key === 'dataset') {
      readings.push({ file: name, tables: [], readAs: key })
      if (extension !== 'json') {
        issues.push(
          issue('invalid_value', `${name}: the ${key} must be a JSON file`, [], { file: name }),
        )
        continue
      }
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        issues.push(issue('parse_error', `could not read the JSON: ${reason}`, [], { file: name }))
        continue
      }
      if (key === 'taxonomy') {
        input.taxonomy = value
        fileOfField.set('taxonomy', name)
      } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [field, content] of Object.entries(value)) {
          const table = tableByName.get(normaliseHeader(field))
          if (table === field && Array.isArray(content)) {
            addPart(table, {
              file: name,
              rows: content as Record<string, unknown>[],
              lines: content.map((_, index) => index),
              derived: false,
            })
            continue
          }
          // A field of the user's JSON: own keys only, and defined so `__proto__` stays a key.
          if (Object.hasOwn(input, field)) {
            issues.push(
              issue('duplicate_key', `${field} is given by more than one file`, [], {
                file: name,
                table: field,
              }),
            )
          }
          Object.defineProperty(input, field, {
            value: content,
            enumerable: true,
            writable: true,
            configurable: true,
          })
          fileOfField.set(field, name)
        }
      } else {
        issues.push(
          issue('invalid_type', 'dataset.json must hold an object of tables', [], { file: name }),
        )
      }
      continue
    }
    const table = tableByName.get(key)
    const found =
      extension === 'csv'
        ? detectLayout(headerOf(text, delimiter), publishedList)
        : { kind: 'none' as const }
    if (found.kind === 'match' || (found.kind === 'resembles' && table === undefined)) {
      const result = safeIngestPublishedCsv(text, {
        ...published,
        layout: found.layout.name as PublishedLayoutName,
        file: name,
      })
      issues.push(...result.issues)
      const produced = Object.entries(result.ingested.tables) as [TableName, IngestedTable][]
      for (const [each, ingested] of produced) {
        addPart(each, {
          file: name,
          rows: ingested.rows as Record<string, unknown>[],
          lines: ingested.lines,
          derived: each !== found.layout.table,
        })
        if (each === found.layout.table) tables[each] = ingested
      }
      readings.push({
        file: name,
        layout: found.layout.name as PublishedLayoutName,
        tables: produced.map(([each]) => each),
        readAs: result.ingested.readAs,
        ingested: result.ingested.tables[found.layout.table] as IngestedTable | undefined,
        ...(result.ingested.organisationHeadcounts.length === 0
          ? {}
          : { organisationHeadcounts: result.ingested.organisationHeadcounts }),
      })
      continue
    }
    if (table === undefined) {
      issues.push(
        issue(
          'invalid_value',
          `${name}: no dataset table is called "${stem}" (expected one of ${[...tableByName.values()].join(', ')}) and its header is not a published layout (${publishedList.map((each) => each.name).join(', ')})`,
          [],
          { file: name },
        ),
      )
      readings.push({ file: name, tables: [], readAs: 'not read (no table, no published layout)' })
      continue
    }
    const result =
      extension === 'csv'
        ? safeIngestCsv(text, {
            delimiter,
            onSuppressed,
            maxRowIssues,
            maxCellLength,
            staffGroupNames: rest.staffGroupNames,
            table,
            file: name,
          })
        : safeIngestJson(text, { table, file: name })
    tables[table] = result.ingested
    issues.push(...result.issues)
    addPart(table, {
      file: name,
      rows: result.ingested.rows as Record<string, unknown>[],
      lines: result.ingested.lines,
      derived: false,
    })
    readings.push({
      file: name,
      tables: [table],
      readAs: `table ${table} (own layout)`,
      ingested: result.ingested,
    })
  }
  const origins = new Map<string, MergedTable>()
  for (const [table, each] of parts) {
    if (table in input) {
      issues.push(
        issue(
          'duplicate_key',
          `table ${table} is given by dataset.json and by a file of its own`,
          [],
          { file: each[0]?.file, table },
        ),
      )
      continue
    }
    const { merged, issues: mergeIssues } = mergeTableParts(table, each)
    issues.push(...mergeIssues)
    input[table] = merged.rows
    origins.set(table, merged)
    const own = readings.filter((reading) => reading.ingested?.table === table)
    if (own.length > 1) {
      // Several files for one table: its rows are the merged rows (each file's own accounting,
      // lines and rejected lines, is in `files`).
      tables[table] = {
        table,
        rows: merged.rows as IngestedTable['rows'],
        lines: merged.lines,
        rejectedLines: [],
        dataLineCount: own.reduce(
          (sum, reading) => sum + (reading.ingested?.dataLineCount ?? 0),
          0,
        ),
        issues: [],
      }
    }
  }
  const validated = safeParseDataset(input, options)
  for (const each of validated.issues) {
    const origin = each.table ? origins.get(each.table) : undefined
    if (origin && each.row !== undefined && origin.files[each.row] !== undefined) {
      const file = origin.files[each.row]
      const row = origin.lines[each.row]
      issues.push({
        ...each,
        file: each.file ?? file,
        row,
        message: `${each.message} (line ${row})`,
      })
    } else {
      const file = each.file ?? (each.table ? fileOfField.get(each.table) : undefined)
      issues.push({ ...each, file })
    }
  }
  const result = resultFrom(
    validated.success ? validated.value : (undefined as unknown as Dataset),
    issues,
  )
  return { ...result, tables, files: readings }
}

/**
 * Ingests a set of named files into one validated dataset (see {@link safeIngestDatasetFiles}),
 * or throws a `OneWorkforceError` listing every issue with its file.
 *
 * @example
 * ```ts
 * import { ingestDatasetFiles } from '@oneworkforce/schemas'
 *
 * const dataset = ingestDatasetFiles([
 *   { name: 'integratedCareSystems.csv', text: 'code,name\nQKK,South East London\n' },
 *   { name: 'places.csv', text: 'code,name,ics\nlambeth,Lambeth,QKK\n' },
 *   { name: 'organisations.csv', text: 'code,name,sector,place\nRJ1,Trust,acute,lambeth\n' },
 * ])
 * dataset.organisations[0]?.code // 'RJ1'
 * ```
 */
export function ingestDatasetFiles(
  files: readonly NamedFile[],
  options: IngestDatasetFilesOptions = {},
): Dataset {
  return unwrapResult(safeIngestDatasetFiles(files, options))
}
