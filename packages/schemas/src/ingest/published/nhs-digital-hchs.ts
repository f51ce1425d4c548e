import { issue } from '../../errors'
import { normaliseStaffGroupName } from '../nhs-staff-groups'
import { type HchsLevel, hchsGroupsAtLevel, hchsLevels, hchsNames } from './hchs-staff-groups'
import { createOrganisationCollector, sectorOfNhsOrganisationType } from './organisation-kinds'
import type {
  OrganisationHeadcountRow,
  ProducedRows,
  PublishedLayout,
  PublishedReadOptions,
} from './published-layout'
import { monthInRange, monthOfPublishedDate } from './published-months'
import { createRowIssues, headerIndex, valueOrLeaveLineOut } from './reader-support'

/**
 * Options of the `nhs-digital-hchs` layout. Whatever the level, the `headcount` of its workforce
 * rows does not add up over staff groups to an organisation's headcount (a person in two groups
 * is in both); the file's own count of people is `organisationHeadcounts`.
 */
export interface HchsReadOptions extends PublishedReadOptions {
  /** The level of the staff group hierarchy read; default `finest`. */
  readonly level?: HchsLevel | undefined
}

interface Cell {
  fte: number
  headcount: number
  fteNames: string[]
  headcountNames: string[]
  line: number
}

type Resolved = { code: string } | { skip: true } | { unknown: string }

const required = [
  'date',
  'icscode',
  'icsname',
  'orgcode',
  'orgname',
  'clustergroup',
  'staffgroup',
  'datatype',
  'total',
]

/**
 * The `nhs-digital-hchs` layout: "NHS Workforce Statistics, <Month Year> Staff Group and
 * Organisation.csv", one line per month × organisation × staff group × data type (`FTE`, `HC`)
 * with the value in `Total`. Lines are pivoted into workforce rows (FTE and headcount); one
 * level of the staff group hierarchy is read (never a subtotal with its parts) and names of one
 * level that map to one code are summed. Organisations (with `Cluster Group` as `clusterGroup`),
 * ICSs and places come from the file.
 *
 * Headcount is not additive across staff groups: NHS Digital counts a person who works in two
 * staff groups once in each group's headcount but once in the organisation's `Total`, so the
 * rows' headcount summed over staff groups overstates the organisation's headcount, while FTE
 * adds up. The `Total` lines' headcounts are kept apart, as `organisationHeadcounts` (month,
 * organisation, people each once), and `readAs` gives both sums. On the HCHS layout file in
 * `../shared/realdata/` (real layout, constructed numbers that keep the real arithmetic): 293,273
 * summed over the rows against 278,872 in the `Total` lines (+5.2%); FTE 257,030.062 both ways
 * (`pnpm vitest run --project schemas nhs-digital-hchs`).
 */
