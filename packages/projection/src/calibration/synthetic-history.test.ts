import { type DatasetInput, datasetSchema } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { runUniforms } from '../uncertainty/random-streams'
import { backTest, safeBackTest } from './back-test'
import {
  estimateJoinerVolumes,
  estimateLeaverRates,
  safeEstimateLeaverRates,
} from './estimate-rates'
import { reconcileFlows, safeReconcileFlows } from './reconcile-flows'

const organisations = [
  { code: 'RJ1', name: 'Acute trust', sector: 'acute', place: 'p' },
  { code: 'RV5', name: 'Community trust', sector: 'community', place: 'p' },
  { code: 'RPG', name: 'Mental health trust', sector: 'mental-health', place: 'p' },
]
const staffGroups = [
  'registered-nurse',
  'ahp',
  'midwife',
  'clinical-support',
  'consultant',
  'healthcare-scientist',
]

/** Draws a Poisson count by inversion of its CDF. */
function poisson(mean: number, u: number): number {
  let k = 0
  let p = Math.exp(-mean)
  let cumulative = p
  while (u > cumulative && k < 10000) {
    k += 1
    p *= mean / k
    cumulative += p
  }
  return k
}

interface Truth {
  readonly key: string
  readonly monthlyHazard: number
  readonly joinersPerMonth: number
}

/**
 * Synthetic history with known rates: each staff group × organisation starts with 300-1,500
 * staff; each month leavers ~ Poisson(h × opening stock), joiners ~ Poisson(μ), and the
 * snapshot is the opening stock − leavers + joiners. Seeded through runUniforms.
 */
function syntheticHistory(seed: number, months = 36): { dataset: DatasetInput; truth: Truth[] } {
  const workforce: NonNullable<DatasetInput['workforce']> = []
  const flows: NonNullable<DatasetInput['flows']> = []
  const truth: Truth[] = []
  organisations.forEach((organisation, o) => {
    staffGroups.forEach((staffGroup, g) => {
      const stream = o * staffGroups.length + g
      const [a = 0.5, b = 0.5, c = 0.5] = runUniforms(seed, 1_000_000 + stream, 3)
      const ratePerYear = 0.05 + 0.15 * a
      const monthlyHazard = 1 - (1 - ratePerYear) ** (1 / 12)
      const joinersPerMonth = 2 + 18 * b
      let stock = Math.round(300 + 1200 * c)
      truth.push({ key: `${staffGroup}|${organisation.sector}`, monthlyHazard, joinersPerMonth })
      workforce.push({
        month: '2022-03',
        organisation: organisation.code,
        staffGroup,
        headcount: stock,
        fte: stock * 0.9,
      })
      const u = runUniforms(seed, stream, 2 * months)
      for (let m = 0; m < months; m += 1) {
        const month = `${2022 + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, '0')}`
        const leavers = poisson(monthlyHazard * stock, u[2 * m] ?? 0.5)
        const joiners = poisson(joinersPerMonth, u[2 * m + 1] ?? 0.5)
        stock = stock - leavers + joiners
        flows.push(
          {
            month,
            organisation: organisation.code,
            staffGroup,
            direction: 'leaver',
            reason: 'voluntary',
            headcount: leavers,
            fte: leavers * 0.9,
          },
          {
            month,
            organisation: organisation.code,
            staffGroup,
            direction: 'joiner',
            reason: 'international',
            headcount: joiners,
            fte: joiners * 0.9,
          },
        )
        workforce.push({
          month,
          organisation: organisation.code,
          staffGroup,
          headcount: stock,
          fte: stock * 0.9,
        })
      }
    })
  })
  return {
    dataset: {
      integratedCareSystems: [{ code: 'QKK', name: 'Synthetic ICS' }],
      places: [{ code: 'p', name: 'Place', ics: 'QKK' }],
      organisations,
      workforce,
      flows,
    },
    truth,
  }
}

