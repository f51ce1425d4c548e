import { monthSequence } from '@oneworkforce/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeXmrChart, type XmrOptions, xmrChart } from './xmr-chart'

const series = (values: readonly number[], start = '2022-01') => {
  const months = monthSequence(start, values.length)
  return values.map((value, i) => ({ month: months[i] as string, value }))
}

describe('xmrChart (Making Data Count, NHSRplotthedots)', () => {
  it('runs the documented example', () => {
    const values = [0.09, 0.1, 0.095, 0.1, 0.105, 0.11, 0.1, 0.098, 0.102, 0.1, 0.097, 0.101, 0.16]
    const chart = xmrChart(series(values, '2024-01'), { goodDirection: 'lower', target: 0.08 })
    expect(chart.latestVariation).toBe('concern')
    // Hand computation: mean 1.358 / 13; MRs sum 0.114 over 12 = 0.0095; 0.059 ≥ 3.267 × 0.0095
    // is screened out, leaving 0.055 / 11 = 0.005; UPL = mean + 2.66 × 0.005.
    expect(chart.phases[0]?.excludedMovingRanges).toBe(1)
    expect(chart.phases[0]?.meanMovingRange).toBeCloseTo(0.005, 12)
    expect(chart.phases[0]?.upperLimit).toBeCloseTo(1.358 / 13 + 2.66 * 0.005, 12)
    expect(chart.assurance).toBe('fail')
  })

  it('computes the limits of a known series by hand', () => {
    // mean = 141 / 12 = 11.75; moving ranges 2,1,2,1,1,1,2,2,3,1,1 → 17 / 11;
    // limits = 11.75 ± 2.66 × 17 / 11 = 7.639091 / 15.860909; none screened (5.05 cut).
    const chart = xmrChart(series([10, 12, 11, 13, 12, 11, 10, 12, 14, 11, 12, 13]))
    const phase = chart.phases[0]
    expect(phase?.mean).toBe(11.75)
    expect(phase?.meanMovingRange).toBeCloseTo(17 / 11, 12)
    expect(phase?.lowerLimit).toBeCloseTo(7.639091, 6)
    expect(phase?.upperLimit).toBeCloseTo(15.860909, 6)
    expect(chart.points.every((point) => !point.specialCause)).toBe(true)
    expect(chart.points[0]?.movingRange).toBeNull()
    expect(chart.points[1]?.movingRange).toBe(2)
  })

  it('screening is optional, as NHSRplotthedots screen_outliers', () => {
    const values = [10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11]
    const screened = xmrChart(series(values))
    const raw = xmrChart(series(values), { screenMovingRanges: false })
    expect(screened.phases[0]?.meanMovingRange).toBeLessThan(raw.phases[0]?.meanMovingRange ?? 0)
    expect(screened.points[5]?.outsideLimits).toBe(true)
  })

  it('a run of seven above the mean is a shift; a point on the mean breaks it', () => {
    const values = [5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 3, 4]
    const chart = xmrChart(series(values), { goodDirection: 'higher' })
    expect(chart.points.slice(5, 12).every((point) => point.run)).toBe(true)
    expect(chart.points[5]?.variation).toBe('improvement')
    // Replace the fourth high point by x exactly on the mean: (68 + x) / 14 = x gives x = 68 / 13.
    const exact = [...values]
    exact[8] = 68 / 13
    const onMean = xmrChart(series(exact), { goodDirection: 'higher' })
    expect(onMean.points[8]?.value).toBeCloseTo(onMean.phases[0]?.mean ?? 0, 12)
    expect(onMean.points.some((point) => point.run)).toBe(false)
  })

  it('a trend of seven rising points is flagged; a tie breaks it', () => {
    const rising = [10, 10.5, 10, 10.5, 10, 11, 11.5, 12, 12.5, 13, 13.5, 14.5]
    const chart = xmrChart(series(rising), { goodDirection: 'lower' })
    expect(chart.points.slice(4).every((point) => point.trend)).toBe(true)
    expect(chart.points[9]?.variation).toBe('concern') // rising is bad when lower is better
    const tied = [...rising]
    tied[8] = tied[7] as number
    const broken = xmrChart(series(tied), { goodDirection: 'lower' })
    expect(broken.points.some((point) => point.trend)).toBe(false)
  })

  it('two of three close to the limit on one side are flagged; on opposite sides they are not', () => {
    const base = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11]
    const chart = xmrChart(series(base))
    const phase = chart.phases[0]
    const nearHigh = (phase?.mean ?? 0) + 0.8 * ((phase?.upperLimit ?? 0) - (phase?.mean ?? 0))
    const nearLow = (phase?.mean ?? 0) - 0.8 * ((phase?.upperLimit ?? 0) - (phase?.mean ?? 0))
    // fix the limits on the first 12 points so the probes do not move them
    const same = [...base, nearHigh, 10.6, nearHigh]
    const flagged = xmrChart(series(same), { fixAfter: 12 })
    expect(flagged.points[14]?.twoOfThree).toBe(true)
    expect(flagged.points[16]?.twoOfThree).toBe(true)
    expect(flagged.points[15]?.twoOfThree).toBe(false)
    const opposite = [...base, nearHigh, nearLow, nearHigh]
    const notFlagged = xmrChart(series(opposite), { fixAfter: 12 })
    expect(notFlagged.points.some((point) => point.twoOfThree)).toBe(false)
  })

  it('the 2023 two-of-three rule counts points beyond the limit too', () => {
    const base = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11]
    const probe = xmrChart(series(base)).phases[0]
    const mean = probe?.mean ?? 0
    const width = (probe?.upperLimit ?? 0) - mean
    const values = [...base, mean + 0.8 * width, mean + 0.1, mean + 1.5 * width]
    const original = xmrChart(series(values), { fixAfter: 12 })
    const updated = xmrChart(series(values), { fixAfter: 12, twoOfThree: 'nhse-2023' })
    expect(original.points[12]?.twoOfThree).toBe(false)
    expect(updated.points[12]?.twoOfThree).toBe(true)
    expect(updated.points[14]?.twoOfThree).toBe(true)
  })

  it('rebases into phases and fixes limits after n points', () => {
    const values = [
      ...Array(12)
        .fill(10)
        .map((v, i) => v + (i % 2)),
      ...Array(12)
        .fill(20)
        .map((v, i) => v + (i % 2)),
    ]
    const points = series(values)
    const chart = xmrChart(points, { rebaseAt: [points[12]?.month as string] })
    expect(chart.phases).toHaveLength(2)
    expect(chart.phases[1]?.mean).toBe(20.5)
    expect(chart.points[12]?.movingRange).toBeNull()
    const fixed = xmrChart(points, { fixAfter: 12 })
    expect(fixed.phases[0]?.mean).toBe(10.5)
    expect(fixed.phases[0]?.baselinePoints).toBe(12)
    expect(fixed.points[20]?.outsideLimits).toBe(true)
  })

  it('assurance: pass, fail and inconsistent', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11]
    const check = (options: XmrOptions) => xmrChart(series(values), options).assurance
    expect(check({ target: 20, goodDirection: 'lower' })).toBe('pass')
    expect(check({ target: 20, goodDirection: 'higher' })).toBe('fail')
    expect(check({ target: 10.5, goodDirection: 'higher' })).toBe('inconsistent')
    expect(check({ target: 0, goodDirection: 'higher' })).toBe('pass')
    expect(check({ target: 10.5 })).toBeNull()
  })

  it('a flat series has zero-width limits and no NaN', () => {
    const chart = xmrChart(series(Array(15).fill(3)))
    expect(chart.phases[0]?.upperLimit).toBe(3)
    expect(chart.points.every((point) => !point.specialCause)).toBe(true)
  })

  it('every point lies within its limits or is flagged outside (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 60 }),
        (values) => {
          const chart = xmrChart(series(values))
          return chart.points.every(
            (point) =>
              point.outsideLimits ===
                (point.value > point.upperLimit || point.value < point.lowerLimit) &&
              Number.isFinite(point.upperLimit),
          )
        },
      ),
    )
  })

  it('reports short series, missing months and bad options', () => {
    const short = safeXmrChart(series([1, 2, 3, 4, 5]))
    expect(short.success).toBe(true)
    expect(short.issues[0]?.severity).toBe('warning')
    expect(short.issues[0]?.message).toMatch(/12/)
    const gap = safeXmrChart([
      { month: '2024-01', value: 1 },
      { month: '2024-02', value: 2 },
      { month: '2024-05', value: 2 },
    ])
    expect(gap.success).toBe(false)
    expect(gap.issues[0]?.message).toMatch(/2024-03 to 2024-04/)
    expect(safeXmrChart([{ month: '2024-01', value: 1 }]).success).toBe(false)
    expect(safeXmrChart(series([1, Number.NaN, 3])).issues[0]?.row).toBe(1)
    expect(safeXmrChart(series([1, 2, 3]), { runLength: 1 }).success).toBe(false)
    expect(() => xmrChart(series([1, 2, 3]), { rebaseAt: ['2022-03'] })).toThrow(/at least 2/)
  })
})
