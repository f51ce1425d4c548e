import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** A seeded stream of random numbers (xoroshiro128+ from pure-rand), consumed in a fixed order. */
export interface RandomStream {
  /** Uniform in [0, 1). */
  readonly uniform: () => number
  /** Standard normal (Box-Muller on two uniforms). */
  readonly normal: () => number
  /** A count of events with the given mean: Poisson by inversion, normal approximation above 30. */
  readonly poisson: (mean: number) => number
  /** `value` rounded down or up at random so the expectation is `value` (stochastic rounding). */
  readonly round: (value: number) => number
}

/**
 * Creates a seeded random stream. The same seed always gives the same sequence, on any platform,
 * because pure-rand's generators use 32-bit integer arithmetic only.
 */
export function randomStream(seed: number): RandomStream {
  const rng = xoroshiro128plus(seed)
  const uniform = (): number => uniformFloat64(rng)
  const normal = (): number => {
    // 1 − u keeps the logarithm's argument in (0, 1].
    const u = 1 - uniform()
    const v = uniform()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  const poisson = (mean: number): number => {
    if (!(mean > 0)) return 0
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()))
    const limit = Math.exp(-mean)
    let count = 0
    let product = uniform()
    while (product > limit) {
      count += 1
      product *= uniform()
    }
    return count
  }
  const round = (value: number): number => {
    const floor = Math.floor(value)
    return uniform() < value - floor ? floor + 1 : floor
  }
  return { uniform, normal, poisson, round }
}
