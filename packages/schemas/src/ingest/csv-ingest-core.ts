import { tableKeyColumns } from '../dataset-validation/table-keys'
import { checkTableRow } from '../dataset-validation/table-rows'
import type { TableName, TableRow } from '../datasets/dataset'
import { type Issue, issue } from '../errors'
import { duplicateRows } from '../internal/duplicate-rows'
import { type FastRowCheck, fastRowChecks } from '../internal/fast-row-checks'
import { internColumn } from '../internal/interned-column'
import { readMonthText } from '../month-text'
import { type CellValue, readJson, readList, readMoney, readNumber } from './cell-value'
import { type CsvPlan, type CsvPlanOptions, type PlannedColumn, planCsv } from './csv-plan'
import { type CsvRecordProblem, createCsvRecordReader } from './csv-records'
import type { IngestedTable } from './ingested-table'
import {
  nhsDigitalAggregateStaffGroupNames,
  nhsDigitalStaffGroupCodes,
  normaliseStaffGroupName,
} from './nhs-staff-groups'
import { type RowBuilder, rowBuilderFor } from './row-builders'

/** Options of CSV ingest. */
export interface CsvIngestOptions extends CsvPlanOptions {
  /** Field delimiter: one character other than a quote or a line end; default `,`. */
  readonly delimiter?: string | undefined
  /**
   * Staff group names → taxonomy codes: extra or replacement names for presets, and in own
   * layouts the names a staff group column may hold instead of codes.
   */
  readonly staffGroupNames?: Readonly<Record<string, string>> | undefined
  /**
   * Severity when a required cell is suppressed (`*`, `-`, blank): `error` (default) or
   * `warning` (any other value is refused). Either way the row is left out and listed in
   * `rejectedLines`.
   */
  readonly onSuppressed?: 'error' | 'warning' | undefined
  /** Row issues listed one by one before the rest are summarised with their line numbers. Default 10,000. */
  readonly maxRowIssues?: number | undefined
  /** Longest cell accepted, in characters; a longer one is not kept in memory. Default 100,000. */
  readonly maxCellLength?: number | undefined
  /** Most columns accepted in the header. Default 1,000. */
  readonly maxColumns?: number | undefined
}

/**
 * Feeds text in; returns the ingested table at the end. `abort` ends a source that failed: the
 * unfinished last line gives no row and is listed in `rejectedLines`.
 */
export interface CsvIngest {
  readonly push: (text: string) => void
  readonly end: () => IngestedTable
  readonly abort: () => IngestedTable
}

function ranges(lines: readonly number[]): string {
  const parts: string[] = []
  for (let index = 0; index < lines.length && parts.length < 50; ) {
    const start = lines[index] as number
    let end = start
    while (lines[index + 1] === end + 1) {
      end += 1
      index += 1
    }
    parts.push(start === end ? String(start) : `${start}-${end}`)
    index += 1
  }
  return parts.join(', ')
}

/**
 * The value of a cell made only of digits with at most one decimal point (the common case),
 * or −1 when it is anything else and needs the full reading. With at most 15 digits the digits
 * form an exact integer and 10^k is exact, so one division gives the correctly rounded value,
 * the same number as `Number(text)` (Clinger's fast path).
 */
function plainDecimal(text: string): number {
  const length = text.length
  if (length === 0 || length > 15) return -1
  let digits = 0
  let point = -1
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) digits = digits * 10 + (code - 48)
    else if (code === 46 && point < 0 && index > 0 && index < length - 1) point = index
    else return -1
  }
  return point < 0 ? digits : digits / (powersOfTen[length - 1 - point] as number)
}

const powersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14]

