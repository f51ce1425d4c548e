import type { InternedColumn } from '../internal/interned-column'
import { type CrossCheckInput, rowIssue } from './checked-tables'

// Months from 1950-01 (the earliest monthSchema allows) fit in 12 bits up to 2100-12.
const monthOffset = 1950 * 12
const monthRadix = 4096

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - monthOffset
}

function monthLabel(index: number): string {
  const absolute = index + monthOffset
  return `${Math.floor(absolute / 12)}-${String((absolute % 12) + 1).padStart(2, '0')}`
}

const signed = (value: number): string => (value >= 0 ? `+${value}` : String(value))

/** Maps the ids of `column` onto a shared dictionary, so two tables' ids can be compared. */
function sharedIds(column: InternedColumn, dictionary: Map<unknown, number>): Int32Array {
  const translate = column.values.map((value) => {
    let id = dictionary.get(value)
    if (id === undefined) {
      id = dictionary.size
      dictionary.set(value, id)
    }
    return id
  })
  return column.ids.map((id) => (id < 0 ? -1 : (translate[id] as number)))
}

/**
 * Checks the stock-and-flow identity on the history: for each organisation × staff group and
 * month m that has snapshots at m − 1 and m and flows at m,
 * `headcount[m] − headcount[m−1]` should equal `joiners[m] − leavers[m]`
 * (`stock[t+1] = stock[t] + joiners[t] − leavers[t]`, the NHS Long Term Workforce Plan 2023 model).
 * A difference larger than `toleranceHeadcount` is a warning stating its size: it can come from
 * moves between staff groups inside an organisation, which flows do not record.
 */
export function checkFlowReconciliation(input: CrossCheckInput, toleranceHeadcount: number): void {
  const { tables, sink } = input
  if (tables.flows.length === 0 || tables.workforce.length === 0) return
  const organisations = new Map<unknown, number>()
  const groups = new Map<unknown, number>()
  const keysOf = (table: 'workforce' | 'flows'): Float64Array => {
    const organisation = sharedIds(input.column(table, 'organisation'), organisations)
    const group = sharedIds(input.column(table, 'staffGroup'), groups)
    const months = input.column(table, 'month')
    const monthIds = months.values.map((month) => monthIndex(month as string))
    return Float64Array.from(organisation, (id, row) =>
      id < 0
        ? Number.NaN
        : (id * 65536 + (group[row] as number)) * monthRadix +
          (monthIds[months.ids[row] as number] as number),
    )
  }
  const stockKeys = keysOf('workforce')
  const flowKeys = keysOf('flows')
  const stock = new Map<number, number>()
  tables.workforce.forEach((row, index) => {
    if (!row) return
    const key = stockKeys[index] as number
    stock.set(key, (stock.get(key) ?? 0) + row.headcount)
  })
  const net = new Map<number, { joiners: number; leavers: number; first: number }>()
  tables.flows.forEach((row, index) => {
    if (!row) return
    const key = flowKeys[index] as number
    let flow = net.get(key)
    if (!flow) {
      flow = { joiners: 0, leavers: 0, first: index }
      net.set(key, flow)
    }
    if (row.direction === 'joiner') flow.joiners += row.headcount
    else flow.leavers += row.headcount
  })
  for (const [key, flow] of net) {
    const now = stock.get(key)
    const before = key % monthRadix === 0 ? undefined : stock.get(key - 1)
    if (now === undefined || before === undefined) continue
    const change = now - before
    const flowChange = flow.joiners - flow.leavers
    const difference = change - flowChange
    if (Math.abs(difference) <= toleranceHeadcount) continue
    const row = tables.flows[flow.first]
    sink.add(
      'flow-reconciliation',
      rowIssue(
        'warning',
        'not_reconciled',
        'flows',
        flow.first,
        'headcount',
        `${row?.organisation} ${row?.staffGroup} ${monthLabel(key % monthRadix)}: headcount changed by ${signed(change)} (${before} to ${now}) but joiners − leavers = ${signed(flowChange)} (${flow.joiners} − ${flow.leavers}): difference ${signed(difference)}`,
      ),
    )
  }
}
