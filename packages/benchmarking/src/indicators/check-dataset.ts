import { type Issue, issue } from '@oneworkforce/schemas'
import { describe, isRecord } from '../internal/guard'
import { monthIndex } from '../internal/month-index'

type Kind = 'text' | 'month' | 'count' | 'money' | 'optional-text'

/** The fields each table computeIndicators reads, and what each must be. */
const FIELDS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  integratedCareSystems: { code: 'text' },
  places: { code: 'text', ics: 'text' },
  organisations: { code: 'text', place: 'text', sector: 'text' },
  workforce: {
    month: 'month',
    organisation: 'text',
    staffGroup: 'text',
    headcount: 'count',
    fte: 'count',
  },
  flows: {
    month: 'month',
    organisation: 'text',
    staffGroup: 'text',
    direction: 'text',
    reason: 'optional-text',
    headcount: 'count',
  },
  vacancies: {
    month: 'month',
    organisation: 'text',
    staffGroup: 'text',
    fundedFte: 'count',
    staffInPostFte: 'count',
  },
  sickness: {
    month: 'month',
    organisation: 'text',
    staffGroup: 'optional-text',
    fteDaysLost: 'count',
    fteDaysAvailable: 'count',
  },
  spend: {
    month: 'month',
    organisation: 'text',
    staffGroup: 'optional-text',
    substantiveGbp: 'money',
    bankGbp: 'money',
    agencyGbp: 'money',
  },
  population: { place: 'text', year: 'count', persons: 'count' },
}

/** The tables of a dataset that computeIndicators reads. */
export const INDICATOR_TABLES = Object.keys(FIELDS)

/**
 * @internal Checks the shape of every table and row computeIndicators reads, so a dataset that
 * skipped validation gives issues naming the table, row and column instead of a TypeError.
 * Tables left out count as empty.
 */
export function checkDatasetShape(dataset: unknown): Issue[] {
  if (!isRecord(dataset)) {
    return [issue('invalid_type', `dataset must be an object, received ${describe(dataset)}`, [])]
  }
  const issues: Issue[] = []
  for (const [table, fields] of Object.entries(FIELDS)) {
    const rows = dataset[table]
    if (rows === undefined) continue
    if (!Array.isArray(rows)) {
      issues.push(
        issue('invalid_type', `${table} must be an array of rows, received ${describe(rows)}`, [
          table,
        ]),
      )
      continue
    }
    // Fast path: a predicate with static property reads per table; the detailed check (which
    // names each bad field) runs only from the first row it rejects.
    const fast = FAST[table]
    let first = 0
    if (fast) while (first < rows.length && fast(rows[first])) first += 1
    const columns = Object.keys(fields)
    const kinds = columns.map((column) => fields[column] as Kind)
    for (let row = first; row < rows.length && issues.length < 100; row += 1) {
      const record: unknown = rows[row]
      if (!isRecord(record)) {
        issues.push(
          issue(
            'invalid_type',
            `${table} row ${row} must be an object, received ${describe(record)}`,
            [table, row],
            {
              table,
              row,
            },
          ),
        )
        continue
      }
      for (let k = 0; k < columns.length; k += 1) {
        const column = columns[k] as string
        const why = fieldProblem(record[column], kinds[k] as Kind)
        if (why !== undefined) {
          issues.push(
            issue(
              'invalid_value',
              `${table} row ${row} ${column}: ${why}, received ${describe(record[column])}`,
              [table, row, column],
              { table, row, column },
            ),
          )
        }
      }
    }
  }
  return issues
}

// biome-ignore lint/suspicious/noExplicitAny: predicates read fields of rows not yet typed
type Row = any
const isCount = (value: unknown) => typeof value === 'number' && value >= 0 && value < Infinity
const isMonth = (value: unknown) => typeof value === 'string' && monthIndex(value) >= 0
const optionalText = (value: unknown) => value === undefined || typeof value === 'string'
const isMoney = (value: unknown) =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && Number.isFinite(Number(value))
const isRow = (row: Row) => typeof row === 'object' && row !== null && !Array.isArray(row)

/** Per-table predicates equivalent to {@link FIELDS}, with static property reads. */
const FAST: Readonly<Record<string, (row: Row) => boolean>> = {
  integratedCareSystems: (r) => isRow(r) && typeof r.code === 'string',
  places: (r) => isRow(r) && typeof r.code === 'string' && typeof r.ics === 'string',
  organisations: (r) =>
    isRow(r) &&
    typeof r.code === 'string' &&
    typeof r.place === 'string' &&
    typeof r.sector === 'string',
  workforce: (r) =>
    isRow(r) &&
    isMonth(r.month) &&
    typeof r.organisation === 'string' &&
    typeof r.staffGroup === 'string' &&
    isCount(r.headcount) &&
    isCount(r.fte),
  flows: (r) =>
    isRow(r) &&
    isMonth(r.month) &&
    typeof r.organisation === 'string' &&
    typeof r.staffGroup === 'string' &&
    typeof r.direction === 'string' &&
    optionalText(r.reason) &&
    isCount(r.headcount),
  vacancies: (r) =>
    isRow(r) &&
    isMonth(r.month) &&
    typeof r.organisation === 'string' &&
    typeof r.staffGroup === 'string' &&
    isCount(r.fundedFte) &&
    isCount(r.staffInPostFte),
  sickness: (r) =>
    isRow(r) &&
    isMonth(r.month) &&
    typeof r.organisation === 'string' &&
    optionalText(r.staffGroup) &&
    isCount(r.fteDaysLost) &&
    isCount(r.fteDaysAvailable),
  spend: (r) =>
    isRow(r) &&
    isMonth(r.month) &&
    typeof r.organisation === 'string' &&
    optionalText(r.staffGroup) &&
    isMoney(r.substantiveGbp) &&
    isMoney(r.bankGbp) &&
    isMoney(r.agencyGbp),
  population: (r) =>
    isRow(r) && typeof r.place === 'string' && isCount(r.year) && isCount(r.persons),
}

function fieldProblem(value: unknown, kind: Kind): string | undefined {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? undefined : 'expected text'
    case 'optional-text':
      return value === undefined || typeof value === 'string'
        ? undefined
        : 'expected text or nothing'
    case 'month':
      return typeof value === 'string' && !Number.isNaN(monthIndex(value))
        ? undefined
        : 'expected a month as YYYY-MM'
    case 'count':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : 'expected a finite number of 0 or more'
    case 'money':
      return (typeof value === 'string' || typeof value === 'number') &&
        Number.isFinite(Number(value))
        ? undefined
        : 'expected an amount of money'
  }
}
