/**
 * Writes the sample dataset to a directory: one CSV per flat table (`<table>.csv`, columns in
 * schema order), JSON for the tables with nested fields (initiative scores, scenario levers),
 * and the whole dataset as one file in a folder of its own, `whole-dataset/dataset.json` (beside the
 * per-table files it would give every table twice, and `--data <output-dir>` reads them all).
 *
 * Usage: pnpm --filter @oneworkforce/sample-data export <output-dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type TableName, tableSchemas } from '@oneworkforce/schemas'
import Papa from 'papaparse'
import * as z from 'zod'
import { sampleDataset } from '../src/index'

/** Tables whose rows hold arrays or objects: written as JSON, not CSV. */
const JSON_TABLES = new Set<TableName>(['initiatives', 'scenarios'])

function columnsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape)
  if (schema instanceof z.ZodUnion) {
    return [...new Set((schema.options as z.ZodType[]).flatMap(columnsOf))]
  }
  return []
}

const target = process.argv.slice(2).find((arg) => arg !== '--')
if (target === undefined) {
  console.error('usage: pnpm --filter @oneworkforce/sample-data export <output-dir>')
  process.exit(2)
}
const directory = resolve(process.env.INIT_CWD ?? process.cwd(), target)
mkdirSync(directory, { recursive: true })

const dataset = sampleDataset()
const written: string[] = []
for (const table of Object.keys(tableSchemas) as TableName[]) {
  const rows = dataset[table] as readonly Record<string, unknown>[]
  if (JSON_TABLES.has(table)) {
    writeFileSync(join(directory, `${table}.json`), `${JSON.stringify(rows, null, 2)}\n`)
    written.push(`${table}.json (${rows.length} rows)`)
    continue
  }
  const columns = columnsOf(tableSchemas[table])
  const csv = Papa.unparse({
    fields: columns,
    data: rows.map((row) => columns.map((c) => row[c] ?? '')),
  })
  writeFileSync(join(directory, `${table}.csv`), `${csv}\n`)
  written.push(`${table}.csv (${rows.length} rows)`)
}
mkdirSync(join(directory, 'whole-dataset'), { recursive: true })
writeFileSync(join(directory, 'whole-dataset', 'dataset.json'), `${JSON.stringify(dataset)}\n`)
written.push('whole-dataset/dataset.json')
console.log(`wrote ${directory}:\n  ${written.join('\n  ')}`)
