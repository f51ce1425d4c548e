import { type Issue, issue } from '../errors'
import { describeValue } from '../internal/describe-value'
import { monthSchema } from '../primitives'

/**
 * Checks the options of dataset validation before any row is read: `minMonth` and `maxMonth`
 * are months (`YYYY-MM`) in order, `flowToleranceHeadcount` a number of people of at least 0 and
 * `maxIssuesPerCheck` a whole number of at least 1 or `Infinity`. Keys it does not know are left alone, as
 * callers pass wider option objects through.
 */
export function datasetOptionIssues(options: unknown): Issue[] {
  if (options === undefined) return []
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const message = `expected an options object, received ${describeValue(options)}`
    return [issue('invalid_type', message, [])]
  }
  const { minMonth, maxMonth, flowToleranceHeadcount, maxIssuesPerCheck } = options as Record<
    string,
    unknown
  >
  const issues: Issue[] = []
  for (const [key, value] of [
    ['minMonth', minMonth],
    ['maxMonth', maxMonth],
  ] as const) {
    if (value !== undefined && !monthSchema.safeParse(value).success) {
      const message = `${key}: expected a month as YYYY-MM (1950-2100), received ${describeValue(value)}`
      issues.push(issue('invalid_value', message, [key]))
    }
  }
  if (issues.length === 0 && typeof minMonth === 'string' && typeof maxMonth === 'string') {
    if (minMonth > maxMonth) {
      const message = `minMonth ${minMonth} is after maxMonth ${maxMonth}`
      issues.push(issue('inconsistent', message, ['minMonth']))
    }
  }
  const tolerance = flowToleranceHeadcount
  if (
    tolerance !== undefined &&
    !(typeof tolerance === 'number' && tolerance >= 0 && Number.isFinite(tolerance))
  ) {
    const message = `flowToleranceHeadcount: expected a number of people of at least 0, received ${describeValue(tolerance)}`
    issues.push(issue('invalid_value', message, ['flowToleranceHeadcount']))
  }
  const whole =
    Number.isSafeInteger(maxIssuesPerCheck) || maxIssuesPerCheck === Number.POSITIVE_INFINITY
  if (maxIssuesPerCheck !== undefined && !(whole && (maxIssuesPerCheck as number) >= 1)) {
    const message = `maxIssuesPerCheck: expected a whole number of at least 1 (or Infinity), received ${describeValue(maxIssuesPerCheck)}`
    issues.push(issue('invalid_value', message, ['maxIssuesPerCheck']))
  }
  return issues
}
