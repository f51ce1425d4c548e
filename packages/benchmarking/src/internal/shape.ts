import { type Issue, issue } from '@oneworkforce/schemas'
import { describe, isRecord } from './guard'
import { monthIndex } from './month-index'

/** @internal What a field must be; a leading `?` makes it optional. */
export type FieldKind =
  | 'text'
  | 'number'
  | 'month'
  | 'direction'
  | 'numbers'
  | 'texts'
  | 'number-record'
  | 'value-record'
  | 'target-change'
  | `?${'text' | 'number' | 'month' | 'direction' | 'number-record' | 'value-record'}`

const EXPECTED: Readonly<Record<string, string>> = {
  text: 'text',
  number: 'a number',
  month: 'a month as YYYY-MM',
  direction: "'higher', 'lower' or 'neutral'",
  numbers: 'an array of numbers',
  texts: 'an array of text',
  'number-record': 'an object of numbers',
  'value-record': 'an object of text or numbers',
  'target-change':
    "{ kind: 'absolute' | 'relative', change: number } or { kind: 'value', value: number }",
}

function fits(value: unknown, kind: string): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number'
    case 'month':
      return typeof value === 'string' && !Number.isNaN(monthIndex(value))
    case 'direction':
      return value === 'higher' || value === 'lower' || value === 'neutral'
    case 'numbers':
      return Array.isArray(value) && value.every((each) => typeof each === 'number')
    case 'texts':
      return Array.isArray(value) && value.every((each) => typeof each === 'string')
    case 'number-record':
      return isRecord(value) && Object.values(value).every((each) => typeof each === 'number')
    case 'value-record':
      return (
        isRecord(value) &&
        Object.values(value).every((each) => typeof each === 'number' || typeof each === 'string')
      )
    case 'target-change':
      return (
        isRecord(value) &&
        (((value.kind === 'absolute' || value.kind === 'relative') &&
          typeof value.change === 'number') ||
          (value.kind === 'value' && typeof value.value === 'number'))
      )
    default:
      return false
  }
}

/**
 * @internal Issues for an object whose fields are not of the kinds named (an error each, with
 * the path and, for a row of a list, its index).
 */
export function checkFields(
  value: unknown,
  path: readonly (string | number)[],
  fields: Readonly<Record<string, FieldKind>>,
  row?: number,
): Issue[] {
  const label = path.length > 0 ? path.join('.') : 'the argument'
  if (!isRecord(value))
    return [
      issue('invalid_type', `${label} must be an object, received ${describe(value)}`, path, {
        row,
      }),
    ]
  const issues: Issue[] = []
  for (const [field, kind] of Object.entries(fields)) {
    const optional = kind.startsWith('?')
    const bare = optional ? kind.slice(1) : kind
    const given = value[field]
    if (optional && given === undefined) continue
    if (!fits(given, bare)) {
      issues.push(
        issue(
          given === undefined ? 'required' : 'invalid_type',
          `${label} ${field} must be ${EXPECTED[bare]}, received ${describe(given)}`,
          [...path, field],
          { row, column: field },
        ),
      )
    }
  }
  return issues
}

/** @internal Issues for a value that must be an array of objects with the fields named. */
export function checkList(
  value: unknown,
  name: string,
  fields: Readonly<Record<string, FieldKind>>,
): Issue[] {
  if (!Array.isArray(value))
    return [issue('invalid_type', `${name} must be an array, received ${describe(value)}`, [name])]
  const issues: Issue[] = []
  for (let index = 0; index < value.length && issues.length < 100; index += 1)
    issues.push(...checkFields(value[index], [name, index], fields, index))
  return issues
}

/** @internal Issues for an options object (left out allowed when `optional`) with the fields named. */
export function checkOptionFields(
  value: unknown,
  fields: Readonly<Record<string, FieldKind>>,
  optional = true,
): Issue[] {
  if (value === undefined && optional) return []
  return checkFields(value, ['options'], fields).map((each) => ({
    ...each,
    path: each.path.length > 1 ? each.path.slice(1) : each.path,
  }))
}
