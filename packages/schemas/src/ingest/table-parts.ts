import { tableKeyColumns } from '../dataset-validation/table-keys'
import type { TableName } from '../datasets/dataset'
import { type Issue, issue } from '../errors'

/** The rows one file gave for a table, with the line (CSV) or index (JSON) of each. */
export interface TablePart {
  readonly file: string
  readonly rows: readonly Record<string, unknown>[]
  readonly lines: readonly number[]
  /** True for organisations, ICSs and places a published file names (not given by the user). */
  readonly derived: boolean
}

/** A table's rows from every file, with the file and line of each row. */
export interface MergedTable {
  readonly rows: Record<string, unknown>[]
  readonly files: string[]
  readonly lines: number[]
}

const referenceTables = new Set<TableName>(['integratedCareSystems', 'places', 'organisations'])

/**
 * Merges the parts of one table (many monthly downloads, or a file and what another file names)
 * in file order. A row whose key (see `tableKeyColumns`) an earlier file already gave is a
 * duplicate: an error naming both files and lines, the later row left out. Organisations, ICSs
 * and places that a published file names are added only when no earlier row has their code,
 * so a user's own `organisations.csv` wins; a derived row that disagrees gives one warning (a
 * column the kept row leaves out, such as `clusterGroup`, is not a disagreement).
 */
export function mergeTableParts(
  table: TableName,
  parts: readonly TablePart[],
): {
  merged: MergedTable
  issues: Issue[]
} {
  const ordered = [
    ...parts.filter((each) => !each.derived),
    ...parts.filter((each) => each.derived),
  ]
  const columns = tableKeyColumns[table]
  const merged: MergedTable = { rows: [], files: [], lines: [] }
  const issues: Issue[] = []
  const seen = new Map<string, number>()
  const reference = referenceTables.has(table)
  const warned = new Set<string>()
  for (const part of ordered) {
    part.rows.forEach((row, index) => {
      const line = part.lines[index] as number
      const key = JSON.stringify(columns.map((column) => row[column] ?? null))
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, merged.rows.length)
        merged.rows.push(row)
        merged.files.push(part.file)
        merged.lines.push(line)
        return
      }
      if (reference && part.derived) {
        const kept = merged.rows[first] as Record<string, unknown>
        // An optional column the kept row leaves out (a user's organisations.csv without
        // clusterGroup) is not a disagreement.
        const differs = Object.keys(row).some(
          (column) =>
            column !== 'place' && kept[column] !== undefined && kept[column] !== row[column],
        )
        if (differs && !warned.has(key)) {
          warned.add(key)
          issues.push(
            issue(
              'inconsistent',
              `${table} "${String(row.code)}" is given by ${merged.files[first]} (line ${merged.lines[first]}) and differently here (renamed, or moved); the first is kept (later files may differ too; this is said once)`,
              [],
              { file: part.file, table, row: line, severity: 'warning' },
            ),
          )
        }
        return
      }
      issues.push(
        issue(
          'duplicate_key',
          `duplicate of ${merged.files[first]} line ${merged.lines[first]}: same ${columns
            .filter((column) => row[column] !== undefined)
            .map((column) => `${column} ${JSON.stringify(row[column])}`)
            .join(', ')}; this row is left out`,
          [],
          { file: part.file, table, row: line, column: columns.join(', ') },
        ),
      )
    })
  }
  return { merged, issues }
}
