import { issue } from '../../errors'
import { createOrganisationCollector, sectorOfNhsOrganisationType } from './organisation-kinds'
import type { ProducedRows, PublishedLayout } from './published-layout'
import { monthInRange, monthOfPublishedDate } from './published-months'
import { createRowIssues, headerIndex, numberCell, valueOrLeaveLineOut } from './reader-support'

const required = [
  'date',
  'icscode',
  'icsname',
  'orgcode',
  'orgname',
  'orgtype',
  'ftedayslost',
  'ftedaysavailable',
]

/**
 * The `nhs-digital-sickness-absence` layout: "NHS Sickness Absence rates CSV, <Month Year>.csv",
 * one line per organisation and month (`DATE` the month end as `dd/mm/yyyy`), for all staff:
 * the file has no staff group, so each row is `allStaff: true`. `FTE_DAYS_LOST` and
 * `FTE_DAYS_AVAILABLE` are read; `SICKNESS_ABSENCE_RATE_PERCENT` is a check (the rate computed
 * from the two must round to it). Organisations, ICSs and places come from the file.
 */
export const nhsDigitalSicknessAbsenceLayout: PublishedLayout = {
  name: 'nhs-digital-sickness-absence',
  table: 'sickness',
  description: 'NHS Digital NHS Sickness Absence rates, organisation level, monthly',
  requiredHeaders: required,
  optionalHeaders: ['nhseregioncode', 'nhseregionname', 'sicknessabsenceratepercent'],
  createReader(headers, options) {
    const file = options.file
    const at = headerIndex(headers)
    const [date, icsCode, icsName, orgCode, orgName, orgType, lost, available] = required.map(
      (name) => at.get(name) as number,
    ) as [number, number, number, number, number, number, number, number]
    const rate = at.get('sicknessabsenceratepercent')
    const region = at.get('nhseregionname')
    const issues = createRowIssues(file, 'sickness')
    const organisations = createOrganisationCollector(file, options.places)
    const rows: ProducedRows = { rows: [], lines: [] }
    const seen = new Map<string, number>()
    const checks: ReturnType<typeof issue>[] = []
    let skippedByMonth = 0
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
        const month = monthOfPublishedDate(fields[date] as string)
        if (month === undefined) {
          issues.add(
            'invalid_value',
            `DATE: expected a date such as 30/04/2024, received "${fields[date]}"`,
            line,
            headers[date] as string,
          )
          return
        }
        if (!monthInRange(month, options.from, options.to)) {
          skippedByMonth += 1
          return
        }
        const values: number[] = []
        for (const index of [lost, available]) {
          const days = valueOrLeaveLineOut(issues, headers, fields, index, line)
          if (days === undefined) return
          values.push(days)
        }
        const organisation = (fields[orgCode] as string).trim()
        const key = `${month} ${organisation}`
        const first = seen.get(key)
        if (first !== undefined) {
          issues.add(
            'duplicate_key',
            `duplicate of line ${first}: same month ${month}, organisation ${organisation}`,
            line,
            headers[orgCode] as string,
          )
          return
        }
        seen.set(key, line)
        const [daysLost, daysAvailable] = values as [number, number]
        if (rate !== undefined) {
          const published = numberCell(fields[rate] as string)
          const computed = daysAvailable > 0 ? (100 * daysLost) / daysAvailable : 0
          if (
            'value' in published &&
            Math.abs(Math.round(computed * 100) / 100 - published.value) > 0.0051
          ) {
            checks.push(
              issue(
                'not_reconciled',
                `${organisation} ${month}: FTE days lost / available is ${computed.toFixed(4)}% but the file's rate is ${published.value}%`,
                [],
                { file, table: 'sickness', row: line, column: headers[rate], severity: 'warning' },
              ),
            )
          }
        }
        const kind = (fields[orgType] as string).trim()
        const sector = sectorOfNhsOrganisationType(kind)
        if (sector === undefined) {
          issues.add(
            'unknown_code',
            `ORG_TYPE: no sector is known for "${kind}" (organisation ${organisation} is not added to organisations)`,
            line,
            headers[orgType] as string,
            'warning',
          )
        } else {
          organisations.add(
            {
              code: organisation,
              name: (fields[orgName] as string).trim(),
              sector,
              icsCode: (fields[icsCode] as string).trim(),
              icsName: (fields[icsName] as string).trim(),
              region: region === undefined ? undefined : (fields[region] as string).trim(),
            },
            line,
          )
        }
        rows.rows.push({
          month,
          organisation,
          allStaff: true,
          fteDaysLost: daysLost,
          fteDaysAvailable: daysAvailable,
        })
        rows.lines.push(line)
      },
      end() {
        const reference = organisations.tables()
        const range =
          options.from || options.to
            ? ` (${skippedByMonth} line(s) outside the months asked for skipped)`
            : ''
        return {
          tables: {
            sickness: rows,
            organisations: reference.organisations,
            integratedCareSystems: reference.integratedCareSystems,
            places: reference.places,
          },
          rejectedLines: issues.rejected,
          issues: [...checks, ...reference.issues, ...issues.issues()],
          readAs: `NHS Digital sickness absence file: ${rows.rows.length} organisation-month row(s) for all staff (the file has no staff group)${range}; the published rate is checked against FTE days lost / available.`,
        }
      },
    }
  },
}
