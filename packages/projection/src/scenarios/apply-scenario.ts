import {
  type Result,
  resultFrom,
  type ScenarioInput,
  safeValidate,
  scenarioSchema,
  unwrapResult,
} from '@oneworkforce/schemas'
import type { ProjectionInput, ProjectionInputDraft } from '../input/projection-input'
import { safeParseProjectionInput } from '../input/validate-input'
import { markValidated, type ValidatedProjectionInput } from '../input/validated-input'
import { dimensionIndex } from '../internal/dimension-index'
import { foldScenario } from './fold-scenario'
import { scenarioIssues } from './scenario-issues'

/**
 * Applies a scenario to an input, returning issues (a lever naming a staff group, sector or place
 * the projection does not have, a malformed lever) instead of throwing.
 *
 * @example
 * ```ts
 * import { safeApplyScenario } from '@oneworkforce/projection'
 *
 * const result = safeApplyScenario(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 *   },
 *   { id: 'x', name: 'X', levers: [{ type: 'retention', staffGroup: 'gp', relativeChange: -0.1, fromMonth: '2025-04' }] },
 * )
 * result.success // false: staffGroup "gp" is not in the projection's dimensions
 * ```
 */
export function safeApplyScenario(
  input: ProjectionInputDraft | ProjectionInput,
  scenario: ScenarioInput,
): Result<ValidatedProjectionInput> {
  const parsedInput = safeParseProjectionInput(input)
  if (!parsedInput.success) return parsedInput
  const parsedScenario = safeValidate(scenarioSchema, scenario)
  if (!parsedScenario.success)
    return resultFrom(
      parsedInput.value as ValidatedProjectionInput,
      parsedScenario.issues.map((each) => ({ ...each, path: ['scenario', ...each.path] })),
    )
  const base = parsedInput.value.scenario
    ? foldScenario(parsedInput.value, parsedInput.value.scenario)
    : parsedInput.value
  const issues = [
    ...parsedInput.issues,
    ...scenarioIssues(base, dimensionIndex(base), parsedScenario.value),
  ]
  const applied = resultFrom(foldScenario(base, parsedScenario.value), issues)
  // A validated input with checked levers folded in is valid: it is not validated again.
  return applied.success ? resultFrom(markValidated(applied.value, issues), issues) : applied
}

/**
 * Applies a scenario's levers to an input as a pure transformation: Train levers add intake
 * changes to the matching pipelines (an absolute intake is shared between them by base intake),
 * Retain levers add leaver-rate changes, international recruitment adds time-limited joiners on
 * top of the baseline, productivity and skill mix add demand rows, participation adds FTE-per-head
 * changes, and a new role adds its pipeline (no intake before `fromYear`) and the skill-mix shift
 * that creates its demand. Any scenario already in the input is applied first. The result has
 * no `scenario` field.
 *
 * @example
 * ```ts
 * import { applyScenario } from '@oneworkforce/projection'
 *
 * const input = applyScenario(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 *   },
 *   { id: 'retain', name: 'Retain', levers: [{ type: 'retention', relativeChange: -0.1, fromMonth: '2025-04', rampMonths: 12 }] },
 * )
 * input.leaverRateChanges.length // 1
 * ```
 */
export function applyScenario(
  input: ProjectionInputDraft | ProjectionInput,
  scenario: ScenarioInput,
): ValidatedProjectionInput {
  return unwrapResult(safeApplyScenario(input, scenario))
}
