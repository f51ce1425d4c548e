import { sampleDataset } from '@oneworkforce/sample-data'
import { datasetSchema, monthSequence } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { computeIndicators, type IndicatorRow, safeComputeIndicators } from './compute-indicators'
import { INDICATOR_NAMES } from './indicator-definitions'

// One organisation whose every stock and flow changes month by month, so a mean, an end value
// and a sum all differ: month i (0 = 2023-03 .. 12 = 2024-03) has headcount 100 + i, FTE
// 90 + i/2, funded FTE 120 + i, staff in post 108 + i/2, (i % 3) + 1 voluntary leavers (i ≥ 1),
// 2 moves to another organisation in i = 5, FTE days lost 40 + i of 1000 + 10i available,
// agency £40,000 + 500i of a pay bill of £900,000 + 1,000i substantive, £50,000 bank and the agency.
const months = monthSequence('2023-03', 13)
function build(dropFlowsMonth?: string) {
  const flows = months.slice(1).flatMap((month, k) => {
    const i = k + 1
    const base = { month, organisation: 'A', staffGroup: 'nurse' }
    return [
      { ...base, direction: 'leaver', reason: 'voluntary', headcount: (i % 3) + 1, fte: 1 },
      ...(i === 5
        ? [{ ...base, direction: 'leaver', reason: 'other-organisation', headcount: 2, fte: 2 }]
        : []),
      { ...base, direction: 'joiner', reason: 'international', headcount: 1, fte: 1 },
    ]
  })
  return datasetSchema.parse({
    integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
    places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
    organisations: [{ code: 'A', name: 'Acute trust', sector: 'acute', place: 'lambeth' }],
    workforce: months.map((month, i) => ({
      month,
      organisation: 'A',
      staffGroup: 'nurse',
      headcount: 100 + i,
      fte: 90 + i / 2,
    })),
    flows: flows.filter((row) => row.month !== dropFlowsMonth),
    vacancies: months.map((month, i) => ({
      month,
      organisation: 'A',
      staffGroup: 'nurse',
      fundedFte: 120 + i,
      staffInPostFte: 108 + i / 2,
    })),
    sickness: months.map((month, i) => ({
      month,
      organisation: 'A',
      staffGroup: 'nurse',
      fteDaysLost: 40 + i,
      fteDaysAvailable: 1000 + 10 * i,
    })),
    spend: months.map((month, i) => ({
      month,
      organisation: 'A',
      substantiveGbp: String(900_000 + 1000 * i),
      bankGbp: '50000',
      agencyGbp: String(40_000 + 500 * i),
    })),
    population: [
      { place: 'lambeth', year: 2023, ageBand: 'all', persons: 290_000 },
      { place: 'lambeth', year: 2024, ageBand: 'all', persons: 300_000 },
    ],
  })
}

const pick = (rows: readonly IndicatorRow[], indicator: string, month: string) =>
  rows.find((row) => row.indicator === indicator && row.month === month)

