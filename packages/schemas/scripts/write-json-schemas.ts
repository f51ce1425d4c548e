/**
 * Writes the JSON Schema of every dataset table, and of a whole dataset, to
 * `dist/json-schema/<name>.json` (run after tsup by the package's build script).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { datasetJsonSchemaFiles } from '../src/json-schema/dataset-json-schema'

const folder = fileURLToPath(new URL('../dist/json-schema/', import.meta.url))
mkdirSync(folder, { recursive: true })
const files = datasetJsonSchemaFiles()
for (const { fileName, schema } of files) {
  writeFileSync(`${folder}${fileName}`, `${JSON.stringify(schema, null, 2)}\n`)
}
console.log(`wrote ${files.length} JSON Schema files to dist/json-schema/`)
