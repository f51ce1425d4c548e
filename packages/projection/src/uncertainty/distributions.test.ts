import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Distribution,
  distributionMedian,
  distributionQuantile,
  parseDistribution,
  safeDistributionQuantile,
  safeParseDistribution,
} from './distributions'

describe('distributionQuantile', () => {
  it('matches textbook quantiles', () => {
    // Standard normal P97.5 = 1.959964 (any statistical table).
    expect(distributionQuantile({ type: 'normal', mean: 0, sd: 1 }, 0.975)).toBeCloseTo(1.959964, 6)
    expect(distributionQuantile({ type: 'normal', mean: 10, sd: 2 }, 0.5)).toBe(10)
    expect(distributionQuantile({ type: 'uniform', min: 0, max: 4 }, 0.25)).toBe(1)
    // Lognormal median is exp(meanLog).
    expect(
      distributionQuantile({ type: 'lognormal', meanLog: Math.log(120), sdLog: 0.3 }, 0.5),
    ).toBeCloseTo(120, 9)
    // Triangular(0, 0, 1): F(x) = 1 − (1 − x)², so the median is 1 − √0.5.
    expect(distributionMedian({ type: 'triangular', min: 0, mode: 0, max: 1 })).toBeCloseTo(
      1 - Math.sqrt(0.5),
      12,
    )
    // Beta(2, 2) is symmetric about 0.5; Beta(1, 1) is uniform.
    expect(distributionQuantile({ type: 'beta', alpha: 2, beta: 2 }, 0.5)).toBeCloseTo(0.5, 12)
    expect(
      distributionQuantile({ type: 'beta', alpha: 1, beta: 1, min: 10, max: 20 }, 0.3),
    ).toBeCloseTo(13, 9)
    // Symmetric PERT has its median at the mode.
    expect(distributionQuantile({ type: 'pert', min: 0, mode: 5, max: 10 }, 0.5)).toBeCloseTo(5, 9)
    expect(distributionQuantile({ type: 'point', value: 0.17 }, 0.99)).toBe(0.17)
  })

  it('mirrors the doc examples', () => {
    expect(distributionQuantile({ type: 'normal', mean: 10, sd: 2 }, 0.5)).toBe(10)
    expect(safeDistributionQuantile({ type: 'uniform', min: 0, max: 1 }, 1.5).success).toBe(false)
    expect(parseDistribution({ type: 'pert', min: 0, mode: 1, max: 4 }).type).toBe('pert')
  })

  it('keeps a truncated normal inside its bounds and matches the truncated CDF', () => {
    const rate: Distribution = { type: 'normal', mean: 0.02, sd: 0.05, lower: 0, upper: 1 }
    expect(distributionQuantile(rate, 0)).toBe(0)
    expect(distributionQuantile(rate, 1e-9)).toBeGreaterThanOrEqual(0)
    // Half-normal: N(0, 1) truncated at 0 has median Φ⁻¹(0.75) = 0.6744898.
    expect(distributionQuantile({ type: 'normal', mean: 0, sd: 1, lower: 0 }, 0.5)).toBeCloseTo(
      0.6744898,
      6,
    )
  })

  it('handles degenerate distributions as points', () => {
    expect(distributionQuantile({ type: 'normal', mean: 3, sd: 0 }, 0.9)).toBe(3)
    expect(distributionQuantile({ type: 'normal', mean: 3, sd: 0, lower: 0, upper: 5 }, 0.9)).toBe(
      3,
    )
    expect(distributionQuantile({ type: 'uniform', min: 2, max: 2 }, 0.9)).toBe(2)
    expect(distributionQuantile({ type: 'triangular', min: 2, mode: 2, max: 2 }, 0.9)).toBe(2)
    expect(distributionQuantile({ type: 'pert', min: 2, mode: 2, max: 2 }, 0.9)).toBe(2)
    expect(distributionQuantile({ type: 'lognormal', meanLog: 0, sdLog: 0 }, 0.9)).toBe(1)
  })

  it('is monotone in p and stays within the support (property)', () => {
    const distributions: Distribution[] = [
      { type: 'normal', mean: 0.1, sd: 0.03, lower: 0, upper: 1 },
      { type: 'lognormal', meanLog: 1, sdLog: 0.5 },
      { type: 'uniform', min: -1, max: 3 },
      { type: 'triangular', min: 0.05, mode: 0.08, max: 0.2 },
      { type: 'pert', min: 100, mode: 300, max: 320, lambda: 6 },
      { type: 'beta', alpha: 2.5, beta: 20 },
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...distributions),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (distribution, a, b) => {
          const [p, q] = a <= b ? [a, b] : [b, a]
          const x = distributionQuantile(distribution, p)
          const y = distributionQuantile(distribution, q)
          expect(Number.isFinite(x)).toBe(true)
          expect(x).toBeLessThanOrEqual(y + 1e-12)
          if (distribution.type === 'normal') {
            expect(x).toBeGreaterThanOrEqual(0)
            expect(x).toBeLessThanOrEqual(1)
          }
        },
      ),
    )
  })
})

describe('safeParseDistribution', () => {
  it('names the faulty parameter', () => {
    const triangular = safeParseDistribution({ type: 'triangular', min: 1, mode: 3, max: 2 })
    expect(triangular.success).toBe(false)
    expect(triangular.issues[0]?.path).toEqual(['mode'])
    expect(triangular.issues[0]?.message).toContain('mode (3) must lie between')

    const pert = safeParseDistribution({ type: 'pert', min: 5, mode: 3, max: 2 })
    expect(pert.issues[0]?.path).toEqual(['max'])

    const uniform = safeParseDistribution({ type: 'uniform', min: 2, max: 1 })
    expect(uniform.issues[0]?.message).toContain('max (1) must be at least min (2)')

    const beta = safeParseDistribution({ type: 'beta', alpha: 0, beta: 1 })
    expect(beta.issues[0]?.path).toEqual(['alpha'])

    const sd = safeParseDistribution({ type: 'normal', mean: 0, sd: -1 })
    expect(sd.issues[0]?.path).toEqual(['sd'])
  })

  it('rejects truncation bounds that hold no probability', () => {
    const far = safeParseDistribution({ type: 'normal', mean: 100, sd: 1, lower: 0, upper: 1 })
    expect(far.success).toBe(false)
    expect(far.issues[0]?.message).toContain('almost no probability')
    const inverted = safeParseDistribution({ type: 'normal', mean: 0.5, sd: 1, lower: 1, upper: 0 })
    expect(inverted.issues[0]?.path).toEqual(['upper'])
  })

  it('rejects unknown types, extra keys and non-finite numbers', () => {
    expect(safeParseDistribution({ type: 'cauchy', location: 0 }).success).toBe(false)
    expect(safeParseDistribution({ type: 'point', value: 1, extra: 2 }).success).toBe(false)
    expect(safeParseDistribution({ type: 'point', value: Number.NaN }).success).toBe(false)
    expect(() => parseDistribution({ type: 'uniform', min: 2, max: 1 })).toThrow(/max/)
  })
})
