/**
 * One column of a table with each distinct value replaced by a small integer id, so checks over
 * a million rows work on an `Int32Array` instead of hashing strings again and again.
 * Rows that are absent (rejected by their schema) get id −1.
 */
export interface InternedColumn {
  /** The id of each row's value (−1 for an absent row). */
  readonly ids: Int32Array
  /** The distinct values, by id. */
  readonly values: readonly unknown[]
  /** The first row holding each value, by id. */
  readonly firstRow: readonly number[]
}

/** Interns `column` of `rows`. */
export function internColumn(
  rows: readonly (Readonly<Record<string, unknown>> | undefined)[],
  column: string,
): InternedColumn {
  const ids = new Int32Array(rows.length)
  const lookup = new Map<unknown, number>()
  const values: unknown[] = []
  const firstRow: number[] = []
  let lastValue: unknown = Symbol('none')
  let lastId = -1
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]
    if (row === undefined) {
      ids[index] = -1
      continue
    }
    const value = row[column]
    if (value !== lastValue) {
      let id = lookup.get(value)
      if (id === undefined) {
        id = values.length
        lookup.set(value, id)
        values.push(value)
        firstRow.push(index)
      }
      lastValue = value
      lastId = id
    }
    ids[index] = lastId
  }
  return { ids, values, firstRow }
}
