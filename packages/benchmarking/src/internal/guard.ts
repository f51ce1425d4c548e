import { type Issue, issue } from '@oneworkforce/schemas'

/** @internal Whether a value is a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @internal Issues for an options argument that is neither left out nor an object (`null`, a
 * number, a string, an array).
 */
export function checkOptionsObject(value: unknown, name = 'options'): Issue[] {
  if (value === undefined || isRecord(value)) return []
  return [
    issue('invalid_type', `${name} must be an object (or left out), received ${describe(value)}`, [
      name,
    ]),
  ]
}

/** @internal Issues for a value that must be an array. */
export function checkArray(value: unknown, path: readonly (string | number)[], label: string) {
  if (Array.isArray(value)) return []
  return [issue('invalid_type', `${label} must be an array, received ${describe(value)}`, path)]
}

/** @internal A short description of any value for an issue message. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`
  return String(value)
}

/** @internal An error result's placeholder value: never read, as the result is a failure. */
export const NO_VALUE = undefined as never
