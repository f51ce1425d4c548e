import { type Issue, issue } from '@oneworkforce/schemas'

/** Issues for a value that must be a finite number at least `min` (an error each). */
export function checkFinite(
  value: unknown,
  path: readonly (string | number)[],
  label: string,
  min = Number.NEGATIVE_INFINITY,
): Issue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [
      issue('invalid_type', `${label} must be a finite number, received ${String(value)}`, path),
    ]
  }
  if (value < min) {
    return [issue('out_of_range', `${label} must be at least ${min}, received ${value}`, path)]
  }
  return []
}

/** Issues for a confidence level that must lie strictly between 0 and 1. */
export function checkLevel(value: unknown, path: readonly (string | number)[]): Issue[] {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    return [
      issue(
        'out_of_range',
        `a limit level must be a fraction strictly between 0 and 1 (0.95, 0.998), received ${String(value)}`,
        path,
      ),
    ]
  }
  return []
}
