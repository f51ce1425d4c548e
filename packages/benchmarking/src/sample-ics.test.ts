import { sampleDataset, samplePlantedSignals } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { peerGroupFunnels } from './funnel/peer-group-funnels'
import { computeIndicators } from './indicators/compute-indicators'
import { INDICATOR_DEFINITIONS } from './indicators/indicator-definitions'
import { xmrChart } from './spc/xmr-chart'

// Issue 13's "done when" on the sample ICS: NHS trusts compared like for like, with the planted
// signals of @oneworkforce/sample-data (samplePlantedSignals) found by the methods.
const dataset = sampleDataset()
const nhs = new Set(['acute', 'community', 'mental-health'])
const sectorOf = new Map(dataset.organisations.map((each) => [each.code, each.sector]))
const last = [...new Set(dataset.workforce.map((row) => row.month))].sort().at(-1) as string

function nhsFunnel(indicator: 'leaver-rate' | 'vacancy-rate', method: 'wilson' | 'exact') {
  const { rows } = computeIndicators(dataset, { indicators: [indicator], from: last, to: last })
  const definition = INDICATOR_DEFINITIONS[indicator]
  const units = rows
    .filter((row) => nhs.has(sectorOf.get(row.group.organisation as string) ?? ''))
    .map((row) => ({
      unit: row.group.organisation as string,
      peerGroup: 'nhs-trust',
      numerator: method === 'exact' ? Math.round(row.numerator) : row.numerator,
      denominator: method === 'exact' ? Math.round(row.denominator) : row.denominator,
    }))
  const { funnels } = peerGroupFunnels(units, {
    type: 'proportion',
    method,
    goodDirection: definition.goodDirection,
    axes: { size: definition.sizeAxis, value: definition.valueAxis },
  })
  return funnels[0]?.plot
}

describe('sample ICS: like-for-like funnels find the planted outliers', () => {
  for (const planted of samplePlantedSignals) {
    if (planted.kind !== 'funnel-outlier') continue
    const indicator = planted.indicator as 'leaver-rate' | 'vacancy-rate'
    for (const method of ['wilson', 'exact'] as const) {
      it(`${indicator} of NHS trusts (${method}): φ below 10 and ${planted.organisation} outside the 99.8% limits`, () => {
        const plot = nhsFunnel(indicator, method)
        expect(plot?.units).toHaveLength(7)
        expect(plot?.overdispersion.phi).toBeLessThan(10)
        const outliers = plot?.units.filter((unit) => unit.outlier).map((unit) => unit.unit)
        expect(outliers).toEqual([planted.organisation])
        expect(plot?.units.find((unit) => unit.outlier)?.side).toBe('high')
      })
    }
  }

  it('vacancy-rate funnel sizes are mean funded establishments in FTE', () => {
    const plot = nhsFunnel('vacancy-rate', 'wilson')
    expect(plot?.axes.size).toEqual({ label: 'mean funded establishment', unit: 'FTE' })
    const largest = Math.max(...(plot?.units.map((unit) => unit.size) ?? []))
    const fundedLast = dataset.vacancies
      .filter((row) => row.month === last)
      .reduce(
        (map, row) => map.set(row.organisation, (map.get(row.organisation) ?? 0) + row.fundedFte),
        new Map<string, number>(),
      )
    // a mean of 12 months, so within a tenth of one month's establishment, never 12 × it
    expect(largest).toBeLessThan(1.1 * Math.max(...fundedLast.values()))
  })

  it('the vacancy-rate step change is a signal before and after, and gone once rebased there', () => {
    const step = samplePlantedSignals.find((each) => each.kind === 'step-change')
    const month = (step as { month: string }).month
    const { rows } = computeIndicators(dataset, {
      indicators: ['vacancy-rate'],
      groupBy: ['ics'],
      window: 'month',
    })
    const points = rows.map((row) => ({ month: row.month, value: row.value as number }))
    const chart = xmrChart(points, { goodDirection: 'lower' })
    const runs = chart.signals.filter((signal) => signal.rule === 'run')
    expect(runs.map((signal) => [signal.kind, signal.end < month])).toEqual([
      ['concern', true],
      ['improvement', false],
    ])
    const rebased = xmrChart(points, {
      goodDirection: 'lower',
      changePoints: [{ month, reason: 'establishment review' }],
    })
    expect(rebased.phases[1]).toMatchObject({ start: month, reason: 'establishment review' })
    expect(rebased.signals.filter((signal) => signal.rule === 'run')).toEqual([])
  })
})
