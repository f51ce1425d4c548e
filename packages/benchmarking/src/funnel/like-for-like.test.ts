import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INDICATOR_DEFINITIONS } from '../indicators/indicator-definitions'
import { funnelLimits, safeFunnelLimits } from './funnel-limits'
import { funnelPlot, safeFunnelPlot } from './funnel-plot'
import { indirectStandardisation, safeIndirectStandardisation } from './indirect-standardisation'
import { peerGroupFunnels, peerGroupOf } from './peer-group-funnels'
import { poissonInterpolatedLimit } from './poisson-interpolated-limits'

/** Spiegelhalter 2005, Appendix A.1.2, by hand: Poisson(μ) probabilities from μ^k e^−μ / k!. */
function byHand(p: number, expected: number, target: number): number {
  const mu = expected * target
  let term = Math.exp(-mu)
  let cdf = term
  let below = 0
  let r = 0
  while (cdf < p) {
    r += 1
    term *= mu / r
    below = cdf
    cdf += term
  }
  const alpha = (cdf - p) / (cdf - below)
  // a limit below 0 (r = 0 with a small μ) is drawn at 0, as the binomial limits are
  return Math.max(0, (r - alpha) / expected)
}

describe("Spiegelhalter's interpolated exact Poisson limits (2005, Appendix A.1.2)", () => {
  it('match the hand calculation at E = 20 (95%: r = 12 and 29; 99.8%: r = 8 and 35)', () => {
    for (const p of [0.025, 0.975, 0.001, 0.999]) {
      expect(poissonInterpolatedLimit(p, 20, 1)).toBeCloseTo(byHand(p, 20, 1), 12)
    }
    expect(poissonInterpolatedLimit(0.025, 20, 1)).toBeCloseTo(0.56025, 5)
    expect(poissonInterpolatedLimit(0.975, 20, 1)).toBeCloseTo(1.43729, 5)
  })

  it('match the hand calculation at any expected count and target (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.constantFrom(0.001, 0.025, 0.975, 0.999),
        (expected, target, p) =>
          Math.abs(poissonInterpolatedLimit(p, expected, target) - byHand(p, expected, target)) <
          1e-9,
      ),
    )
  })

  it('sit beside the chi-square limits in funnelLimits, which keep the FunnelPlotR check', () => {
    const [chi] = funnelLimits({ sizes: [20], type: 'ratio', method: 'poisson', target: 1 })
    // FunnelPlotR, tests/testthat/test-poisson_limits.R (DOMAIN.md): E = 20, target 1
    expect(chi?.limits[0]?.lower).toBeCloseTo(0.610826, 6)
    expect(chi?.limits[0]?.upper).toBeCloseTo(1.544419, 6)
    expect(chi?.limits[1]?.lower).toBeCloseTo(0.4479107, 6)
    expect(chi?.limits[1]?.upper).toBeCloseTo(1.902094, 6)
    const [interpolated] = funnelLimits({
      sizes: [20],
      type: 'ratio',
      method: 'poisson-interpolated',
      target: 1,
    })
    expect(interpolated?.limits[0]?.lower).toBeCloseTo(byHand(0.025, 20, 1), 10)
    expect(interpolated?.limits[1]?.upper).toBeCloseTo(byHand(0.999, 20, 1), 10)
  })
})

describe('funnelLimits: one call shape for every type and method', () => {
  it('gives the limits funnelPlot draws, adjusted alike (property)', () => {
    const units = fc.uniqueArray(
      fc.record({
        unit: fc.string({ minLength: 1, maxLength: 4 }),
        denominator: fc.integer({ min: 50, max: 5000 }),
        share: fc.double({ min: 0.02, max: 0.3, noNaN: true }),
      }),
      { minLength: 4, maxLength: 12, selector: (unit) => unit.unit },
    )
    fc.assert(
      fc.property(
        units,
        fc.constantFrom('wilson', 'normal', 'arcsine', 'exact'),
        fc.constantFrom('additive', 'multiplicative', 'none'),
        (raw, method, adjustment) => {
          const input = raw.map((unit) => ({
            unit: unit.unit,
            numerator: Math.round(unit.share * unit.denominator),
            denominator: unit.denominator,
          }))
          const plot = funnelPlot(input, { type: 'proportion', method, adjustment, curvePoints: 5 })
          const limits = funnelLimits({
            sizes: plot.curve.map((point) => point.size),
            type: 'proportion',
            method,
            target: plot.target,
            adjustment,
            phi: plot.overdispersion.phi,
            tau2: plot.overdispersion.tau2,
          })
          return limits.every((at, k) =>
            at.limits.every((limit, l) => {
              const drawn = plot.curve[k]?.adjustedLimits[l]
              return (
                Math.abs(limit.lower - (drawn?.lower ?? Number.NaN)) < 1e-12 &&
                Math.abs(limit.upper - (drawn?.upper ?? Number.NaN)) < 1e-12
              )
            }),
          )
        },
      ),
      { numRuns: 40 },
    )
  })

  it('refuses bad sizes, targets and methods with issues', () => {
    expect(safeFunnelLimits({ sizes: [0], type: 'proportion', target: 0.1 }).success).toBe(false)
    expect(
      safeFunnelLimits({ sizes: [10], type: 'ratio', method: 'exact', target: 1 }).issues[0]?.path,
    ).toEqual(['method'])
    expect(safeFunnelLimits({ sizes: [10], type: 'proportion', target: 1 }).success).toBe(false)
  })
})

