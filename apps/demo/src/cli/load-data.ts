import { readdir, readFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { type Dataset, type Issue, issue, type Result } from '@oneworkforce/schemas'
import { ingestFiles } from '../job/ingest-files'
import { loadSampleDataset } from '../job/sample'
import { failedRead, validateRawDataset } from '../job/validation'

/** A validated dataset and where it came from. */
export interface LoadedData {
  readonly validated: Result<Dataset>
  readonly source: string
}

/** The embedded sample ICS, validated like any other input. */
export function loadSample(): LoadedData {
  return {
    validated: validateRawDataset(loadSampleDataset()),
    source: 'embedded sample ICS (@oneworkforce/sample-data)',
  }
}

/**
 * Reads every `.csv` and `.json` file of a folder through the `schemas` ingest: a CSV whose
 * header is a published NHS Digital or ONS layout is read by that layout whatever its name;
 * otherwise each file is the table named by its file name (`workforce.csv`), or `dataset.json`
 * holds several tables.
 */
export async function loadDataDir(dir: string): Promise<LoadedData> {
  const folder = resolve(dir)
  let names: string[]
  try {
    names = (await readdir(folder))
      .filter((name) => ['.csv', '.json'].includes(extname(name).toLowerCase()))
      .sort()
  } catch (error) {
    const problem = issue(
      'parse_error',
      `cannot read folder ${folder}: ${(error as Error).message}`,
      [],
      { file: folder },
    )
    return { validated: failedRead([problem]), source: folder }
  }
  if (names.length === 0) {
    const problem = issue('empty_input', `no .csv or .json files in ${folder}`, [], {
      file: folder,
    })
    return { validated: failedRead([problem]), source: folder }
  }
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(folder, name), 'utf8') })),
  )
  return { validated: ingestFiles(files), source: folder }
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
