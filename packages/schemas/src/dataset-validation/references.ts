import type { TableName } from '../datasets/dataset'
import { closestCode } from '../internal/did-you-mean'
import { type CrossCheckInput, rowIssue } from './checked-tables'

interface Reference {
  readonly table: TableName
  readonly column: string
  readonly known: ReadonlySet<string>
  readonly what: string
}

function codes(rows: readonly ({ readonly code: string } | undefined)[]): Set<string> {
  const set = new Set<string>()
  for (const row of rows) if (row) set.add(row.code)
  return set
}

/**
 * Reports codes that name nothing: organisations, places, ICSs, sectors, staff groups and age
 * bands unknown to the dataset or its taxonomy. One error per unknown code and column, at the
 * first row that uses it, with the number of rows affected.
 */
export function checkReferences(input: CrossCheckInput): void {
  const { tables, taxonomy } = input
  const ics = codes(tables.integratedCareSystems)
  const places = codes(tables.places)
  const organisations = codes(tables.organisations)
  const sectors = codes(taxonomy.sectors)
  const staffGroups = codes(taxonomy.staffGroups)
  const ageBands = codes(taxonomy.ageBands)
  const populationAgeBands = codes(taxonomy.populationAgeBands)
  const references: Reference[] = [
    { table: 'places', column: 'ics', known: ics, what: 'Integrated Care System' },
    { table: 'organisations', column: 'place', known: places, what: 'place' },
    { table: 'organisations', column: 'sector', known: sectors, what: 'sector' },
    { table: 'trainingPipeline', column: 'staffGroup', known: staffGroups, what: 'staff group' },
    { table: 'trainingPipeline', column: 'place', known: places, what: 'place' },
    { table: 'trainingPipeline', column: 'sector', known: sectors, what: 'sector' },
    { table: 'payRates', column: 'staffGroup', known: staffGroups, what: 'staff group' },
    { table: 'payRates', column: 'sector', known: sectors, what: 'sector' },
    { table: 'population', column: 'place', known: places, what: 'place' },
    {
      table: 'population',
      column: 'ageBand',
      known: populationAgeBands,
      what: 'population age band',
    },
    { table: 'serviceUse', column: 'staffGroup', known: staffGroups, what: 'staff group' },
    { table: 'serviceUse', column: 'sector', known: sectors, what: 'sector' },
    {
      table: 'serviceUse',
      column: 'ageBand',
      known: populationAgeBands,
      what: 'population age band',
    },
    { table: 'activity', column: 'place', known: places, what: 'place' },
    { table: 'activity', column: 'sector', known: sectors, what: 'sector' },
    { table: 'activity', column: 'staffGroup', known: staffGroups, what: 'staff group' },
  ]
  for (const table of [
    'workforce',
    'workforceFte',
    'flows',
    'vacancies',
    'sickness',
    'spend',
  ] as const) {
    references.push({ table, column: 'organisation', known: organisations, what: 'organisation' })
    references.push({ table, column: 'staffGroup', known: staffGroups, what: 'staff group' })
  }
  references.push({ table: 'workforce', column: 'ageBand', known: ageBands, what: 'age band' })
  references.push({ table: 'workforceFte', column: 'ageBand', known: ageBands, what: 'age band' })
  references.push({ table: 'flows', column: 'ageBand', known: ageBands, what: 'age band' })
  for (const reference of references) checkColumn(reference, input)
}

function checkColumn({ table, column, known, what }: Reference, input: CrossCheckInput): void {
  if (input.tables[table].length === 0) return
  const { ids, values, firstRow } = input.column(table, column)
  const unknownIds: number[] = []
  values.forEach((value, id) => {
    if (typeof value === 'string' && !known.has(value)) unknownIds.push(id)
  })
  if (unknownIds.length === 0) return
  const counts = new Map<number, number>(unknownIds.map((id) => [id, 0]))
  for (const id of ids) {
    const count = counts.get(id)
    if (count !== undefined) counts.set(id, count + 1)
  }
  for (const [index, id] of unknownIds.entries()) {
    const count = counts.get(id) ?? 0
    const rowsText = count > 1 ? ` (in ${count} rows; first shown)` : ''
    const near = index < 200 ? closestCode(String(values[id]), known) : undefined
    const hint = near === undefined ? '' : `; did you mean "${near}"?`
    input.sink.add(
      `unknown:${table}:${column}`,
      rowIssue(
        'error',
        'unknown_code',
        table,
        firstRow[id] as number,
        column,
        `${column}: unknown ${what} "${String(values[id])}"${rowsText}${hint}`,
      ),
    )
  }
}

/**
 * Warns when a staff group appears in an organisation whose sector the taxonomy does not list
 * for that group (e.g. GPs in an acute trust): often a coding error, sometimes a real
 * arrangement. One warning per table, organisation and staff group.
 */
export function checkStaffGroupSectors(input: CrossCheckInput): void {
  const { tables, taxonomy, sink } = input
  const sectorOfOrganisation = new Map<string, string>()
  for (const row of tables.organisations) if (row) sectorOfOrganisation.set(row.code, row.sector)
  const sectorsOfGroup = new Map(taxonomy.staffGroups.map((group) => [group.code, group.sectors]))
  for (const table of [
    'workforce',
    'workforceFte',
    'flows',
    'vacancies',
    'sickness',
    'spend',
  ] as const) {
    if (tables[table].length === 0) continue
    const organisations = input.column(table, 'organisation')
    const groups = input.column(table, 'staffGroup')
    const width = groups.values.length
    // Per (organisation, staff group) pair: null when it is fine, else its first row and count.
    const pairs = new Map<number, { first: number; count: number } | null>()
    let lastPair = -1
    for (let index = 0; index < organisations.ids.length; index += 1) {
      const organisationId = organisations.ids[index] as number
      if (organisationId < 0) continue
      const pair = organisationId * width + (groups.ids[index] as number)
      if (pair === lastPair) {
        const seen = pairs.get(pair)
        if (seen) seen.count += 1
        continue
      }
      lastPair = pair
      const seen = pairs.get(pair)
      if (seen !== undefined) {
        if (seen) seen.count += 1
        continue
      }
      const organisation = organisations.values[organisationId] as string
      const group = groups.values[groups.ids[index] as number]
      const sector = sectorOfOrganisation.get(organisation)
      const allowed = typeof group === 'string' ? sectorsOfGroup.get(group) : undefined
      const mismatch = sector !== undefined && allowed !== undefined && !allowed.includes(sector)
      pairs.set(pair, mismatch ? { first: index, count: 1 } : null)
    }
    for (const [pair, seen] of pairs) {
      if (!seen) continue
      const organisation = organisations.values[Math.floor(pair / width)] as string
      const group = groups.values[pair % width] as string
      sink.add(
        `sector-mismatch:${table}`,
        rowIssue(
          'warning',
          'inconsistent',
          table,
          seen.first,
          'staffGroup',
          `staff group "${group}" is not listed for sector "${sectorOfOrganisation.get(organisation)}" of organisation "${organisation}" (${seen.count} row(s)); check the code or add the sector to the taxonomy`,
        ),
      )
    }
  }
}
