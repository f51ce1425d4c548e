import * as z from 'zod'
import { datasetSchema, type TableName, tableSchemas } from '../datasets/dataset'

/** A JSON Schema document (draft 2020-12), as a plain object. */
export type JsonSchema = Record<string, unknown>

/**
 * The JSON Schema (draft 2020-12) of one table's row, or of a whole dataset, generated from the
 * zod schemas with zod 4's `z.toJSONSchema`, so teams working in Python, R or Excel can validate
 * their files before loading them. The same documents ship in the package as
 * `@oneworkforce/schemas/json-schema/<table>.json` and `dataset.json`.
 *
 * It describes input (a table with defaults may be left out of a dataset). Checks that JSON
 * Schema cannot express (two consecutive years in a financial year, "exactly one of" in a
 * training lever) and the checks across tables are applied only by `safeParseDataset`.
 *
 * @example
 * ```ts
 * import { datasetJsonSchema } from '@oneworkforce/schemas/json-schema'
 *
 * const schema = datasetJsonSchema('workforce')
 * schema.required // ['month', 'organisation', 'staffGroup', 'headcount', 'fte']
 * ```
 */
export function datasetJsonSchema(table: TableName | 'dataset'): JsonSchema {
  const schema = table === 'dataset' ? datasetSchema : tableSchemas[table]
  const document = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema
  return {
    ...document,
    title: table === 'dataset' ? 'oneworkforce dataset' : `oneworkforce ${table} row`,
  }
}

/**
 * Every JSON Schema file the package ships: one per table (`<table>.json`, a row) and
 * `dataset.json` (a whole dataset).
 *
 * @example
 * ```ts
 * import { datasetJsonSchemaFiles } from '@oneworkforce/schemas/json-schema'
 *
 * datasetJsonSchemaFiles().map((file) => file.fileName).includes('workforce.json') // true
 * ```
 */
export function datasetJsonSchemaFiles(): {
  readonly fileName: string
  readonly schema: JsonSchema
}[] {
  const names: (TableName | 'dataset')[] = [
    ...(Object.keys(tableSchemas) as TableName[]),
    'dataset',
  ]
  return names.map((name) => ({ fileName: `${name}.json`, schema: datasetJsonSchema(name) }))
}