describe('exact limits at huge sizes (issue 15, finding 5)', () => {
  it('an exact-binomial funnel at denominators up to 1e16 returns, with the normal approximation and a warning', () => {
    const units = Array.from({ length: 20 }, (_, k) => {
      const denominator = 10 ** (13 + (k % 4))
      return { unit: `U${k}`, numerator: denominator / 10 + k, denominator }
    })
    const result = safeFunnelPlot(units, { type: 'proportion', method: 'exact', curvePoints: 10 })
    expect(result.success).toBe(true)
    expect(result.issues.some((each) => each.code === 'too_large')).toBe(true)
    if (!result.success) return
    for (const point of result.value.curve)
      for (const limit of point.limits) expect(Number.isFinite(limit.lower)).toBe(true)
  })

  it('the approximation meets the exact limits at the switch (within 0.1% of the half-width)', () => {
    for (const [type, method, target, size] of [
      ['proportion', 'exact', 0.1, 1e7],
      ['ratio', 'poisson', 1, 1e6],
      ['ratio', 'poisson-interpolated', 1, 1e6],
    ] as const) {
      const [exact] = funnelLimits({ sizes: [size], type, method, target })
      const [approximate] = funnelLimits({ sizes: [size * 1.000001], type, method, target })
      expect(exact?.approximated).toBe(false)
      expect(approximate?.approximated).toBe(true)
      const half = (exact?.limits[1]?.upper as number) - target
      const gap = Math.abs(
        (approximate?.limits[1]?.upper as number) - (exact?.limits[1]?.upper as number),
      )
      expect(gap / half).toBeLessThan(0.001)
    }
  })

  it('guards units and curve points before allocating', () => {
    expect(
      safeFunnelPlot([{ unit: 'A', numerator: 1, denominator: 10 }], {
        type: 'proportion',
        curvePoints: 0,
      }).issues[0]?.path,
    ).toEqual(['curvePoints'])
    expect(safeFunnelPlot({ length: 1e9 } as never, { type: 'proportion' }).success).toBe(false)
  })
})

