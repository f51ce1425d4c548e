import { sampleDataset } from '@oneworkforce/sample-data'
import { datasetSchema } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { aggregateProjection } from '../result/aggregate-projection'
import { financialYearSummary } from '../result/financial-year-summary'
import {
  projectionInputFromDataset,
  safeProjectionInputFromDataset,
} from './projection-input-from-dataset'

const tiny = datasetSchema.parse({
  integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
  places: [{ code: 'p', name: 'P', ics: 'QKK' }],
  organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
  workforce: [
    { month: '2024-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 100, fte: 90 },
    { month: '2025-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 110, fte: 99 },
  ],
  flows: [
    ...['2024-04', '2024-10'].map((month) => ({
      month,
      organisation: 'RJ1',
      staffGroup: 'ahp',
      direction: 'leaver' as const,
      reason: 'voluntary' as const,
      headcount: 6,
      fte: 5,
    })),
    {
      month: '2024-06',
      organisation: 'RJ1',
      staffGroup: 'ahp',
      direction: 'joiner',
      reason: 'international',
      headcount: 22,
      fte: 22,
    },
  ],
  vacancies: [
    {
      month: '2025-03',
      organisation: 'RJ1',
      staffGroup: 'ahp',
      fundedFte: 120,
      staffInPostFte: 99,
    },
  ],
})

describe('projectionInputFromDataset', () => {
  it('derives stock, leaver rates by the NHS Digital definition, joiners and funded demand', () => {
    const input = projectionInputFromDataset(tiny)
    expect(input.startMonth).toBe('2025-04')
    expect(input.horizonMonths).toBe(144) // to March 2037
    expect(input.stock).toEqual([
      { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 110, ftePerHead: 0.9 },
    ])
    // 12 leavers ÷ mean(100, 110) = 0.1142857...
    expect(input.leaverRates).toEqual([
      { staffGroup: 'ahp', sector: 'acute', reason: 'voluntary', ratePerYear: 12 / 105 },
    ])
    expect(input.joiners).toEqual([
      {
        place: 'p',
        sector: 'acute',
        staffGroup: 'ahp',
        reason: 'international',
        headcountPerYear: 22,
      },
    ])
    expect(input.demand.baseline).toEqual([
      { place: 'p', sector: 'acute', staffGroup: 'ahp', fte: 120 },
    ])
  })

  it('returns an issue for a dataset with no snapshot or an unknown ICS or scenario', () => {
    const empty = datasetSchema.parse({ ...tiny, workforce: [] })
    expect(safeProjectionInputFromDataset(empty).success).toBe(false)
    expect(safeProjectionInputFromDataset(tiny, { ics: 'nowhere' }).issues[0]?.path).toEqual([
      'ics',
    ])
    expect(safeProjectionInputFromDataset(tiny, { scenario: 'missing' }).issues[0]?.path).toEqual([
      'scenario',
    ])
  })

  it('projects the sample ICS plausibly to 2036/37 (the guide numbers)', () => {
    const input = projectionInputFromDataset(sampleDataset())
    expect(input.startMonth).toBe('2026-04')
    expect(input.dimensions.places).toHaveLength(6)
    expect(input.dimensions.ageBands).toHaveLength(10)
    const result = projectWorkforce(input, { keep: ['staffGroup'] })
    const total = aggregateProjection(result)
    const years = financialYearSummary(total)
    const first = years[0]!
    const last = years.at(-1)!
    expect(last.financialYear).toBe('2036/37')
    // Supply and demand stay within a plausible band of the start (no explosion or collapse).
    expect(last.fte / first.fte).toBeGreaterThan(0.7)
    expect(last.fte / first.fte).toBeLessThan(1.5)
    expect(last.demandFte).toBeGreaterThan(first.demandFte)
    expect(first.vacancyRate).toBeGreaterThan(0.02)
    expect(first.vacancyRate).toBeLessThan(0.2)
    expect(Number.isFinite(last.totalCostGbp.toNumber())).toBe(true)
  })
})

describe('projectionInputFromDataset demand defaults', () => {
  it('adds 1% a year non-demographic growth by default and NHS-only productivity when asked', () => {
    const input = projectionInputFromDataset(sampleDataset(), { productivityPerYear: 0.015 })
    expect(input.demand.growth).toEqual([{ ratePerYear: 0.01 }])
    const sectors = input.demand.productivity.map((row) => row.sector)
    expect(sectors).toEqual(['acute', 'community', 'mental-health', 'primary-care'])
    expect(input.rateKind).toBe('per-person-year')
    const none = projectionInputFromDataset(sampleDataset(), { nonDemographicGrowthPerYear: 0 })
    expect(none.demand.growth).toEqual([])
    // Vacancy-led recruitment replaces other and returner joiner volumes where it is calibrated.
    const recruited = new Set(
      input.recruitment.map((row) => `${row.place}|${row.sector}|${row.staffGroup}`),
    )
    expect(recruited.size).toBeGreaterThan(0)
    const fixedElsewhere = input.joiners.filter(
      (row) =>
        row.reason !== 'international' &&
        recruited.has(`${row.place}|${row.sector}|${row.staffGroup}`),
    )
    expect(fixedElsewhere).toEqual([])
    expect(
      input.recruitment.every((row) => row.vacancyFillPerMonth > 0 && row.vacancyFillPerMonth <= 1),
    ).toBe(true)
  })
})

describe('projectionInputFromDataset cost defaults', () => {
  it("covers vacancies with bank and agency at observed shares: the first year's temporary share stays near last year's", () => {
    const dataset = sampleDataset()
    const input = projectionInputFromDataset(dataset)
    const [first] = financialYearSummary(projectWorkforce(input, { keep: [] }))
    const projected =
      first!.bankCostGbp.plus(first!.agencyCostGbp).toNumber() / first!.totalCostGbp.toNumber()
    const lastYear = dataset.spend.filter((row) => row.month >= '2025-04')
    const sum = (field: 'bankGbp' | 'agencyGbp' | 'substantiveGbp') =>
      lastYear.reduce((total, row) => total + Number(row[field]), 0)
    const observed =
      (sum('bankGbp') + sum('agencyGbp')) /
      (sum('bankGbp') + sum('agencyGbp') + sum('substantiveGbp'))
    expect(Math.abs(projected - observed)).toBeLessThan(0.015)
    for (const row of input.finance.gapCover)
      expect(row.bankShare + row.agencyShare).toBeLessThanOrEqual(1)
  })
})

describe('projectionInputFromDataset joiner ages', () => {
  it('gives joiners and newly qualified staff an age profile, not the youngest band or the stock mix', () => {
    const input = projectionInputFromDataset(sampleDataset())
    const nurses = input.pipelines.filter((row) => row.programme === 'bsc-adult-nursing')
    const bands = new Set(nurses.map((row) => row.ageBand))
    expect(bands.size).toBeGreaterThan(1)
    // Splitting by age keeps the programme's intake.
    expect(nurses.reduce((sum, row) => sum + row.annualIntake, 0)).toBeCloseTo(1050, 9)
    expect(input.joiners.every((row) => row.ageBand !== undefined)).toBe(true)
    expect(input.recruitment.every((row) => (row.ageShares?.length ?? 0) > 0)).toBe(true)
    // The projected workforce keeps its young staff: the 25-29 share does not collapse.
    const result = projectWorkforce(input, { keep: ['ageBand'] })
    const bandsOut = result.dimensionValues.ageBand ?? []
    const at = bandsOut.indexOf('25-29')
    const share = (t: number) => {
      let total = 0
      for (let a = 0; a < bandsOut.length; a++)
        total += result.series.headcount[t * result.groupCount + a]!
      return result.series.headcount[t * result.groupCount + at]! / total
    }
    let start = 0
    for (let a = 0; a < bandsOut.length; a++) start += result.start.headcount[a]!
    expect(share(result.periods.length - 1)).toBeGreaterThan(
      (0.9 * result.start.headcount[at]!) / start,
    )
  })
})

describe('projectionInputFromDataset training', () => {
  it('turns employment-based programmes into transfers: completers move, they do not join', () => {
    const input = projectionInputFromDataset(sampleDataset())
    const gp = input.pipelines.filter((row) => row.programme === 'gp-specialty-training')
    expect(gp.every((row) => row.fromStaffGroup === 'resident-doctor')).toBe(true)
    const result = projectWorkforce(input, { keep: ['staffGroup'] })
    const groups = result.dimensionValues.staffGroup ?? []
    const at = (group: string) => groups.indexOf(group)
    let gpNewlyQualified = 0
    let gpMovesIn = 0
    for (let t = 0; t < result.periods.length; t++) {
      gpNewlyQualified += result.series.joinersNewlyQualified[t * result.groupCount + at('gp')]!
      gpMovesIn += result.series.movesIn[t * result.groupCount + at('gp')]!
    }
    expect(gpNewlyQualified).toBe(0)
    expect(gpMovesIn).toBeGreaterThan(0)
    // Without the mapping, the same programmes add newly qualified joiners again.
    const old = projectionInputFromDataset(sampleDataset(), { employmentBasedProgrammes: {} })
    expect(old.pipelines.every((row) => row.fromStaffGroup === undefined)).toBe(true)
  })
})
