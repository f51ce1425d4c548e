import type { z } from 'zod'
import { type Issue, type IssueCode, type Result, resultFrom } from './errors'

/** Where a validated value came from, so issues can point at a file, table and row. */
export interface ValidationContext {
  /** File name shown in issues. */
  readonly file?: string
  /** Table (dataset) name; when set, the first path segment of an array input is its row. */
  readonly table?: string
  /** Added to a 0-based array index to give the row number reported (e.g. 2 for a CSV with a header line). */
  readonly rowOffset?: number
}

function codeOfZodIssue(zodIssue: z.core.$ZodIssue): IssueCode {
  switch (zodIssue.code) {
    case 'invalid_type':
      return zodIssue.input === undefined ? 'required' : 'invalid_type'
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
 * table, row and column where the context gives them.
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
export function issuesFromZod(error: z.ZodError, context: ValidationContext = {}): Issue[] {
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
      code: codeOfZodIssue(zodIssue),
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
  const parsed = schema.safeParse(input)
  if (parsed.success) return resultFrom(parsed.data, [])
  return resultFrom(undefined as z.output<S>, issuesFromZod(parsed.error, context))
}
