import {
  type Dataset,
  type NamedFile,
  type Result,
  safeIngestDatasetFiles,
} from '@oneworkforce/schemas'

/**
 * Reads CSV and JSON files into a dataset through the `schemas` ingest (row-level issues with
 * line numbers). A file is the table it is named after (`workforce.csv`); `dataset.json` may hold
 * several tables. With `base`, the tables the files do not give are taken from it, so a user can
 * drop one table (say `initiatives.json`) onto the sample ICS.
 */
export function ingestFiles(
  files: readonly NamedFile[],
  base?: Readonly<Record<string, unknown>>,
): Result<Dataset> {
  const wholeDataset = files.some((file) => /(^|[\\/])dataset\.json$/i.test(file.name))
  if (!base || wholeDataset) return safeIngestDatasetFiles(files)
  const given = new Set(Object.keys(safeIngestDatasetFiles(files).tables))
  const kept = Object.fromEntries(Object.entries(base).filter(([table]) => !given.has(table)))
  return safeIngestDatasetFiles([...files, { name: 'dataset.json', text: JSON.stringify(kept) }])
}
