import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { describe } from '../internal/guard'
import {
  applyRules,
  resolveRules,
  type SuppressedCount,
  type SuppressionRules,
} from './suppression-rules'

/**
 * Applies small-number suppression to one count: NHS Digital's rule by default (1-7 suppressed,
 * others rounded to the nearest 5; NHS Digital, "Statistical disclosure control" in the NHS
 * Workforce Statistics methodology).
 *
 * @example
 * ```ts
 * import { suppressCount } from '@oneworkforce/benchmarking'
 *
 * suppressCount(6) // { value: null, status: 'suppressed' }
 * suppressCount(23) // { value: 25, status: 'rounded' }
 * ```
 */
export function suppressCount(count: number, rules: SuppressionRules = {}): SuppressedCount {
  return unwrapResult(safeSuppressCount(count, rules))
}

/**
 * {@link suppressCount} returning a `Result`, for any input: issues for a count that is not a
 * whole number of 0 or more (0.4 would otherwise be published as 0) or bad rules.
 *
 * @example
 * ```ts
 * import { safeSuppressCount } from '@oneworkforce/benchmarking'
 *
 * safeSuppressCount(-3).success // false
 * ```
 */
export function safeSuppressCount(
  count: number,
  rules: SuppressionRules = {},
): Result<SuppressedCount> {
  const resolved = resolveRules(rules)
  const issues = [...resolved.issues]
  if (!(Number.isSafeInteger(count) && count >= 0)) {
    issues.push(
      issue(
        'out_of_range',
        `a count must be a whole number of 0 or more, received ${describe(count)}${typeof count === 'number' && count > 0 && count < 1 ? ' (a fraction of a person would be published as 0)' : ''}`,
        ['count'],
      ),
    )
  }
  if (issues.length > 0)
    return resultFrom(undefined as unknown as SuppressedCount, issues, 'invalid_argument')
  return resultFrom(applyRules(count, resolved.rules), [])
}
