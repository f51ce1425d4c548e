import { describe, expect, it } from 'vitest'
import { estimateOverdispersion } from './overdispersion'

describe('estimateOverdispersion (Spiegelhalter 2005; FunnelPlotR phi_func and tau_func)', () => {
  it('matches a hand computation with 10% Winsorising', () => {
    // Type-7 10% / 90% quantiles of [-3, -1, 0, 1, 3] are -2.2 and 2.2; Winsorised z² sum =
    // 2 × 4.84 + 1 + 1 = 11.68, φ = 2.336; w = 100 each: Σw − Σw²/Σw = 500 − 100 = 400;
    // τ² = (11.68 − 4) / 400 = 0.0192.
    const od = estimateOverdispersion({
      z: [-3, -1, 0, 1, 3],
      standardError: [0.1, 0.1, 0.1, 0.1, 0.1],
    })
    expect(od.phi).toBeCloseTo(2.336, 12)
    expect(od.tau2).toBeCloseTo(0.0192, 12)
    expect(od.trimmed).toEqual([true, false, false, false, true])
  })
  it('truncates by rank groups as FunnelPlotR (2 lowest and 2 highest of 20 dropped)', () => {
    const z = Array.from({ length: 20 }, (_, i) => i - 9.5)
    const od = estimateOverdispersion({ z, standardError: z.map(() => 0.2), trim: 'truncate' })
    expect(od.unitsUsed).toBe(16)
    expect(od.trimmed.slice(0, 3)).toEqual([true, true, false])
    expect(od.trimmed.slice(17)).toEqual([false, true, true])
  })
  it('gives τ² = 0 when nφ < n − 1', () => {
    const od = estimateOverdispersion({ z: [0.1, -0.1, 0.2, -0.2], standardError: [1, 1, 1, 1] })
    expect(od.tau2).toBe(0)
  })
  it('warns rather than dividing by zero with one unit', () => {
    const od = estimateOverdispersion({ z: [5], standardError: [0.1], trimFraction: 0 })
    expect(od.tau2).toBe(0)
    expect(od.issues[0]?.code).toBe('insufficient_data')
  })
})
