import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeIngestCsv } from './ingest-csv'
import { safeIngestCsvStream } from './ingest-csv-stream'

// Issue 15, finding 3 (rows lost or wrong in ingest): each test failed on the code before.
const header = 'month,organisation,staffGroup,headcount,fte'
const workforce = { table: 'workforce' } as const
const summary = (result: ReturnType<typeof safeIngestCsv>) => ({
  lines: result.ingested.lines,
  rejectedLines: result.ingested.rejectedLines,
  dataLineCount: result.ingested.dataLineCount,
})

describe('CSV ingest accounts for every line', () => {
  it("reads CR-only line ends (Excel's CSV (Macintosh))", () => {
    const result = safeIngestCsv(`${header}\r2024-04,RJ1,ahp,2,2\r2024-05,RJ1,ahp,3,3\r`, workforce)
    expect(result.issues).toEqual([])
    expect(summary(result)).toEqual({ lines: [2, 3], rejectedLines: [], dataLineCount: 2 })
  })

  it('finds the line end of each line: a CRLF header over LF rows, and CR, LF and CRLF mixed', () => {
    const mixed = `${header}\r\n2024-04,RJ1,ahp,2,2\n2024-05,RJ1,ahp,3,3\r2024-06,RJ1,ahp,4,4\r\n2024-07,RJ1,ahp,5,5`
    const result = safeIngestCsv(mixed, workforce)
    expect(result.issues).toEqual([])
    expect(result.ingested.rows.map((row) => row.headcount)).toEqual([2, 3, 4, 5])
    expect(summary(result)).toEqual({ lines: [2, 3, 4, 5], rejectedLines: [], dataLineCount: 4 })
  })

  it('reports an unterminated quote with the range of lines it swallowed, each a rejected line', () => {
    const text = `${header}\n2024-04,RJ1,ahp,2,2\n2024-05,RJ1,"ahp,3,3\n2024-06,RJ1,ahp,4,4\n2024-07,RJ1,ahp,5,5\n`
    const result = safeIngestCsv(text, workforce)
    expect(result.success).toBe(false)
    expect(summary(result)).toEqual({ lines: [2], rejectedLines: [3, 4, 5], dataLineCount: 4 })
    expect(result.issues[0]).toMatchObject({ code: 'parse_error', row: 3 })
    expect(result.issues[0]?.message).toContain('lines 3-5 were read as one cell')
  })

  it('rejects only the line with text after a closing quote', () => {
    const text = `${header}\n2024-04,RJ1,"ahp"x,2,2\n2024-05,RJ1,ahp,3,3\n`
    const result = safeIngestCsv(text, workforce)
    expect(summary(result)).toEqual({ lines: [3], rejectedLines: [2], dataLineCount: 2 })
    expect(result.issues[0]?.message).toContain('text after the closing quote of cell 3')
  })

  it('gives no row from the line a failed stream cut off (1080.5 never becomes 108)', async () => {
    async function* failing() {
      yield `${header}\n2024-04,RJ1,ahp,2,2\n2024-04,RJ1,midwife,1204,108`
      throw new Error('connection reset')
    }
    const result = await safeIngestCsvStream(failing(), workforce)
    expect(result.success).toBe(false)
    expect(result.ingested.rows.map((row) => row.fte)).toEqual([2])
    expect(summary(result)).toEqual({ lines: [2], rejectedLines: [3], dataLineCount: 2 })
    expect(result.issues.map((each) => each.message)).toEqual([
      'could not read the file: connection reset',
      'could not read the line as CSV: line 3 was cut off when reading the source failed, so it is not read',
    ])
  })

  it('rejects a cell longer than maxCellLength without keeping its text, even inside quotes', async () => {
    const long = `"${'x'.repeat(40)}\n${'y'.repeat(40)}"`
    const chunks = [
      `${header},payBand\n2024-04,RJ1,ahp,2,2,${long.slice(0, 30)}`,
      long.slice(30),
      '\n',
    ]
    chunks.push('2024-05,RJ1,ahp,3,3,band\n')
    const result = await safeIngestCsvStream(chunks, { ...workforce, maxCellLength: 20 })
    expect(summary(result)).toEqual({ lines: [4], rejectedLines: [2], dataLineCount: 2 })
    expect(result.issues[0]).toMatchObject({ code: 'too_large', row: 2 })
  })

  it('refuses unknown option values before reading (onSuppressed: warn is not success with 0 rows)', () => {
    const text = `${header}\n2024-04,RJ1,ahp,2,2\n`
    const refused = (options: unknown) => {
      const result = safeIngestCsv(text, options as typeof workforce)
      expect(result.success).toBe(false)
      expect(result.issues.length).toBeGreaterThan(0)
      return result.issues.map((each) => each.code)
    }
    expect(refused({ table: 'workforce', onSuppressed: 'warn' })).toEqual(['invalid_value'])
    expect(refused({ table: 'staff' })).toEqual(['unknown_code'])
    expect(refused({ table: 'constructor' })).toEqual(['unknown_code'])
    expect(refused({ columns: 'toString' })).toEqual(['unknown_code'])
    expect(refused({ table: 'workforce', columns: { Org: 'organization' } })).toEqual([
      'unknown_code',
    ])
    expect(refused({ table: 'workforce', delimiter: ',,' })).toEqual(['invalid_value'])
    expect(refused({ table: 'workforce', month: '2024-02-31' })).toEqual(['invalid_value'])
    expect(refused({ table: 'workforce', maxCellLength: -1 })).toEqual(['invalid_value'])
    expect(refused({})).toEqual(['required'])
    expect(refused(undefined)).toEqual(['required'])
    expect(refused(null)).toEqual(['invalid_type'])
  })

  it('reads the month option with the month parser', () => {
    const text = 'organisation,staffGroup,headcount,fte\nRJ1,ahp,2,2\n'
    const result = safeIngestCsv(text, { table: 'workforce', month: 'Mar-24' })
    expect(result.ingested.rows[0]?.month).toBe('2024-03')
  })

  it('refuses month cells that are not real dates, with the reason', () => {
    const text = `${header}\n2024-02-31,RJ1,ahp,2,2\nJunk-24,RJ1,ahp,2,2\n31Marzipan2024,RJ1,ahp,2,2\nMar-99,RJ1,ahp,2,2\n`
    const result = safeIngestCsv(text, workforce)
    expect(result.ingested.rows.map((row) => row.month)).toEqual(['1999-03'])
    expect(result.ingested.rejectedLines).toEqual([2, 3, 4])
    expect(result.issues.map((each) => each.message)).toEqual([
      'month: "2024-02-31": February 2024 has no day 31 (it has 29)',
      'month: "Junk-24": "Junk" is not a month name (write Mar or March, for example)',
      'month: "31Marzipan2024": "Marzipan" is not a month name (write Mar or March, for example)',
    ])
  })
})

