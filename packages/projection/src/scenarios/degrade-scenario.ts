import type { Issue, Result, ScenarioInput } from '@oneworkforce/schemas'
import { resultFrom } from '@oneworkforce/schemas'
import type { ProjectionInput } from '../input/projection-input'
import { safeApplyScenario } from './apply-scenario'

/**
 * Applies a scenario for a comparison, leaving out the levers that name a staff group, sector,
 * place or programme the projection does not have (e.g. Reform's nursing associates on a dataset
 * without them): each is reported as a warning saying the lever was left out, and the rest of the
 * scenario runs. Any other problem stays an error. `safeApplyScenario` itself still refuses such
 * a lever.
 *
 * @internal Used by `safeCompareScenarios`.
 */
export function applyScenarioLeavingOutUnknown(
  input: ProjectionInput,
  scenario: ScenarioInput,
): Result<ProjectionInput> {
  const first = safeApplyScenario(input, scenario)
  if (first.success) return first
  const errors = first.issues.filter((each) => each.severity === 'error')
  const leverOf = (each: Issue) =>
    each.code === 'unknown_code' &&
    each.path[0] === 'scenario' &&
    each.path[1] === 'levers' &&
    typeof each.path[2] === 'number'
      ? each.path[2]
      : undefined
  if (errors.some((each) => leverOf(each) === undefined)) return first
  const dropped = new Set(errors.map(leverOf) as number[])
  const kept = { ...scenario, levers: scenario.levers.filter((_, i) => !dropped.has(i)) }
  const second = safeApplyScenario(input, kept)
  if (!second.success) return first
  const warnings = first.issues.map((each) =>
    each.severity === 'error'
      ? {
          ...each,
          severity: 'warning' as const,
          message: `${each.message}; the lever was left out of the comparison`,
        }
      : each,
  )
  // The first pass found every issue (with the scenario's own lever numbers): report those.
  return resultFrom(second.value, warnings)
}
