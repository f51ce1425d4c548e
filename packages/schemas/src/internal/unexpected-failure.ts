import { type Issue, issue } from '../errors'

/** Marks the message of {@link unexpectedFailure}, so tests can assert it never appears. */
export const unexpectedFailureMarker = 'stopped unexpectedly'

/**
 * The issue a `safe` entry returns instead of throwing when something it did not foresee goes
 * wrong: the promise that a `safe` entry never throws holds even then, and the message asks for
 * a report. Tests fuzz every entry and fail when this issue appears, so it is a last resort.
 */
export function unexpectedFailure(
  error: unknown,
  where: { file?: string | undefined; table?: string | undefined } = {},
): Issue {
  let reason: string
  try {
    reason = error instanceof Error ? error.message : String(error)
  } catch {
    reason = 'an error that cannot be shown'
  }
  return issue(
    'invalid_value',
    `${unexpectedFailureMarker}: ${reason} (please report this with the input)`,
    [],
    where,
  )
}
