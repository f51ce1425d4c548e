import { type Issue, issue } from '@oneworkforce/schemas'
import * as z from 'zod'

/**
 * Checks an options argument at the boundary of a `safe` entry: left out (`undefined`) means
 * the defaults; anything else must be an object whose listed fields have the stated types.
 * Fields not listed are let through (options are shared and spread between functions); their
 * values are checked by the function that reads them. A field that is absent but required is
 * coded `required`, a present field of the wrong type `invalid_type`, a present value out of its
 * range `out_of_range`. Paths name the field (`['samples']`), as the functions' own checks do.
 *
 * @internal
 */
export function optionIssues(options: unknown, shape: z.ZodRawShape, name = 'options'): Issue[] {
  if (
    options !== undefined &&
    (typeof options !== 'object' || options === null || Array.isArray(options))
  ) {
    return [
      issue(
        'invalid_type',
        `${name} must be an object (or left out for the defaults), received ${describeValue(options)}`,
        [name],
      ),
    ]
  }
  const given = (options ?? {}) as Record<string, unknown>
  const parsed = z.looseObject(shape).safeParse(given)
  if (parsed.success) return []
  return parsed.error.issues.map((each) => {
    const path = each.path.map((part) => (typeof part === 'number' ? part : String(part)))
    const value = valueAt(given, path)
    const code =
      value === undefined && path.length === 1
        ? 'required'
        : each.code === 'invalid_type'
          ? 'invalid_type'
          : each.code === 'too_small' || each.code === 'too_big'
            ? 'out_of_range'
            : 'invalid_value'
    return issue(code, `${[name, ...path].join('.')}: ${each.message}`, path)
  })
}

/**
 * Issues when a positional argument is not an array (`what` names it in the message).
 *
 * @internal
 */
export function arrayIssues(value: unknown, name: string, what: string): Issue[] {
  if (Array.isArray(value)) return []
  return [
    issue('invalid_type', `${name} must be an array of ${what}, received ${describeValue(value)}`, [
      name,
    ]),
  ]
}

/**
 * Issues when a positional argument is not a plain object (`what` names it in the message).
 *
 * @internal
 */
export function recordIssues(value: unknown, name: string, what: string): Issue[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return []
  return [
    issue(
      'invalid_type',
      `${name} must be an object of ${what}, received ${describeValue(value)}`,
      [name],
    ),
  ]
}

/**
 * A short, safe description of any value for an issue message (never throws, even on symbols,
 * cycles or objects without a prototype).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`
  return String(value)
}

function valueAt(root: Record<string, unknown>, path: readonly (string | number)[]): unknown {
  let value: unknown = root
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string | number, unknown>)[part]
  }
  return value
}
