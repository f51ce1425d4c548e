import { type CrossCheckInput, rowIssue } from './checked-tables'

/**
 * Warns when FTE exceeds headcount in a snapshot or flow row: one person is at most about one
 * FTE, so this is usually a swapped or mis-keyed column (it can be real with overtime contracts).
 */
export function checkFteAboveHeadcount({ tables, sink }: CrossCheckInput): void {
  for (const table of ['workforce', 'flows'] as const) {
    const rows = tables[table] as readonly ({ headcount: number; fte: number } | undefined)[]
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index]
      if (!row || row.fte <= row.headcount) continue
      sink.add(
        `fte-above-headcount:${table}`,
        rowIssue(
          'warning',
          'inconsistent',
          table,
          index,
          'fte',
          `fte ${row.fte} is above headcount ${row.headcount}`,
        ),
      )
    }
  }
}
