import { normaliseStaffGroupName } from '../nhs-staff-groups'
import { createOrganisationCollector } from './organisation-kinds'
import type { ProducedRows, PublishedLayout } from './published-layout'
import { monthInRange, monthOfYearAndMonth } from './published-months'
import { createRowIssues, headerIndex, valueOrLeaveLineOut } from './reader-support'

const required = [
  'censusyear',
  'censusmonth',
  'pcncode',
  'pcnname',
  'icbcode',
  'icbname',
  'staffgroup',
  'staffrole',
  'fte',
  'uniqueidentifier',
]

/**
 * Default codes of the PCN file's roles (`STAFF_ROLE`) and, for roles not listed, of its staff
 * groups (`STAFF_GROUP`), normalised. PCN directors (clinical and non-clinical) are counted with
 * admin and non-clinical staff: map `Medical Clinical Director` with `staffGroupNames` to count
 * them as GPs instead.
 */
const pcnCodes = new Map(
  (
    [
      ['Pharmacists', 'clinical-pharmacist'],
      ['Physician Associates', 'physician-associate'],
      ['GPs', 'gp'],
      ['Nurses', 'practice-nurse'],
      ['Other Direct Patient Care staff', 'direct-patient-care'],
      ['Direct Patient Care', 'direct-patient-care'],
      ['Other Admin/Non-clinical staff', 'practice-admin'],
      ['Admin/Non-Clinical', 'practice-admin'],
      ['Directors', 'practice-admin'],
    ] as const
  ).map(([name, code]) => [normaliseStaffGroupName(name), code]),
)

interface Cell {
  fte: number
  people: Set<string>
  line: number
}

/**
 * The `nhs-digital-pcn-individual` layout: NHS Digital's Primary Care Networks workforce,
 * individual level (`PCN_<Month>_<Year>_Individual_Level.csv`), one line per person and role.
 * Gives a workforce row per PCN × staff group × month (`CENSUS_YEAR`, `CENSUS_MONTH`):
 * headcount is the number of distinct `UNIQUE_IDENTIFIER`s (a person with two roles in one group
 * counts once), FTE the sum. PCNs become organisations (sector `primary-care`) in their ICB's ICS.
 */
export const nhsDigitalPcnIndividualLayout: PublishedLayout = {
  name: 'nhs-digital-pcn-individual',
  table: 'workforce',
  description: 'NHS Digital Primary Care Networks workforce, individual level',
  requiredHeaders: required,
  optionalHeaders: [
    'datasource',
    'subicbcode',
    'subicbname',
    'commregioncode',
    'commregionname',
    'detailedstaffrole',
  ],
  createReader(headers, options) {
    const file = options.file
    const at = headerIndex(headers)
    const [year, month, pcn, pcnName, icb, icbName, group, role, fte, person] = required.map(
      (name) => at.get(name) as number,
    ) as [number, number, number, number, number, number, number, number, number, number]
    const region = at.get('commregionname')
    const custom = new Map(
      Object.entries(options.staffGroupNames ?? {}).map(([name, code]) => [
        normaliseStaffGroupName(name),
        code,
      ]),
    )
    const codeOf = (name: string) => custom.get(name) ?? pcnCodes.get(name)
    const issues = createRowIssues(file, 'workforce')
    const organisations = createOrganisationCollector(file, options.places)
    const cells = new Map<string, Cell>()
    let skippedByMonth = 0
    let lines = 0
    return {
      record(fields, line) {
        lines += 1
        if (fields.length !== headers.length) {
          issues.add(
            'parse_error',
            `expected ${headers.length} fields as in the header, found ${fields.length}`,
            line,
            '',
          )
          return
        }
        const when = monthOfYearAndMonth(fields[year] as string, fields[month] as string)
        if (when === undefined) {
          issues.add(
            'invalid_value',
            `CENSUS_YEAR/CENSUS_MONTH: expected a year and a month 1-12, received "${fields[year]}" and "${fields[month]}"`,
            line,
            headers[month] as string,
          )
          return
        }
        if (!monthInRange(when, options.from, options.to)) {
          skippedByMonth += 1
          return
        }
        const roleName = (fields[role] as string).trim()
        const groupName = (fields[group] as string).trim()
        const code =
          codeOf(normaliseStaffGroupName(roleName)) ?? codeOf(normaliseStaffGroupName(groupName))
        if (code === undefined) {
          issues.add(
            'unknown_code',
            `STAFF_ROLE: no staff group is known for role "${roleName}" of group "${groupName}" (map either with the staffGroupNames option)`,
            line,
            headers[role] as string,
          )
          return
        }
        const roleFte = valueOrLeaveLineOut(issues, headers, fields, fte, line, 'FTE')
        if (roleFte === undefined) return
        const id = (fields[person] as string).trim()
        if (id === '') {
          issues.add(
            'required',
            'UNIQUE_IDENTIFIER is blank: the person cannot be counted',
            line,
            headers[person] as string,
          )
          return
        }
        const organisation = (fields[pcn] as string).trim()
        organisations.add(
          {
            code: organisation,
            name: (fields[pcnName] as string).trim(),
            sector: 'primary-care',
            icsCode: (fields[icb] as string).trim(),
            icsName: (fields[icbName] as string).trim(),
            region: region === undefined ? undefined : (fields[region] as string).trim(),
          },
          line,
        )
        const key = `${when}\u0000${organisation}\u0000${code}`
        let cell = cells.get(key)
        if (!cell) {
          cell = { fte: 0, people: new Set(), line }
          cells.set(key, cell)
        }
        cell.fte += roleFte
        cell.people.add(id)
      },
      end() {
        const rows: ProducedRows = { rows: [], lines: [] }
        for (const [key, cell] of cells) {
          const [month, organisation, staffGroup] = key.split('\u0000') as [string, string, string]
          rows.rows.push({
            month,
            organisation,
            staffGroup,
            headcount: cell.people.size,
            fte: Math.round(cell.fte * 1e6) / 1e6,
          })
          rows.lines.push(cell.line)
        }
        const reference = organisations.tables()
        const range =
          options.from || options.to
            ? `, ${skippedByMonth} line(s) outside the months asked for skipped`
            : ''
        return {
          tables: {
            workforce: rows,
            organisations: reference.organisations,
            integratedCareSystems: reference.integratedCareSystems,
            places: reference.places,
          },
          rejectedLines: issues.rejected,
          issues: [...reference.issues, ...issues.issues()],
          readAs: `NHS Digital PCN individual-level file: ${lines} person-role line(s) into ${rows.rows.length} PCN × staff group × month row(s); headcount counts distinct UNIQUE_IDENTIFIERs, FTE is summed; PCN directors are counted with admin and non-clinical staff${range}.`,
        }
      },
    }
  },
}
