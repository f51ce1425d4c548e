import type { TableName } from '../../datasets/dataset'
import { type Issue, type IssueCode, issue } from '../../errors'
import { readNumber } from '../cell-value'
import { normaliseHeader } from '../csv-plan'

/** Index of each normalised header; the first of duplicates wins. */
export function headerIndex(headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>()
  headers.forEach((header, at) => {
    const key = normaliseHeader(header)
    if (key !== '' && !index.has(key)) index.set(key, at)
  })
  return index
}

/** Row issues of one file, listed one by one up to `max`, then summarised. */
export function createRowIssues(file: string | undefined, table: TableName, max = 10_000) {
  const listed: Issue[] = []
  let unlisted = 0
  let unlistedErrors = false
  const rejected: number[] = []
  return {
    rejected,
    /** Adds an issue about `line`; an error also marks the line as rejected. */
    add(
      code: IssueCode,
      message: string,
      line: number,
      column: string,
      severity: 'error' | 'warning' = 'error',
    ): void {
      if (severity === 'error' && rejected.at(-1) !== line) rejected.push(line)
      if (listed.length < max) {
        listed.push(issue(code, message, [], { file, table, row: line, column, severity }))
      } else {
        unlisted += 1
        if (severity === 'error') unlistedErrors = true
      }
    },
    /** The issues, with one summary when some were not listed. */
    issues(): Issue[] {
      if (unlisted === 0) return listed
      return [
        ...listed,
        issue(
          'invalid_value',
          `${unlisted} more row issue(s) not listed one by one (every rejected line is in rejectedLines)`,
          [],
          { file, table, severity: unlistedErrors ? 'error' : 'warning' },
        ),
      ]
    },
  }
}

/** A cell read as a number: the value, or why it is not one (suppressed markers included). */
export function numberCell(
  text: string,
): { value: number } | { missing: string } | { invalid: string } {
  const read = readNumber(text.trim())
  if (read.kind === 'value') return { value: read.value as number }
  if (read.kind === 'missing') return { missing: read.marker }
  return { invalid: read.message }
}

/** The row issues of one file, as {@link createRowIssues} makes them. */
export type RowIssues = ReturnType<typeof createRowIssues>

/**
 * The number in the value cell `fields[at]` of a published line, or `undefined` once the issue
 * that leaves the line out is added: `suppressed_value` for a suppression marker (a missing
 * value, never read as 0), `invalid_type` for text that is not a number. The issue names the
 * cell by `label` (default: the header as the file writes it) and is about the column
 * `headers[at]`. Every published reader checks its value cells this way, so a suppressed or
 * broken value rejects its line with the same words in every layout.
 */
export function valueOrLeaveLineOut(
  issues: RowIssues,
  headers: readonly string[],
  fields: readonly string[],
  at: number,
  line: number,
  label: string = headers[at] as string,
): number | undefined {
  const read = numberCell(fields[at] as string)
  if ('value' in read) return read.value
  const why =
    'missing' in read ? `is suppressed ("${read.missing}"), a missing value (not 0)` : read.invalid
  issues.add(
    'missing' in read ? 'suppressed_value' : 'invalid_type',
    `${label} ${why}: the line is left out`,
    line,
    headers[at] as string,
  )
  return undefined
}
