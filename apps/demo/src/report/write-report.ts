import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DemoReport } from '../job/report-model'
import { renderHtmlReport } from './html'
import { reportTables } from './report-tables'
import { tablesToXlsx, tableToCsv } from './table-export'

/** The files the report writes beside `report.html`. */
export const XLSX_NAME = 'report-tables.xlsx'
/** The folder of the CSV exports, one file per table (`<table id>.csv`). */
export const CSV_DIR = 'report-tables'

/**
 * Writes the HTML report and the export of every table it shows: one XLSX workbook (a sheet per
 * table) and one CSV per table, linked from the report. Returns the HTML file's path.
 */
export async function writeReportFiles(
  outDir: string,
  report: DemoReport,
  chartJsSource: string,
): Promise<string> {
  const tables = reportTables(report)
  // The folder holds this report's tables only: a table an earlier run had must not linger.
  await rm(join(outDir, CSV_DIR), { recursive: true, force: true })
  await mkdir(join(outDir, CSV_DIR), { recursive: true })
  await Promise.all(
    tables.map((table) => writeFile(join(outDir, CSV_DIR, `${table.id}.csv`), tableToCsv(table))),
  )
  await writeFile(join(outDir, XLSX_NAME), await tablesToXlsx(tables))
  const htmlPath = join(outDir, 'report.html')
  await writeFile(htmlPath, renderHtmlReport(report, chartJsSource), 'utf8')
  return htmlPath
}
