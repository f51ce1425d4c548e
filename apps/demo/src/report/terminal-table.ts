/** A column of a terminal table: numbers align right, text aligns left. */
export interface Column {
  readonly header: string
  readonly align?: 'left' | 'right'
}

/** Lays out rows as an aligned plain-text table with a rule under the header. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  indent = '  ',
): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  )
  const line = (cells: readonly string[]): string =>
    indent +
    columns
      .map((column, index) => {
        const cell = cells[index] ?? ''
        const width = widths[index] ?? 0
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  const rule = indent + widths.map((width) => '─'.repeat(width)).join('  ')
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n')
}
