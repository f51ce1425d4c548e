/** A column of a terminal table: numbers align right, text aligns left. */
export interface Column {
  readonly header: string
  readonly align?: 'left' | 'right'
}

/** The width every terminal line of the report fits in. */
export const TERMINAL_WIDTH = 100
const GAP = '  '
const MIN_TEXT_WIDTH = 12

/** A header over two lines (split at the space nearest its middle) when it is wider than its cells. */
function headerLines(header: string, cellWidth: number): readonly [string, string] {
  if (header.length <= cellWidth || !header.includes(' ')) return ['', header]
  const spaces = [...header.matchAll(/ /g)].map((match) => match.index ?? 0)
  const middle = header.length / 2
  const at = spaces.reduce((best, index) =>
    Math.abs(index - middle) < Math.abs(best - middle) ? index : best,
  )
  return [header.slice(0, at), header.slice(at + 1)]
}

const clip = (text: string, width: number): string =>
  text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`

/**
 * Lays out rows as an aligned plain-text table with a rule under the header, within
 * {@link TERMINAL_WIDTH} columns: long headers take two lines, and text columns that would still
 * overflow are shortened with an ellipsis (widest first, to no fewer than 12 characters).
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  indent = '  ',
): string {
  const cellWidths = columns.map((_, index) =>
    Math.max(0, ...rows.map((row) => (row[index] ?? '').length)),
  )
  const headers = columns.map((column, index) => headerLines(column.header, cellWidths[index] ?? 0))
  const widths = columns.map((_, index) =>
    Math.max(cellWidths[index] ?? 0, ...(headers[index] ?? []).map((part) => part.length)),
  )
  const total = () =>
    indent.length + widths.reduce((sum, width) => sum + width, 0) + GAP.length * (widths.length - 1)
  while (total() > TERMINAL_WIDTH) {
    const text = widths
      .map((width, index) => ({ width, index }))
      .filter(({ width, index }) => columns[index]?.align !== 'right' && width > MIN_TEXT_WIDTH)
      .sort((a, b) => b.width - a.width)[0]
    if (!text) break
    widths[text.index] = Math.max(MIN_TEXT_WIDTH, text.width - (total() - TERMINAL_WIDTH))
  }
  const line = (cells: readonly string[]): string =>
    indent +
    columns
      .map((column, index) => {
        const width = widths[index] ?? 0
        const cell = clip(cells[index] ?? '', width)
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width)
      })
      .join(GAP)
      .trimEnd()
  const rule = indent + widths.map((width) => '─'.repeat(width)).join(GAP)
  const top = headers.map(([first]) => first)
  return [
    ...(top.some(Boolean) ? [line(top)] : []),
    line(headers.map(([, second]) => second)),
    rule,
    ...rows.map(line),
  ].join('\n')
}
