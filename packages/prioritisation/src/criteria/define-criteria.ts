import { issue, type Result, resultFrom, safeValidate, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { optionIssues } from '../internal/option-issues'
import { type Criterion, criteriaSchema } from './criterion-schema'
import { fourTestsCriteria } from './four-tests'

/** What {@link defineCriteria} builds the set from. */
export interface DefineCriteriaOptions {
  /** The set to start from; the four tests when omitted. Pass your own list to replace them. */
  readonly base?: readonly unknown[]
  /** Criteria added to the base (codes must not clash with it). */
  readonly add?: readonly unknown[]
}

/**
 * Builds and validates a criteria set: the four tests (or a base you pass) plus any criteria
 * you add. Issues name the criterion by its index in the combined list.
 *
 * @example
 * ```ts
 * import { safeDefineCriteria } from '@oneworkforce/prioritisation'
 *
 * const result = safeDefineCriteria({
 *   add: [{ code: 'train-retain-reform', label: 'Train / Retain / Reform', description: 'Fit with the national plan', direction: 'benefit', scale: { min: 1, max: 5 } }],
 * })
 * if (result.success) console.log(result.value.length) // 5
 * ```
 */
export function safeDefineCriteria(options: DefineCriteriaOptions = {}): Result<Criterion[]> {
  const shape = { base: z.array(z.unknown()).optional(), add: z.array(z.unknown()).optional() }
  const optionProblems = optionIssues(options, shape)
  if (optionProblems.length > 0) return resultFrom([], optionProblems)
  const combined = [...(options.base ?? fourTestsCriteria), ...(options.add ?? [])]
  const validated = safeValidate(criteriaSchema, combined)
  if (!validated.success) {
    return resultFrom(
      [],
      validated.issues.map((each) =>
        issue(each.code, `criteria[${each.path[0] ?? ''}]: ${each.message}`, [
          'criteria',
          ...each.path,
        ]),
      ),
    )
  }
  return validated
}

/**
 * Throwing twin of {@link safeDefineCriteria}.
 *
 * @example
 * ```ts
 * import { defineCriteria } from '@oneworkforce/prioritisation'
 *
 * const criteria = defineCriteria({
 *   add: [{ code: 'cost-to-system', label: 'Cost to the system', description: 'Recurrent cost', direction: 'cost', scale: { min: 1, max: 5 } }],
 * })
 * ```
 */
export function defineCriteria(options: DefineCriteriaOptions = {}): Criterion[] {
  return unwrapResult(safeDefineCriteria(options))
}
