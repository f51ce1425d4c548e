import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../sample-dataset'
import { leaverRate } from './indicators'

// The initiatives' evidence quotes figures of the sample; each must agree with the data.
const dataset = sampleDataset()
const nhs = new Set(
  dataset.organisations
    .filter((each) => ['acute', 'community', 'mental-health'].includes(each.sector))
    .map((each) => each.code),
)
const inYear = (month: string) => month >= '2025-04' && month <= '2026-03'

function evidence(id: string, criterion = 'size-of-opportunity'): string {
  const initiative = dataset.initiatives.find((each) => each.id === id)
  const score = initiative?.scores.find((each) => each.criterion === criterion)
  return score?.evidence ?? ''
}

/** The number just before `after` in a text, with thousands separators removed. */
function quoted(text: string, pattern: RegExp): number {
  const match = pattern.exec(text)
  return Number((match?.[1] ?? 'NaN').replaceAll(',', ''))
}

const fteAt = (month: string, keep: (organisation: string) => boolean) =>
  dataset.vacancies
    .filter((row) => row.month === month && keep(row.organisation))
    .reduce((sum, row) => sum + row.staffInPostFte, 0)

describe('the initiatives’ evidence agrees with the sample data', () => {
  it('retention: a 10% cut in nurse leavers is the number of nurses it says', () => {
    const leavers = dataset.flows
      .filter(
        (row) =>
          row.direction === 'leaver' &&
          row.reason !== 'other-organisation' &&
          row.staffGroup === 'registered-nurse' &&
          nhs.has(row.organisation) &&
          inYear(row.month),
      )
      .reduce((sum, row) => sum + row.headcount, 0)
    const text = evidence('retention-programme')
    expect(quoted(text, /keeps about ([\d,]+) nurses/)).toBeCloseTo(0.1 * leavers, -1)
    expect(quoted(text, /([\d,]+) of [\d,]+ nurses left/)).toBeCloseTo(leavers, -1)
    const rate = leaverRate(
      dataset,
      {
        sectors: ['acute', 'community', 'mental-health'],
        staffGroups: ['registered-nurse'],
        financialYear: '2025/26',
      },
      { excludeMoves: true },
    )
    expect(quoted(text, /about ([\d.]+)% in NHS trusts/) / 100).toBeCloseTo(rate, 3)
  })

  it('international recruitment: the nurse vacancies it is set against', () => {
    const vacancyFte = dataset.vacancies
      .filter(
        (row) =>
          row.month === '2026-03' &&
          row.staffGroup === 'registered-nurse' &&
          nhs.has(row.organisation),
      )
      .reduce((sum, row) => sum + row.fundedFte - row.staffInPostFte, 0)
    const text = evidence('international-recruitment-partnership')
    expect(Math.abs(quoted(text, /against ([\d,]+) FTE/) - vacancyFte)).toBeLessThan(50)
    expect(900 / vacancyFte).toBeGreaterThan(0.35)
    expect(900 / vacancyFte).toBeLessThan(0.45)
  })

  it('occupational health: half a point of sickness in FTE', () => {
    const text = evidence('oh-eap-at-scale')
    const nhsFte = fteAt('2026-03', (code) => nhs.has(code))
    const allFte = fteAt('2026-03', () => true)
    expect(
      Math.abs(quoted(text, /about ([\d,]+) FTE in NHS trusts/) - 0.005 * nhsFte),
    ).toBeLessThan(10)
    expect(Math.abs(quoted(text, /and ([\d,]+) FTE across/) - 0.005 * allFte)).toBeLessThan(10)
  })

  it('collaborative bank: the bank saving against agency follows the pay-rate premiums', () => {
    const savings = dataset.payRates.map(
      (row) => 1 - (1 + (row.bankPremiumRate ?? 0)) / (1 + (row.agencyPremiumRate ?? 0)),
    )
    expect(evidence('bank-collaborative')).toMatch(/costs 25-40% less/)
    expect(Math.min(...savings)).toBeGreaterThanOrEqual(0.25)
    expect(Math.max(...savings)).toBeLessThanOrEqual(0.4)
  })

  it('flexible retirement: the retirements it quotes', () => {
    const retirements = dataset.flows
      .filter(
        (row) => row.direction === 'leaver' && row.reason === 'retirement' && inYear(row.month),
      )
      .reduce((sum, row) => sum + row.headcount, 0)
    expect(quoted(evidence('flexible-retirement'), /\(([\d,]+) retirements/)).toBe(retirements)
  })
})

describe('the initiatives’ scenarios', () => {
  it('name a scenario of the dataset with levers, except the two with no lever in the projection', () => {
    const scenarios = new Map(dataset.scenarios.map((each) => [each.id, each]))
    const unnamed = dataset.initiatives.filter((each) => each.scenario === undefined)
    expect(unnamed.map((each) => each.id).sort()).toEqual(['bank-collaborative', 'jobs-hub'])
    for (const initiative of dataset.initiatives) {
      if (initiative.scenario === undefined) continue
      expect(scenarios.get(initiative.scenario)?.levers.length).toBeGreaterThan(0)
    }
  })
})
