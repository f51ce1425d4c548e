import { addMonths, type Dataset, type Issue, issue, type Month } from '@oneworkforce/schemas'

/** The engine's leaver reasons (competing risks): dataset reasons map onto them. @internal */
export type EngineLeaverReason = 'retirement' | 'voluntary' | 'other'
/** The engine's constant joiner kinds; newly qualified and other-organisation count as `other`. @internal */
export type EngineJoinerReason = 'international' | 'returner' | 'other'

/** Headcount and flows of a dataset, summed by staff group × sector (× age band) × month. @internal */
export interface HistoryTable {
  readonly byAgeBand: boolean
  /** Group key → month → staff in post (headcount) at the end of the month. */
  readonly stock: Map<string, Map<Month, number>>
  /** Group key → month → FTE at the end of the month. */
  readonly fte: Map<string, Map<Month, number>>
  /** Group key → month → leavers by engine reason [retirement, voluntary, other]. */
  readonly leavers: Map<string, Map<Month, [number, number, number]>>
  /** Group key → month → joiners by engine kind [international, returner, other]. */
  readonly joiners: Map<string, Map<Month, [number, number, number]>>
  /** Group key → month → moves out to other organisations (also counted in `leavers` as other). */
  readonly movesOut: Map<string, Map<Month, number>>
  /** Group key → month → moves in from other organisations (also counted in `joiners` as other). */
  readonly movesIn: Map<string, Map<Month, number>>
  /** The months that have any flow row, sorted. */
  readonly flowMonths: readonly Month[]
  /** The months that have any snapshot row, sorted. */
  readonly snapshotMonths: readonly Month[]
  readonly issues: readonly Issue[]
}

/** The parts of a group key. @internal */
export interface GroupKey {
  readonly staffGroup: string
  readonly sector: string
  readonly ageBand?: string
}

/** Builds the key of a staff group × sector (× age band) group. @internal */
export function groupKey(staffGroup: string, sector: string, ageBand?: string): string {
  return ageBand === undefined ? `${staffGroup}|${sector}` : `${staffGroup}|${sector}|${ageBand}`
}

/** Splits a group key. @internal */
export function parseGroupKey(key: string): GroupKey {
  const [staffGroup = '', sector = '', ageBand] = key.split('|')
  return ageBand === undefined ? { staffGroup, sector } : { staffGroup, sector, ageBand }
}

/** The month before `month`. @internal */
export function previousMonth(month: Month): Month {
  return addMonths(month, -1)
}

function nested<T>(map: Map<string, Map<Month, T>>, key: string, month: Month, empty: () => T): T {
  let inner = map.get(key)
  if (inner === undefined) {
    inner = new Map()
    map.set(key, inner)
  }
  let value = inner.get(month)
  if (value === undefined) {
    value = empty()
    inner.set(month, value)
  }
  return value
}

const LEAVER_REASON: Record<string, 0 | 1 | 2> = { retirement: 0, voluntary: 1 }
const JOINER_REASON: Record<string, 0 | 1 | 2> = { international: 0, returner: 1 }

/**
 * Sums a validated dataset's workforce snapshots and flows by staff group × sector (the
 * organisation's sector) × month, and by age band when `byAgeBand`. Rows whose organisation is
 * unknown are reported (never dropped silently). @internal
 */
export function historyTable(
  dataset: Dataset,
  options: { readonly byAgeBand?: boolean; readonly lastMonth?: Month } = {},
): HistoryTable {
  const sectorOf = new Map(dataset.organisations.map((row) => [row.code, row.sector]))
  const rowsWithAge =
    dataset.workforce.every((row) => row.ageBand !== undefined) &&
    dataset.flows.every((row) => row.ageBand !== undefined)
  const byAgeBand = options.byAgeBand ?? (rowsWithAge && dataset.workforce.length > 0)
  const issues: Issue[] = []
  const stock = new Map<string, Map<Month, number>>()
  const fte = new Map<string, Map<Month, number>>()
  const leavers = new Map<string, Map<Month, [number, number, number]>>()
  const joiners = new Map<string, Map<Month, [number, number, number]>>()
  const movesOut = new Map<string, Map<Month, number>>()
  const movesIn = new Map<string, Map<Month, number>>()
  const flowMonths = new Set<Month>()
  const snapshotMonths = new Set<Month>()
  const within = (month: Month) => options.lastMonth === undefined || month <= options.lastMonth

  const keyOf = (
    table: 'workforce' | 'flows',
    index: number,
    row: { organisation: string; staffGroup: string; ageBand?: string | undefined },
  ): string | undefined => {
    const sector = sectorOf.get(row.organisation)
    if (sector === undefined) {
      issues.push(
        issue(
          'unknown_code',
          `organisation ${row.organisation} is not in the organisations table`,
          [table, index, 'organisation'],
          {
            table,
            row: index,
            column: 'organisation',
          },
        ),
      )
      return undefined
    }
    if (byAgeBand && row.ageBand === undefined) {
      issues.push(
        issue(
          'required',
          'ageBand is needed when rates are estimated by age band',
          [table, index, 'ageBand'],
          {
            table,
            row: index,
            column: 'ageBand',
          },
        ),
      )
      return undefined
    }
    return groupKey(row.staffGroup, sector, byAgeBand ? row.ageBand : undefined)
  }

  dataset.workforce.forEach((row, index) => {
    if (!within(row.month)) return
    const key = keyOf('workforce', index, row)
    if (key === undefined) return
    snapshotMonths.add(row.month)
    const months = stock.get(key) ?? new Map<Month, number>()
    stock.set(key, months)
    months.set(row.month, (months.get(row.month) ?? 0) + row.headcount)
    const fteMonths = fte.get(key) ?? new Map<Month, number>()
    fte.set(key, fteMonths)
    fteMonths.set(row.month, (fteMonths.get(row.month) ?? 0) + row.fte)
  })
  dataset.flows.forEach((row, index) => {
    if (!within(row.month)) return
    const key = keyOf('flows', index, row)
    if (key === undefined) return
    flowMonths.add(row.month)
    if (row.reason === 'other-organisation') {
      const moves = row.direction === 'leaver' ? movesOut : movesIn
      const byMonth = moves.get(key) ?? new Map<Month, number>()
      moves.set(key, byMonth)
      byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.headcount)
    }
    if (row.direction === 'leaver') {
      const counts = nested(leavers, key, row.month, (): [number, number, number] => [0, 0, 0])
      counts[LEAVER_REASON[row.reason] ?? 2] += row.headcount
    } else {
      const counts = nested(joiners, key, row.month, (): [number, number, number] => [0, 0, 0])
      counts[JOINER_REASON[row.reason] ?? 2] += row.headcount
    }
  })
  return {
    byAgeBand,
    stock,
    fte,
    leavers,
    joiners,
    movesOut,
    movesIn,
    flowMonths: [...flowMonths].sort(),
    snapshotMonths: [...snapshotMonths].sort(),
    issues,
  }
}
