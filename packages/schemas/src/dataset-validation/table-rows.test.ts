import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type TableName, tableSchemas } from '../datasets/dataset'
import { tableColumns } from '../ingest/table-columns'
import { fastRowChecks } from '../internal/fast-row-checks'
import { tableKeyColumns } from './table-keys'
import { parseTable, safeParseTable } from './table-rows'

const anyValue = fc.oneof(
  fc.constantFrom('2024-04', '1949-12', '2024-13', 'RJ1', 'r.j_1-x', '-RJ1', '', 'a'.repeat(65)),
  fc.constantFrom('midwife', 'joiner', 'leaver', 'retirement', 'international', 'dismissal'),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(1950, 2100, 2101, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
  fc.double(),
  fc.constant(undefined),
  fc.constant(null),
)

const columns = [
  'month',
  'organisation',
  'staffGroup',
  'ageBand',
  'payBand',
  'headcount',
  'fte',
  'direction',
  'reason',
  'fundedFte',
  'staffInPostFte',
  'fteDaysLost',
  'fteDaysAvailable',
  'place',
  'year',
  'persons',
  'other',
]

const validRows: Record<string, Record<string, unknown>> = {
  workforce: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'ahp',
    ageBand: '25-29',
    payBand: 'band-5',
    headcount: 3,
    fte: 2.5,
  },
  flows: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'ahp',
    direction: 'leaver',
    reason: 'dismissal',
    headcount: 1,
    fte: 1,
  },
  vacancies: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'ahp',
    fundedFte: 3,
    staffInPostFte: 2,
  },
  sickness: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'ahp',
    fteDaysLost: 3,
    fteDaysAvailable: 200,
  },
  population: { place: 'lambeth', year: 2030, ageBand: '0-17', persons: 10 },
}

describe('fast row checks', () => {
  const tables = Object.keys(fastRowChecks) as TableName[]

  it('accept the valid example rows, so the fast path is really taken', () => {
    for (const table of tables) expect(fastRowChecks[table]?.(validRows[table])).toBe(true)
  })

  it('never accept a row the zod schema rejects (property)', () => {
    for (const table of tables) {
      const base = validRows[table] as Record<string, unknown>
      const mutated = fc
        .tuple(
          fc.dictionary(fc.constantFrom(...columns), anyValue, { maxKeys: 3 }),
          fc.subarray(Object.keys(base), { maxLength: 2 }),
        )
        .map(([changes, removed]) => {
          const row: Record<string, unknown> = { ...base, ...changes }
          for (const key of removed) delete row[key]
          return row
        })
      fc.assert(
        fc.property(mutated, (row) => {
          const zodAccepts = tableSchemas[table].safeParse(row).success
          if (fastRowChecks[table]?.(row)) expect(zodAccepts).toBe(true)
          // Rows that only differ by an undefined optional column are accepted by both.
          const parsed = safeParseTable(table, [row])
          expect(parsed.success).toBe(zodAccepts)
        }),
        { numRuns: 400 },
      )
    }
  })
})

describe('safeParseTable', () => {
  it('mirrors the doc example: names the row, column and received value', () => {
    const result = safeParseTable('vacancies', [
      {
        month: '2024-04',
        organisation: 'RJ1',
        staffGroup: 'midwife',
        fundedFte: 210,
        staffInPostFte: -3,
      },
    ])
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ row: 0, column: 'staffInPostFte', table: 'vacancies' })
    expect(result.issues[0]?.message).toContain('received -3')
  })

  it('rejects a non-array and unknown columns', () => {
    expect(safeParseTable('workforce', { a: 1 }).issues[0]?.code).toBe('invalid_type')
    const extra = safeParseTable('workforce', [{ ...validRows.workforce, colour: 'red' }])
    expect(extra.issues[0]).toMatchObject({ code: 'unexpected_column', column: 'colour' })
  })

  it('parseTable returns valid rows and throws on invalid ones', () => {
    const rows = parseTable('population', [
      { place: 'lambeth', year: 2030, ageBand: '85-plus', persons: 4100 },
    ])
    expect(rows).toHaveLength(1)
    expect(() => parseTable('population', [{ place: 'lambeth' }])).toThrow(/year/)
  })
})

describe('tableKeyColumns', () => {
  it('mirrors the doc example and names only columns of each table', () => {
    expect(tableKeyColumns.vacancies).toEqual(['month', 'organisation', 'staffGroup'])
    for (const table of Object.keys(tableSchemas) as TableName[]) {
      const names = tableColumns(table).map((column) => column.name)
      for (const column of tableKeyColumns[table]) expect(names).toContain(column)
    }
  })
})
