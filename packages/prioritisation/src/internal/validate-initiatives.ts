import {
  type Initiative,
  type Issue,
  initiativeSchema,
  issue,
  safeValidate,
} from '@oneworkforce/schemas'
import * as z from 'zod'

const initiativesSchema = z.array(initiativeSchema)

/**
 * Validates initiatives at the boundary with `initiativeSchema` and rejects duplicate ids.
 *
 * @internal
 */
export function validateInitiatives(input: unknown): {
  readonly initiatives: readonly Initiative[]
  readonly issues: Issue[]
} {
  const validated = safeValidate(initiativesSchema, input, { table: 'initiatives' })
  if (!validated.success) return { initiatives: [], issues: [...validated.issues] }
  const issues: Issue[] = []
  const seen = new Map<string, number>()
  validated.value.forEach((initiative, row) => {
    const first = seen.get(initiative.id)
    if (first !== undefined) {
      issues.push(
        issue(
          'duplicate_key',
          `initiative id "${initiative.id}" is used by rows ${first} and ${row} (0-based)`,
          [row, 'id'],
          { table: 'initiatives', row, column: 'id' },
        ),
      )
    } else seen.set(initiative.id, row)
  })
  if (validated.value.length === 0) {
    issues.push(issue('empty_input', 'no initiatives given', [], { table: 'initiatives' }))
  }
  return { initiatives: validated.value, issues }
}
