import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator'

/** Half of the spacing of `uniformFloat64`'s grid (2⁻⁵³), added so a uniform is never exactly 0. */
const HALF_STEP = 2 ** -54

/** The smallest uniform {@link runUniforms} can return. @internal */
export const MIN_UNIFORM = HALF_STEP

/** The largest uniform {@link runUniforms} can return (1 − 2⁻⁵³, the largest double below 1). @internal */
export const MAX_UNIFORM = 1 - 2 ** -53

/** MurmurHash3's 32-bit finaliser (Appleby 2011): a bijective avalanche mix of one word. */
function mix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/**
 * A xoroshiro128+ generator (pure-rand) for one Monte Carlo run, whose whole 128-bit state is a
 * hash of `(seed, stream)` only. Each run therefore draws the same numbers whichever worker
 * thread runs it and in whatever order, which is what makes results identical across thread
 * counts. Seeding the state through a strong mix rather than from the raw seed follows the
 * advice of the generator's authors (Blackman & Vigna 2021, ACM TOMS 47(4):36, §5: initialise
 * from a hash such as SplitMix, never from correlated raw values).
 *
 * @param seed - A non-negative safe integer chosen by the caller.
 * @param stream - The stream number: the run index (or another index that names a stream).
 *
 * @example
 * ```ts
 * import { runRandomGenerator } from '@oneworkforce/projection/engine'
 *
 * const rng = runRandomGenerator(42, 7)
 * rng.next() // the same 32-bit value every time for seed 42, run 7
 * ```
 */
export function runRandomGenerator(seed: number, stream: number): JumpableRandomGenerator {
  const seedLow = seed >>> 0
  const seedHigh = Math.floor(seed / 0x100000000) >>> 0
  const streamLow = stream >>> 0
  const streamHigh = Math.floor(stream / 0x100000000) >>> 0
  const words = [0x9e3779b9, 0x7f4a7c15, 0x243f6a88, 0xb7e15162].map((constant, index) =>
    mix32(
      mix32(mix32(seedLow ^ constant) ^ seedHigh) ^
        mix32(streamLow + Math.imul(index + 1, 0x632be5ab)) ^
        streamHigh,
    ),
  )
  // xoroshiro128+ must not start from the all-zero state.
  if (!words.some((word) => word !== 0)) words[0] = 1
  const generator = xoroshiro128plusFromState(words)
  // Discard a few outputs so the first draws do not carry the seeding structure.
  for (let index = 0; index < 4; index += 1) generator.next()
  return generator
}

/**
 * `count` independent uniforms on the open interval (0, 1) for one run: the inputs a Monte Carlo
 * run turns into parameter values with `distributionQuantile(distribution, u)`. Each uniform has
 * 53 random bits (pure-rand `uniformFloat64`) shifted by 2⁻⁵⁴ (and kept below 1) so that an
 * inverse CDF never sees exactly 0 or 1. Depends on `(seed, stream)` only.
 *
 * @example
 * ```ts
 * import { runUniforms } from '@oneworkforce/projection/engine'
 *
 * const u = runUniforms(42, 0, 3) // Float64Array of 3 values in (0, 1)
 * ```
 */
export function runUniforms(
  seed: number,
  stream: number,
  count: number,
  into: Float64Array = new Float64Array(count),
): Float64Array {
  const generator = runRandomGenerator(seed, stream)
  for (let index = 0; index < count; index += 1) {
    into[index] = Math.min(uniformFloat64(generator) + HALF_STEP, MAX_UNIFORM)
  }
  return into
}
