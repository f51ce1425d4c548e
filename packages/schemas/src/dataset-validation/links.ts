import type { Scenario } from '../datasets/scenarios'
import { type CrossCheckInput, rowIssue } from './checked-tables'

/**
 * Reports initiatives whose `dependsOn` or `excludes` name ids not in the initiatives table, or
 * whose `scenario` is not in the scenarios table.
 */
export function checkInitiativeLinks({ tables, sink }: CrossCheckInput): void {
  const ids = new Set<string>()
  for (const row of tables.initiatives) if (row) ids.add(row.id)
  const scenarioIds = new Set<string>()
  for (const scenario of tables.scenarios) if (scenario) scenarioIds.add(scenario.id)
  tables.initiatives.forEach((row, index) => {
    if (!row) return
    if (row.scenario !== undefined && !scenarioIds.has(row.scenario)) {
      sink.add(
        'initiative-links',
        rowIssue(
          'error',
          'unknown_code',
          'initiatives',
          index,
          'scenario',
          `scenario: initiative "${row.id}" pulls the levers of scenario "${row.scenario}", which is not in the scenarios table`,
        ),
      )
    }
    for (const column of ['dependsOn', 'excludes'] as const) {
      for (const id of row[column] ?? []) {
        if (ids.has(id) && id !== row.id) continue
        const message =
          id === row.id
            ? `${column}: initiative "${row.id}" names itself`
            : `${column}: unknown initiative "${id}"`
        sink.add(
          'initiative-links',
          rowIssue('error', 'unknown_code', 'initiatives', index, column, message),
        )
      }
    }
  })
}

const leverReferences = {
  staffGroup: 'staffGroups',
  fromStaffGroup: 'staffGroups',
  toStaffGroup: 'staffGroups',
  sector: 'sectors',
  place: 'places',
} as const

/**
 * Reports scenario levers naming staff groups, sectors or places that the taxonomy or dataset
 * does not have. Walks every lever (and nested objects such as a new role's shift), so lever
 * types added later are covered without changing this check.
 */
export function checkScenarioLevers({ tables, taxonomy, sink }: CrossCheckInput): void {
  const known = {
    staffGroups: new Set(taxonomy.staffGroups.map((group) => group.code)),
    sectors: new Set(taxonomy.sectors.map((sector) => sector.code)),
    places: new Set<string>(),
  }
  for (const row of tables.places) if (row) known.places.add(row.code)
  tables.scenarios.forEach((scenario: Scenario | undefined, index) => {
    if (!scenario) return
    scenario.levers.forEach((lever, leverIndex) => {
      const stack: { value: Record<string, unknown>; path: string }[] = [
        { value: lever as Record<string, unknown>, path: `levers.${leverIndex}` },
      ]
      for (let next = stack.pop(); next; next = stack.pop()) {
        for (const [key, value] of Object.entries(next.value)) {
          if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            stack.push({ value: value as Record<string, unknown>, path: `${next.path}.${key}` })
            continue
          }
          const set =
            key in leverReferences
              ? leverReferences[key as keyof typeof leverReferences]
              : undefined
          if (set === undefined || typeof value !== 'string' || known[set].has(value)) continue
          const what =
            set === 'staffGroups' ? 'staff group' : set === 'sectors' ? 'sector' : 'place'
          sink.add(
            'scenario-levers',
            rowIssue(
              'error',
              'unknown_code',
              'scenarios',
              index,
              `${next.path}.${key}`,
              `scenario "${scenario.id}" ${next.path}.${key}: unknown ${what} "${value}"`,
            ),
          )
        }
      }
    })
  })
}
