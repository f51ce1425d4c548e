import type { Issue } from '@oneworkforce/schemas'

/**
 * The 1-based row a person finds an issue at: a CSV file's issues carry the file's line (the
 * spreadsheet row, header = 1), a JSON file's or an in-memory table's the 0-based array index.
 */
export function oneBasedRow(each: Issue): number | undefined {
  if (each.row === undefined) return undefined
  return each.file !== undefined && /\.csv$/i.test(each.file) ? each.row : each.row + 1
}

/** Where an issue points, for people: file, table, 1-based row, column. */
export function issueLocation(each: Issue): string {
  const row = oneBasedRow(each)
  return [
    each.file,
    each.table === undefined ? undefined : `table ${each.table}`,
    row === undefined ? undefined : `row ${row}`,
    each.column === undefined ? undefined : `column ${each.column}`,
  ]
    .filter((part): part is string => part !== undefined && part.length > 0)
    .join(', ')
}

/** An issue as one line: `error: workforce.csv, table workforce, row 3, column headcount: …`. */
export function issueText(each: Issue): string {
  const where = issueLocation(each)
  const message =
    each.code === 'required' && each.row === undefined && each.table !== undefined
      ? `table ${each.table} is missing: add ${each.table}.csv (or .json)`
      : each.message
  return `${each.severity}: ${where ? `${where}: ` : ''}${message}`
}
