import { isDeepStrictEqual } from 'node:util'
import { defaultTaxonomy, monthRange, parseDataset, safeParseDataset } from '@oneworkforce/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDataset } from './internal/generate'
import { FOUR_TESTS } from './internal/initiatives'
import { SAMPLE_SEED, sampleDataset } from './sample-dataset'

const dataset = sampleDataset()

describe('sampleDataset', () => {
  it('passes dataset validation with no issue at all, not even a warning', () => {
    const result = safeParseDataset(dataset)
    expect(result.issues).toEqual([])
    expect(result.success).toBe(true)
  }, 30_000)

  it('parses unchanged (no defaults left to fill)', () => {
    expect(isDeepStrictEqual(parseDataset(dataset), dataset)).toBe(true)
  }, 30_000)

  it('is memoised and deterministic: the generator with the same seed gives identical output', () => {
    expect(sampleDataset()).toBe(dataset)
    expect(isDeepStrictEqual(generateDataset(SAMPLE_SEED), dataset)).toBe(true)
    expect(isDeepStrictEqual(generateDataset(7), generateDataset(7))).toBe(true)
    expect(isDeepStrictEqual(generateDataset(8).workforce, generateDataset(7).workforce)).toBe(
      false,
    )
  }, 30_000)

  it('mirrors the TSDoc examples', () => {
    expect(SAMPLE_SEED).toBe(20260331)
    expect(dataset.places).toHaveLength(6)
  })

  it('holds one ICS, six places and 25 organisations of every sector', () => {
    expect(dataset.integratedCareSystems).toHaveLength(1)
    expect(dataset.organisations).toHaveLength(25)
    const bySector = new Map<string, number>()
    for (const each of dataset.organisations) {
      bySector.set(each.sector, (bySector.get(each.sector) ?? 0) + 1)
    }
    expect(Object.fromEntries(bySector)).toEqual({
      acute: 3,
      community: 2,
      'mental-health': 2,
      'primary-care': 6,
      'social-care': 6,
      voluntary: 6,
    })
    const places = new Set(dataset.places.map((place) => place.code))
    for (const each of dataset.organisations) expect(places.has(each.place)).toBe(true)
    for (const place of places) {
      const sectors = dataset.organisations.filter((each) => each.place === place)
      expect(sectors.map((each) => each.sector)).toEqual(
        expect.arrayContaining(['primary-care', 'social-care', 'voluntary']),
      )
    }
  })

  it('employs only staff groups the taxonomy allows in each organisation’s sector', () => {
    const sectorOf = new Map(dataset.organisations.map((each) => [each.code, each.sector]))
    const groups = new Map(defaultTaxonomy.staffGroups.map((group) => [group.code, group]))
    const ageBands = new Set(defaultTaxonomy.ageBands.map((band) => band.code))
    const wrong: string[] = []
    for (const table of [dataset.workforce, dataset.flows, dataset.vacancies, dataset.sickness]) {
      for (const row of table) {
        const sector = sectorOf.get(row.organisation) ?? 'unknown organisation'
        const staffGroup = 'staffGroup' in row ? row.staffGroup : 'allStaff'
        if (!groups.get(staffGroup)?.sectors.includes(sector)) {
          wrong.push(`${row.organisation} ${staffGroup}`)
        }
        if ('ageBand' in row && row.ageBand !== undefined && !ageBands.has(row.ageBand)) {
          wrong.push(`${row.organisation} ${row.ageBand}`)
        }
      }
    }
    expect(wrong).toEqual([])
    const spendGroups = dataset.spend.filter(
      (row) =>
        !groups.get(row.staffGroup ?? '')?.sectors.includes(sectorOf.get(row.organisation) ?? ''),
    )
    expect(spendGroups).toEqual([])
  })

  it('covers 36 months, 2023-04 to 2026-03, in every monthly table', () => {
    const months = monthRange('2023-04', '2026-03')
    expect(months).toHaveLength(36)
    for (const table of [dataset.workforce, dataset.vacancies, dataset.sickness, dataset.spend]) {
      expect([...new Set(table.map((row) => row.month))].sort()).toEqual(months)
    }
    expect([...new Set(dataset.flows.map((row) => row.month))].sort()).toEqual(months)
  })

  it('stays light: under 250,000 rows in all', () => {
    const rows = Object.values(dataset)
      .filter(Array.isArray)
      .reduce((sum, table) => sum + table.length, 0)
    expect(rows).toBeLessThan(250_000)
  })

  it('has integer headcounts and FTE no higher than headcount in every snapshot', () => {
    const wrong = dataset.workforce.filter(
      (row) => !Number.isInteger(row.headcount) || row.fte > row.headcount,
    )
    expect(wrong).toEqual([])
  })
})

