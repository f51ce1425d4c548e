import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runRandomGenerator, runUniforms } from './random-streams'

describe('runUniforms', () => {
  it('depends on seed and stream only', () => {
    expect(runUniforms(42, 7, 5)).toEqual(runUniforms(42, 7, 5))
    expect(runUniforms(42, 7, 5)).not.toEqual(runUniforms(42, 8, 5))
    expect(runUniforms(42, 7, 5)).not.toEqual(runUniforms(43, 7, 5))
    // Seeds above 2³² are distinguished too.
    expect(runUniforms(2 ** 40, 0, 3)).not.toEqual(runUniforms(0, 0, 3))
    const rng = runRandomGenerator(42, 7)
    expect(rng.next()).toBe(runRandomGenerator(42, 7).next())
  })

  it('gives values strictly inside (0, 1) (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 100000 }), (seed, stream) => {
        for (const u of runUniforms(seed, stream, 8)) {
          expect(u).toBeGreaterThan(0)
          expect(u).toBeLessThan(1)
        }
      }),
    )
  })

  it('looks uniform and uncorrelated across neighbouring streams', () => {
    const runs = 20000
    const first = new Float64Array(runs)
    const bins = new Array<number>(10).fill(0)
    for (let run = 0; run < runs; run += 1) {
      const u = runUniforms(1, run, 1)[0] ?? 0
      first[run] = u
      bins[Math.floor(u * 10)] = (bins[Math.floor(u * 10)] ?? 0) + 1
    }
    // Chi-square with 9 degrees of freedom: the 0.999 quantile is 27.88.
    const chiSquare = bins.reduce((sum, count) => sum + (count - runs / 10) ** 2 / (runs / 10), 0)
    expect(chiSquare).toBeLessThan(27.88)
    // Lag-1 correlation between the first draws of run r and run r + 1.
    let mean = 0
    for (const u of first) mean += u / runs
    let covariance = 0
    let variance = 0
    for (let run = 0; run + 1 < runs; run += 1) {
      covariance += ((first[run] ?? 0) - mean) * ((first[run + 1] ?? 0) - mean)
      variance += ((first[run] ?? 0) - mean) ** 2
    }
    expect(Math.abs(covariance / variance)).toBeLessThan(4 / Math.sqrt(runs))
  })
})
