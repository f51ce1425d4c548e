import { datasetSchema, type Issue, issue, monthSchema } from '@oneworkforce/schemas'
import { PROJECTION_SERIES } from '../result/projection-result'

/** The kind a field of an options object must have. @internal */
export type OptionKind = 'boolean' | 'number' | 'string' | 'month' | 'object' | 'array'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindIssue(value: unknown, kind: OptionKind, path: (string | number)[]): Issue[] {
  const name = path.join('.')
  if (kind === 'month') {
    if (typeof value !== 'string')
      return [issue('invalid_type', `${name} must be a month (YYYY-MM)`, path)]
    return monthSchema.safeParse(value).success
      ? []
      : [issue('invalid_value', `${name} must be a month (YYYY-MM), received "${value}"`, path)]
  }
  const fits =
    kind === 'object'
      ? isObject(value)
      : kind === 'array'
        ? Array.isArray(value)
        : typeof value === kind
  return fits
    ? []
    : [issue('invalid_type', `${name} must be ${kind === 'array' ? 'an' : 'a'} ${kind}`, path)]
}

/**
 * Options that are not an object (or missing when required) and declared fields of the wrong
 * kind, as issues naming the field. Undefined fields are left to the defaults. @internal
 */
export function optionShapeIssues(
  options: unknown,
  fields: Readonly<Record<string, OptionKind>>,
  required: readonly string[] = [],
): Issue[] {
  if (options === undefined && required.length === 0) return []
  if (!isObject(options)) return [issue('invalid_type', 'options must be an object', ['options'])]
  return Object.entries(fields).flatMap(([field, kind]) => {
    const value = options[field]
    if (value === undefined)
      return required.includes(field) ? [issue('required', `${field} is required`, [field])] : []
    return kindIssue(value, kind, [field])
  })
}

/** A dataset that is not an object of tables, each an array of row objects, as issues. @internal */
export function datasetShapeIssues(dataset: unknown): Issue[] {
  if (!isObject(dataset))
    return [issue('invalid_type', 'the dataset must be an object of tables', ['dataset'])]
  return Object.keys(datasetSchema.shape).flatMap((table) => {
    if (table === 'name' || table === 'taxonomy') return []
    const rows = dataset[table]
    if (rows === undefined) return [issue('required', `the ${table} table is missing`, [table])]
    if (!Array.isArray(rows))
      return [issue('invalid_type', `the ${table} table must be an array of rows`, [table])]
    const bad = rows.findIndex((row) => !isObject(row))
    return bad < 0
      ? []
      : [issue('invalid_type', `${table}[${bad}] must be a row object`, [table, bad])]
  })
}

/** A value that is not shaped like a projection result, as issues. @internal */
export function projectionResultShapeIssues(result: unknown): Issue[] {
  if (!isObject(result))
    return [issue('invalid_type', 'the result must be a projection result', ['result'])]
  const { periods, keep, dimensionValues, groupCount, start, series } = result
  const issues: Issue[] = []
  if (!Array.isArray(periods) || !periods.every((m) => typeof m === 'string'))
    issues.push(
      issue('invalid_type', 'result.periods must be an array of months', ['result', 'periods']),
    )
  if (!Array.isArray(keep))
    issues.push(
      issue('invalid_type', 'result.keep must be an array of dimensions', ['result', 'keep']),
    )
  if (!isObject(dimensionValues))
    issues.push(
      issue('invalid_type', 'result.dimensionValues must be an object', [
        'result',
        'dimensionValues',
      ]),
    )
  if (!Number.isInteger(groupCount) || (groupCount as number) < 0)
    issues.push(
      issue('invalid_type', 'result.groupCount must be a whole number', ['result', 'groupCount']),
    )
  if (
    !isObject(start) ||
    !(start.headcount instanceof Float64Array) ||
    !(start.fte instanceof Float64Array)
  )
    issues.push(
      issue('invalid_type', 'result.start must hold headcount and fte arrays', ['result', 'start']),
    )
  if (!isObject(series) || !PROJECTION_SERIES.every((name) => series[name] instanceof Float64Array))
    issues.push(
      issue('invalid_type', 'result.series must hold every projection series', [
        'result',
        'series',
      ]),
    )
  return issues
}
