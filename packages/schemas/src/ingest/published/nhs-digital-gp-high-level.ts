import { issue } from '../../errors'
import { normaliseStaffGroupName } from '../nhs-staff-groups'
import { createOrganisationCollector } from './organisation-kinds'
import type { ProducedRows, PublishedLayout } from './published-layout'
import { monthInRange, monthOfFileName, monthOfYearAndMonth } from './published-months'
import { createRowIssues, headerIndex, valueOrLeaveLineOut } from './reader-support'

/** Default codes of detailed roles (first) and staff groups of the high-level file, normalised. */
const gpCodes = new Map(
  (
    [
      ['Clinical Pharmacist', 'clinical-pharmacist'],
      ['Pharmacist', 'clinical-pharmacist'],
      ['Physician Associate', 'physician-associate'],
      ['GP', 'gp'],
      ['GPs', 'gp'],
      ['Nurses', 'practice-nurse'],
      ['Nurse', 'practice-nurse'],
      ['Direct Patient Care', 'direct-patient-care'],
      ['Admin/Non-Clinical', 'practice-admin'],
      ['Admin', 'practice-admin'],
    ] as const
  ).map(([name, code]) => [normaliseStaffGroupName(name), code]),
)

/** FTE summed over roles, rounded to 10⁻⁶ so sums of the file's one-decimal values print as the file's. */
const roundFte = (fte: number) => Math.round(fte * 1e6) / 1e6

interface Cell {
  fte: number | undefined
  headcount: number | undefined
  line: number
}

/**
 * The `nhs-digital-general-practice-high-level` layout: the long "Practice Level - High level"
 * CSV, one line per practice × staff group × detailed role × measure (`FTE`, `Headcount`) with
 * the number in `value`. Roles are mapped to codes (the detailed role first, so pharmacists and
 * physician associates get their own groups, else the staff group) and summed per practice,
 * code and month. A summed headcount counts a person with two roles in one group twice.
 * A practice, group and month with FTE lines and no Headcount line (an FTE-only extract) gives a
 * `workforceFte` row, not a `workforce` row: its FTE is the file's, and nothing reads its
 * missing headcount as 0 (one warning says how many). Headcount with no FTE line is an error.
 */
