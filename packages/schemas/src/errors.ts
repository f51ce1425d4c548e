/**
 * How serious an {@link Issue} is: an `error` makes the input unusable, a `warning` is worth
 * a look but the input is still accepted.
 */
export type IssueSeverity = 'error' | 'warning'

/**
 * Machine-readable kinds of {@link Issue}, shared by every oneworkforce package so a caller can
 * switch on them without knowing which package raised them.
 */
export type IssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'out_of_range'
  | 'required'
  | 'unknown_code'
  | 'duplicate_key'
  | 'parse_error'
  | 'missing_column'
  | 'unexpected_column'
  | 'suppressed_value'
  | 'inconsistent'
  | 'not_reconciled'
  | 'empty_input'
  | 'too_large'
  | 'insufficient_data'
  | 'not_converged'
  | 'cancelled'

/**
 * One problem found in an input: what is wrong, where, and how serious.
 *
 * `path` locates the value inside the object that was validated; `table`, `row` and `column`
 * locate it in a dataset or file the way a spreadsheet user would (rows are 1-based line
 * numbers in files, 0-based indices in arrays and say which in `message`).
 *
 * @example
 * ```ts
 * import type { Issue } from '@oneworkforce/schemas'
 *
 * const issue: Issue = {
 *   severity: 'error',
 *   code: 'out_of_range',
 *   path: ['workforce', 3, 'fte'],
 *   table: 'workforce',
 *   row: 3,
 *   column: 'fte',
 *   message: 'fte must be at least 0, received -2',
 * }
 * ```
 */
export interface Issue {
  readonly severity: IssueSeverity
  readonly code: IssueCode
  readonly message: string
  readonly path: readonly (string | number)[]
  readonly file?: string | undefined
  readonly table?: string | undefined
  readonly row?: number | undefined
  readonly column?: string | undefined
}

/** Broad families of {@link OneWorkforceError}, one per kind of failure. */
export type OneWorkforceErrorCode =
  | 'validation_failed'
  | 'ingest_failed'
  | 'invalid_argument'
  | 'computation_failed'
  | 'cancelled'

const marker = Symbol.for('oneworkforce.error')

/**
 * The one error class every oneworkforce package throws. It carries a broad `code` and the
 * full list of {@link Issue}s, so a caller can report every problem at once instead of the
 * first one only.
 *
 * When to use: catch it around the throwing entry points (`parseDataset`, `projectWorkforce`,
 * ...); prefer the `safe` twins when bad input is expected, as they return the issues instead.
 * Use {@link OneWorkforceError.isInstance} rather than `instanceof`, which fails when two
 * copies of the package are installed.
 *
 * @example
 * ```ts
 * import { OneWorkforceError, parseMonth } from '@oneworkforce/schemas'
 *
 * try {
 *   parseMonth('2024-13')
 * } catch (error) {
 *   if (OneWorkforceError.isInstance(error)) console.log(error.code, error.issues[0]?.message)
 * }
 * ```
 */
export class OneWorkforceError extends Error {
  readonly code: OneWorkforceErrorCode
  readonly issues: readonly Issue[]
  /** @internal Marks instances across copies of the package; see {@link OneWorkforceError.isInstance}. */
  readonly [marker] = true

  constructor(code: OneWorkforceErrorCode, issues: readonly Issue[], message?: string) {
    super(message ?? summariseIssues(issues))
    this.name = 'OneWorkforceError'
    this.code = code
    this.issues = issues
  }

  /** True when `value` is a {@link OneWorkforceError} from any copy of this package. */
  static isInstance(value: unknown): value is OneWorkforceError {
    return typeof value === 'object' && value !== null && marker in value
  }
}

/**
 * The result of a `safe` entry point: the value and any warnings, or the issues that stopped it.
 *
 * @example
 * ```ts
 * import { safeParseMonth } from '@oneworkforce/schemas'
 *
 * const result = safeParseMonth('2024-05')
 * if (result.success) console.log(result.value)
 * else console.log(result.issues.map((issue) => issue.message))
 * ```
 */
export type Result<T> =
  | { readonly success: true; readonly value: T; readonly issues: readonly Issue[] }
  | {
      readonly success: false
      readonly error: OneWorkforceError
      readonly issues: readonly Issue[]
    }

/**
 * Builds a {@link Result} from a value and the issues found while producing it: failure when any
 * issue is an error, success (carrying the warnings) otherwise.
 *
 * @example
 * ```ts
 * import { resultFrom } from '@oneworkforce/schemas'
 *
 * const result = resultFrom(42, [])
 * console.log(result.success) // true
 * ```
 */
export function resultFrom<T>(
  value: T,
  issues: readonly Issue[],
  code: OneWorkforceErrorCode = 'validation_failed',
): Result<T> {
  if (issues.some((issue) => issue.severity === 'error')) {
    return { success: false, error: new OneWorkforceError(code, issues), issues }
  }
  return { success: true, value, issues }
}

/**
 * Returns the value of a {@link Result} or throws its {@link OneWorkforceError}: the bridge from
 * every `safeX` function to its throwing twin `x`.
 *
 * @example
 * ```ts
 * import { safeParseMonth, unwrapResult } from '@oneworkforce/schemas'
 *
 * const month = unwrapResult(safeParseMonth('2025-04')) // '2025-04'
 * ```
 */
export function unwrapResult<T>(result: Result<T>): T {
  if (!result.success) throw result.error
  return result.value
}

/**
 * Creates an error-severity {@link Issue}; fields other than code, message and path are optional.
 *
 * @example
 * ```ts
 * import { issue } from '@oneworkforce/schemas'
 *
 * const problem = issue('required', 'horizonMonths is required', ['horizonMonths'])
 * ```
 */
export function issue(
  code: IssueCode,
  message: string,
  path: readonly (string | number)[] = [],
  where: Omit<Issue, 'code' | 'message' | 'path' | 'severity'> & { severity?: IssueSeverity } = {},
): Issue {
  const { severity = 'error', ...location } = where
  return { severity, code, message, path, ...location }
}

function summariseIssues(issues: readonly Issue[]): string {
  const errors = issues.filter((each) => each.severity === 'error')
  const shown = (errors.length > 0 ? errors : issues).slice(0, 5).map(describeIssue)
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : ''
  return `${shown.join('; ')}${more}`
}

/**
 * Formats an issue as one line a person can act on: where first, then what.
 *
 * @example
 * ```ts
 * import { describeIssue, issue } from '@oneworkforce/schemas'
 *
 * describeIssue(issue('out_of_range', 'fte must be at least 0', [], { file: 'wf.csv', row: 7, column: 'fte' }))
 * // 'wf.csv row 7 column fte: fte must be at least 0'
 * ```
 */
export function describeIssue(each: Issue): string {
  const where = [
    each.file,
    each.table && !each.file ? each.table : undefined,
    each.row !== undefined ? `row ${each.row}` : undefined,
    each.column !== undefined ? `column ${each.column}` : undefined,
  ].filter((part): part is string => part !== undefined)
  const location =
    where.length > 0 ? where.join(' ') : each.path.length > 0 ? each.path.join('.') : ''
  return location ? `${location}: ${each.message}` : each.message
}
