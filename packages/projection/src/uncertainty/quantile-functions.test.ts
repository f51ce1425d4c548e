import stdlibBeta from '@stdlib/stats-base-dists-beta-quantile'
import stdlibGamma from '@stdlib/stats-base-dists-gamma-quantile'
import stdlibLognormal from '@stdlib/stats-base-dists-lognormal-quantile'
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf'
import stdlibNormal from '@stdlib/stats-base-dists-normal-quantile'
import stdlibTriangular from '@stdlib/stats-base-dists-triangular-quantile'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  betaQuantile,
  gammaQuantile,
  lognormalQuantile,
  normalCdf,
  normalQuantile,
  triangularQuantile,
  uniformQuantile,
} from './quantile-functions'

const close = (actual: number, expected: number, relative = 1e-10) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    relative * Math.max(1, Math.abs(expected)),
  )
const probability = fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true })
// @stdlib's normal quantile loses digits below about 1e-6 (its CDF and ours agree there, and
// both put its 1e-12 quantile at p = 0.99998e-12), so it is an oracle for the body only.
const body = fc.double({ min: 1e-4, max: 1 - 1e-4, noNaN: true })
const shape = fc.double({ min: 0.05, max: 200, noNaN: true })

describe('published values', () => {
  it('normal quantiles and CDF (NIST/SEMATECH e-Handbook 1.3.6.7.1, critical values of the normal)', () => {
    expect(normalQuantile(0.975, 0, 1).toFixed(3)).toBe('1.960')
    expect(normalQuantile(0.995, 0, 1).toFixed(3)).toBe('2.576')
    expect(normalQuantile(0.95, 0, 1).toFixed(3)).toBe('1.645')
    expect(normalCdf(1.96, 0, 1).toFixed(4)).toBe('0.9750')
    expect(normalQuantile(0.5, 10, 2)).toBe(10)
  })

  it('chi-square quantiles as 2 × gamma(k/2) (NIST/SEMATECH e-Handbook 1.3.6.7.4)', () => {
    // Upper-tail critical values: df 10 at 0.05 is 18.307, df 1 at 0.05 is 3.841, df 30 at 0.99 is 14.953.
    expect((2 * gammaQuantile(0.95, 5, 1)).toFixed(3)).toBe('18.307')
    expect((2 * gammaQuantile(0.95, 0.5, 1)).toFixed(3)).toBe('3.841')
    expect((2 * gammaQuantile(0.01, 15, 1)).toFixed(3)).toBe('14.953')
  })

  it('exact Poisson limits from the gamma (Ulm 1990; 0 events: upper 3.689, 10 events: 4.795 to 18.390)', () => {
    expect(gammaQuantile(0.975, 1, 1).toFixed(3)).toBe('3.689')
    expect(gammaQuantile(0.025, 10, 1).toFixed(3)).toBe('4.795')
    expect(gammaQuantile(0.975, 11, 1).toFixed(3)).toBe('18.390')
  })

  it('beta quantiles with closed forms: Beta(1, b) is 1 − (1 − p)^(1/b), Beta(a, 1) is p^(1/a)', () => {
    close(betaQuantile(0.3, 1, 4), 1 - 0.7 ** 0.25, 1e-13)
    close(betaQuantile(0.9, 2.5, 1), 0.9 ** (1 / 2.5), 1e-13)
    close(betaQuantile(0.5, 3, 3), 0.5, 1e-13)
  })

  it('beta quantiles near 0 above the median keep their digits (mpmath, 50 digits)', () => {
    // A counterexample fast-check found: solving through 1 − I_{1−x}(b, a) lost 1e-7 of it.
    // mpmath.betainc bisected at mp.dps = 50 puts the root at 7.1223983246560332e-9.
    const x = betaQuantile(0.523274817733778, 0.050000000000000114, 194.8890793952413)
    expect(Math.abs(x / 7.122398324656033e-9 - 1)).toBeLessThan(1e-11)
  })
})

describe('agrees with the @stdlib functions it replaces (properties)', () => {
  it('normal quantile and CDF', () => {
    fc.assert(
      fc.property(body, probability, (p, tail) => {
        close(normalQuantile(p, 3, 2), stdlibNormal(p, 3, 2), 1e-12)
        const x = stdlibNormal(tail, 0, 1)
        close(normalCdf(x, 0, 1) / stdlibNormalCdf(x, 0, 1), 1, 1e-12)
      }),
    )
  })

  it('normal quantile inverts the CDF far into the tails (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), (p) => {
        close(normalCdf(normalQuantile(p, 0, 1), 0, 1) / p, 1, 1e-12)
      }),
    )
    // R's qnorm(1e-12) is -7.034483825301132.
    close(normalQuantile(1e-12, 0, 1), -7.034483825301132, 1e-14)
  })

  it('lognormal and triangular quantiles', () => {
    fc.assert(
      fc.property(body, (p) => {
        close(lognormalQuantile(p, 0.5, 0.3), stdlibLognormal(p, 0.5, 0.3), 1e-12)
        close(triangularQuantile(p, 1, 9, 2), stdlibTriangular(p, 1, 9, 2), 1e-13)
      }),
    )
  })

  it('beta quantile', () => {
    fc.assert(
      fc.property(probability, shape, shape, (p, a, b) => {
        const expected = stdlibBeta(p, a, b)
        const actual = betaQuantile(p, a, b)
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
          1e-9 * Math.min(expected, 1 - expected) + 8 * Number.EPSILON * expected,
        )
      }),
      { numRuns: 300 },
    )
  })

  it('gamma quantile', () => {
    fc.assert(
      fc.property(body, shape, (p, k) => {
        // @stdlib's third argument is the rate: rate 0.5 is scale 2.
        const expected = stdlibGamma(p, k, 0.5)
        expect(Math.abs(gammaQuantile(p, k, 2) - expected)).toBeLessThanOrEqual(1e-9 * expected)
      }),
      { numRuns: 300 },
    )
  })
})

describe('edges and invariants', () => {
  it('bounds at p = 0 and 1, NaN for an impossible argument (callers validate first)', () => {
    expect([normalQuantile(0, 0, 1), normalQuantile(1, 0, 1)]).toEqual([-Infinity, Infinity])
    expect([betaQuantile(0, 2, 3), betaQuantile(1, 2, 3)]).toEqual([0, 1])
    expect([gammaQuantile(0, 2, 1), gammaQuantile(1, 2, 1)]).toEqual([0, Infinity])
    expect(uniformQuantile(0.25, 0, 4)).toBe(1)
    for (const value of [
      normalQuantile(1.5, 0, 1),
      betaQuantile(0.5, -1, 2),
      gammaQuantile(-0.1, 1, 1),
    ])
      expect(value).toBeNaN()
  })

  it('quantiles increase with p (property)', () => {
    fc.assert(
      fc.property(probability, probability, shape, shape, (p1, p2, a, b) => {
        const [low, high] = p1 < p2 ? [p1, p2] : [p2, p1]
        // Up to the root finder's last bits (1e-12 relative) when p1 and p2 all but coincide.
        expect(betaQuantile(low, a, b)).toBeLessThanOrEqual(betaQuantile(high, a, b) * (1 + 1e-12))
        expect(gammaQuantile(low, a, 1)).toBeLessThanOrEqual(
          gammaQuantile(high, a, 1) * (1 + 1e-12),
        )
        expect(normalQuantile(low, 0, 1)).toBeLessThanOrEqual(normalQuantile(high, 0, 1))
      }),
      { numRuns: 200 },
    )
  })
})
