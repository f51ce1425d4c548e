import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../datasets/dataset'
import { OneWorkforceError } from '../errors'
import { parseDataset, safeParseDataset } from './parse-dataset'

const hierarchy = {
  integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
  places: [
    { code: 'lambeth', name: 'Lambeth', ics: 'QKK' },
    { code: 'bexley', name: 'Bexley', ics: 'QKK' },
  ],
  organisations: [
    { code: 'RJ1', name: 'Acute trust', sector: 'acute', place: 'lambeth' },
    { code: 'G85001', name: 'A practice', sector: 'primary-care', place: 'bexley' },
  ],
}

const snapshot = (month: string, headcount: number, extra: Record<string, unknown> = {}) => ({
  month,
  organisation: 'RJ1',
  staffGroup: 'registered-nurse',
  headcount,
  fte: headcount * 0.9,
  ...extra,
})

const flow = (month: string, direction: 'joiner' | 'leaver', headcount: number) => ({
  month,
  organisation: 'RJ1',
  staffGroup: 'registered-nurse',
  direction,
  reason: direction === 'joiner' ? 'international' : 'retirement',
  headcount,
  fte: headcount,
})

const codesOf = (result: { issues: readonly { code: string }[] }) =>
  result.issues.map((each) => each.code)

describe('safeParseDataset', () => {
  it('accepts a consistent dataset and fills empty tables', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [snapshot('2024-04', 100), snapshot('2024-05', 103)],
      flows: [flow('2024-05', 'joiner', 5), flow('2024-05', 'leaver', 2)],
    })
    expect(result.success).toBe(true)
    expect(result.issues).toEqual([])
    if (result.success) {
      expect(result.value.workforce).toHaveLength(2)
      expect(result.value.vacancies).toEqual([])
    }
  })

  it('mirrors the doc example: an unknown organisation is an error naming table, row and column', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [
        { month: '2024-04', organisation: 'RXX', staffGroup: 'midwife', headcount: 10, fte: 9 },
      ],
    })
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({
      severity: 'error',
      code: 'unknown_code',
      table: 'workforce',
      row: 0,
      column: 'organisation',
      message: 'organisation: unknown organisation "RXX"',
    })
  })

  it('reports shape errors with table, row and column, and keeps checking other rows', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [snapshot('2024-04', 10), snapshot('2024-05', 10, { fte: -1 })],
    })
    expect(result.success).toBe(false)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ table: 'workforce', row: 1, column: 'fte' })
    expect(result.issues[0]?.message).toContain('received -1')
  })

  it('reports a missing hierarchy table and a non-object input', () => {
    const missing = safeParseDataset({ integratedCareSystems: hierarchy.integratedCareSystems })
    expect(missing.success).toBe(false)
    expect(missing.issues.map((each) => each.table)).toEqual(['places', 'organisations'])
    expect(safeParseDataset(null).success).toBe(false)
    expect(safeParseDataset({ ...hierarchy, workforce: 'x' }).issues[0]?.table).toBe('workforce')
  })

  it('reports unknown places, ICSs, sectors, staff groups and age bands', () => {
    const result = safeParseDataset({
      ...hierarchy,
      places: [...hierarchy.places, { code: 'croydon', name: 'Croydon', ics: 'QWE' }],
      organisations: [
        ...hierarchy.organisations,
        { code: 'X1', name: 'x', sector: 'space', place: 'nowhere' },
      ],
      workforce: [
        snapshot('2024-04', 1, { staffGroup: 'wizard' }),
        snapshot('2024-04', 1, { ageBand: '99-100' }),
      ],
      population: [{ place: 'lambeth', year: 2030, ageBand: '25-29', persons: 1 }],
    })
    const unknown = result.issues.filter((each) => each.code === 'unknown_code')
    expect(unknown.map((each) => `${each.table}.${each.column}`).sort()).toEqual([
      'organisations.place',
      'organisations.sector',
      'places.ics',
      'population.ageBand',
      'workforce.ageBand',
      'workforce.staffGroup',
    ])
    expect(unknown.find((each) => each.column === 'staffGroup')?.message).toContain('"wizard"')
  })

  it('counts the rows using one unknown code in a single issue', () => {
    const result = safeParseDataset({
      ...hierarchy,
      vacancies: ['2024-04', '2024-05', '2024-06'].map((month) => ({
        month,
        organisation: 'NOPE',
        staffGroup: 'midwife',
        fundedFte: 2,
        staffInPostFte: 1,
      })),
    })
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.message).toContain('in 3 rows')
  })

  it('uses the dataset taxonomy instead of the default one', () => {
    const taxonomy = {
      sectors: [
        { code: 'acute', label: 'Acute' },
        { code: 'primary-care', label: 'PC' },
      ],
      staffGroups: [{ code: 'nurse', label: 'Nurses', sectors: ['acute'], family: 'nhs-hchs' }],
      ageBands: [{ code: 'all', label: 'All', minAge: 16, maxAge: null }],
      populationAgeBands: [{ code: 'all', label: 'All', minAge: 0, maxAge: null }],
    }
    const ok = safeParseDataset({
      ...hierarchy,
      taxonomy,
      workforce: [snapshot('2024-04', 1, { staffGroup: 'nurse', ageBand: 'all' })],
    })
    expect(ok.issues).toEqual([])
    const bad = safeParseDataset({ ...hierarchy, taxonomy, workforce: [snapshot('2024-04', 1)] })
    expect(codesOf(bad)).toEqual(['unknown_code'])
    const broken = safeParseDataset({ ...hierarchy, taxonomy: { ...taxonomy, sectors: [] } })
    expect(broken.success).toBe(false)
    expect(broken.issues[0]?.table).toBe('taxonomy')
  })

  it('warns when a staff group is used in a sector the taxonomy does not list for it', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [snapshot('2024-04', 3, { organisation: 'G85001' })],
    })
    expect(result.success).toBe(true)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ severity: 'warning', column: 'staffGroup', row: 0 })
    expect(result.issues[0]?.message).toContain('primary-care')
  })

  it('reports duplicate keys, naming the first row', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [
        snapshot('2024-04', 1),
        snapshot('2024-04', 2),
        snapshot('2024-04', 3, { ageBand: '25-29' }),
      ],
      vacancies: [1, 2].map(() => ({
        month: '2024-04',
        organisation: 'RJ1',
        staffGroup: 'midwife',
        fundedFte: 2,
        staffInPostFte: 1,
      })),
      population: [1, 2].map((persons) => ({
        place: 'lambeth',
        year: 2030,
        ageBand: '0-17',
        persons,
      })),
      initiatives: [1, 2].map(() => ({
        id: 'hub',
        title: 't',
        owner: 'o',
        costGbp: '1',
        scores: [],
      })),
      scenarios: [1, 2].map(() => ({ id: 's', name: 'S', levers: [] })),
    })
    const duplicates = result.issues.filter((each) => each.code === 'duplicate_key')
    expect(duplicates.map((each) => `${each.table}:${each.row}`)).toEqual([
      'workforce:1',
      'vacancies:1',
      'population:1',
      'initiatives:1',
      'scenarios:1',
    ])
    expect(duplicates[0]?.message).toContain('duplicate of row 0')
    expect(result.success).toBe(false)
  })

  it('warns when FTE is above headcount', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [snapshot('2024-04', 2, { fte: 2.5 })],
    })
    expect(result.success).toBe(true)
    expect(result.issues[0]).toMatchObject({ severity: 'warning', column: 'fte', row: 0 })
  })

  it('warns about gaps in monthly series and implausible months', () => {
    const result = safeParseDataset(
      {
        ...hierarchy,
        workforce: [
          snapshot('2024-01', 1),
          snapshot('2024-04', 1),
          snapshot('2031-01', 1, { staffGroup: 'midwife' }),
        ],
      },
      { minMonth: '2020-01', maxMonth: '2030-12' },
    )
    expect(result.success).toBe(true)
    const messages = result.issues.map((each) => each.message)
    expect(messages.some((text) => text.includes('2031-01 is outside'))).toBe(true)
    expect(messages.some((text) => text.includes('2024-02, 2024-03'))).toBe(true)
  })

  it('warns with the size of the difference when flows do not reconcile with snapshots', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [snapshot('2024-04', 100), snapshot('2024-05', 110)],
      flows: [flow('2024-05', 'joiner', 5), flow('2024-05', 'leaver', 2)],
    })
    expect(result.success).toBe(true)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ code: 'not_reconciled', severity: 'warning' })
    expect(result.issues[0]?.message).toBe(
      'RJ1 registered-nurse 2024-05: headcount changed by +10 (100 to 110) but joiners − leavers = +3 (5 − 2): difference +7',
    )
    const tolerant = safeParseDataset(
      {
        ...hierarchy,
        workforce: [snapshot('2024-04', 100), snapshot('2024-05', 110)],
        flows: [flow('2024-05', 'joiner', 5), flow('2024-05', 'leaver', 2)],
      },
      { flowToleranceHeadcount: 7 },
    )
    expect(tolerant.issues).toEqual([])
  })

  it('does not reconcile months without both snapshots', () => {
    const result = safeParseDataset({
      ...hierarchy,
      workforce: [snapshot('2024-05', 110)],
      flows: [flow('2024-05', 'joiner', 5)],
    })
    expect(result.issues).toEqual([])
  })

  it('reports initiative links and scenario levers naming unknown ids and codes', () => {
    const result = safeParseDataset({
      ...hierarchy,
      initiatives: [
        {
          id: 'hub',
          title: 't',
          owner: 'o',
          costGbp: '1',
          scores: [],
          dependsOn: ['ghost'],
          excludes: ['hub'],
        },
      ],
      scenarios: [
        {
          id: 'grow',
          name: 'Grow',
          levers: [
            { type: 'retention', staffGroup: 'wizard', relativeChange: -0.1, fromMonth: '2025-04' },
            {
              type: 'skill-mix',
              fromStaffGroup: 'gp',
              toStaffGroup: 'clinical-pharmacist',
              place: 'atlantis',
              share: 0.1,
              conversion: 1,
              fromMonth: '2025-04',
              overMonths: 12,
            },
          ],
        },
      ],
    })
    expect(result.issues.map((each) => `${each.table}:${each.column}`)).toEqual([
      'initiatives:dependsOn',
      'initiatives:excludes',
      'scenarios:levers.0.staffGroup',
      'scenarios:levers.1.place',
    ])
  })

  it('summarises issues past maxIssuesPerCheck instead of dropping them', () => {
    const result = safeParseDataset(
      {
        ...hierarchy,
        workforce: ['2024-01', '2024-02', '2024-03', '2024-04'].map((month) =>
          snapshot(month, 1, { fte: 2 }),
        ),
      },
      { maxIssuesPerCheck: 2 },
    )
    expect(result.issues).toHaveLength(3)
    expect(result.issues[2]?.message).toMatch(/^2 more issue/)
  })

  it('parseDataset throws OneWorkforceError with the issues', () => {
    try {
      parseDataset({ ...hierarchy, workforce: [snapshot('2024-04', -1)] })
      expect.unreachable()
    } catch (error) {
      expect(OneWorkforceError.isInstance(error)).toBe(true)
      if (OneWorkforceError.isInstance(error)) {
        expect(error.code).toBe('validation_failed')
        expect(error.issues[0]?.column).toBe('headcount')
      }
    }
    expect(parseDataset(hierarchy).workforce).toEqual([])
  })

  it('agrees with datasetSchema on whether the shape is valid (property)', () => {
    const month = fc.constantFrom('2024-04', '2024-13', 'x')
    const row = fc.record(
      {
        month,
        organisation: fc.constantFrom('RJ1', '', 'R J1'),
        staffGroup: fc.constantFrom('midwife', 'ahp'),
        headcount: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()),
        fte: fc.oneof(fc.double(), fc.constant(1)),
        extra: fc.constant(1),
      },
      { requiredKeys: ['month', 'organisation', 'staffGroup'] },
    )
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), fc.boolean(), (workforce, dropPlaces) => {
        const input = { ...hierarchy, ...(dropPlaces ? { places: [] } : {}), workforce }
        const ours = safeParseDataset(input)
        const shapeErrors = ours.issues.filter(
          (each) =>
            each.severity === 'error' &&
            each.code !== 'unknown_code' &&
            each.code !== 'duplicate_key',
        )
        expect(shapeErrors.length === 0).toBe(datasetSchema.safeParse(input).success)
      }),
    )
  })
})
