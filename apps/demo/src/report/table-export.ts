import ExcelJS from 'exceljs'
import type { ReportCell, ReportColumn, ReportTable } from './report-tables'

/**
 * A cell as CSV text (RFC 4180): quoted when it holds a comma, quote or line break; text that
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'` (OWASP
 * CSV injection advice); percentages written as percent numbers under their "(%)" header.
 */
export function csvCell(value: ReportCell, column: ReportColumn): string {
  let text: string
  if (typeof value === 'number') {
    const scaled = column.kind === 'percent' ? value * 100 : value
    text = Number.isFinite(scaled) ? String(Math.round(scaled * 10_000) / 10_000) : ''
  } else {
    text = column.kind !== 'gbp' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A report table as CSV text: a header row, then one line per row (CRLF, as RFC 4180). */
export function tableToCsv(table: ReportTable): string {
  const header = table.columns.map((column) => csvCell(column.header, { ...column, kind: 'text' }))
  const lines = table.rows.map((row) =>
    table.columns.map((column, index) => csvCell(row[index] ?? '', column)).join(','),
  )
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`
}

const numberFormats: Partial<Record<ReportColumn['kind'], string>> = {
  fte: '#,##0',
  integer: '#,##0',
  percent: '0.0%',
  gbp: '£#,##0',
  score: '0.000',
  decimal: '0.00',
}

/** An Excel sheet name: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(id: string, used: Set<string>): string {
  const base = id.replaceAll(/[[\]:*?/\\]/g, '-').slice(0, 31)
  let name = base
  for (let n = 2; used.has(name); n += 1) name = `${base.slice(0, 28)}-${n}`
  used.add(name)
  return name
}

/**
 * Every report table as one XLSX workbook (exceljs), a sheet per table: a title row, the
 * header, then the rows with numbers as numbers (percentages as fractions formatted `0.0%`,
 * pounds as numbers formatted `£#,##0`).
 */
export async function tablesToXlsx(tables: readonly ReportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'oneworkforce demo'
  const used = new Set<string>()
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.id, used))
    sheet.addRow([table.title]).font = { bold: true, size: 13 }
    const header = sheet.addRow(table.columns.map((column) => column.header))
    header.font = { bold: true }
    sheet.views = [{ state: 'frozen', ySplit: 2 }]
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((column, index) => {
          const value = row[index] ?? ''
          if (column.kind === 'gbp' && typeof value === 'string' && value !== '')
            return Number(value)
          return value
        }),
      )
    }
    table.columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1)
      const format = numberFormats[column.kind]
      if (format) sheetColumn.numFmt = format
      const widest = Math.max(
        column.header.length,
        ...table.rows.map((row) => String(row[index] ?? '').length),
      )
      sheetColumn.width = Math.min(60, Math.max(10, widest + 2))
    })
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
