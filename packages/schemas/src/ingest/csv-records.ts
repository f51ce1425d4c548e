/**
 * Reads CSV text, fed in chunks of any size, into records (RFC 4180): fields separated by one
 * delimiter character, records by a line end that is found line by line, so CRLF, LF and a lone
 * CR (Excel's "CSV (Macintosh)") may be mixed in one file. A field that starts with `"` is
 * quoted: it may hold delimiters, quotes written `""` and line ends, and closes at a `"`
 * followed (after optional spaces) by the delimiter or a line end. A quote inside an unquoted
 * field is kept as text.
 *
 * Every record is handed on with the lines it spans and what is wrong with it, so the caller
 * can account for every line: text after a closing quote, a quote never closed (the lines it
 * swallowed), a field longer than the limit (its text is not kept, so memory stays bounded) or
 * a last line cut off when the source failed.
 */
export type CsvRecordProblem =
  | { readonly kind: 'text-after-quote'; readonly message: string }
  | { readonly kind: 'unclosed-quote'; readonly message: string }
  | { readonly kind: 'too-long'; readonly message: string }
  | { readonly kind: 'cut-off'; readonly message: string }

/** Receives one record: its fields, its first and last line (1-based), and its problem if any. */
export type CsvRecordHandler = (
  fields: string[],
  line: number,
  lastLine: number,
  problem: CsvRecordProblem | undefined,
) => void

/** Feeds text in; `end` flushes the last record, `abort` reports it as cut off instead. */
export interface CsvRecordReader {
  readonly push: (text: string) => void
  readonly end: () => void
  readonly abort: () => void
}

const lf = 10
const cr = 13
const quote = 34
const space = 32
const tab = 9

// Where the reader is inside a record.
const fieldStart = 0
const unquoted = 1
const quoted = 2
/** A quote was the last character of a chunk inside a quoted field: `""` or a closing quote. */
const quoteAtChunkEnd = 3
const afterQuote = 4

/** The next position of `character` from `from`, or infinity when there is none. */
function after(text: string, character: string, from: number): number {
  const found = text.indexOf(character, from)
  return found < 0 ? Number.POSITIVE_INFINITY : found
}

