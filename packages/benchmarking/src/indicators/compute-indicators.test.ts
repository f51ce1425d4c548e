import { datasetSchema, monthSequence } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { computeIndicators, type IndicatorRow, safeComputeIndicators } from './compute-indicators'
import { INDICATOR_DEFINITIONS, INDICATOR_NAMES } from './indicator-definitions'

const months = monthSequence('2023-03', 13) // 2023-03 .. 2024-03

function build(extra: Record<string, unknown> = {}) {
  const workforce = months.flatMap((month, i) => [
    {
      month,
      organisation: 'A',
      staffGroup: 'nurse',
      headcount: i === 0 ? 100 : i === 12 ? 110 : 105,
      fte: 90,
    },
    { month, organisation: 'B', staffGroup: 'nurse', headcount: 50, fte: 45 },
  ])
  const flows = months.slice(1).flatMap((month, i) => [
    {
      month,
      organisation: 'A',
      staffGroup: 'nurse',
      direction: 'leaver',
      reason: 'voluntary',
      headcount: 1,
      fte: 1,
    },
    ...(i === 5
      ? [
          {
            month,
            organisation: 'A',
            staffGroup: 'nurse',
            direction: 'leaver',
            reason: 'other-organisation',
            headcount: 2,
            fte: 2,
          },
        ]
      : []),
    {
      month,
      organisation: 'A',
      staffGroup: 'nurse',
      direction: 'joiner',
      reason: 'international',
      headcount: 2,
      fte: 2,
    },
  ])
  const vacancies = months.map((month) => ({
    month,
    organisation: 'A',
    staffGroup: 'nurse',
    fundedFte: 120,
    staffInPostFte: 108,
  }))
  const sickness = months.map((month) => ({
    month,
    organisation: 'B',
    staffGroup: 'nurse',
    fteDaysLost: 50,
    fteDaysAvailable: 1000,
  }))
  const spend = months.map((month) => ({
    month,
    organisation: 'A',
    substantiveGbp: '900000.00',
    bankGbp: '50000',
    agencyGbp: '50000',
  }))
  return datasetSchema.parse({
    integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
    places: [
      { code: 'lambeth', name: 'Lambeth', ics: 'QKK' },
      { code: 'bexley', name: 'Bexley', ics: 'QKK' },
    ],
    organisations: [
      { code: 'A', name: 'Acute trust', sector: 'acute', place: 'lambeth' },
      { code: 'B', name: 'Community trust', sector: 'community', place: 'bexley' },
    ],
    workforce,
    flows,
    vacancies,
    sickness,
    spend,
    population: [
      { place: 'lambeth', year: 2024, ageBand: '0-64', persons: 250_000 },
      { place: 'lambeth', year: 2024, ageBand: '65-plus', persons: 50_000 },
      { place: 'bexley', year: 2024, ageBand: 'all', persons: 200_000 },
    ],
    ...extra,
  })
}

const find = (rows: readonly IndicatorRow[], indicator: string, month: string, group: object) =>
  rows.find(
    (row) =>
      row.indicator === indicator &&
      row.month === month &&
      JSON.stringify(row.group) === JSON.stringify(group),
  )