describe('indirect standardisation (Breslow & Day; observed ÷ expected on a ratio funnel)', () => {
  it('reproduces a hand calculation with given reference rates', () => {
    // A: 100 nurses at 10% and 100 HCAs at 25% expect 35 leavers, 42 observed → 1.2
    // B: 200 nurses expect 20, 24 observed → 1.2
    const result = indirectStandardisation(
      [
        { unit: 'A', stratum: 'nurse', numerator: 12, denominator: 100 },
        { unit: 'A', stratum: 'hca', numerator: 30, denominator: 100 },
        { unit: 'B', stratum: 'nurse', numerator: 24, denominator: 200 },
      ],
      { referenceRates: { nurse: 0.1, hca: 0.25 } },
    )
    expect(result.units).toEqual([
      { unit: 'A', observed: 42, expected: 35, ratio: 1.2 },
      { unit: 'B', observed: 24, expected: 20, ratio: 1.2 },
    ])
    expect(result.funnelUnits[0]).toEqual({ unit: 'A', numerator: 42, denominator: 35 })
  })

  it('with pooled reference rates, expected totals equal observed totals (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.constantFrom('A', 'B', 'C', 'D'),
            stratum: fc.constantFrom('nurse', 'hca', 'doctor'),
            numerator: fc.integer({ min: 0, max: 50 }),
            denominator: fc.integer({ min: 1, max: 500 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const result = safeIndirectStandardisation(rows)
          if (!result.success) return false
          const observed = result.value.units.reduce((sum, unit) => sum + unit.observed, 0)
          const expected = result.value.units.reduce((sum, unit) => sum + unit.expected, 0)
          const dropped = rows.filter((row) => !result.value.units.some((u) => u.unit === row.unit))
          const droppedObserved = dropped.reduce((sum, row) => sum + row.numerator, 0)
          return Math.abs(observed + droppedObserved - expected) < 1e-9 * Math.max(1, expected)
        },
      ),
    )
  })

  it('puts a unit whose staff mix explains its rate on target', () => {
    // C has the reference rate in each group but twice the HCA share: crude rate is higher,
    // standardised ratio is exactly 1
    const result = indirectStandardisation(
      [
        { unit: 'C', stratum: 'nurse', numerator: 10, denominator: 100 },
        { unit: 'C', stratum: 'hca', numerator: 50, denominator: 200 },
      ],
      { referenceRates: { nurse: 0.1, hca: 0.25 } },
    )
    expect(result.units[0]?.ratio).toBe(1)
    const plot = funnelPlot(result.funnelUnits, { type: 'ratio', method: 'poisson-interpolated' })
    expect(plot.units[0]?.outsideLevel).toBeNull()
  })

  it('names a stratum without a reference rate', () => {
    const result = safeIndirectStandardisation(
      [{ unit: 'A', stratum: 'nurse', numerator: 1, denominator: 10 }],
      { referenceRates: { hca: 0.2 } },
    )
    expect(result.issues[0]).toMatchObject({ code: 'required', path: ['referenceRates', 'nurse'] })
  })
})

describe('peer-group funnels and axis labels', () => {
  it('judges each unit within its peer group, against the group pooled target', () => {
    const units = [
      { unit: 'A1', peerGroup: 'acute', numerator: 100, denominator: 1000 },
      { unit: 'A2', peerGroup: 'acute', numerator: 110, denominator: 1000 },
      { unit: 'A3', peerGroup: 'acute', numerator: 90, denominator: 1000 },
      { unit: 'M1', peerGroup: 'mental-health', numerator: 150, denominator: 500 },
      { unit: 'M2', peerGroup: 'mental-health', numerator: 140, denominator: 500 },
      { unit: 'M3', peerGroup: 'mental-health', numerator: 160, denominator: 500 },
      { unit: 'C1', peerGroup: 'community', numerator: 10, denominator: 100 },
    ]
    const { funnels, skipped } = peerGroupFunnels(units, { type: 'proportion', method: 'wilson' })
    expect(funnels.map((each) => [each.peerGroup, each.plot.target])).toEqual([
      ['acute', 0.1],
      ['mental-health', 0.3],
    ])
    expect(skipped).toEqual([{ peerGroup: 'community', units: 1 }])
    // pooled together, every mental-health trust would be an outlier for its sector alone
    const pooled = funnelPlot(units, { type: 'proportion', method: 'wilson', adjustment: 'none' })
    expect(pooled.units.filter((unit) => unit.unit.startsWith('M')).every((u) => u.outlier)).toBe(
      true,
    )
    expect(funnels[1]?.plot.units.some((unit) => unit.outlier)).toBe(false)
  })

  it('picks the cluster group when an organisation has one, else the sector', () => {
    expect(peerGroupOf({ sector: 'acute' })).toBe('acute')
    expect(peerGroupOf({ sector: 'acute', clusterGroup: 'Acute - Teaching' })).toBe(
      'Acute - Teaching',
    )
  })

  it('returns axis labels with units, from the indicator definition when given', () => {
    const input = [
      { unit: 'A', numerator: 10, denominator: 100 },
      { unit: 'B', numerator: 12, denominator: 150 },
    ]
    expect(funnelPlot(input, { type: 'proportion' }).axes.size).toEqual({
      label: 'denominator',
      unit: 'count',
    })
    const vacancy = INDICATOR_DEFINITIONS['vacancy-rate']
    const plot = funnelPlot(input, {
      type: 'proportion',
      method: 'wilson',
      axes: { size: vacancy.sizeAxis, value: vacancy.valueAxis },
    })
    expect(plot.axes).toEqual({
      size: { label: 'mean funded establishment', unit: 'FTE' },
      value: { label: 'vacancy rate', unit: 'proportion of funded FTE' },
    })
  })
})