/** Checks that flows reconcile with consecutive snapshots per organisation × staff group. */
function reconciliationGaps(data: ReturnType<typeof sampleDataset>): string[] {
  const stock = new Map<string, { headcount: number; fteCentis: number }>()
  for (const row of data.workforce) {
    const key = `${row.organisation}|${row.staffGroup}|${row.month}`
    const cell = stock.get(key) ?? { headcount: 0, fteCentis: 0 }
    cell.headcount += row.headcount
    cell.fteCentis += Math.round(row.fte * 100)
    stock.set(key, cell)
  }
  const net = new Map<string, { headcount: number; fteCentis: number }>()
  for (const row of data.flows) {
    const key = `${row.organisation}|${row.staffGroup}|${row.month}`
    const sign = row.direction === 'joiner' ? 1 : -1
    const cell = net.get(key) ?? { headcount: 0, fteCentis: 0 }
    cell.headcount += sign * row.headcount
    cell.fteCentis += sign * Math.round(row.fte * 100)
    net.set(key, cell)
  }
  const months = monthRange('2023-04', '2026-03')
  const cells = new Set(data.workforce.map((row) => `${row.organisation}|${row.staffGroup}`))
  const gaps: string[] = []
  for (const cell of cells) {
    for (let index = 1; index < months.length; index += 1) {
      const before = stock.get(`${cell}|${months[index - 1]}`)
      const now = stock.get(`${cell}|${months[index]}`)
      const flow = net.get(`${cell}|${months[index]}`) ?? { headcount: 0, fteCentis: 0 }
      if (!before || !now) {
        gaps.push(`${cell} ${months[index]}: missing snapshot`)
        continue
      }
      if (now.headcount - before.headcount !== flow.headcount) {
        gaps.push(`${cell} ${months[index]}: headcount`)
      }
      if (now.fteCentis - before.fteCentis !== flow.fteCentis)
        gaps.push(`${cell} ${months[index]}: fte`)
    }
  }
  return gaps
}

/** Every number anywhere in the dataset, with its path, plus money strings parsed. */
function badNumbers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) out.push(`${path}: ${value}`)
  } else if (typeof value === 'string') {
    if (/Gbp$/.test(path) && !(Number(value) >= 0)) out.push(`${path}: ${value}`)
  } else if (Array.isArray(value)) {
    value.forEach((each, index) => {
      badNumbers(each, `${path}[${index}]`, out)
    })
  } else if (value !== null && typeof value === 'object') {
    for (const [key, each] of Object.entries(value)) {
      // Productivity and relative changes are signed by design (−0.1 = 10% fewer leavers).
      if (key === 'relativeChange' || key === 'change') continue
      badNumbers(each, `${path}.${key}`, out)
    }
  }
}

