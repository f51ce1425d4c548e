import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The folder of real published files (`../shared/realdata/` next to the repository, described
 * in its SOURCES.md), read by tests and never copied into the project.
 */
export const realdataFolder = fileURLToPath(
  new URL('../../../../../../../shared/realdata/', import.meta.url),
)

/** The text of a file under the real-data folder. */
export function realdataText(path: string): string {
  return readFileSync(`${realdataFolder}${path}`, 'utf8')
}

/** The file names in a folder under the real-data folder, sorted. */
export function realdataFiles(folder: string): string[] {
  return readdirSync(`${realdataFolder}${folder}`).sort()
}

/** The HCHS layout file's path under the real-data folder. */
export const hchsLayoutFile =
  'nhs-digital/hchs/NHS Workforce Statistics, staff group and organisation - LAYOUT, constructed numbers.csv'
