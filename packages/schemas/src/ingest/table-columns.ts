import * as z from 'zod'
import { type TableName, tableSchemas } from '../datasets/dataset'

/** How a CSV cell of a column is read: as a number, as text, or as JSON (arrays and objects). */
export type ColumnKind = 'number' | 'text' | 'list' | 'json'

/** One column of a table as a CSV file holds it. */
export interface TableColumn {
  readonly name: string
  readonly kind: ColumnKind
  readonly required: boolean
}

function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema
  let optional = false
  for (;;) {
    if (current instanceof z.ZodOptional) {
      optional = true
      current = current.unwrap() as z.ZodType
    } else if (current instanceof z.ZodDefault) {
      optional = true
      current = current.removeDefault() as z.ZodType
    } else if (current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType
    } else {
      return { schema: current, optional }
    }
  }
}

function kindOf(schema: z.ZodType): ColumnKind {
  if (schema instanceof z.ZodNumber) return 'number'
  if (schema instanceof z.ZodArray) {
    return unwrap(schema.element as z.ZodType).schema instanceof z.ZodString ? 'list' : 'json'
  }
  if (schema instanceof z.ZodObject || schema instanceof z.ZodUnion) return 'json'
  // A boolean flag (sickness `allStaff: true`) is read as JSON, so the cell `true` is true.
  if (schema instanceof z.ZodBoolean) return 'json'
  if (
    schema instanceof z.ZodLiteral &&
    [...schema.values].every((each) => typeof each === 'boolean')
  )
    return 'json'
  return 'text'
}

function shapesOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  if (schema instanceof z.ZodObject) return [schema.shape as Record<string, z.ZodType>]
  if (schema instanceof z.ZodUnion) {
    return (schema.options as z.ZodType[]).flatMap((option) => shapesOf(option))
  }
  return []
}

/**
 * The columns of a table, read from its zod schema: a column is required when every variant of
 * the row requires it (flows are a union of joiner and leaver rows).
 */
function columnsOfSchema(schema: z.ZodType): TableColumn[] {
  const shapes = shapesOf(schema)
  const columns = new Map<string, TableColumn>()
  for (const shape of shapes) {
    for (const [name, field] of Object.entries(shape)) {
      const { schema: inner, optional } = unwrap(field)
      const existing = columns.get(name)
      const present = shapes.every((each) => name in each)
      const required = !optional && present && (existing?.required ?? true)
      columns.set(name, { name, kind: existing?.kind ?? kindOf(inner), required })
    }
  }
  return [...columns.values()]
}

const cache = new Map<TableName, readonly TableColumn[]>()

/**
 * The CSV columns of a dataset table, in schema order, with how each cell is read and whether
 * the column must be present.
 *
 * @example
 * ```ts
 * import { tableColumns } from '@oneworkforce/schemas'
 *
 * tableColumns('vacancies').map((column) => column.name)
 * // ['month', 'organisation', 'staffGroup', 'fundedFte', 'staffInPostFte']
 * ```
 */
export function tableColumns(table: TableName): readonly TableColumn[] {
  let columns = cache.get(table)
  if (!columns) {
    columns = columnsOfSchema(tableSchemas[table])
    cache.set(table, columns)
  }
  return columns
}
