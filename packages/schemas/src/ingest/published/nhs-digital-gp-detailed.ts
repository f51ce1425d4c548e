import { issue } from '../../errors'
import { createOrganisationCollector } from './organisation-kinds'
import type {
  ProducedRows,
  PublishedLayout,
  PublishedReadOptions,
  RegisteredPatientsRow,
} from './published-layout'
import { monthInRange, monthOfFileName, monthOfYearAndMonth } from './published-months'
import { createRowIssues, headerIndex, numberCell } from './reader-support'

/** Which GPs the `gp` rows of a General Practice file count. */
export type GpCount = 'all' | 'excluding-trainees' | 'excluding-locums' | 'qualified-permanent'

/** Options of the `nhs-digital-general-practice` layout. */
export interface GpReadOptions extends PublishedReadOptions {
  /**
   * Which GPs to count: `all` (default, NHS Digital's "Total GPs": trainees in training grades
   * and locums included), `excluding-trainees`, `excluding-locums`, or `qualified-permanent`
   * (both excluded).
   */
  readonly gps?: GpCount | undefined
  /** How `NA`/`ND` cells are reported: once per column (default) or one warning per line. */
  readonly missingValues?: 'per-column' | 'per-line' | undefined
}

const gpColumns: Readonly<Record<GpCount, string>> = {
  all: 'totalgp',
  'excluding-trainees': 'totalgpextg',
  'excluding-locums': 'totalgpexl',
  'qualified-permanent': 'totalgpextgl',
}

const groups = [
  ['practice-nurse', 'totalnurses'],
  ['direct-patient-care', 'totaldpc'],
  ['practice-admin', 'totaladmin'],
] as const

/**
 * The `nhs-digital-general-practice` layout: "General Practice – <Month Year> Practice Level -
 * Detailed" (about 805 columns, upper- or lower-case headers). Each practice line gives four
 * workforce rows, `gp`, `practice-nurse`, `direct-patient-care` and `practice-admin`, from
 * `TOTAL_<GROUP>_HC` and `TOTAL_<GROUP>_FTE`; the hundreds of breakdown columns (by sex, age,
 * role, contract) are not read. The month comes from the `month` option, else `YEAR`/`MONTH`
 * columns, else the file name. `NA` ("not available": the practice sent no valid records for
 * that group) and `ND` are missing values, never 0: that group's row is left out and each
 * column's missing values are reported once. `TOTAL_PATIENTS` is kept as the list size.
 */
