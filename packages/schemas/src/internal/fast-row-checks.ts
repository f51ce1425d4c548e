import type { TableName } from '../datasets/dataset'

/**
 * Hand-written acceptance tests for the high-volume tables. Each returns `true` only when the
 * table's zod schema would accept the row unchanged, so a `true` lets validation skip zod; on
 * `false` the caller runs zod, which gives the precise issue. They must never accept a row zod
 * rejects (tested in `table-rows.test.ts` against the schemas).
 */
export type FastRowCheck = (row: unknown) => boolean

// Same patterns as `codeSchema` and `monthSchema` in primitives.ts.
const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const monthPattern = /^(19[5-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/

// Large tables repeat a few hundred distinct codes and months; remembering the ones already
// matched skips most regex runs. Bounded so adversarial input cannot grow them without limit.
const knownCodes = new Set<string>()
const knownMonths = new Set<string>()
const rememberLimit = 50_000

function matches(value: unknown, pattern: RegExp, known: Set<string>): boolean {
  if (typeof value !== 'string') return false
  if (known.has(value)) return true
  if (!pattern.test(value)) return false
  if (known.size < rememberLimit) known.add(value)
  return true
}

const isCode = (value: unknown): boolean => matches(value, codePattern, knownCodes)
const isOptionalCode = (value: unknown): boolean => value === undefined || isCode(value)
const isMonth = (value: unknown): boolean => matches(value, monthPattern, knownMonths)
const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isNonNegative = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
const isPayBand = (value: unknown): boolean =>
  value === undefined || (typeof value === 'string' && value.length >= 1 && value.length <= 32)

function isRecord(row: unknown): row is Record<string, unknown> {
  return typeof row === 'object' && row !== null && !Array.isArray(row)
}

function onlyKeys(row: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in row) if (!allowed.has(key)) return false
  return Object.getPrototypeOf(row) === Object.prototype || Object.getPrototypeOf(row) === null
}

const workforceKeys = new Set([
  'month',
  'organisation',
  'staffGroup',
  'ageBand',
  'payBand',
  'headcount',
  'fte',
])
const flowKeys = new Set([
  'month',
  'organisation',
  'staffGroup',
  'ageBand',
  'direction',
  'reason',
  'headcount',
  'fte',
])
const joinerReasons = new Set([
  'newly-qualified',
  'international',
  'returner',
  'other-organisation',
  'other',
])
const leaverReasons = new Set([
  'retirement',
  'voluntary',
  'other-organisation',
  'dismissal',
  'other',
])
const vacancyKeys = new Set(['month', 'organisation', 'staffGroup', 'fundedFte', 'staffInPostFte'])
const sicknessKeys = new Set([
  'month',
  'organisation',
  'staffGroup',
  'fteDaysLost',
  'fteDaysAvailable',
])
const populationKeys = new Set(['place', 'year', 'ageBand', 'persons'])

/** Fast acceptance tests by table; tables without one are always validated by zod. */
export const fastRowChecks: Partial<Record<TableName, FastRowCheck>> = {
  workforce: (row) =>
    isRecord(row) &&
    isMonth(row.month) &&
    isCode(row.organisation) &&
    isCode(row.staffGroup) &&
    isOptionalCode(row.ageBand) &&
    isPayBand(row.payBand) &&
    isCount(row.headcount) &&
    isNonNegative(row.fte) &&
    onlyKeys(row, workforceKeys),
  flows: (row) =>
    isRecord(row) &&
    isMonth(row.month) &&
    isCode(row.organisation) &&
    isCode(row.staffGroup) &&
    isOptionalCode(row.ageBand) &&
    ((row.direction === 'joiner' && joinerReasons.has(row.reason as string)) ||
      (row.direction === 'leaver' && leaverReasons.has(row.reason as string))) &&
    isCount(row.headcount) &&
    isNonNegative(row.fte) &&
    onlyKeys(row, flowKeys),
  vacancies: (row) =>
    isRecord(row) &&
    isMonth(row.month) &&
    isCode(row.organisation) &&
    isCode(row.staffGroup) &&
    isNonNegative(row.fundedFte) &&
    isNonNegative(row.staffInPostFte) &&
    onlyKeys(row, vacancyKeys),
  sickness: (row) =>
    isRecord(row) &&
    isMonth(row.month) &&
    isCode(row.organisation) &&
    isCode(row.staffGroup) &&
    isNonNegative(row.fteDaysLost) &&
    isNonNegative(row.fteDaysAvailable) &&
    onlyKeys(row, sicknessKeys),
  population: (row) =>
    isRecord(row) &&
    isCode(row.place) &&
    typeof row.year === 'number' &&
    Number.isSafeInteger(row.year) &&
    row.year >= 1950 &&
    row.year <= 2100 &&
    isCode(row.ageBand) &&
    isNonNegative(row.persons) &&
    onlyKeys(row, populationKeys),
}
