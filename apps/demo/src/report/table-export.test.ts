import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ReportTable } from './report-tables'
import { csvCell, tablesToXlsx, tableToCsv } from './table-export'

const text = { header: 'name', kind: 'text' } as const
const percent = { header: 'rate (%)', kind: 'percent' } as const

/** Splits one RFC 4180 line back into cells (quotes doubled inside quoted cells). */
function parseLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and writes percentages as percent', () => {
    expect(csvCell('Eastfield, and "Southmoor"', text)).toBe('"Eastfield, and ""Southmoor"""')
    expect(csvCell('two\nlines', text)).toBe('"two\nlines"')
    expect(csvCell(0.1539, percent)).toBe('15.39')
    expect(csvCell(Number.NaN, percent)).toBe('')
  })

  it('defuses text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(csvCell('=HYPERLINK("x")', text)).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-3', text)).toBe("'-3")
    expect(csvCell('-1234.50', { header: 'cost (£)', kind: 'gbp' })).toBe('-1234.50')
  })

  it('round-trips any text cell through the CSV (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (cells) => {
        const table: ReportTable = {
          id: 't',
          title: 't',
          columns: cells.map((_, index) => ({ header: `c${index}`, kind: 'text' as const })),
          rows: [cells.map((cell) => cell.replaceAll('\r', ''))],
        }
        const csv = tableToCsv(table)
        const body = csv.slice(csv.indexOf('\r\n') + 2, -2)
        const expected = cells.map((cell) => {
          const plain = cell.replaceAll('\r', '')
          return /^[=+\-@\t]/.test(plain) ? `'${plain}` : plain
        })
        expect(parseLine(body)).toEqual(expected)
      }),
    )
  })
})

describe('XLSX export', () => {
  it('writes a sheet per table with numbers as numbers, unique names of at most 31 characters', async () => {
    const long = 'a-very-long-table-id-that-passes-thirty-one-characters'
    const tables: ReportTable[] = [
      {
        id: long,
        title: 'First',
        columns: [text, percent, { header: 'cost (£)', kind: 'gbp' }],
        rows: [['STM02', 0.154, '1234567.89']],
      },
      { id: `${long}-again`, title: 'Second', columns: [text], rows: [['x']] },
    ]
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await tablesToXlsx(tables)).buffer as ArrayBuffer)
    const names = workbook.worksheets.map((sheet) => sheet.name)
    expect(names).toHaveLength(2)
    expect(new Set(names).size).toBe(2)
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31)
    const row = workbook.worksheets[0]?.getRow(3)
    expect(row?.getCell(1).value).toBe('STM02')
    expect(row?.getCell(2).value).toBe(0.154)
    expect(row?.getCell(2).numFmt).toBe('0.0%')
    expect(row?.getCell(3).value).toBe(1234567.89)
  })
})