describe('computeIndicators (NHS Digital definitions)', () => {
  it('runs the documented example', () => {
    const dataset = datasetSchema.parse({
      integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
      places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
      organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
      vacancies: [
        {
          month: '2024-04',
          organisation: 'RJ1',
          staffGroup: 'midwife',
          fundedFte: 200,
          staffInPostFte: 180,
        },
      ],
    })
    const table = computeIndicators(dataset, { indicators: ['vacancy-rate'], window: 'month' })
    expect(table.rows).toEqual([
      {
        indicator: 'vacancy-rate',
        month: '2024-04',
        group: { organisation: 'RJ1' },
        numerator: 20,
        denominator: 200,
        value: 0.1,
        monthsWithData: 1,
      },
    ])
  })

  it('leaver rate, turnover and stability over 12 months by hand', () => {
    const { rows } = computeIndicators(build())
    // A: 12 voluntary leavers + 2 moves to other organisations in 2023-04..2024-03;
    // mean headcount (100 + 110) / 2 = 105.
    const leaver = find(rows, 'leaver-rate', '2024-03', { organisation: 'A' })
    expect(leaver).toMatchObject({ numerator: 12, denominator: 105 })
    expect(leaver?.value ?? 0).toBeCloseTo(12 / 105, 12)
    expect(find(rows, 'organisation-turnover', '2024-03', { organisation: 'A' })).toMatchObject({
      numerator: 14,
      denominator: 105,
    })
    expect(find(rows, 'stability-index', '2024-03', { organisation: 'A' })).toMatchObject({
      numerator: 86,
      denominator: 100,
      value: 0.86,
    })
    // the first rolling window needs a start snapshot, so 2024-03 is the only month
    expect(
      rows.filter((row) => row.indicator === 'leaver-rate' && row.group.organisation === 'A'),
    ).toHaveLength(1)
  })

  it('vacancy, sickness, agency share and FTE per 100,000', () => {
    const { rows } = computeIndicators(build())
    // stocks over the window are means: mean vacancy 12 FTE of a mean establishment of 120 FTE
    expect(find(rows, 'vacancy-rate', '2024-03', { organisation: 'A' })).toMatchObject({
      numerator: 12,
      denominator: 120,
      value: 0.1,
      monthsWithData: 12,
    })
    expect(find(rows, 'sickness-absence-rate', '2024-03', { organisation: 'B' })).toMatchObject({
      value: 0.05,
    })
    expect(find(rows, 'agency-share', '2024-03', { organisation: 'A' })).toMatchObject({
      numerator: 600_000,
      denominator: 12_000_000,
      value: 0.05,
    })
    const perPopulation = find(rows, 'fte-per-100k-population', '2024-03', { organisation: 'A' })
    expect(perPopulation).toMatchObject({ numerator: 90, denominator: 300_000 })
    expect(perPopulation?.value ?? 0).toBeCloseTo(30, 10)
  })

  it('groups by ICS, place, sector and staff group', () => {
    const ics = computeIndicators(build(), {
      groupBy: ['ics'],
      indicators: ['leaver-rate', 'fte-per-100k-population'],
    })
    // both organisations: start 150, end 160 → mean 155; population of both places 500,000
    expect(find(ics.rows, 'leaver-rate', '2024-03', { ics: 'QKK' })).toMatchObject({
      numerator: 12,
      denominator: 155,
    })
    expect(find(ics.rows, 'fte-per-100k-population', '2024-03', { ics: 'QKK' })).toMatchObject({
      numerator: 135,
      denominator: 500_000,
    })
    const bySector = computeIndicators(build(), {
      groupBy: ['sector', 'staffGroup'],
      indicators: ['vacancy-rate'],
      window: 'month',
    })
    expect(
      find(bySector.rows, 'vacancy-rate', '2023-03', { sector: 'acute', staffGroup: 'nurse' }),
    ).toMatchObject({ value: 0.1 })
    const whole = computeIndicators(build(), {
      groupBy: [],
      indicators: ['sickness-absence-rate'],
      window: 'month',
      from: '2024-01',
      to: '2024-02',
    })
    expect(whole.rows.map((row) => row.month)).toEqual(['2024-01', '2024-02'])
    expect(whole.rows[0]?.group).toEqual({})
  })

  it('monthly window uses the previous month-end as the start', () => {
    const { rows } = computeIndicators(build(), {
      window: 'month',
      indicators: ['organisation-turnover'],
    })
    // 2023-09 (i = 5 in the flows) has 1 voluntary + 2 moves; headcount 105 at both ends
    expect(find(rows, 'organisation-turnover', '2023-09', { organisation: 'A' })).toMatchObject({
      numerator: 3,
      denominator: 105,
    })
  })

  it('a zero denominator gives an issue and no value, never NaN', () => {
    const dataset = build({
      sickness: [
        {
          month: '2024-03',
          organisation: 'A',
          staffGroup: 'nurse',
          fteDaysLost: 0,
          fteDaysAvailable: 0,
        },
      ],
    })
    const result = safeComputeIndicators(dataset, {
      indicators: ['sickness-absence-rate'],
      window: 'month',
    })
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.value.rows[0]?.value).toBeNull()
    expect(result.issues[0]?.message).toMatch(
      /sickness-absence-rate for organisation A in 2024-03 has no value: the denominator/,
    )
    for (const row of computeIndicators(build()).rows) {
      if (row.value !== null) expect(Number.isFinite(row.value)).toBe(true)
    }
  })

  it('a missing start snapshot gives a warning and no value', () => {
    const dataset = build()
    const gappy = {
      ...dataset,
      workforce: dataset.workforce.filter(
        (row) => !(row.month === '2023-03' && row.organisation === 'A'),
      ),
    }
    const result = safeComputeIndicators(gappy, { indicators: ['leaver-rate'] })
    expect(result.issues.some((each) => each.message.includes('no headcount for 2023-03'))).toBe(
      true,
    )
  })

  it('reports unknown codes with table and row, and bad options', () => {
    const dataset = build()
    const bad = {
      ...dataset,
      sickness: [
        {
          month: '2024-04',
          organisation: 'XXX',
          staffGroup: 'ahp',
          fteDaysLost: 1,
          fteDaysAvailable: 10,
        },
      ],
    }
    const result = safeComputeIndicators(bad)
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ table: 'sickness', row: 0, column: 'organisation' })
    expect(safeComputeIndicators(dataset, { groupBy: ['trust' as 'ics'] }).success).toBe(false)
    expect(safeComputeIndicators(dataset, { indicators: ['nope' as 'leaver-rate'] }).success).toBe(
      false,
    )
  })

  it('every indicator has a definition and a source', () => {
    for (const name of INDICATOR_NAMES)
      expect(INDICATOR_DEFINITIONS[name].source).toMatch(/NHS|ONS/)
  })
})