export const nhsDigitalGeneralPracticeLayout: PublishedLayout = {
  name: 'nhs-digital-general-practice',
  table: 'workforce',
  description: 'NHS Digital General Practice Workforce, practice level, detailed',
  requiredHeaders: [
    'praccode',
    'pracname',
    'icbcode',
    'icbname',
    'totalpatients',
    'totalgphc',
    'totalgpfte',
    'totalnurseshc',
    'totalnursesfte',
    'totaldpchc',
    'totaldpcfte',
    'totaladminhc',
    'totaladminfte',
  ],
  optionalHeaders: [],
  openHeaders: true,
  createReader(headers, options: GpReadOptions) {
    const file = options.file
    const at = headerIndex(headers)
    const count = options.gps ?? 'all'
    const gp = gpColumns[count]
    if (gp === undefined || !at.has(`${gp}hc`) || !at.has(`${gp}fte`)) {
      return {
        issues: [
          issue(
            'invalid_value',
            `gps must be one of ${Object.keys(gpColumns).join(', ')} and its columns must be in the file; received "${String(count)}"`,
            ['gps'],
            { file },
          ),
        ],
      }
    }
    const year = at.get('year')
    const monthColumn = at.get('month')
    const fixedMonth =
      options.month ??
      (year === undefined || monthColumn === undefined ? monthOfFileName(file ?? '') : undefined)
    if (fixedMonth === undefined && (year === undefined || monthColumn === undefined)) {
      return {
        issues: [
          issue(
            'missing_column',
            'the file has no date column: pass the month option (yyyy-mm) or keep NHS Digital\'s file name ("General Practice – June 2025 Practice Level - Detailed.csv")',
            ['month'],
            { file, table: 'workforce', row: 1 },
          ),
        ],
      }
    }
    const read = [['gp', gp], ...groups].map(([code, stem]) => ({
      code,
      hc: at.get(`${stem}hc`) as number,
      fte: at.get(`${stem}fte`) as number,
    }))
    const practice = at.get('praccode') as number
    const name = at.get('pracname') as number
    const icb = at.get('icbcode') as number
    const icbName = at.get('icbname') as number
    const region = at.get('regionname')
    const patientsColumn = at.get('totalpatients') as number
    const issues = createRowIssues(file, 'workforce')
    const organisations = createOrganisationCollector(file, options.places)
    const missing = new Map<number, { marker: Set<string>; lines: number[] }>()
    const rows: ProducedRows = { rows: [], lines: [] }
    const patients: RegisteredPatientsRow[] = []
    const seen = new Map<string, number>()
    let skippedByMonth = 0

    function value(fields: readonly string[], index: number, line: number): number | undefined {
      const cell = numberCell(fields[index] as string)
      if ('value' in cell) return cell.value
      if ('invalid' in cell) {
        issues.add(
          'invalid_type',
          `${headers[index]}: ${cell.invalid}`,
          line,
          headers[index] as string,
        )
        return undefined
      }
      const entry = missing.get(index) ?? { marker: new Set<string>(), lines: [] }
      missing.set(index, entry)
      entry.marker.add(cell.missing)
      entry.lines.push(line)
      if (options.missingValues === 'per-line') {
        issues.add(
          'suppressed_value',
          `${headers[index]} is "${cell.missing}", a missing value (not 0): that staff group's row is left out`,
          line,
          headers[index] as string,
          'warning',
        )
      }
      return undefined
    }

    return {
      record(fields, line) {
        if (fields.length !== headers.length) {
          issues.add(
            'parse_error',
            `expected ${headers.length} fields as in the header, found ${fields.length}`,
            line,
            '',
          )
          return
        }
        const month =
          fixedMonth ??
          monthOfYearAndMonth(
            fields[year as number] as string,
            fields[monthColumn as number] as string,
          )
        if (month === undefined) {
          issues.add(
            'invalid_value',
            `YEAR/MONTH: expected a year and a month 1-12, received "${fields[year as number]}" and "${fields[monthColumn as number]}"`,
            line,
            'month',
          )
          return
        }
        if (!monthInRange(month, options.from, options.to)) {
          skippedByMonth += 1
          return
        }
        const organisation = (fields[practice] as string).trim()
        const key = `${month} ${organisation}`
        const first = seen.get(key)
        if (first !== undefined) {
          issues.add(
            'duplicate_key',
            `duplicate of line ${first}: same month ${month}, practice ${organisation}`,
            line,
            headers[practice] as string,
          )
          return
        }
        seen.set(key, line)
        organisations.add(
          {
            code: organisation,
            name: (fields[name] as string).trim(),
            sector: 'primary-care',
            icsCode: (fields[icb] as string).trim(),
            icsName: (fields[icbName] as string).trim(),
            region: region === undefined ? undefined : (fields[region] as string).trim(),
          },
          line,
        )
        const listSize = value(fields, patientsColumn, line)
        if (listSize !== undefined) patients.push({ month, organisation, patients: listSize })
        for (const each of read) {
          const headcount = value(fields, each.hc, line)
          const fte = value(fields, each.fte, line)
          if (headcount === undefined || fte === undefined) continue
          rows.rows.push({ month, organisation, staffGroup: each.code, headcount, fte })
          rows.lines.push(line)
        }
      },
      end() {
        const summaries = [...missing].map(([index, { marker, lines }]) =>
          issue(
            'suppressed_value',
            `${headers[index]} is ${[...marker].map((each) => `"${each}"`).join(' or ')} (NHS Digital: not available / not disclosed, a missing value, not 0) on ${lines.length} line(s): ${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ' ...' : ''}; those practices have no row for that staff group`,
            [],
            {
              file,
              table: 'workforce',
              row: lines[0],
              column: headers[index],
              severity: 'warning',
            },
          ),
        )
        const reference = organisations.tables()
        const gpsRead =
          count === 'all'
            ? 'all GPs (trainees in training grades and locums included; pass gps to exclude them)'
            : `GPs ${count}`
        return {
          tables: {
            workforce: rows,
            organisations: reference.organisations,
            integratedCareSystems: reference.integratedCareSystems,
            places: reference.places,
          },
          extras: { registeredPatients: patients },
          rejectedLines: issues.rejected,
          issues: [
            ...(options.missingValues === 'per-line' ? [] : summaries),
            ...reference.issues,
            ...issues.issues(),
          ],
          readAs: `NHS Digital General Practice detailed file${fixedMonth ? ` for ${fixedMonth}` : ''}: ${rows.rows.length} workforce row(s) for gp, practice-nurse, direct-patient-care and practice-admin, counting ${gpsRead}; ${patients.length} list size(s) kept as registeredPatients${options.from || options.to ? `; ${skippedByMonth} line(s) outside the months asked for skipped` : ''}.`,
        }
      },
    }
  },
}
