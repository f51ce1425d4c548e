import * as projection from '@oneworkforce/projection'
import { sampleDataset } from '@oneworkforce/sample-data'
import { beforeAll, describe, expect, it } from 'vitest'
import { rankDrivers, rankingProjections } from './drivers'
import { filterDataset } from './filter-dataset'
import type { DriverRanking, UncertaintySummary } from './report-model'
import {
  type DemoUncertainDriver,
  demoUncertainDrivers,
  uncertaintySection,
  withNhsProductivityRows,
} from './uncertainty'

// The sample's figures change as the sample and the engine change: every expectation below is
// computed from the ranking, the stated ranges or the engine itself, never a number typed in.
const SOBOL_SAMPLES = 32
const input = withNhsProductivityRows(
  projection.projectionInputFromDataset(sampleDataset()),
  projection.NHS_SECTORS,
)
const gapAtHorizon = (candidate: projection.ProjectionInput): number => {
  const result = projection.projectWorkforce(candidate, { keep: [] })
  return result.series.gapFte[result.periods.length - 1] ?? Number.NaN
}
const triangle = (driver: DemoUncertainDriver) =>
  driver.parameter.distribution as { type: 'triangular'; min: number; mode: number; max: number }

let summary: UncertaintySummary
let ranking: DriverRanking
let notes: readonly string[]
beforeAll(async () => {
  const section = await uncertaintySection(sampleDataset(), {
    runs: 8,
    seed: 11,
    sobolSamples: SOBOL_SAMPLES,
  })
  if (section.status !== 'ok') throw new Error(`uncertainty section ${section.status}`)
  summary = section.data
  notes = section.notes ?? []
  if (!section.data.drivers) throw new Error('no driver ranking')
  ranking = section.data.drivers
})

describe('where the range stands against the baseline', () => {
  it('states the baseline projection’s gap and the runs’ median, and names the skewed driver', () => {
    const note = notes.find((each) => each.startsWith('the baseline projection'))
    const en = (value: number) => Math.round(value).toLocaleString('en-GB')
    expect(note).toContain(`gap of ${en(gapAtHorizon(input))} FTE`)
    expect(note).toContain(`median is ${en(summary.gap.at(-1)?.p50 ?? Number.NaN)} FTE`)
    expect(note).toContain('Productivity is the skewed driver')
  })
})

