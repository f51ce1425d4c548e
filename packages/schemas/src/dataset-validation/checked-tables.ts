import type { TableName, TableRow } from '../datasets/dataset'
import type { Issue } from '../errors'
import { type InternedColumn, internColumn } from '../internal/interned-column'
import type { IssueSink } from '../internal/issue-sink'
import type { Taxonomy } from '../taxonomy'

/**
 * Every table of a dataset with its rows at their original indices; a row that failed its
 * schema is `undefined`, so cross-table checks skip it but still report original row numbers.
 */
export type CheckedTables = { readonly [T in TableName]: readonly (TableRow<T> | undefined)[] }

/** What every cross-table check receives. */
export interface CrossCheckInput {
  readonly tables: CheckedTables
  readonly taxonomy: Taxonomy
  readonly sink: IssueSink
  /** The interned values of a column (computed once per table and column, then shared). */
  readonly column: (table: TableName, column: string) => InternedColumn
}

/** Builds the input of the cross-table checks, with a shared cache of interned columns. */
export function crossCheckInput(
  tables: CheckedTables,
  taxonomy: Taxonomy,
  sink: IssueSink,
): CrossCheckInput {
  const cache = new Map<string, InternedColumn>()
  return {
    tables,
    taxonomy,
    sink,
    column(table, column) {
      const key = `${table}.${column}`
      let interned = cache.get(key)
      if (!interned) {
        const rows = tables[table] as readonly (Readonly<Record<string, unknown>> | undefined)[]
        interned = internColumn(rows, column)
        cache.set(key, interned)
      }
      return interned
    },
  }
}

/** Builds an issue located at a table row and column (rows are 0-based array indices). */
export function rowIssue(
  severity: Issue['severity'],
  code: Issue['code'],
  table: TableName,
  row: number,
  column: string | undefined,
  message: string,
): Issue {
  const path = column === undefined ? [table, row] : [table, row, column]
  return { severity, code, message, path, table, row, column }
}
