import { monthSequence } from '@oneworkforce/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeXmrChart, xmrChart } from './xmr-chart'

const series = (values: readonly number[], start = '2022-01') => {
  const months = monthSequence(start, values.length)
  return values.map((value, i) => ({ month: months[i] as string, value }))
}

describe('SPC signals: one kind each, Making Data Count icons, target lines, change points', () => {
  it('a run of concern and a later falling trend are two signals of one kind each', () => {
    // lower is better: 8 high points (a run: concern), then 7 falling points (a trend: improvement)
    const values = [10, 10, 10, 10, 12, 12, 12, 12, 12, 12, 12, 12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5]
    const chart = xmrChart(series(values), { goodDirection: 'lower' })
    const run = chart.signals.find((signal) => signal.rule === 'run')
    const trend = chart.signals.find((signal) => signal.rule === 'trend')
    expect(run).toMatchObject({ kind: 'concern', side: 'high', start: '2022-05' })
    expect(trend).toMatchObject({ kind: 'improvement', side: 'low' })
    for (const signal of chart.signals)
      expect(['improvement', 'concern', 'neutral']).toContain(signal.kind)
    // a point flagged by both (high in the run, falling in the trend) has ONE kind: the run's
    const both = chart.points.find((point) => point.run && point.trend)
    expect(both?.signal).toBe('concern')
    expect(both?.variationIcon).toBe('special-cause-concern-high')
  })

  it('every point has exactly one kind or none, and every flagged month is in a signal (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 40 }),
        fc.constantFrom('higher', 'lower', 'neutral'),
        (values, goodDirection) => {
          const chart = xmrChart(series(values), { goodDirection })
          const inSignals = new Set(chart.signals.flatMap((signal) => signal.months))
          return chart.points.every(
            (point) =>
              (point.signal === null) === !point.specialCause &&
              (point.signal === null ||
                ['improvement', 'concern', 'neutral'].includes(point.signal)) &&
              (goodDirection !== 'neutral' || point.signal !== 'improvement') &&
              point.specialCause === inSignals.has(point.month) &&
              point.variationIcon.includes(point.signal ?? 'common-cause'),
          )
        },
      ),
    )
  })

  it('names the variation and assurance icons of the documented example', () => {
    const values = [0.09, 0.1, 0.095, 0.1, 0.105, 0.11, 0.1, 0.098, 0.102, 0.1, 0.097, 0.101, 0.16]
    const chart = xmrChart(series(values, '2024-01'), { goodDirection: 'lower', target: 0.08 })
    expect(chart.latestVariationIcon).toBe('special-cause-concern-high')
    expect(chart.assuranceIcon).toBe('consistently-fail')
    expect(chart.points.every((point) => point.target === 0.08)).toBe(true)
  })

  it('draws a stepped target line and judges assurance against the latest step', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11]
    const chart = xmrChart(series(values), {
      goodDirection: 'higher',
      target: [
        { from: '2022-06', value: 12 },
        { from: '2022-03', value: 9 },
      ],
    })
    expect(chart.points.map((point) => point.target)).toEqual([
      null,
      null,
      9,
      9,
      9,
      12,
      12,
      12,
      12,
      12,
      12,
      12,
    ])
    // limits 10.5 ± 2.66 × 1 = 7.84 .. 13.16: a target of 12 is inside, so hit and miss
    expect(chart.assuranceIcon).toBe('hit-and-miss')
  })

  it('rebases at a documented change point and keeps its reason', () => {
    const values = [
      ...new Array<number>(12).fill(0).map((_, i) => 10 + (i % 2)),
      ...new Array<number>(12).fill(0).map((_, i) => 5 + (i % 2)),
    ]
    const chart = xmrChart(series(values), {
      goodDirection: 'lower',
      changePoints: [{ month: '2023-01', reason: 'new e-rostering system' }],
    })
    expect(chart.phases.map((phase) => [phase.start, phase.mean, phase.reason])).toEqual([
      ['2022-01', 10.5, null],
      ['2023-01', 5.5, 'new e-rostering system'],
    ])
    const undocumented = safeXmrChart(series(values), {
      changePoints: [{ month: '2023-01', reason: ' ' }],
    })
    expect(undocumented.issues[0]).toMatchObject({
      code: 'required',
      path: ['changePoints', 0, 'reason'],
    })
  })

  it('issue 15, finding 6: values near ±1e308 give a clear issue, not an infinite moving range', () => {
    const result = safeXmrChart(series([1e308, -1e308, 1e308, -1e308]))
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'out_of_range', row: 0, column: 'value' })
    const fine = safeXmrChart(series([1e149, -1e149, 1e149, -1e149]))
    expect(fine.success).toBe(true)
    if (fine.success) expect(Number.isFinite(fine.value.phases[0]?.upperLimit)).toBe(true)
  })
})