export const nhsDigitalGeneralPracticeHighLevelLayout: PublishedLayout = {
  name: 'nhs-digital-general-practice-high-level',
  table: 'workforce',
  description: 'NHS Digital General Practice Workforce, practice level, high level (long)',
  requiredHeaders: ['praccode', 'staffgroup', 'detailedstaffrole', 'measure', 'value'],
  optionalHeaders: [
    'pracname',
    'year',
    'month',
    'icbcode',
    'icbname',
    'subicbcode',
    'subicbname',
    'pcncode',
    'pcnname',
    'regioncode',
    'regionname',
    'commregioncode',
    'commregionname',
  ],
  createReader(headers, options) {
    const file = options.file
    const at = headerIndex(headers)
    const [practice, group, role, measure, value] = [
      'praccode',
      'staffgroup',
      'detailedstaffrole',
      'measure',
      'value',
    ].map((name) => at.get(name) as number) as [number, number, number, number, number]
    const year = at.get('year')
    const monthColumn = at.get('month')
    const fixedMonth =
      options.month ??
      (year === undefined || monthColumn === undefined ? monthOfFileName(file ?? '') : undefined)
    const icb = at.get('icbcode')
    const icbName = at.get('icbname')
    const name = at.get('pracname')
    const custom = new Map(
      Object.entries(options.staffGroupNames ?? {}).map(([each, code]) => [
        normaliseStaffGroupName(each),
        code,
      ]),
    )
    const codeOf = (text: string) =>
      custom.get(normaliseStaffGroupName(text)) ?? gpCodes.get(normaliseStaffGroupName(text))
    const issues = createRowIssues(file, 'workforce')
    const organisations = createOrganisationCollector(file, options.places)
    const cells = new Map<string, Cell>()
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
        const month =
          fixedMonth ??
          (year === undefined || monthColumn === undefined
            ? undefined
            : monthOfYearAndMonth(fields[year] as string, fields[monthColumn] as string))
        if (month === undefined) {
          issues.add(
            'missing_column',
            "no month: pass the month option (yyyy-mm), keep the YEAR and MONTH columns, or keep NHS Digital's file name",
            line,
            'month',
          )
          return
        }
        if (!monthInRange(month, options.from, options.to)) {
          skippedByMonth += 1
          return
        }
        const roleText = (fields[role] as string).trim()
        const groupText = (fields[group] as string).trim()
        const code = codeOf(roleText) ?? codeOf(groupText)
        if (code === undefined) {
          issues.add(
            'unknown_code',
            `staff_group: no staff group is known for "${groupText}" / "${roleText}" (map either with the staffGroupNames option)`,
            line,
            headers[group] as string,
          )
          return
        }
        const kind = normaliseStaffGroupName(fields[measure] as string)
        if (kind !== 'fte' && kind !== 'headcount' && kind !== 'hc') {
          issues.add(
            'invalid_value',
            `measure: expected FTE or Headcount, received "${fields[measure]}"`,
            line,
            headers[measure] as string,
          )
          return
        }
        const amount = valueOrLeaveLineOut(issues, headers, fields, value, line, 'value')
        if (amount === undefined) return
        const organisation = (fields[practice] as string).trim()
        if (icb !== undefined && icbName !== undefined) {
          organisations.add(
            {
              code: organisation,
              name: name === undefined ? organisation : (fields[name] as string).trim(),
              sector: 'primary-care',
              icsCode: (fields[icb] as string).trim(),
              icsName: (fields[icbName] as string).trim(),
            },
            line,
          )
        }
        const key = `${month}\u0000${organisation}\u0000${code}`
        let cell = cells.get(key)
        if (!cell) {
          cell = { fte: undefined, headcount: undefined, line }
          cells.set(key, cell)
        }
        if (kind === 'fte') cell.fte = (cell.fte ?? 0) + amount
        else cell.headcount = (cell.headcount ?? 0) + amount
      },
      end() {
        const rows: ProducedRows = { rows: [], lines: [] }
        const fteOnly: ProducedRows = { rows: [], lines: [] }
        for (const [key, cell] of cells) {
          const [month, organisation, staffGroup] = key.split('\u0000') as [string, string, string]
          if (cell.fte !== undefined && cell.headcount === undefined) {
            fteOnly.rows.push({ month, organisation, staffGroup, fte: roundFte(cell.fte) })
            fteOnly.lines.push(cell.line)
            continue
          }
          if (cell.fte === undefined || cell.headcount === undefined) {
            issues.add(
              'required',
              `${organisation} ${month} ${staffGroup}: the file has a Headcount line and no FTE line for it (workforce rows need both FTE and headcount); the row is left out`,
              cell.line,
              headers[measure] as string,
            )
            continue
          }
          rows.rows.push({
            month,
            organisation,
            staffGroup,
            headcount: Math.round(cell.headcount),
            fte: roundFte(cell.fte),
          })
          rows.lines.push(cell.line)
        }
        const reference = organisations.tables()
        const fteOnlyIssues =
          fteOnly.rows.length === 0
            ? []
            : [
                issue(
                  'required',
                  `${fteOnly.rows.length} practice, staff group and month(s) have FTE lines and no Headcount line: they are in workforceFte (FTE as the file gives it), not in workforce, so projections and leaver, turnover and stability rates (which need headcount) do not use them`,
                  [],
                  { file, table: 'workforceFte', row: fteOnly.lines[0], severity: 'warning' },
                ),
              ]
        return {
          tables: {
            workforce: rows,
            ...(fteOnly.rows.length === 0 ? {} : { workforceFte: fteOnly }),
            ...(icb === undefined
              ? {}
              : {
                  organisations: reference.organisations,
                  integratedCareSystems: reference.integratedCareSystems,
                  places: reference.places,
                }),
          },
          rejectedLines: issues.rejected,
          issues: [...reference.issues, ...issues.issues(), ...fteOnlyIssues],
          readAs: `NHS Digital General Practice high-level file: ${rows.rows.length} workforce row(s)${fteOnly.rows.length === 0 ? '' : ` and ${fteOnly.rows.length} FTE-only workforceFte row(s) (no Headcount lines)`}, FTE and headcount summed per practice, staff group and month over detailed roles (a person in two roles of one group counts twice in headcount)${options.from || options.to ? `; ${skippedByMonth} line(s) outside the months asked for skipped` : ''}.`,
        }
      },
    }
  },
}
