import { describe, expect, it } from 'vitest'
import { poissonRateInterval } from './poisson-interval'

describe('poissonRateInterval', () => {
  it('matches published exact Poisson limits', () => {
    // Garwood limits for 10 events: 4.795389, 18.390356 (R: poisson.test(10)$conf.int).
    const ten = poissonRateInterval(10, 1)
    expect(ten.lower).toBeCloseTo(4.795389, 5)
    expect(ten.upper).toBeCloseTo(18.390356, 5)
    // Zero events: lower 0, upper −ln(0.025) = 3.688879.
    const none = poissonRateInterval(0, 2)
    expect(none).toEqual({ rate: 0, lower: 0, upper: expect.closeTo(3.688879 / 2, 6) })
    const ninety = poissonRateInterval(10, 1, 0.9)
    expect(ninety.lower).toBeGreaterThan(ten.lower)
  })

  it('gives NaN rather than a wrong number for impossible counts', () => {
    expect(Number.isNaN(poissonRateInterval(3, 0).rate)).toBe(true)
    expect(Number.isNaN(poissonRateInterval(-1, 5).upper)).toBe(true)
  })
})
