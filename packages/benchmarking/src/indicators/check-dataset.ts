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
    const columns = Object.keys(fields)
    const kinds = columns.map((column) => fields[column] as Kind)
    for (let row = 0; row < rows.length && issues.length < 100; row += 1) {
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