/** Creates a reader for `delimiter` (one character) that flags fields longer than `maxFieldLength`. */
export function createCsvRecordReader(
  delimiter: string,
  maxFieldLength: number,
  onRecord: CsvRecordHandler,
): CsvRecordReader {
  const delimiterCode = delimiter.charCodeAt(0)
  let line = 1
  let recordLine = 1
  let lastTextLine = 1
  let fields: string[] = []
  let field = ''
  let fieldLength = 0
  let mode = fieldStart
  let problem: CsvRecordProblem | undefined
  let tooLong = false
  // The last character read was a CR ending a line: an LF right after it belongs to it.
  let crPending = false

  function add(text: string): void {
    fieldLength += text.length
    if (tooLong) return
    if (fieldLength > maxFieldLength) {
      tooLong = true
      field = ''
    } else field += text
  }

  function finishField(): void {
    fields.push(field)
    field = ''
    fieldLength = 0
    mode = fieldStart
  }

  function finishRecord(): void {
    finishField()
    const flagged: CsvRecordProblem | undefined = tooLong
      ? {
          kind: 'too-long',
          message: `a cell is longer than ${maxFieldLength} characters (the maxCellLength option)`,
        }
      : problem
    const record = fields
    const first = recordLine
    fields = []
    problem = undefined
    tooLong = false
    onRecord(record, first, line, flagged)
  }

  /** A line end at `at` (a CR or LF) ends the record; returns where reading goes on. */
  function endLine(text: string, at: number): number {
    finishRecord()
    line += 1
    recordLine = line
    lastTextLine = line
    if (text.charCodeAt(at) !== cr) return at + 1
    if (at + 1 < text.length) return text.charCodeAt(at + 1) === lf ? at + 2 : at + 1
    crPending = true
    return at + 1
  }

  /** Counts the line ends inside a quoted segment, CRLF as one. */
  function countLines(text: string, from: number, to: number): void {
    for (let at = from; at < to; at += 1) {
      const code = text.charCodeAt(at)
      if (code === lf) {
        if (!crPending) line += 1
        crPending = false
      } else if (code === cr) {
        line += 1
        crPending = true
      } else {
        crPending = false
        lastTextLine = line
      }
    }
  }

  /** Reads one record character by character from `start`; returns where it stopped. */
  function slowRecord(text: string, start: number): number {
    let at = start
    const length = text.length
    while (at < length) {
      const code = text.charCodeAt(at)
      if (mode === fieldStart || mode === unquoted) {
        if (mode === fieldStart && code === quote) {
          mode = quoted
          at += 1
          continue
        }
        let end = at
        while (end < length) {
          const each = text.charCodeAt(end)
          if (each === delimiterCode || each === lf || each === cr) break
          end += 1
        }
        if (end > at) add(text.slice(at, end))
        lastTextLine = line
        if (end === length) {
          mode = unquoted
          return length
        }
        if (text.charCodeAt(end) === delimiterCode) {
          finishField()
          at = end + 1
          continue
        }
        return endLine(text, end)
      }
      if (mode === quoted) {
        const close = text.indexOf('"', at)
        const to = close < 0 ? length : close
        countLines(text, at, to)
        if (to > at) add(text.slice(at, to))
        if (close < 0) return length
        crPending = false
        if (close + 1 === length) {
          mode = quoteAtChunkEnd
          return length
        }
        if (text.charCodeAt(close + 1) === quote) {
          add('"')
          at = close + 2
        } else {
          mode = afterQuote
          at = close + 1
        }
        lastTextLine = line
        continue
      }
      if (mode === quoteAtChunkEnd) {
        if (code === quote) {
          add('"')
          mode = quoted
          at += 1
        } else mode = afterQuote
        continue
      }
      // After a closing quote: spaces, then the delimiter or a line end.
      if (code === delimiterCode) {
        finishField()
        at += 1
      } else if (code === space || code === tab) at += 1
      else if (code === lf || code === cr) return endLine(text, at)
      else {
        problem ??= {
          kind: 'text-after-quote',
          message: `text after the closing quote of cell ${fields.length + 1} (write a quote inside a quoted cell as "")`,
        }
        mode = unquoted
      }
    }
    return at
  }

  function push(text: string): void {
    const length = text.length
    let at = 0
    if (crPending && length > 0 && mode === fieldStart && fields.length === 0) {
      crPending = false
      if (text.charCodeAt(0) === lf) at = 1
    }
    let nextLf = -1
    let nextCr = -1
    let nextQuote = -1
    while (at < length) {
      if (mode !== fieldStart || fields.length > 0) {
        at = slowRecord(text, at)
        continue
      }
      // The common case: a whole line in this chunk with no quote is split in one go.
      if (nextLf < at) nextLf = after(text, '\n', at)
      if (nextCr < at) nextCr = after(text, '\r', at)
      if (nextQuote < at) nextQuote = after(text, '"', at)
      const end = Math.min(nextLf, nextCr)
      if (end === Number.POSITIVE_INFINITY || nextQuote < end) {
        at = slowRecord(text, at)
        continue
      }
      const record = end === at ? [''] : text.slice(at, end).split(delimiter)
      if (end - at > maxFieldLength && record.some((each) => each.length > maxFieldLength)) {
        tooLong = true
      }
      fields = record
      field = record.pop() as string
      at = endLine(text, end)
    }
  }

  return {
    push,
    end() {
      crPending = false
      if (mode === quoted) {
        problem = {
          kind: 'unclosed-quote',
          message: `a quote opened on line ${recordLine} is never closed, so lines ${recordLine}-${lastTextLine} were read as one cell (check for a stray " on line ${recordLine})`,
        }
        line = lastTextLine
        finishRecord()
      } else if (mode !== fieldStart || fields.length > 0) finishRecord()
    },
    abort() {
      if (mode !== fieldStart || fields.length > 0) {
        problem = {
          kind: 'cut-off',
          message: `line ${recordLine} was cut off when reading the source failed, so it is not read`,
        }
        if (mode === quoted) line = lastTextLine
        finishRecord()
      }
    },
  }
}