describe('indicators by hand: stocks are means over a window, flows and days are sums', () => {
  it('rolling 12 months to 2024-03 (months i = 1..12)', () => {
    const { rows } = computeIndicators(build())
    const at = (name: string) => pick(rows, name, '2024-03')
    // leavers Σ (i % 3 + 1) = 24 over i = 1..12; mean headcount (100 + 112) / 2 = 106
    expect(at('leaver-rate')).toMatchObject({ numerator: 24, denominator: 106, monthsWithData: 12 })
    expect(at('organisation-turnover')).toMatchObject({ numerator: 26, denominator: 106 })
    expect(at('stability-index')).toMatchObject({ numerator: 74, denominator: 100, value: 0.74 })
    // mean funded 120 + 6.5 = 126.5; mean staff in post 108 + 3.25 = 111.25; mean vacancy 15.25
    const vacancy = at('vacancy-rate')
    expect(vacancy?.denominator).toBeCloseTo(126.5, 12)
    expect(vacancy?.numerator).toBeCloseTo(15.25, 12)
    expect(vacancy?.value).toBeCloseTo(15.25 / 126.5, 12)
    // days: Σ (40 + i) = 480 + 78 = 558 of Σ (1000 + 10i) = 12,000 + 780 = 12,780
    expect(at('sickness-absence-rate')).toMatchObject({ numerator: 558, denominator: 12_780 })
    // spend: agency 12 × 40,000 + 500 × 78 = 519,000; pay bill 12 × 990,000 + 1,500 × 78
    expect(at('agency-share')).toMatchObject({ numerator: 519_000, denominator: 11_997_000 })
    // mean FTE 90 + 6.5 / 2 = 93.25 per 300,000 residents (2024)
    const perPopulation = at('fte-per-100k-population')
    expect(perPopulation).toMatchObject({ numerator: 93.25, denominator: 300_000 })
    expect(perPopulation?.value).toBeCloseTo((93.25 * 100_000) / 300_000, 10)
  })

  it('one month, 2023-09 (i = 6)', () => {
    const { rows } = computeIndicators(build(), { window: 'month' })
    const at = (name: string) => pick(rows, name, '2023-09')
    // 6 % 3 + 1 = 1 leaver; headcount 105 at the end of 2023-08 and 106 at the end of 2023-09
    expect(at('leaver-rate')).toMatchObject({ numerator: 1, denominator: 105.5, monthsWithData: 1 })
    expect(at('organisation-turnover')).toMatchObject({ numerator: 1, denominator: 105.5 })
    expect(at('stability-index')).toMatchObject({ numerator: 104, denominator: 105 })
    expect(at('vacancy-rate')).toMatchObject({ numerator: 15, denominator: 126 })
    expect(at('sickness-absence-rate')).toMatchObject({ numerator: 46, denominator: 1060 })
    expect(at('agency-share')).toMatchObject({ numerator: 43_000, denominator: 999_000 })
    expect(at('fte-per-100k-population')).toMatchObject({ numerator: 93, denominator: 290_000 })
  })

  it('covers every indicator in both windows', () => {
    for (const window of ['month', 'rolling-12-months'] as const) {
      const { rows } = computeIndicators(build(), { window })
      const names = new Set(rows.map((row) => row.indicator))
      expect([...names].sort()).toEqual([...INDICATOR_NAMES].sort())
    }
  })

  it('sample ICS: the rolling-12-month vacancy-rate denominator is the mean funded FTE', () => {
    const dataset = sampleDataset()
    const { rows } = computeIndicators(dataset, { indicators: ['vacancy-rate'] })
    const last = rows
      .map((row) => row.month)
      .sort()
      .at(-1) as string
    const allMonths = [...new Set(dataset.vacancies.map((row) => row.month))].sort()
    const windowMonths = allMonths.slice(allMonths.indexOf(last) - 11, allMonths.indexOf(last) + 1)
    expect(windowMonths).toHaveLength(12)
    const latest = rows.filter((row) => row.month === last)
    expect(latest.length).toBe(new Set(dataset.vacancies.map((row) => row.organisation)).size)
    for (const row of latest) {
      let funded = 0
      for (const vacancy of dataset.vacancies) {
        if (vacancy.organisation === row.group.organisation && windowMonths.includes(vacancy.month))
          funded += vacancy.fundedFte
      }
      expect(row.denominator).toBeCloseTo(funded / 12, 9)
      expect(row.monthsWithData).toBe(12)
    }
  })
})

describe('indicator regressions (issue 15)', () => {
  it('finding 7: a missing month of flows is counted in monthsWithData and warned about', () => {
    const result = safeComputeIndicators(build('2023-10'), { indicators: ['leaver-rate'] })
    expect(result.success).toBe(true)
    if (!result.success) return
    const row = pick(result.value.rows, 'leaver-rate', '2024-03')
    expect(row?.monthsWithData).toBe(11)
    expect(result.issues.some((each) => /only 11 of the 12 months/.test(each.message))).toBe(true)
  })

  it('finding 8: from after to is an error, not an empty table', () => {
    const result = safeComputeIndicators(build(), { from: '2024-03', to: '2023-06' })
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'inconsistent', path: ['from'] })
  })

  it('garbage datasets and options give issues naming the table, row and column', () => {
    expect(safeComputeIndicators(null as never).success).toBe(false)
    const badRow = { ...build(), workforce: [null] } as never
    expect(safeComputeIndicators(badRow).issues[0]).toMatchObject({ table: 'workforce', row: 0 })
    const badField = { ...build(), vacancies: [{ month: '2024-01', organisation: 'A' }] } as never
    expect(safeComputeIndicators(badField).issues[0]).toMatchObject({
      table: 'vacancies',
      column: 'staffGroup',
    })
    expect(safeComputeIndicators(build(), null as never).issues[0]?.path).toEqual(['options'])
    expect(safeComputeIndicators(build(), { groupBy: 'place' as never }).success).toBe(false)
  })
})
