import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binomialFunnelLimit } from './binomial-limits'

/** Independent binomial cdf by direct summation of log-pmf terms (no @stdlib). */
function cdf(r: number, n: number, p: number): number {
  let logFactorial = 0
  const logFact: number[] = [0]
  for (let k = 1; k <= n; k += 1) {
    logFactorial += Math.log(k)
    logFact.push(logFactorial)
  }
  let total = 0
  for (let k = 0; k <= r; k += 1) {
    total += Math.exp(
      (logFact[n] as number) -
        (logFact[k] as number) -
        (logFact[n - k] as number) +
        k * Math.log(p) +
        (n - k) * Math.log1p(-p),
    )
  }
  return total
}

/** Spiegelhalter (2005) Appendix A.1.1 worked from the definition with the independent cdf. */
function independentLimit(probability: number, n: number, p: number): number {
  let r = 0
  while (cdf(r, n, p) < probability) r += 1
  const alpha = (cdf(r, n, p) - probability) / (cdf(r, n, p) - (r > 0 ? cdf(r - 1, n, p) : 0))
  return (r - alpha) / n
}

describe('binomialFunnelLimit (Spiegelhalter 2005 interpolation)', () => {
  it.each([
    [0.025, 100, 0.1],
    [0.975, 100, 0.1],
    [0.001, 250, 0.17],
    [0.999, 250, 0.17],
    [0.025, 30, 0.5],
    [0.999, 1000, 0.02],
  ])('p = %f, n = %i, θ = %f agrees with an independent computation', (p, n, theta) => {
    expect(binomialFunnelLimit(p, n, theta)).toBeCloseTo(independentLimit(p, n, theta), 9)
  })
  it('lies between the step limits r − 1 and r', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 400 }),
        fc.double({ min: 0.02, max: 0.9, noNaN: true }),
        (n, theta) => {
          const lower = binomialFunnelLimit(0.025, n, theta)
          const upper = binomialFunnelLimit(0.975, n, theta)
          return lower <= theta + 1e-12 && upper >= theta - 1e-12 && lower >= 0 && upper <= 1
        },
      ),
    )
  })
})
