import type { z } from 'zod'
import { type Issue, type IssueCode, issue, type Result, resultFrom } from './errors'
import { describeValue } from './internal/describe-value'
import { unexpectedFailure } from './internal/unexpected-failure'

/** Where a validated value came from, so issues can point at a file, table and row. */
export interface ValidationContext {
  /** File name shown in issues. */
  readonly file?: string
  /** Table (dataset) name; when set, the first path segment of an array input is its row. */
  readonly table?: string
  /** Added to a 0-based array index to give the row number reported (e.g. 2 for a CSV with a header line). */
  readonly rowOffset?: number
}

/** True when the value at `path` inside `input` is absent (a missing key or `undefined`). */
function absentAt(input: unknown, path: readonly PropertyKey[]): boolean {
  let current = input
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return true
    if (!Object.hasOwn(current, segment)) return true
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current === undefined
}

/**
 * `required` only for a value that is absent; a value present with the wrong type is
 * `invalid_type`. zod reports the input of an issue only when asked, so presence is read from
 * the validated input when it is given, else from zod's own message ("received undefined").
 */
function codeOfZodIssue(
  zodIssue: z.core.$ZodIssue,
  input: { value: unknown } | undefined,
): IssueCode {
  switch (zodIssue.code) {
    case 'invalid_type': {
      const absent =
        input !== undefined
          ? absentAt(input.value, zodIssue.path)
          : 'input' in zodIssue
            ? zodIssue.input === undefined
            : /received undefined$/.test(zodIssue.message)
      return absent ? 'required' : 'invalid_type'
    }
    case 'too_big':
    case 'too_small':
      return 'out_of_range'
    case 'unrecognized_keys':
      return 'unexpected_column'
    default:
      return 'invalid_value'
  }
}

/**
 * Converts zod's issues into oneworkforce {@link Issue}s, keeping the path and adding file,
 * table, row and column where the context gives them. Pass the validated `input` as well so a
 * value that is present but of the wrong type is coded `invalid_type`, and only an absent one
 * `required`.
 *
 * @example
 * ```ts
 * import { issuesFromZod } from '@oneworkforce/schemas'
 * import * as z from 'zod'
 *
 * const parsed = z.array(z.object({ fte: z.number().min(0) })).safeParse([{ fte: -1 }])
 * if (!parsed.success) console.log(issuesFromZod(parsed.error, { table: 'workforce' })[0]?.row) // 0
 * ```
 */
export function issuesFromZod(
  error: z.ZodError,
  context: ValidationContext = {},
  ...input: [] | [unknown]
): Issue[] {
  const validated = input.length > 0 ? { value: input[0] } : undefined
  return error.issues.map((zodIssue) => {
    const path = zodIssue.path.map((segment) =>
      typeof segment === 'symbol' ? String(segment) : segment,
    )
    const rowIndex =
      context.table !== undefined && typeof path[0] === 'number' ? path[0] : undefined
    const field = rowIndex !== undefined ? path[1] : path[0]
    const columnFromKeys =
      zodIssue.code === 'unrecognized_keys' ? zodIssue.keys.join(', ') : undefined
    const column = columnFromKeys ?? (field !== undefined ? String(field) : undefined)
    const where = column ? `${column}: ` : ''
    return {
      severity: 'error' as const,
      code: codeOfZodIssue(zodIssue, validated),
      message: `${where}${zodIssue.message}`,
      path,
      file: context.file,
      table: context.table,
      row: rowIndex !== undefined ? rowIndex + (context.rowOffset ?? 0) : undefined,
      column,
    }
  })
}

/**
 * Validates `input` against a zod schema and returns a {@link Result} with oneworkforce issues:
 * the one way every package validates at its boundary.
 *
 * @example
 * ```ts
 * import { safeValidate, workforceSnapshotRowSchema } from '@oneworkforce/schemas'
 *
 * const result = safeValidate(workforceSnapshotRowSchema, { month: '2024-04' })
 * if (!result.success) console.log(result.issues.map((each) => each.message))
 * ```
 */
export function safeValidate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: ValidationContext = {},
): Result<z.output<S>> {
  const refused = argumentIssues(schema, context)
  if (refused.length > 0) return resultFrom(undefined as z.output<S>, refused)
  try {
    const parsed = schema.safeParse(input)
    if (parsed.success) return resultFrom(parsed.data, [])
    return resultFrom(undefined as z.output<S>, issuesFromZod(parsed.error, context, input))
  } catch (error) {
    return resultFrom(undefined as z.output<S>, [unexpectedFailure(error)])
  }
}

function argumentIssues(schema: unknown, context: unknown): Issue[] {
  const issues: Issue[] = []
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
    const message = `schema: expected a zod schema, received ${describeValue(schema)}`
    issues.push(issue('invalid_type', message, ['schema']))
  }
  if (context !== undefined && (typeof context !== 'object' || context === null)) {
    const message = `context: expected an object such as { table: 'workforce' }, received ${describeValue(context)}`
    issues.push(issue('invalid_type', message, ['context']))
    return issues
  }
  const { file, table, rowOffset } = (context ?? {}) as Record<string, unknown>
  for (const [key, value] of [
    ['file', file],
    ['table', table],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') {
      const message = `context.${key}: expected a text, received ${describeValue(value)}`
      issues.push(issue('invalid_type', message, ['context', key]))
    }
  }
  if (rowOffset !== undefined && !Number.isSafeInteger(rowOffset)) {
    const message = `context.rowOffset: expected a whole number, received ${describeValue(rowOffset)}`
    issues.push(issue('invalid_value', message, ['context', 'rowOffset']))
  }
  return issues
}
