import { type TableName, tableSchemas } from '../datasets/dataset'
import { duplicateRows } from '../internal/duplicate-rows'
import { type CrossCheckInput, rowIssue } from './checked-tables'
import { tableKeyColumns } from './table-keys'

/** Reports every row whose key columns repeat an earlier row of the same table (an error). */
export function checkDuplicateKeys(input: CrossCheckInput): void {
  for (const table of Object.keys(tableSchemas) as TableName[]) {
    const rows = input.tables[table] as readonly (Readonly<Record<string, unknown>> | undefined)[]
    if (rows.length < 2) continue
    const columns = tableKeyColumns[table]
    const interned = columns.map((column) => input.column(table, column))
    for (const { row, first } of duplicateRows(interned, rows.length)) {
      const values = rows[row] as Readonly<Record<string, unknown>>
      const described = columns
        .filter((column) => values[column] !== undefined)
        .map((column) => `${column} ${JSON.stringify(values[column])}`)
        .join(', ')
      input.sink.add(
        `duplicate:${table}`,
        rowIssue(
          'error',
          'duplicate_key',
          table,
          row,
          columns.join(', '),
          `duplicate of row ${first}: same ${described}`,
        ),
      )
    }
  }
}
