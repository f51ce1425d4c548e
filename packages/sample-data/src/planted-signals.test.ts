import { describe, expect, it } from 'vitest'
import { leaverRate, vacancyRate } from './internal/indicators'
import { VACANCY_STEP_MONTH } from './internal/workforce-history'
import { samplePlantedSignals } from './planted-signals'
import { sampleDataset } from './sample-dataset'

const dataset = sampleDataset()
const year = '2025/26'
const nhsTrusts = dataset.organisations
  .filter((each) => ['acute', 'community', 'mental-health'].includes(each.sector))
  .map((each) => each.code)

const rateOf = (indicator: string, organisations: readonly string[]): number =>
  indicator === 'leaver-rate'
    ? leaverRate(dataset, { organisations, financialYear: year }, { excludeMoves: true })
    : vacancyRate(dataset, { organisations, financialYear: year })

/** Monthly vacancy rate of the whole ICS (vacancy FTE / funded FTE). */
function icsVacancyByMonth(): Map<string, number> {
  const sums = new Map<string, { funded: number; inPost: number }>()
  for (const row of dataset.vacancies) {
    const sum = sums.get(row.month) ?? { funded: 0, inPost: 0 }
    sum.funded += row.fundedFte
    sum.inPost += row.staffInPostFte
    sums.set(row.month, sum)
  }
  return new Map([...sums].map(([month, sum]) => [month, 1 - sum.inPost / sum.funded]))
}

describe('samplePlantedSignals', () => {
  it('mirrors the TSDoc example', () => {
    expect(
      samplePlantedSignals
        .filter((each) => each.kind === 'funnel-outlier')
        .map((each) => each.organisation),
    ).toEqual(['STM02', 'STA03'])
  })

  it.each(
    samplePlantedSignals
      .filter((each) => each.kind === 'funnel-outlier')
      .map((each) => [each.organisation ?? '', each] as const),
  )('%s stands well above every other NHS trust on its indicator', (code, signal) => {
    const others = nhsTrusts.filter((each) => each !== code)
    const own = rateOf(signal.indicator, [code])
    const pooled = rateOf(signal.indicator, others)
    expect(own).toBeGreaterThan(1.25 * pooled)
    for (const other of others)
      expect(own - rateOf(signal.indicator, [other])).toBeGreaterThan(0.015)
  })

  it('gives the ICS vacancy rate one step down at the documented month, level either side', () => {
    const step = samplePlantedSignals.find((each) => each.kind === 'step-change')
    expect(step?.month).toBe(VACANCY_STEP_MONTH)
    const byMonth = [...icsVacancyByMonth()].sort(([a], [b]) => a.localeCompare(b))
    const before = byMonth.filter(([month]) => month < VACANCY_STEP_MONTH).map(([, v]) => v)
    const after = byMonth.filter(([month]) => month >= VACANCY_STEP_MONTH).map(([, v]) => v)
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values)
    const drop = mean(before) - mean(after)
    expect(drop).toBeGreaterThan(0.006)
    // Each phase is level: the step is larger than the spread within either phase (no trend).
    expect(spread(before)).toBeLessThan(drop)
    expect(spread(after)).toBeLessThan(drop)
    expect(Math.min(...before)).toBeGreaterThan(Math.max(...after))
  })
})
