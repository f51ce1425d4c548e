import * as schemas from '@oneworkforce/schemas'
import { type Issue, issue, type Result } from '@oneworkforce/schemas'
import { landed } from './landed'

/** A file's name and text, read from disk or dropped on the page. */
export interface TextFile {
  readonly name: string
  readonly text: string
}

/** The tables read from files (raw, validated later with the whole dataset) and the issues found. */
export interface IngestedFiles {
  readonly tables: Readonly<Record<string, unknown>>
  readonly issues: readonly Issue[]
}

interface FileIngest {
  readonly safeIngestDatasetFiles: (files: readonly TextFile[]) => Result<Record<string, unknown>>
}

const extensionOf = (name: string): string => name.slice(name.lastIndexOf('.')).toLowerCase()
const tableOf = (name: string): string =>
  name.slice(0, name.lastIndexOf('.')).replace(/^.*[\\/]/, '')

/**
 * Reads CSV and JSON files as dataset tables through the `schemas` ingest (row-level issues with
 * line numbers). A file is the table it is named after (`workforce.csv`); `dataset.json` may hold
 * several tables.
 */
export function ingestFiles(files: readonly TextFile[]): IngestedFiles {
  const ingest = landed<FileIngest>(schemas, ['safeIngestDatasetFiles'])
  if (ingest) {
    const result = ingest.safeIngestDatasetFiles(files)
    return { tables: result.success ? result.value : {}, issues: result.issues }
  }
  // Until the schemas ingest lands, only JSON can be read (CSV needs its row-level parser).
  const tables: Record<string, unknown> = {}
  const issues: Issue[] = []
  for (const file of files) {
    if (extensionOf(file.name) !== '.json') {
      issues.push(
        issue(
          'parse_error',
          'CSV ingest is not available in this build of @oneworkforce/schemas',
          [],
          { file: file.name },
        ),
      )
      continue
    }
    try {
      const parsed: unknown = JSON.parse(file.text)
      const table = tableOf(file.name)
      if (
        table === 'dataset' &&
        typeof parsed === 'object' &&
        parsed !== null &&
        !Array.isArray(parsed)
      ) {
        Object.assign(tables, parsed)
      } else tables[table] = parsed
    } catch (error) {
      issues.push(
        issue('parse_error', `not valid JSON: ${(error as Error).message}`, [], {
          file: file.name,
        }),
      )
    }
  }
  return { tables, issues }
}
