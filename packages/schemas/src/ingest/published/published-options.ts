import { type Issue, issue } from '../../errors'
import { describeValue } from '../../internal/describe-value'
import { ageBandSchema } from '../../taxonomy'
import { hchsLevels } from './hchs-staff-groups'
import { publishedLayouts } from './published-layouts'

const month = /^\d{4}-(0[1-9]|1[0-2])$/

function isTextRecord(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((each) => typeof each === 'string' && each !== '')
  )
}

/**
 * The issues of the options of a published-file ingest (each names the option and what it
 * expects), checked before any line is read so a typo never reads a file the wrong way.
 */
export function publishedOptionIssues(options: unknown): Issue[] {
  if (options === undefined) return []
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return [issue('invalid_type', 'options must be an object', [])]
  }
  const given = options as Record<string, unknown>
  const issues: Issue[] = []
  const bad = (field: string, expected: string) =>
    issues.push(
      issue(
        'invalid_value',
        `${field}: expected ${expected}, received ${describeValue(given[field])}`,
        [field],
      ),
    )
  const optional = (field: string, ok: (value: unknown) => boolean, expected: string) => {
    if (given[field] !== undefined && !ok(given[field])) bad(field, expected)
  }
  optional(
    'layout',
    (value) => typeof value === 'string' && Object.hasOwn(publishedLayouts, value),
    `one of ${Object.keys(publishedLayouts).join(', ')}`,
  )
  optional('file', (value) => typeof value === 'string', 'a file name')
  for (const field of ['month', 'from', 'to']) {
    optional(field, (value) => typeof value === 'string' && month.test(value), 'a month yyyy-mm')
  }
  if (typeof given.from === 'string' && typeof given.to === 'string' && given.from > given.to) {
    issues.push(issue('invalid_value', `from (${given.from}) is after to (${given.to})`, ['from']))
  }
  optional(
    'level',
    (value) => (hchsLevels as readonly unknown[]).includes(value),
    `one of ${hchsLevels.join(', ')}`,
  )
  optional(
    'gps',
    (value) =>
      ['all', 'excluding-trainees', 'excluding-locums', 'qualified-permanent'].includes(
        value as string,
      ),
    'all, excluding-trainees, excluding-locums or qualified-permanent',
  )
  optional(
    'missingValues',
    (value) => value === 'per-column' || value === 'per-line',
    'per-column or per-line',
  )
  optional(
    'delimiter',
    (value) =>
      typeof value === 'string' &&
      value.length === 1 &&
      value !== '"' &&
      value !== '\n' &&
      value !== '\r',
    'one character other than a quote or a line end',
  )
  optional('staffGroupNames', isTextRecord, 'an object of name → taxonomy code')
  optional('places', isTextRecord, 'an object of code → place code')
  optional(
    'populationAgeBands',
    (value) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((band) => ageBandSchema.safeParse(band).success),
    'a non-empty array of age bands ({ code, label, minAge, maxAge })',
  )
  return issues
}