describe('the ranking of the Monte Carlo drivers', () => {
  it('covers every stated driver, productivity included, each with its range and source', () => {
    expect(ranking.drivers.map((each) => each.id).sort()).toEqual(
      demoUncertainDrivers.map((each) => each.parameter.id).sort(),
    )
    expect(ranking.drivers.map((each) => each.id)).toContain('productivity')
    for (const driver of ranking.drivers) {
      const stated = demoUncertainDrivers.find((each) => each.parameter.id === driver.id)
      expect(driver.range).toBe(stated?.range)
      expect(driver.source).toBe(stated?.source)
      expect(driver.source.length).toBeGreaterThan(20)
      // P10 and P90 of the stated triangular range, strictly inside it.
      const { min, max } = triangle(stated as DemoUncertainDriver)
      expect(driver.lowValue).toBeGreaterThan(min)
      expect(driver.highValue).toBeLessThan(max)
      expect(driver.lowValue).toBeLessThan(driver.highValue)
    }
  })

  it('orders the tornado by swing, each swing the distance between its two ends', () => {
    const swings = ranking.drivers.map((each) => each.swing)
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
    for (const driver of ranking.drivers)
      expect(driver.swing).toBeCloseTo(Math.abs(driver.outputAtHigh - driver.outputAtLow), 9)
    expect(ranking.projections).toBe(rankingProjections(ranking.drivers.length, SOBOL_SAMPLES))
    expect(ranking.sobolSamples).toBe(SOBOL_SAMPLES)
    // The horizon's last month: March at the end of the fan's last financial year.
    expect(ranking.month).toBe(`${Number(summary.horizonYear.slice(0, 4)) + 1}-03`)
  })

  it('agrees with the Sobol indices where it must: the top driver by total index swings the gap', () => {
    for (const driver of ranking.drivers) {
      expect(Number.isFinite(driver.firstOrder)).toBe(true)
      expect(Number.isFinite(driver.total)).toBe(true)
    }
    const byTotal = [...ranking.drivers].sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
    const topTotal = byTotal[0]
    const largestSwing = ranking.drivers[0]?.swing ?? 0
    expect(largestSwing).toBeGreaterThan(0)
    expect(topTotal?.swing ?? 0).toBeGreaterThan(largestSwing / 2)
    // The driver that barely moves the gap one at a time explains less of its variance.
    const smallest = ranking.drivers.at(-1)
    expect(smallest?.total ?? 1).toBeLessThan(topTotal?.total ?? 0)
  })

  it('moves productivity in the NHS sectors only, and it moves the gap', () => {
    expect(input.demand.productivity.length).toBeGreaterThan(0)
    for (const row of input.demand.productivity)
      expect(projection.NHS_SECTORS).toContain(row.sector)
    expect(input.demand.productivity.map((row) => row.sector)).not.toContain('social-care')
    const productivity = ranking.drivers.find((each) => each.id === 'productivity')
    expect(productivity?.swing ?? 0).toBeGreaterThan(0)
    // More productivity, less demand, a smaller gap.
    expect(productivity?.outputAtHigh ?? 0).toBeLessThan(productivity?.outputAtLow ?? 0)
  })

  it('is computed: a bar equals the engine run at those values, and a halved range halves its swing', () => {
    // Demand growth at its P90, productivity at its median, the multipliers at their median of 1.
    const growth = ranking.drivers.find((each) => each.id === 'non-demographic-demand-growth')
    const productivity = demoUncertainDrivers.find((each) => each.parameter.id === 'productivity')
    const { max } = triangle(productivity as DemoUncertainDriver)
    const productivityMedian = max * (1 - Math.SQRT1_2) // triangular(0, 0, max)
    const atHigh = structuredClone(input)
    atHigh.demand.growth = atHigh.demand.growth.map((row) => ({
      ...row,
      ratePerYear: growth?.highValue ?? Number.NaN,
    }))
    atHigh.demand.productivity = atHigh.demand.productivity.map((row) => ({
      ...row,
      ratePerYear: productivityMedian,
    }))
    expect(growth?.outputAtHigh ?? 0).toBeCloseTo(gapAtHorizon(atHigh), 6)

    const narrower = demoUncertainDrivers.map((driver) =>
      driver.parameter.id === 'leaver-rates'
        ? {
            ...driver,
            parameter: {
              ...driver.parameter,
              distribution: { type: 'triangular' as const, min: 0.925, mode: 1, max: 1.075 },
            },
          }
        : driver,
    )
    const halved = rankDrivers(projection, input, {
      drivers: narrower,
      sobolSamples: 0,
      seed: 1,
    })
    if (halved.status !== 'ok') throw new Error('ranking failed')
    const swing = (rankingOf: DriverRanking, id: string) =>
      rankingOf.drivers.find((each) => each.id === id)?.swing ?? Number.NaN
    const ratio = swing(halved.data, 'leaver-rates') / swing(ranking, 'leaver-rates')
    expect(ratio).toBeGreaterThan(0.4)
    expect(ratio).toBeLessThan(0.6)
    // The others keep their swing (the medians did not move).
    expect(swing(halved.data, 'productivity')).toBeCloseTo(swing(ranking, 'productivity'), 6)
    expect(halved.data.drivers.every((each) => each.firstOrder === undefined)).toBe(true)
    expect(halved.data.projections).toBe(2 * narrower.length + 1)
  })
})

describe('a dataset without NHS sectors', () => {
  it('leaves productivity out of the ranges and the ranking, and says so', async () => {
    const dataset = sampleDataset()
    const careProvider = dataset.organisations.find((each) => each.sector === 'social-care')
    if (!careProvider) throw new Error('the sample has no social care provider')
    const section = await uncertaintySection(
      filterDataset(dataset, { organisation: careProvider.code }),
      { runs: 4, seed: 3, sobolSamples: 0 },
    )
    if (section.status !== 'ok')
      throw new Error(
        `uncertainty section ${section.status}: ${section.reason} ${JSON.stringify(section.status === 'failed' ? section.issues : [])}`,
      )
    const ids = section.data.drivers?.drivers.map((each) => each.id) ?? []
    expect(ids.length).toBeGreaterThan(0)
    expect(ids).not.toContain('productivity')
    expect(section.notes?.join(' ')).toMatch(/left out .*productivity/)
  })
})