describe('calibration from synthetic history', () => {
  it('recovers known leaver hazards and joiner volumes within their 95% intervals', () => {
    let covered = 0
    let joinersCovered = 0
    let total = 0
    for (const seed of [1, 2, 3, 4, 5]) {
      const { dataset, truth } = syntheticHistory(seed)
      const parsed = datasetSchema.parse(dataset)
      const rates = estimateLeaverRates(parsed, { byReason: false })
      const volumes = estimateJoinerVolumes(parsed, { byReason: false })
      expect(rates).toHaveLength(truth.length)
      for (const known of truth) {
        const [staffGroup, sector] = known.key.split('|')
        const rate = rates.find((each) => each.staffGroup === staffGroup && each.sector === sector)
        const volume = volumes.find(
          (each) => each.staffGroup === staffGroup && each.sector === sector,
        )
        expect(rate?.monthsUsed).toBe(36)
        const { lower = 0, upper = 0 } = rate?.monthlyHazard ?? {}
        if (known.monthlyHazard >= lower && known.monthlyHazard <= upper) covered += 1
        const interval = volume?.headcountPerMonth
        if (
          interval &&
          known.joinersPerMonth >= interval.lower &&
          known.joinersPerMonth <= interval.upper
        )
          joinersCovered += 1
        // The estimate is close too: within 25% of the truth with 36 months of data.
        expect(Math.abs((rate?.monthlyHazard.rate ?? 0) / known.monthlyHazard - 1)).toBeLessThan(
          0.25,
        )
        total += 1
      }
    }
    // Exact Poisson intervals are conservative: nominal 95%, so at least 90% over 90 groups.
    expect(covered / total).toBeGreaterThanOrEqual(0.9)
    expect(joinersCovered / total).toBeGreaterThanOrEqual(0.9)
  })

  it('gives the engine annual rate, by reason, and mirrors the doc example', () => {
    const parsed = datasetSchema.parse({
      integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
      places: [{ code: 'p', name: 'P', ics: 'QKK' }],
      organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
      workforce: [
        { month: '2024-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 100, fte: 90 },
        { month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', headcount: 99, fte: 89 },
      ],
      flows: [
        {
          month: '2024-04',
          organisation: 'RJ1',
          staffGroup: 'ahp',
          direction: 'leaver',
          reason: 'voluntary',
          headcount: 1,
          fte: 1,
        },
      ],
    })
    const [estimate] = estimateLeaverRates(parsed, { byReason: false })
    // 1 leaver over mean(100, 99) = 99.5 person-months: 12 / 99.5 per person-year, NHS
    // Digital's leavers ÷ mean headcount; the engine's monthly probability is 1 − exp(−r/12).
    expect(estimate?.ratePerYear.rate).toBeCloseTo(12 / 99.5, 14)
    expect(estimate?.monthlyHazard.rate).toBeCloseTo(-Math.expm1(-1 / 99.5), 14)
    expect(estimate?.personMonths).toBe(99.5)
    const byReason = estimateLeaverRates(parsed)
    expect(byReason.map((each) => [each.reason, each.leavers])).toEqual([
      ['retirement', 0],
      ['voluntary', 1],
      ['other', 0],
    ])
    expect(byReason[0]?.monthlyHazard.lower).toBe(0)
    expect(reconcileFlows(parsed)[0]?.discrepancies).toEqual([])
  })

  it('reports where flows and snapshots disagree, with the size of the difference', () => {
    const { dataset } = syntheticHistory(7, 12)
    const workforce = (dataset.workforce ?? []).map((row) =>
      row.organisation === 'RV5' && row.staffGroup === 'ahp' && row.month === '2022-09'
        ? { ...row, headcount: row.headcount + 7 }
        : row,
    )
    const result = reconcileFlows(datasetSchema.parse({ ...dataset, workforce }))
    const clean = result.filter(
      (each) => !(each.staffGroup === 'ahp' && each.sector === 'community'),
    )
    expect(
      clean.every((each) => each.discrepancies.length === 0 && each.totalAbsoluteDifference === 0),
    ).toBe(true)
    const broken = result.find((each) => each.staffGroup === 'ahp' && each.sector === 'community')
    expect(broken?.monthsCompared).toBe(12)
    expect(broken?.totalAbsoluteDifference).toBe(14)
    expect(broken?.discrepancies.map((each) => [each.month, each.difference])).toEqual([
      ['2022-09', 7],
      ['2022-10', -7],
    ])
    const tolerant = reconcileFlows(datasetSchema.parse({ ...dataset, workforce }), {
      toleranceHeadcount: 7,
    })
    expect(tolerant.every((each) => each.discrepancies.length === 0)).toBe(true)
  })

  it('back-tests: fits on the first months and projects the rest with small error', () => {
    const { dataset } = syntheticHistory(11, 36)
    const result = backTest(datasetSchema.parse(dataset), { fitMonths: 25 })
    expect(result.fitFrom).toBe('2022-03')
    expect(result.fitTo).toBe('2024-03')
    expect(result.testMonths).toHaveLength(12)
    expect(result.byStaffGroup.map((each) => each.staffGroup).sort()).toEqual(
      [...staffGroups].sort(),
    )
    for (const group of result.byStaffGroup) {
      expect(group.months).toBe(12)
      // Only Poisson noise separates the fitted model from the generator.
      expect(group.mape).toBeLessThan(0.05)
      expect(Math.abs(group.bias)).toBeLessThanOrEqual(group.mape + 1e-12)
    }
    const sumActual = result.byStaffGroup.reduce(
      (sum, each) => sum + (each.actualHeadcount[0] ?? 0),
      0,
    )
    expect(result.total.actualHeadcount[0]).toBe(sumActual)
    expect(result.total.mape).toBeLessThan(0.02)
  })

  it('reports bad options and unknown organisations as issues', () => {
    const { dataset } = syntheticHistory(3, 6)
    const parsed = datasetSchema.parse(dataset)
    expect(safeBackTest(parsed, { fitMonths: 7 }).issues.at(-1)?.code).toBe('insufficient_data')
    expect(safeBackTest(parsed, { fitMonths: 1 }).success).toBe(false)
    expect(safeEstimateLeaverRates(parsed, { confidence: 1.5 }).issues[0]?.path).toEqual([
      'confidence',
    ])
    const unknown = {
      ...parsed,
      flows: [...parsed.flows, { ...parsed.flows[0]!, organisation: 'XXX' }],
    }
    const result = safeReconcileFlows(unknown)
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({
      code: 'unknown_code',
      table: 'flows',
      column: 'organisation',
    })
    const empty = datasetSchema.parse({ ...dataset, workforce: [], flows: [] })
    expect(safeEstimateLeaverRates(empty).issues[0]?.code).toBe('insufficient_data')
  })
})

describe('calibration doc examples', () => {
  const base = {
    integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
    places: [{ code: 'p', name: 'P', ics: 'QKK' }],
    organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
  }

  it('reconcileFlows finds three missing leavers', () => {
    const dataset = datasetSchema.parse({
      ...base,
      workforce: [
        { month: '2024-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 100, fte: 90 },
        { month: '2024-04', organisation: 'RJ1', staffGroup: 'ahp', headcount: 95, fte: 86 },
      ],
      flows: [
        {
          month: '2024-04',
          organisation: 'RJ1',
          staffGroup: 'ahp',
          direction: 'leaver',
          reason: 'voluntary',
          headcount: 2,
          fte: 2,
        },
      ],
    })
    expect(reconcileFlows(dataset)[0]?.discrepancies[0]?.difference).toBe(-3)
  })

  it('estimates four international joiners a month', () => {
    const dataset = datasetSchema.parse({
      ...base,
      flows: [
        {
          month: '2024-04',
          organisation: 'RJ1',
          staffGroup: 'ahp',
          direction: 'joiner',
          reason: 'international',
          headcount: 3,
          fte: 3,
        },
        {
          month: '2024-05',
          organisation: 'RJ1',
          staffGroup: 'ahp',
          direction: 'joiner',
          reason: 'international',
          headcount: 5,
          fte: 5,
        },
      ],
    })
    const volumes = estimateJoinerVolumes(dataset)
    expect(volumes[0]).toMatchObject({ reason: 'international', joiners: 8, months: 2 })
    expect(volumes[0]?.headcountPerMonth.rate).toBe(4)
  })
})
