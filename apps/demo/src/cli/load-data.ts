import { readdir, readFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { type Issue, issue } from '@oneworkforce/schemas'
import { ingestFiles } from '../job/ingest-files'
import { loadSampleDataset } from '../job/sample'

/** A dataset read from disk (raw, not yet validated) and the issues found reading it. */
export interface LoadedData {
  readonly dataset: unknown
  readonly source: string
  readonly issues: readonly Issue[]
}

/** The embedded sample ICS. */
export function loadSample(): LoadedData {
  return {
    dataset: loadSampleDataset(),
    source: 'embedded sample ICS (@oneworkforce/sample-data)',
    issues: [],
  }
}

/**
 * Reads every `.csv` and `.json` file of a folder through the `schemas` ingest: each file is the
 * table named by its file name (`workforce.csv`), or `dataset.json` holds several tables.
 */
export async function loadDataDir(dir: string): Promise<LoadedData> {
  const folder = resolve(dir)
  let names: string[]
  try {
    names = (await readdir(folder))
      .filter((name) => ['.csv', '.json'].includes(extname(name).toLowerCase()))
      .sort()
  } catch (error) {
    return {
      dataset: undefined,
      source: folder,
      issues: [
        issue('parse_error', `cannot read folder ${folder}: ${(error as Error).message}`, [], {
          file: folder,
        }),
      ],
    }
  }
  if (names.length === 0) {
    return {
      dataset: undefined,
      source: folder,
      issues: [issue('empty_input', `no .csv or .json files in ${folder}`, [], { file: folder })],
    }
  }
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(folder, name), 'utf8') })),
  )
  const ingested = ingestFiles(files)
  return { dataset: ingested.tables, source: folder, issues: ingested.issues }
}

/** Reads a scenario file: one scenario object or an array of them (validated later by the projection). */
export async function loadScenarioFile(
  file: string,
): Promise<{ readonly scenarios: unknown[]; readonly issues: Issue[] }> {
  try {
    const parsed: unknown = JSON.parse(await readFile(resolve(file), 'utf8'))
    return { scenarios: Array.isArray(parsed) ? parsed : [parsed], issues: [] }
  } catch (error) {
    return {
      scenarios: [],
      issues: [
        issue('parse_error', `cannot read scenario file: ${(error as Error).message}`, [], {
          file,
        }),
      ],
    }
  }
}
