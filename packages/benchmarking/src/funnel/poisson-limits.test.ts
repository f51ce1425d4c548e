import { describe, expect, it } from 'vitest'
import { poissonRatioLimits } from './poisson-limits'

// FunnelPlotR (NHS-R community), tests/testthat/test-poisson_limits.R and DOMAIN.md: Poisson ratio
// limits around target 1 at expected count E = 20.
describe('poissonRatioLimits (FunnelPlotR public check)', () => {
  it('reproduces 0.6108260 / 1.544419 at 95% to 1e-6', () => {
    const { lower, upper } = poissonRatioLimits(20, 1, 0.95)
    expect(Math.abs(lower - 0.610826)).toBeLessThan(1e-6)
    expect(Math.abs(upper - 1.544419)).toBeLessThan(1e-6)
  })
  it('reproduces 0.4479107 / 1.902094 at 99.8% to 1e-6', () => {
    const { lower, upper } = poissonRatioLimits(20, 1, 0.998)
    expect(Math.abs(lower - 0.4479107)).toBeLessThan(1e-6)
    expect(Math.abs(upper - 1.902094)).toBeLessThan(1e-6)
  })
  it('scales with the target', () => {
    expect(poissonRatioLimits(20, 2, 0.95).lower).toBeCloseTo(2 * 0.610826, 6)
  })
})
