import {
  type Dataset,
  type Issue,
  type NamedFile,
  type Result,
  safeIngestDatasetFiles,
} from '@oneworkforce/schemas'

/** The user's files read as a dataset, and the initiatives alone when the rest is not usable. */
export interface IngestedFiles {
  /** The dataset of exactly these files (validated); never mixed with the sample. */
  readonly validated: Result<Dataset>
  /** The initiatives table when it read without errors, for ranking on its own. */
  readonly initiatives?: Dataset['initiatives']
}

/**
 * Reads CSV and JSON files into a dataset through the `schemas` ingest (row-level issues with
 * the file, table and line). A file is the table it is named after (`workforce.csv`);
 * `dataset.json` may hold several tables. The dataset holds only what the files give: the
 * sample's tables are never mixed in, so a figure on the page is always from the user's data.
 * Initiatives that read cleanly are returned on their own too, so they can be ranked even when
 * the files hold no workforce data.
 */
export function ingestUserFiles(files: readonly NamedFile[]): IngestedFiles {
  const result = safeIngestDatasetFiles(files)
  const rows = result.tables.initiatives?.rows
  const initiativeErrors = result.issues.some(
    (each: Issue) => each.table === 'initiatives' && each.severity === 'error',
  )
  return {
    validated: result,
    ...(rows && rows.length > 0 && !initiativeErrors
      ? { initiatives: rows as unknown as Dataset['initiatives'] }
      : {}),
  }
}

/** The files read as one validated dataset (see {@link ingestUserFiles}), for the command line. */
export function ingestFiles(files: readonly NamedFile[]): Result<Dataset> {
  return safeIngestDatasetFiles(files)
}