// A generated file: records of the workforce table with a free-text pay band that may hold
// delimiters, quotes and line ends of every kind, some lines broken on purpose, written with a
// random line end per line and fed in random chunks.
type Line =
  | { readonly kind: 'row'; readonly payBand: string; readonly headcount: number }
  | { readonly kind: 'text-after-quote' }
  | { readonly kind: 'wrong-field-count' }

const lineEnd = fc.constantFrom('\n', '\r\n', '\r')
const payBand = fc
  .array(fc.constantFrom('a', '5', ' ', ',', ';', '\t', '|', '"', '\n', '\r', '\r\n'), {
    maxLength: 6,
  })
  .map((parts) => `b${parts.join('')}x`)
const line: fc.Arbitrary<Line> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('row' as const), payBand, headcount: fc.nat(999) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'text-after-quote' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'wrong-field-count' as const }) },
)

function quoted(text: string, delimiter: string): string {
  const special = /["\r\n]/.test(text) || text.includes(delimiter)
  return special ? `"${text.replaceAll('"', '""')}"` : text
}

function lineText(each: Line, index: number, delimiter: string): string {
  const organisation = `R${index}`
  const cells =
    each.kind === 'row'
      ? ['2024-04', organisation, 'ahp', quoted(each.payBand, delimiter), each.headcount, 1]
      : each.kind === 'text-after-quote'
        ? ['2024-04', organisation, '"ahp"x', 'band', 2, 1]
        : ['2024-04', organisation, 'ahp', 2, 1]
  return cells.join(delimiter)
}

/** Physical lines a text spans, counting CRLF as one line end. */
function linesIn(text: string): number {
  return text.split(/\r\n|\r|\n/).length
}

function chunked(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)
  return [0, ...points].map((start, index) => text.slice(start, points[index] ?? text.length))
}

describe('every data line is a row or a rejected line (property)', () => {
  it('holds under random delimiters, line ends per line, chunking and an optional unclosed quote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, lineEnd), { minLength: 1, maxLength: 12 }),
        fc.option(fc.array(lineEnd, { minLength: 1, maxLength: 4 })),
        fc.array(fc.nat(), { maxLength: 10 }),
        lineEnd,
        fc.constantFrom(',', ';', '\t', '|'),
        async (lines, unclosed, cuts, headerEnd, delimiter) => {
          const header = ['month', 'organisation', 'staffGroup', 'payBand', 'headcount', 'fte']
          let text = `${header.join(delimiter)}${headerEnd}`
          let next = 2
          const expectedRows: { line: number; payBand: string; headcount: number }[] = []
          const expectedRejected: number[] = []
          lines.forEach(([each, end], index) => {
            const written = lineText(each, index, delimiter)
            if (each.kind === 'row') {
              expectedRows.push({ line: next, payBand: each.payBand, headcount: each.headcount })
            } else expectedRejected.push(next)
            text += written + end
            next += linesIn(written)
          })
          if (unclosed !== null) {
            // A stray quote opens a cell never closed: its line and every later one are lost.
            unclosed.forEach((end, index) => {
              const first = ['2024-04', 'RZ', 'ahp', '"stray', 1, 1]
              const later = ['2024-04', `RZ${index}`, 'ahp', 'band', 1, 1]
              text += `${(index === 0 ? first : later).join(delimiter)}${end}`
              expectedRejected.push(next + index)
            })
          }
          const options = { table: 'workforce', delimiter } as const
          const result = await safeIngestCsvStream(chunked(text, cuts), options)
          const whole = safeIngestCsv(text, options)
          expect(result.ingested).toEqual(whole.ingested)
          const { rows, lines: rowLines, rejectedLines, dataLineCount } = result.ingested
          expect(rowLines).toEqual(expectedRows.map((each) => each.line))
          expect(rows.map((row) => [row.payBand, row.headcount])).toEqual(
            expectedRows.map((each) => [each.payBand, each.headcount]),
          )
          expect(rejectedLines).toEqual(expectedRejected)
          expect(dataLineCount).toBe(rowLines.length + rejectedLines.length)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('quoted cells with any delimiter', () => {
  it('reads a tab-separated file with quoted cells (a tab after a closing quote is the delimiter)', () => {
    const text =
      'month\torganisation\tstaffGroup\theadcount\tfte\n"2024-04"\t"RJ1"\tahp\t"1,204"\t2\n'
    const result = safeIngestCsv(text, { table: 'workforce', delimiter: '\t' })
    expect(result.issues).toEqual([])
    expect(result.ingested.rows[0]).toMatchObject({ organisation: 'RJ1', headcount: 1204 })
  })
})
