import type { InternedColumn } from './interned-column'

/** A row whose key repeats the key of an earlier row. */
export interface DuplicateRow {
  readonly row: number
  readonly first: number
}

/**
 * Finds rows whose values in the key columns repeat an earlier row. Each row's key is a
 * mixed-radix number of its interned values (or, past 2^53 combinations, an id of their joined
 * text); sorting those numbers finds repeats without a hash map over all rows. Absent rows
 * (id −1) never match.
 */
export function duplicateRows(
  columns: readonly InternedColumn[],
  rowCount: number,
): DuplicateRow[] {
  const keys = new Float64Array(rowCount)
  const span = columns.reduce((product, each) => product * Math.max(1, each.values.length), 1)
  if (span <= Number.MAX_SAFE_INTEGER) {
    for (let row = 0; row < rowCount; row += 1) {
      let key = 0
      for (const each of columns) {
        const id = each.ids[row] as number
        key = id < 0 ? Number.NaN : key * Math.max(1, each.values.length) + id
      }
      keys[row] = key
    }
  } else {
    const byText = new Map<string, number>()
    for (let row = 0; row < rowCount; row += 1) {
      const ids = columns.map((each) => each.ids[row] as number)
      const text = ids.join(',')
      const key = byText.get(text) ?? byText.size
      byText.set(text, key)
      keys[row] = ids.includes(-1) ? Number.NaN : key
    }
  }
  const sorted = keys.slice().sort()
  const repeated = new Set<number>()
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index] === sorted[index - 1]) repeated.add(sorted[index] as number)
  }
  if (repeated.size === 0) return []
  const firstRow = new Map<number, number>()
  const duplicates: DuplicateRow[] = []
  for (let row = 0; row < rowCount; row += 1) {
    const key = keys[row] as number
    if (!repeated.has(key)) continue
    const first = firstRow.get(key)
    if (first === undefined) firstRow.set(key, row)
    else duplicates.push({ row, first })
  }
  return duplicates
}