/** Creates a CSV ingest for one file (synchronous; the stream form feeds it chunk by chunk). */
export function createCsvIngest(options: CsvIngestOptions): CsvIngest {
  const delimiter = options.delimiter ?? ','
  const file = options.file
  const maxRowIssues = options.maxRowIssues ?? 10_000
  const maxCellLength = options.maxCellLength ?? 100_000
  const maxColumns = options.maxColumns ?? 1_000
  const suppressedSeverity = options.onSuppressed ?? 'error'
  const names = new Map(Object.entries(nhsDigitalStaffGroupCodes))
  for (const [name, code] of Object.entries(options.staffGroupNames ?? {})) {
    names.set(normaliseStaffGroupName(name), code)
  }
  const aggregates = new Set(nhsDigitalAggregateStaffGroupNames)
  // Own layouts: a staff group cell is a code unless the staffGroupNames option maps it.
  const ownNames = new Map(
    Object.entries(options.staffGroupNames ?? {}).map(([name, code]) => [
      normaliseStaffGroupName(name),
      code,
    ]),
  )
  const fileIssues: Issue[] = []
  const rowIssues: Issue[] = []
  let unlistedRowIssues = 0
  let unlistedErrors = false
  const unlistedLines: number[] = []
  const rows: Record<string, unknown>[] = []
  const lines: number[] = []
  const rejectedLines: number[] = []
  let dataLineCount = 0
  let plan: CsvPlan | undefined
  let fastCheck: FastRowCheck | undefined
  let headerDone = false
  let stopped = false
  const interned = new Map<string, Map<string, string>>()
  const fallbackTable = (options.table ?? 'workforce') as TableName

  const where = (line: number, column?: string) => ({
    file,
    table: plan?.table ?? fallbackTable,
    row: line,
    column,
  })

  function rowIssue(line: number, each: Issue): void {
    if (rowIssues.length < maxRowIssues) rowIssues.push(each)
    else {
      unlistedRowIssues += 1
      if (each.severity === 'error') unlistedErrors = true
      if (unlistedLines.at(-1) !== line) unlistedLines.push(line)
    }
  }

  function internText(column: string, text: string): string {
    let values = interned.get(column)
    if (!values) {
      values = new Map()
      interned.set(column, values)
    }
    const known = values.get(text)
    if (known !== undefined) return known
    if (values.size < 100_000) values.set(text, text)
    return text
  }

  /** Reads one planned cell into `row`; returns false when the row must be rejected. */
  function readCell(
    planned: PlannedColumn,
    fields: readonly string[],
    line: number,
    row: Record<string, unknown>,
  ): boolean {
    const raw = planned.index < 0 ? planned.constant : (fields[planned.index] ?? '')
    // Fast paths for the common cells: a plain decimal number, or text already seen in this
    // column (its reading, mapping and interning are then done once per distinct value).
    if (planned.kind === 'number') {
      const number = plainDecimal(raw)
      if (number >= 0) {
        row[planned.column] = number
        return true
      }
    } else if (planned.kind === 'text') {
      const known = planned.cache.get(raw)
      if (known !== undefined) {
        row[planned.column] = known
        return true
      }
    }
    const text = raw.trim()
    const column = planned.header || planned.column
    let read: CellValue
    if (planned.kind === 'number') read = readNumber(text)
    else if (planned.kind === 'list') read = readList(text)
    else if (planned.kind === 'json') read = readJson(text)
    else if (planned.column.endsWith('Gbp')) read = readMoney(text)
    else if (text === '' || text === '*' || text === '-' || text === '..') {
      read = { kind: 'missing' as const, marker: text }
    } else read = { kind: 'value' as const, value: text }
    if (read.kind === 'invalid') {
      rowIssue(line, issue('invalid_type', `${column}: ${read.message}`, [], where(line, column)))
      return false
    }
    if (read.kind === 'missing') {
      if (planned.required) {
        const shown = read.marker === '' ? 'blank' : `suppressed ("${read.marker}")`
        rowIssue(
          line,
          issue(
            'suppressed_value',
            `${column} is ${shown}, a missing value (not 0): the row is left out`,
            [],
            { ...where(line, column), severity: suppressedSeverity },
          ),
        )
        return false
      }
      if (read.marker !== '') {
        rowIssue(
          line,
          issue(
            'suppressed_value',
            `${column} is suppressed ("${read.marker}"): read as missing`,
            [],
            { ...where(line, column), severity: 'warning' },
          ),
        )
      }
      return true
    }
    let value = read.value
    if (typeof value === 'string') {
      if (planned.reading === 'month') {
        const month = readMonthText(value)
        if (!month.ok) {
          rowIssue(
            line,
            issue('invalid_value', `${column}: ${month.reason}`, [], where(line, column)),
          )
          return false
        }
        value = month.month
      } else if (planned.reading === 'staff-group-name') {
        const name = normaliseStaffGroupName(value)
        const code = names.get(name)
        if (code === undefined && aggregates.has(name)) {
          rowIssue(
            line,
            issue(
              'invalid_value',
              `${column}: "${value}" is a total across staff groups; the row is left out so it is not counted twice`,
              [],
              { ...where(line, column), severity: 'warning' },
            ),
          )
          return false
        }
        if (code === undefined) {
          rowIssue(
            line,
            issue(
              'unknown_code',
              `${column}: unknown staff group name "${value}" (map it with the staffGroupNames option)`,
              [],
              where(line, column),
            ),
          )
          return false
        }
        value = code
      } else if (planned.reading === 'staff-group-code' && ownNames.size > 0) {
        value = ownNames.get(normaliseStaffGroupName(value)) ?? value
      }
      value = internText(planned.column, value as string)
      if (planned.kind === 'text') {
        if (planned.cache.size < 100_000) planned.cache.set(raw, value)
      }
    }
    row[planned.column] = value
    return true
  }

  function header(fields: readonly string[]): void {
    headerDone = true
    if (fields.length > maxColumns) {
      const message = `the header has ${fields.length} columns; at most ${maxColumns} are read`
      fileIssues.push(issue('too_large', message, [], where(1)))
      stopped = true
      return
    }
    const first = (fields[0] ?? '').replace(/^\uFEFF/, '')
    const headers = [first, ...fields.slice(1)].map((each) => each.trim())
    if (headers.length === 1 && delimiter !== ';' && /[;\t|]/.test(first)) {
      const found = first.includes(';') ? ';' : first.includes('\t') ? 'tab' : '|'
      fileIssues.push(
        issue(
          'parse_error',
          `the header is a single column containing "${found === 'tab' ? '\\t' : found}": the file seems to use ${found === 'tab' ? 'tabs' : `"${found}"`} as the delimiter, not "${delimiter}"; pass { delimiter: '${found === 'tab' ? '\\t' : found}' }`,
          [],
          where(1),
        ),
      )
      stopped = true
      return
    }
    plan = planCsv(headers, options)
    fastCheck = fastRowChecks[plan.table]
    fileIssues.push(...plan.issues)
    if (plan.unusable) stopped = true
    headerCount = headers.length
    const only = plan.rows.length === 1 ? plan.rows[0] : undefined
    if (only) {
      single = true
      singleColumns = only
      values = new Array<unknown>(only.length).fill(undefined)
      lastRaw = new Array<string | undefined>(only.length).fill(undefined)
      lastValue = new Array<unknown>(only.length).fill(undefined)
      build = rowBuilderFor(only.map((planned) => planned.column))
    }
  }
  let headerCount = 0
  let single = false
  let singleColumns: readonly PlannedColumn[] = []
  let values: unknown[] = []
  // Per column of the single-row path: the last raw text found in the cache, and its value.
  let lastRaw: (string | undefined)[] = []
  let lastValue: unknown[] = []
  // Receives the cells read by readCell on the single-row path (reused, never returned).
  const scratch: Record<string, unknown> = Object.create(null)
  let build: RowBuilder | undefined

  function rejectLine(line: number, message: string, code: Issue['code']): void {
    rowIssue(line, issue(code, message, [], where(line)))
    rejectedLines.push(line)
  }

  /** A row built key by key, leaving out the columns whose value is absent (`undefined`). */
  function keyed(from: readonly unknown[]): Record<string, unknown> {
    const row: Record<string, unknown> = {}
    for (let index = 0; index < singleColumns.length; index += 1) {
      const value = from[index]
      if (value !== undefined) row[(singleColumns[index] as PlannedColumn).column] = value
    }
    return row
  }

  function rejectLines(from: number, to: number): void {
    for (let line = from; line <= to; line += 1) rejectedLines.push(line)
  }

  /** The header could not be read: nothing can be, and lines it swallowed are data lines lost. */
  function unreadableHeader(problem: CsvRecordProblem, lastLine: number): void {
    headerDone = true
    stopped = true
    const code = problem.kind === 'too-long' ? 'too_large' : 'parse_error'
    fileIssues.push(issue(code, `could not read the header: ${problem.message}`, [], where(1)))
    if (lastLine > 1) {
      dataLineCount += lastLine - 1
      rejectLines(2, lastLine)
    }
  }

  function record(
    fields: readonly string[],
    line: number,
    lastLine: number,
    problem: CsvRecordProblem | undefined,
  ): void {
    if (problem === undefined && fields.length === 1 && (fields[0] as string).trim() === '') return
    if (!headerDone) {
      if (problem === undefined) header(fields)
      else unreadableHeader(problem, lastLine)
      return
    }
    // A quote never closed, or a line cut off, swallowed every line it spans: each is lost.
    const last = problem?.kind === 'unclosed-quote' || problem?.kind === 'cut-off' ? lastLine : line
    dataLineCount += last - line + 1
    if (stopped || !plan) {
      rejectLines(line, last)
      return
    }
    if (problem !== undefined) {
      const code = problem.kind === 'too-long' ? 'too_large' : 'parse_error'
      rowIssue(
        line,
        issue(code, `could not read the line as CSV: ${problem.message}`, [], where(line)),
      )
      rejectLines(line, last)
      return
    }
    if (fields.length !== headerCount) {
      const message = `expected ${headerCount} fields as in the header, found ${fields.length}`
      rejectLine(line, message, 'parse_error')
      return
    }
    if (single) {
      // One row per line (every table without a multi-row preset): the common cells (a text
      // already seen in its column, a plain decimal) are read inline into `values`, the rest
      // by readCell; the row is then built as one object literal when the table has a builder.
      let ok = true
      let absent = false
      for (let index = 0; index < singleColumns.length; index += 1) {
        const planned = singleColumns[index] as PlannedColumn
        const raw = planned.index < 0 ? planned.constant : (fields[planned.index] as string)
        let value: unknown
        if (planned.kind === 'text') {
          // Sorted files repeat a cell of the line before (month, organisation): comparing
          // with it is cheaper than hashing the new text for the cache.
          if (raw === lastRaw[index]) value = lastValue[index]
          else {
            value = planned.cache.get(raw)
            if (value !== undefined) {
              lastRaw[index] = raw
              lastValue[index] = value
            }
          }
        } else if (planned.kind === 'number') {
          const number = plainDecimal(raw)
          if (number >= 0) value = number
        }
        if (value === undefined) {
          scratch[planned.column] = undefined
          if (!readCell(planned, fields, line, scratch)) ok = false
          value = scratch[planned.column]
          if (value === undefined) absent = true
        }
        values[index] = value
      }
      if (!ok) {
        rejectedLines.push(line)
        return
      }
      const built = build === undefined || absent ? keyed(values) : build(values)
      const parsed = fastCheck?.(built) ? built : slowCheck(built, line)
      if (parsed === undefined) rejectedLines.push(line)
      else {
        rows.push(parsed)
        lines.push(line)
      }
      return
    }
    let accepted = true
    const produced: Record<string, unknown>[] = []
    for (const columns of plan.rows) {
      const row: Record<string, unknown> = {}
      let ok = true
      for (const planned of columns) if (!readCell(planned, fields, line, row)) ok = false
      if (!ok) {
        accepted = false
        continue
      }
      const parsed = fastCheck?.(row) ? row : slowCheck(row, line)
      if (parsed === undefined) accepted = false
      else produced.push(parsed)
    }
    for (const row of produced) {
      rows.push(row)
      lines.push(line)
    }
    if (!accepted) rejectedLines.push(line)
  }

  /** Validates a row the fast check did not accept, with zod, collecting its issues. */
  function slowCheck(
    row: Record<string, unknown>,
    line: number,
  ): Record<string, unknown> | undefined {
    const found: Issue[] = []
    const table = plan?.table ?? fallbackTable
    const parsed = checkTableRow(table, row, 0, found, {
      file,
      rowNumber: () => line,
      pathPrefix: [],
    })
    for (const each of found) rowIssue(line, { ...each, path: each.path.slice(1) })
    return parsed as Record<string, unknown> | undefined
  }

  const reader = createCsvRecordReader(delimiter, maxCellLength, record)

  let started = false
  return {
    push(text) {
      if (text.length === 0) return
      reader.push(started ? text : text.replace(/^\uFEFF/, ''))
      started = true
    },
    end() {
      reader.end()
      return finish()
    },
    abort() {
      reader.abort()
      return finish()
    },
  }

  function finish(): IngestedTable {
    const table = plan?.table ?? fallbackTable
    if (!headerDone) {
      fileIssues.push(
        issue('empty_input', 'the file is empty: no header and no data', [], { file, table }),
      )
    } else if (dataLineCount === 0 && !stopped) {
      fileIssues.push(
        issue('empty_input', 'the file has a header but no data rows', [], {
          file,
          table,
          severity: 'warning',
        }),
      )
    }
    if (stopped && dataLineCount > 0) {
      fileIssues.push(
        issue(
          'invalid_value',
          `no rows read: all ${dataLineCount} data line(s) rejected because of the problem above`,
          [],
          { file, table },
        ),
      )
    }
    if (plan && rows.length > 1) {
      const columns = tableKeyColumns[plan.table]
      const keyColumns = columns.map((column) => internColumn(rows, column))
      const duplicates = duplicateRows(keyColumns, rows.length)
      if (duplicates.length > 0) {
        const drop = new Set<number>()
        for (const { row, first } of duplicates) {
          drop.add(row)
          const line = lines[row] as number
          rowIssue(
            line,
            issue(
              'duplicate_key',
              `duplicate of line ${lines[first]}: same ${columns
                .filter((column) => rows[row]?.[column] !== undefined)
                .map((column) => `${column} ${JSON.stringify(rows[row]?.[column])}`)
                .join(', ')}`,
              [],
              where(line, columns.join(', ')),
            ),
          )
        }
        const rejected = new Set(rejectedLines)
        let kept = 0
        for (let index = 0; index < rows.length; index += 1) {
          if (drop.has(index)) {
            const line = lines[index] as number
            if (!rejected.has(line)) rejectedLines.push(line)
            rejected.add(line)
            continue
          }
          rows[kept] = rows[index] as Record<string, unknown>
          lines[kept] = lines[index] as number
          kept += 1
        }
        rows.length = kept
        lines.length = kept
        rejectedLines.sort((a, b) => a - b)
      }
    }
    if (unlistedRowIssues > 0) {
      fileIssues.push(
        issue(
          'invalid_value',
          `${unlistedRowIssues} more row issue(s) not listed one by one, on lines ${ranges(unlistedLines)}${unlistedLines.length > 50 ? ' ...' : ''} (every rejected line is in rejectedLines)`,
          [],
          { file, table, severity: unlistedErrors ? 'error' : 'warning' },
        ),
      )
    }
    return {
      table,
      rows: rows as TableRow<TableName>[],
      lines,
      rejectedLines,
      dataLineCount,
      issues: [...fileIssues, ...rowIssues],
    }
  }
}