export const nhsDigitalHchsLayout: PublishedLayout = {
  name: 'nhs-digital-hchs',
  table: 'workforce',
  description: 'NHS Digital NHS Workforce Statistics, staff group and organisation (HCHS)',
  requiredHeaders: required,
  optionalHeaders: ['nhseregioncode', 'nhseregionname', 'benchmarkgroup', 'staffgroupsortorder'],
  createReader(headers, options: HchsReadOptions) {
    const level = options.level ?? 'finest'
    const file = options.file
    if (!hchsLevels.includes(level)) {
      return {
        issues: [
          issue(
            'invalid_value',
            `level must be one of ${hchsLevels.join(', ')}, received "${String(level)}"`,
            ['level'],
            { file },
          ),
        ],
      }
    }
    const at = headerIndex(headers)
    const column = (name: string) => at.get(name) as number
    const [date, icsCode, icsName, orgCode, orgName, cluster, group, dataType, total] =
      required.map(column) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ]
    const region = at.get('nhseregionname')
    const custom = new Map(
      Object.entries(options.staffGroupNames ?? {}).map(([name, code]) => [
        normaliseStaffGroupName(name),
        code,
      ]),
    )
    const levelCodes = new Map(
      hchsGroupsAtLevel(level).map((each) => [normaliseStaffGroupName(each.name), each.code]),
    )
    const issues = createRowIssues(file, 'workforce')
    const organisations = createOrganisationCollector(file, options.places)
    const seenOrganisations = new Set<string>()
    const cells = new Map<string, Cell>()
    const totals = new Map<string, { fte: number; line: number }>()
    const totalHeadcounts = new Map<string, number>()
    const resolved = new Map<string, Resolved>()
    const noCode = new Set<string>()
    let skippedByMonth = 0
    let otherLevelLines = 0
    let lines = 0

    function resolve(name: string): Resolved {
      const known = resolved.get(name)
      if (known) return known
      const key = normaliseStaffGroupName(name)
      let result: Resolved
      if (levelCodes.has(key)) {
        const code = custom.get(key) ?? levelCodes.get(key)
        result = code ? { code } : { unknown: key }
      } else if (hchsNames.has(key)) result = { skip: true }
      else if (custom.has(key)) result = { code: custom.get(key) as string }
      else result = { unknown: key }
      resolved.set(name, result)
      return result
    }

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
        const dateText = fields[date] as string
        const month = monthOfPublishedDate(dateText)
        if (month === undefined) {
          issues.add(
            'invalid_value',
            `Date: expected a date such as 2025-03-31, received "${dateText}"`,
            line,
            headers[date] as string,
          )
          return
        }
        if (!monthInRange(month, options.from, options.to)) {
          skippedByMonth += 1
          return
        }
        const organisation = (fields[orgCode] as string).trim()
        const name = (fields[group] as string).trim()
        const kind = (fields[dataType] as string).trim().toUpperCase()
        if (kind !== 'FTE' && kind !== 'HC') {
          issues.add(
            'invalid_value',
            `Data Type: expected FTE or HC, received "${kind}"`,
            line,
            headers[dataType] as string,
          )
          return
        }
        const value = valueOrLeaveLineOut(issues, headers, fields, total, line, 'Total')
        if (value === undefined) return
        if (!seenOrganisations.has(organisation)) {
          seenOrganisations.add(organisation)
          const kindName = (fields[cluster] as string).trim()
          const sector = sectorOfNhsOrganisationType(kindName)
          if (sector === undefined) {
            issues.add(
              'unknown_code',
              `Cluster Group: no sector is known for "${kindName}" (organisation ${organisation} is not added to organisations)`,
              line,
              headers[cluster] as string,
              'warning',
            )
          } else {
            organisations.add(
              {
                code: organisation,
                name: (fields[orgName] as string).trim(),
                sector,
                clusterGroup: kindName,
                icsCode: (fields[icsCode] as string).trim(),
                icsName: (fields[icsName] as string).trim(),
                region: region === undefined ? undefined : (fields[region] as string).trim(),
              },
              line,
            )
          }
        }
        const key = normaliseStaffGroupName(name)
        if (key === 'total' && kind === 'FTE') {
          totals.set(`${month}\u0000${organisation}`, { fte: value, line })
        }
        if (key === 'total' && kind === 'HC') {
          const totalKey = `${month}\u0000${organisation}`
          if (!totalHeadcounts.has(totalKey)) totalHeadcounts.set(totalKey, value)
        }
        const target = resolve(name)
        if ('skip' in target) {
          otherLevelLines += 1
          return
        }
        if ('unknown' in target) {
          if (levelCodes.has(target.unknown)) {
            if (!noCode.has(target.unknown)) noCode.add(target.unknown)
            issues.add(
              'unknown_code',
              `Staff Group: "${name}" has no default taxonomy code at level ${level}; map it with the staffGroupNames option`,
              line,
              headers[group] as string,
            )
          } else {
            issues.add(
              'unknown_code',
              `Staff Group: unknown staff group name "${name}" (not in NHS Digital's HCHS hierarchy; map it with the staffGroupNames option)`,
              line,
              headers[group] as string,
            )
          }
          return
        }
        const cellKey = `${month}\u0000${organisation}\u0000${target.code}`
        let cell = cells.get(cellKey)
        if (!cell) {
          cell = { fte: 0, headcount: 0, fteNames: [], headcountNames: [], line }
          cells.set(cellKey, cell)
        }
        const names = kind === 'FTE' ? cell.fteNames : cell.headcountNames
        if (names.includes(key)) {
          issues.add(
            'duplicate_key',
            `duplicate: ${kind} of "${name}" for ${organisation} in ${month} is given twice; the first is used`,
            line,
            headers[group] as string,
          )
          return
        }
        names.push(key)
        if (kind === 'FTE') cell.fte += value
        else cell.headcount += value
      },
      end() {
        const rows: ProducedRows = { rows: [], lines: [] }
        const fteByOrganisationMonth = new Map<string, number>()
        const headcountByOrganisationMonth = new Map<string, number>()
        for (const [cellKey, cell] of cells) {
          const [month, organisation, staffGroup] = cellKey.split('\u0000') as [
            string,
            string,
            string,
          ]
          if (cell.fteNames.length !== cell.headcountNames.length) {
            const lacking = cell.fteNames.length < cell.headcountNames.length ? 'FTE' : 'HC'
            issues.add(
              'inconsistent',
              `${organisation} ${month} ${staffGroup}: an ${lacking} line is missing for some of its NHS Digital groups (FTE from ${cell.fteNames.length}, HC from ${cell.headcountNames.length}); the row is left out`,
              cell.line,
              'Data Type',
            )
            continue
          }
          rows.rows.push({
            month,
            organisation,
            staffGroup,
            headcount: Math.round(cell.headcount),
            fte: Math.round(cell.fte * 1e5) / 1e5,
          })
          rows.lines.push(cell.line)
          const sumKey = `${month}\u0000${organisation}`
          fteByOrganisationMonth.set(sumKey, (fteByOrganisationMonth.get(sumKey) ?? 0) + cell.fte)
          headcountByOrganisationMonth.set(
            sumKey,
            (headcountByOrganisationMonth.get(sumKey) ?? 0) + Math.round(cell.headcount),
          )
        }
        const extra: ReturnType<typeof issue>[] = []
        for (const [sumKey, { fte, line }] of totals) {
          const read = fteByOrganisationMonth.get(sumKey) ?? 0
          if (Math.abs(read - fte) > 0.01 + 1e-9 * fte) {
            const [month, organisation] = sumKey.split('\u0000')
            extra.push(
              issue(
                'not_reconciled',
                `${organisation} ${month}: the ${level} staff groups read add up to ${read.toFixed(2)} FTE but the file's Total is ${fte.toFixed(2)} FTE (a group missing or unmapped?)`,
                [],
                { file, table: 'workforce', row: line, column: 'Total', severity: 'warning' },
              ),
            )
          }
        }
        const organisationHeadcounts: OrganisationHeadcountRow[] = []
        let peopleInTotals = 0
        let rowsHeadcountInTotals = 0
        for (const [totalKey, headcount] of totalHeadcounts) {
          const [month, organisation] = totalKey.split('\u0000') as [string, string]
          organisationHeadcounts.push({ month, organisation, headcount: Math.round(headcount) })
          peopleInTotals += Math.round(headcount)
          rowsHeadcountInTotals += headcountByOrganisationMonth.get(totalKey) ?? 0
        }
        const people =
          organisationHeadcounts.length === 0
            ? ''
            : ` The file's Total HC lines count each person once: ${peopleInTotals} people over ${organisationHeadcounts.length} organisation-month(s) (in organisationHeadcounts), against ${rowsHeadcountInTotals} summed over the ${level} rows of those months${peopleInTotals > 0 ? ` (${formatPercentChange(rowsHeadcountInTotals, peopleInTotals)})` : ''}; use the Total lines for an organisation's headcount.`
        const reference = organisations.tables()
        const range =
          options.from || options.to
            ? `, months ${options.from ?? 'start'} to ${options.to ?? 'end'} (${skippedByMonth} line(s) outside skipped)`
            : ''
        return {
          tables: {
            workforce: rows,
            organisations: reference.organisations,
            integratedCareSystems: reference.integratedCareSystems,
            places: reference.places,
          },
          rejectedLines: issues.rejected,
          issues: [...extra, ...reference.issues, ...issues.issues()],
          extras: { organisationHeadcounts },
          readAs: `NHS Digital HCHS staff group and organisation file, read at level "${level}"${range}: ${lines} data line(s), ${otherLevelLines} subtotal or part line(s) of other levels not read (so no FTE is counted twice), ${rows.rows.length} workforce row(s). FTE is summed over the NHS Digital groups that share a code; headcount is summed too, so a person in two of those groups counts twice (NHS Digital's own subtotal headcounts count them once).${people}`,
        }
      },
    }
  },
}

function formatPercentChange(value: number, base: number): string {
  const change = (100 * (value - base)) / base
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`
}
