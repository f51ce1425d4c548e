import { issue } from '../errors'
import { monthRange } from '../periods'
import { type CrossCheckInput, rowIssue } from './checked-tables'

const monthlyTables = [
  'workforce',
  'workforceFte',
  'flows',
  'vacancies',
  'sickness',
  'spend',
  'activity',
] as const

/** The plausible range of months in historical tables. */
export interface MonthBounds {
  readonly minMonth: string
  readonly maxMonth: string
}

function listMonths(months: readonly string[]): string {
  const shown = months.slice(0, 6).join(', ')
  return months.length > 6 ? `${shown} and ${months.length - 6} more` : shown
}

function missingMonths(months: ReadonlySet<string>): string[] {
  if (months.size < 2) return []
  let first = ''
  let last = ''
  for (const month of months) {
    if (first === '' || month < first) first = month
    if (last === '' || month > last) last = month
  }
  return monthRange(first, last).filter((month) => !months.has(month))
}

/**
 * Warns about months outside `minMonth`..`maxMonth` (one warning per row, capped by the sink),
 * and about gaps in each table's monthly series: months missing between the first and last
 * month of the table, and of each organisation (or place, for activity) within it.
 */
export function checkMonthlySeries(input: CrossCheckInput, bounds: MonthBounds): void {
  for (const table of monthlyTables) {
    if (input.tables[table].length === 0) continue
    const months = input.column(table, 'month')
    const outside = months.values.map(
      (month) => (month as string) < bounds.minMonth || (month as string) > bounds.maxMonth,
    )
    if (outside.includes(true)) {
      months.ids.forEach((id, row) => {
        if (id < 0 || !outside[id]) return
        input.sink.add(
          `month-range:${table}`,
          rowIssue(
            'warning',
            'out_of_range',
            table,
            row,
            'month',
            `month ${String(months.values[id])} is outside the plausible range ${bounds.minMonth} to ${bounds.maxMonth} (set minMonth/maxMonth to change it)`,
          ),
        )
      })
    }
    const tableGaps = missingMonths(new Set(months.values as string[]))
    if (tableGaps.length > 0) {
      const message = `${table} has no rows for ${tableGaps.length} month(s) inside its series: ${listMonths(tableGaps)}`
      input.sink.add(
        `gap:${table}`,
        issue('inconsistent', message, [table], { severity: 'warning', table, column: 'month' }),
      )
    }
    const ownerColumn = table === 'activity' ? 'place' : 'organisation'
    const owners = input.column(table, ownerColumn)
    if (owners.values.length < 2) continue
    const width = months.values.length
    const seen = new Set<number>()
    for (let row = 0; row < months.ids.length; row += 1) {
      const owner = owners.ids[row] as number
      if (owner >= 0) seen.add(owner * width + (months.ids[row] as number))
    }
    const tableGapSet = new Set(tableGaps)
    owners.values.forEach((owner, ownerId) => {
      const present = new Set<string>()
      months.values.forEach((month, monthId) => {
        if (seen.has(ownerId * width + monthId)) present.add(month as string)
      })
      const gaps = missingMonths(present).filter((month) => !tableGapSet.has(month))
      if (gaps.length === 0) return
      const message = `${table}: ${ownerColumn} "${String(owner)}" has no rows for ${gaps.length} month(s) inside its series: ${listMonths(gaps)}`
      input.sink.add(
        `owner-gap:${table}`,
        issue('inconsistent', message, [table], {
          severity: 'warning',
          table,
          column: ownerColumn,
        }),
      )
    })
  }
}
