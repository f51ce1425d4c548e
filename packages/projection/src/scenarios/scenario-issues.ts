import { type Issue, issue, type Scenario } from '@oneworkforce/schemas'
import type { ProjectionInput } from '../input/projection-input'
import type { DimensionIndex } from '../internal/dimension-index'

/**
 * Issues with a scenario's levers against an input: a lever naming a staff group, sector or
 * place the projection does not have is an error (it would otherwise be silently ignored); a
 * training lever that matches no pipeline is a warning.
 */
export function scenarioIssues(
  input: ProjectionInput,
  index: DimensionIndex,
  scenario: Scenario,
): Issue[] {
  const issues: Issue[] = []
  const known: Record<string, ReadonlyMap<string, number>> = {
    staffGroup: index.staffGroup,
    fromStaffGroup: index.staffGroup,
    toStaffGroup: index.staffGroup,
    sector: index.sector,
    place: index.place,
  }
  scenario.levers.forEach((lever, i) => {
    const path = ['scenario', 'levers', i]
    const fields: Record<string, unknown> = { ...lever }
    if (lever.type === 'new-role') Object.assign(fields, { shift: undefined }, lever.shift)
    for (const [field, map] of Object.entries(known)) {
      const code = fields[field]
      if (typeof code === 'string' && !map.has(code))
        issues.push(
          issue(
            'unknown_code',
            `scenario "${scenario.id}" lever ${i} (${lever.type}): ${field} "${code}" is not in the projection's dimensions`,
            [
              ...path,
              lever.type === 'new-role' && field !== 'staffGroup' ? 'shift' : field,
              ...(lever.type === 'new-role' && field !== 'staffGroup' ? [field] : []),
            ],
          ),
        )
    }
    if (lever.type === 'training-places') {
      const matched = input.pipelines.some(
        (row) =>
          (lever.programme === undefined || row.programme === lever.programme) &&
          (lever.staffGroup === undefined || row.staffGroup === lever.staffGroup),
      )
      if (lever.programme !== undefined && !matched)
        issues.push(
          issue(
            'unknown_code',
            `scenario "${scenario.id}" lever ${i}: programme "${lever.programme}" is not in the pipelines`,
            [...path, 'programme'],
          ),
        )
      else if (!matched)
        issues.push(
          issue(
            'unknown_code',
            `scenario "${scenario.id}" lever ${i}: no training pipeline feeds this lever, so it changes nothing`,
            path,
            { severity: 'warning' },
          ),
        )
    }
  })
  return issues
}
