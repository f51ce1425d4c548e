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

/** A file's name and text content, as read from a folder or a browser file picker. */
export interface NamedFile {
  readonly name: string
  readonly text: string
}

/** Options of {@link safeIngestDatasetFiles}: CSV reading options plus dataset validation options. */
export interface IngestDatasetFilesOptions
  extends DatasetValidationOptions,
    Pick<CsvIngestOptions, 'delimiter' | 'onSuppressed' | 'maxRowIssues' | 'maxCellLength'> {}

/** The dataset result, with what each file gave (valid rows even when the dataset failed). */
export type IngestDatasetFilesResult = Result<Dataset> & {
  readonly tables: Partial<Record<TableName, IngestedTable>>
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

/**
 * Ingests a set of named files into one dataset and validates it as a whole: each
 * `<table>.csv` or `<table>.json` fills that table (names match ignoring case and punctuation,
 * so `training-pipeline.csv` fills `trainingPipeline`), `taxonomy.json` gives the taxonomy and
 * `dataset.json` may hold any tables. Every issue names its file; issues from dataset validation
 * (unknown codes, duplicates, reconciliation) are moved onto the file and line the row came from.
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
 * ```
 */
export function safeIngestDatasetFiles(
  files: readonly NamedFile[],
  options: IngestDatasetFilesOptions = {},
): IngestDatasetFilesResult {
  const refused = datasetFilesIssues(files, options)
  if (refused.length > 0) {
    return { ...resultFrom(undefined as unknown as Dataset, refused), tables: {} }
  }
  const issues: Issue[] = []
  const input: Record<string, unknown> = {}
  const tables: Partial<Record<TableName, IngestedTable>> = {}
  const fileOfTable = new Map<string, string>()
  for (const { name, text } of files) {
    const { stem, extension } = baseName(name)
    const key = normaliseHeader(stem)
    if (extension !== 'csv' && extension !== 'json') {
      issues.push(
        issue('invalid_value', `${name}: only .csv and .json files are read`, [], { file: name }),
      )
      continue
    }
    if (key === 'taxonomy' || key === 'dataset') {
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
        fileOfTable.set('taxonomy', name)
      } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [field, content] of Object.entries(value)) {
          if (field in input) {
            issues.push(
              issue('duplicate_key', `${field} is given by more than one file`, [], {
                file: name,
                table: field,
              }),
            )
          }
          input[field] = content
          fileOfTable.set(field, name)
        }
      } else {
        issues.push(
          issue('invalid_type', 'dataset.json must hold an object of tables', [], { file: name }),
        )
      }
      continue
    }
    const table = tableByName.get(key)
    if (table === undefined) {
      issues.push(
        issue(
          'invalid_value',
          `${name}: no dataset table is called "${stem}" (expected one of ${[...tableByName.values()].join(', ')})`,
          [],
          { file: name },
        ),
      )
      continue
    }
    if (table in input) {
      issues.push(
        issue('duplicate_key', `table ${table} is given by more than one file`, [], {
          file: name,
          table,
        }),
      )
      continue
    }
    const result =
      extension === 'csv'
        ? safeIngestCsv(text, { ...options, table, file: name })
        : safeIngestJson(text, { table, file: name })
    tables[table] = result.ingested
    issues.push(...result.issues)
    input[table] = result.ingested.rows
    fileOfTable.set(table, name)
  }
  const validated = safeParseDataset(input, options)
  for (const each of validated.issues) {
    const table = each.table as TableName | undefined
    const ingested = table ? tables[table] : undefined
    const file = each.table ? fileOfTable.get(each.table) : undefined
    const row = ingested && each.row !== undefined ? ingested.lines[each.row] : each.row
    const line = ingested && row !== undefined && row !== each.row ? ` (line ${row})` : ''
    issues.push({ ...each, file: each.file ?? file, row, message: `${each.message}${line}` })
  }
  const result = resultFrom(
    validated.success ? validated.value : (undefined as unknown as Dataset),
    issues,
  )
  return { ...result, tables }
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
