import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { funnelPlot, safeFunnelPlot } from './funnel-plot'

const units = [
  { unit: 'A', numerator: 12, denominator: 100 },
  { unit: 'B', numerator: 60, denominator: 400 },
  { unit: 'C', numerator: 30, denominator: 150 },
]

describe('funnelPlot', () => {
  it('runs the documented example', () => {
    const plot = funnelPlot(units, { type: 'proportion', goodDirection: 'lower' })
    expect(plot.units).toHaveLength(3)
    expect(plot.target).toBeCloseTo(102 / 650, 12)
    expect(plot.curve.length).toBeGreaterThan(10)
  })

  it('reproduces FunnelPlotR Poisson limits on the curve for ratios (E = 20)', () => {
    const plot = funnelPlot(
      [
        { unit: 'x', numerator: 20, denominator: 20 },
        { unit: 'y', numerator: 22, denominator: 20 },
      ],
      { type: 'ratio', adjustment: 'none' },
    )
    const at20 = plot.curve.find((point) => Math.abs(point.size - 20) < 1e-9)
    expect(at20?.limits[0]?.lower).toBeCloseTo(0.610826, 6)
    expect(at20?.limits[1]?.upper).toBeCloseTo(1.902094, 6)
  })

  it('flags a clear outlier with its direction', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      unit: `u${i}`,
      numerator: 10 + (i % 3),
      denominator: 100,
    }))
    const plot = funnelPlot([...many, { unit: 'bad', numerator: 45, denominator: 100 }], {
      type: 'proportion',
      goodDirection: 'lower',
      adjustment: 'none',
    })
    const bad = plot.units.find((unit) => unit.unit === 'bad')
    expect(bad?.outlier).toBe(true)
    expect(bad?.side).toBe('high')
    expect(bad?.direction).toBe('worse')
    expect(plot.units[0]?.outsideLevel).toBeNull()
  })

  it('estimates φ and τ² and widens the limits under overdispersion', () => {
    const spread = Array.from({ length: 40 }, (_, i) => ({
      unit: `u${i}`,
      numerator: 50 + ((i * 37) % 60),
      denominator: 500,
    }))
    const additive = funnelPlot(spread, { type: 'proportion', method: 'arcsine' })
    expect(additive.overdispersion.phi).toBeGreaterThan(1)
    expect(additive.overdispersion.tau2).toBeGreaterThan(0)
    expect(additive.overdispersion.applied).toBe(true)
    const point = additive.curve[0]
    expect(point?.adjustedLimits[0]?.upper).toBeGreaterThan(point?.limits[0]?.upper ?? 1)
    const multiplicative = funnelPlot(spread, { type: 'proportion', adjustment: 'multiplicative' })
    const u = multiplicative.units[0]
    expect(u?.adjustedZ).toBeCloseTo((u?.z ?? 0) / Math.sqrt(multiplicative.overdispersion.phi), 12)
  })

  it('handles all units identical: τ² = 0 and no division by zero', () => {
    const same = Array.from({ length: 10 }, (_, i) => ({
      unit: `u${i}`,
      numerator: 10,
      denominator: 100,
    }))
    const plot = funnelPlot(same, { type: 'proportion' })
    expect(plot.overdispersion.tau2).toBe(0)
    expect(plot.overdispersion.phi).toBe(0)
    for (const unit of plot.units) {
      expect(unit.z).toBe(0)
      expect(Number.isFinite(unit.adjustedZ)).toBe(true)
    }
  })

  it('supports SHMI (truncation) and CQC ratios and ratios of counts', () => {
    const sr = Array.from({ length: 30 }, (_, i) => ({
      unit: `t${i}`,
      numerator: 80 + ((i * 13) % 50),
      denominator: 100,
    }))
    const shmi = funnelPlot(sr, { type: 'ratio', method: 'shmi' })
    expect(shmi.overdispersion.trim).toBe('truncate')
    expect(shmi.units.filter((unit) => unit.trimmed).length).toBeGreaterThan(0)
    const cqc = funnelPlot(sr, { type: 'ratio', method: 'cqc', adjustment: 'none' })
    const limit = cqc.curve[0]?.limits[0]
    const s = 1 / (2 * Math.sqrt(cqc.curve[0]?.size ?? 1))
    expect(limit?.upper).toBeCloseTo((1 + 1.959963984540054 * s) ** 2, 10)
    const rc = funnelPlot(sr, { type: 'count-ratio' })
    expect(rc.method).toBe('log')
  })

  it('gives z = 0 for a unit exactly on target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom('exact', 'wilson', 'normal', 'arcsine'),
        (denominator, method) => {
          const target = 0.2
          const plot = funnelPlot(
            [
              { unit: 'on', numerator: target * denominator * 5, denominator: denominator * 5 },
              { unit: 'other', numerator: 1, denominator: 10 },
            ],
            { type: 'proportion', method: method as 'exact', target },
          )
          return Math.abs(plot.units[0]?.z ?? 1) < 1e-9
        },
      ),
    )
  })

  it('limits widen as size falls and tighten as it grows (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['proportion', 'exact'],
          ['proportion', 'wilson'],
          ['proportion', 'normal'],
          ['proportion', 'arcsine'],
          ['ratio', 'poisson'],
          ['ratio', 'shmi'],
          ['ratio', 'cqc'],
          ['count-ratio', 'log'],
        ),
        fc.integer({ min: 20, max: 5000 }),
        (pair, big) => {
          const [type, method] = pair as ['proportion', 'exact']
          const plot = funnelPlot(
            [
              { unit: 'small', numerator: 3, denominator: 20 },
              { unit: 'big', numerator: Math.round(big * 0.15), denominator: big },
            ],
            { type, method, target: 0.15, adjustment: 'none', curvePoints: 30 },
          )
          // Exact binomial limits keep small wiggles from the discreteness of the binomial even
          // after interpolation (Spiegelhalter 2005, Appendix A.1.1), so for them the property is
          // checked between sizes at least twice apart; the continuous methods are monotone.
          const gap = method === 'exact' ? 2 : 1
          for (let i = 0; i < plot.curve.length; i += 1) {
            for (let k = i + 1; k < plot.curve.length; k += 1) {
              const before = plot.curve[i]
              const after = plot.curve[k]
              if ((after?.size ?? 0) < gap * (before?.size ?? 0)) continue
              for (let level = 0; level < 2; level += 1) {
                const widthBefore =
                  (before?.limits[level]?.upper ?? 0) - (before?.limits[level]?.lower ?? 0)
                const widthAfter =
                  (after?.limits[level]?.upper ?? 0) - (after?.limits[level]?.lower ?? 0)
                if (widthAfter > widthBefore + 1e-9) return false
              }
            }
          }
          return true
        },
      ),
      { numRuns: 60 },
    )
  })

  it('reports bad input with issues naming the unit and field', () => {
    const zero = safeFunnelPlot([{ unit: 'A', numerator: 5, denominator: 0 }], {
      type: 'proportion',
    })
    expect(zero.success).toBe(false)
    expect(zero.issues[0]?.path).toEqual(['units', 0, 'denominator'])
    const above = safeFunnelPlot([{ unit: 'A', numerator: 11, denominator: 10 }], {
      type: 'proportion',
    })
    expect(above.issues.some((each) => each.message.includes('cannot exceed'))).toBe(true)
    const negative = safeFunnelPlot([{ unit: 'A', numerator: -1, denominator: 10 }], {
      type: 'ratio',
    })
    expect(negative.issues[0]?.column).toBe('numerator')
    expect(safeFunnelPlot([], { type: 'ratio' }).issues[0]?.code).toBe('empty_input')
    expect(safeFunnelPlot(units, { type: 'ratio', method: 'exact' }).success).toBe(false)
    expect(safeFunnelPlot(units, { type: 'proportion', levels: [95] }).success).toBe(false)
    expect(
      safeFunnelPlot([{ unit: 'A', numerator: 0, denominator: 10 }], { type: 'proportion' })
        .issues[0]?.path,
    ).toEqual(['target'])
    expect(() =>
      funnelPlot([{ unit: 'A', numerator: 1.5, denominator: 10.5 }], { type: 'proportion' }),
    ).toThrow(/whole-number/)
  })
})
