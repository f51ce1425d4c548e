import { type TableName, tableSchemas } from '../datasets/dataset'
import { type CrossCheckInput, rowIssue } from './checked-tables'
import { tableKeyColumns } from './table-keys'

/**
 * Reports every row whose key columns repeat an earlier row of the same table (an error).
 * Each row's key is a mixed-radix number of its interned column values; sorting those numbers
 * finds repeated keys without a hash map over all rows.
 */
export function checkDuplicateKeys(input: CrossCheckInput): void {
  for (const table of Object.keys(tableSchemas) as TableName[]) {
    const rows = input.tables[table] as readonly (Readonly<Record<string, unknown>> | undefined)[]
    if (rows.length < 2) continue
    const columns = tableKeyColumns[table]
    const interned = columns.map((column) => input.column(table, column))
    const span = interned.reduce((product, each) => product * Math.max(1, each.values.length), 1)
    const keys = new Float64Array(rows.length)
    if (span <= Number.MAX_SAFE_INTEGER) {
      for (let row = 0; row < rows.length; row += 1) {
        let key = 0
        for (const each of interned) {
          const id = each.ids[row] as number
          key = id < 0 ? Number.NaN : key * Math.max(1, each.values.length) + id
        }
        keys[row] = key
      }
    } else {
      const byText = new Map<string, number>()
      for (let row = 0; row < rows.length; row += 1) {
        const text = interned.map((each) => each.ids[row]).join(',')
        const key = byText.get(text) ?? byText.size
        byText.set(text, key)
        keys[row] = rows[row] === undefined ? Number.NaN : key
      }
    }
    const sorted = keys.slice().sort()
    const repeated = new Set<number>()
    for (let index = 1; index < sorted.length; index += 1) {
      if (sorted[index] === sorted[index - 1]) repeated.add(sorted[index] as number)
    }
    if (repeated.size === 0) continue
    const firstRow = new Map<number, number>()
    for (let row = 0; row < rows.length; row += 1) {
      const key = keys[row] as number
      if (!repeated.has(key)) continue
      const first = firstRow.get(key)
      if (first === undefined) {
        firstRow.set(key, row)
        continue
      }
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