describe('consistency', () => {
  it('reconciles flows with consecutive snapshots exactly (headcount and FTE)', () => {
    expect(reconciliationGaps(dataset)).toEqual([])
  })

  it('has no negative, NaN or infinite value anywhere', () => {
    const bad: string[] = []
    badNumbers(dataset, 'dataset', bad)
    expect(bad).toEqual([])
  })

  it('keeps both invariants for any seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const data = generateDataset(seed)
        const bad: string[] = []
        badNumbers(data, 'dataset', bad)
        return bad.length === 0 && reconciliationGaps(data).length === 0
      }),
      { numRuns: 4 },
    )
  }, 30_000)

  it('gives higher leaver rates in the retirement age bands', () => {
    const leavers = new Map<string, number>()
    for (const row of dataset.flows) {
      if (row.direction !== 'leaver' || row.ageBand === undefined) continue
      leavers.set(row.ageBand, (leavers.get(row.ageBand) ?? 0) + row.headcount)
    }
    const stock = new Map<string, number>()
    for (const row of dataset.workforce) {
      if (row.ageBand !== undefined)
        stock.set(row.ageBand, (stock.get(row.ageBand) ?? 0) + row.headcount)
    }
    const rate = (band: string): number => (leavers.get(band) ?? 0) / (stock.get(band) ?? 1)
    expect(rate('60-64')).toBeGreaterThan(1.5 * rate('40-44'))
    expect(rate('65-plus')).toBeGreaterThan(rate('60-64'))
    const retirements = dataset.flows.filter(
      (row) => row.direction === 'leaver' && row.reason === 'retirement',
    )
    expect(
      retirements.every((row) =>
        ['50-54', '55-59', '60-64', '65-plus'].includes(row.ageBand ?? ''),
      ),
    ).toBe(true)
  })

  it('projects population to 2040 with the older bands growing fastest', () => {
    const total = (year: number, band: string): number =>
      dataset.population
        .filter((row) => row.year === year && row.ageBand === band)
        .reduce((sum, row) => sum + row.persons, 0)
    expect(new Set(dataset.population.map((row) => row.year)).size).toBe(17)
    const growth = (band: string): number => total(2040, band) / total(2024, band)
    expect(growth('85-plus')).toBeGreaterThan(growth('65-74'))
    expect(growth('65-74')).toBeGreaterThan(growth('18-64'))
    expect(growth('18-64')).toBeGreaterThan(growth('0-17'))
  })

  it('scores about 12 initiatives by three scorers on the four tests, with some contested', () => {
    const ids = new Set(dataset.initiatives.map((each) => each.id))
    expect(ids.size).toBe(12)
    let contested = 0
    for (const initiative of dataset.initiatives) {
      expect(new Set(initiative.scores.map((score) => score.scorer)).size).toBe(3)
      expect([...new Set(initiative.scores.map((score) => score.criterion))].sort()).toEqual(
        [...FOUR_TESTS].sort(),
      )
      for (const score of initiative.scores) {
        expect(Number.isInteger(score.score) && score.score >= 1 && score.score <= 5).toBe(true)
        expect(score.evidence?.length).toBeGreaterThan(0)
      }
      for (const link of [...(initiative.dependsOn ?? []), ...(initiative.excludes ?? [])]) {
        expect(ids.has(link)).toBe(true)
      }
      const spread = FOUR_TESTS.map((criterion) => {
        const scores = initiative.scores.filter((each) => each.criterion === criterion)
        const values = scores.map((each) => each.score)
        return Math.max(...values) - Math.min(...values)
      })
      if (Math.max(...spread) >= 2) contested += 1
    }
    expect(contested).toBe(2)
  })

  it('offers baseline, train, retain and reform scenarios', () => {
    const byId = new Map(dataset.scenarios.map((each) => [each.id, each]))
    expect(byId.get('baseline')?.levers).toEqual([])
    expect(byId.get('train')?.levers.some((lever) => lever.type === 'training-places')).toBe(true)
    expect(byId.get('retain')?.levers.some((lever) => lever.type === 'retention')).toBe(true)
    const reform = byId.get('reform')?.levers ?? []
    expect(reform).toContainEqual(
      expect.objectContaining({ type: 'productivity', ratePerYear: 0.015 }),
    )
    expect(reform.some((lever) => lever.type === 'new-role' || lever.type === 'skill-mix')).toBe(
      true,
    )
  })
})
