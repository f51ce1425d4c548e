import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runUniforms } from './random-streams'
import { createRunSummaryAccumulator, SUMMARY_PERCENTILES } from './run-summary'

function summarise(values: readonly number[][], options: { exactMemoryCapBytes?: number } = {}) {
  const outputCount = values[0]?.length ?? 0
  const accumulator = createRunSummaryAccumulator({
    runs: values.length,
    outputCount,
    exceedance: { start: 0, count: outputCount, thresholds: [0, 10] },
    ...options,
  })
  values.forEach((run, index) => {
    accumulator.add(index, Float64Array.from(run))
  })
  return accumulator.finish()
}

describe('createRunSummaryAccumulator', () => {
  it('mirrors the doc example (blocks in any order)', () => {
    const accumulator = createRunSummaryAccumulator({ runs: 4, outputCount: 1 })
    accumulator.add(2, Float64Array.of(3, 4))
    expect(accumulator.runsApplied()).toBe(0)
    accumulator.add(0, Float64Array.of(1, 2))
    expect(accumulator.runsApplied()).toBe(4)
    const summary = accumulator.finish()
    expect(summary.method).toBe('exact')
    expect(summary.quantiles[3]).toBe(2.5)
    expect(summary.mean[0]).toBe(2.5)
  })

  it('gives type-7 percentiles as R quantile(x, type = 7)', () => {
    // R: quantile(1:10, c(.05,.1,.25,.5,.75,.9,.95)) = 1.45 1.90 3.25 5.50 7.75 9.10 9.55
    const summary = summarise([[3], [1], [4], [10], [5], [9], [2], [6], [8], [7]])
    expect([...summary.quantiles].map((q) => Number(q.toFixed(10)))).toEqual([
      1.45, 1.9, 3.25, 5.5, 7.75, 9.1, 9.55,
    ])
    expect(summary.exceedanceProbability[0]).toBe(1)
    expect(summary.exceedanceProbability[1]).toBe(0)
    expect(summary.percentiles).toEqual([...SUMMARY_PERCENTILES])
  })

  it('gives the same bits whatever the block sizes and arrival order (property)', () => {
    const runs = 60
    const outputCount = 3
    const values = new Float64Array(runs * outputCount)
    for (let run = 0; run < runs; run += 1)
      values.set(runUniforms(5, run, outputCount), run * outputCount)
    const reference = createRunSummaryAccumulator({
      runs,
      outputCount,
      pilotRuns: 20,
      exactMemoryCapBytes: 0,
    })
    reference.add(0, values)
    const expected = reference.finish()
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 60 }),
        fc.integer(),
        (sizes, shuffleSeed) => {
          const blocks: [number, Float64Array][] = []
          let run = 0
          for (let index = 0; run < runs; index += 1) {
            const size = Math.min(sizes[index % sizes.length] ?? 1, runs - run)
            blocks.push([run, values.slice(run * outputCount, (run + size) * outputCount)])
            run += size
          }
          const order = blocks.map((_, index) => index)
          const u = runUniforms(Math.abs(shuffleSeed), 0, order.length)
          order.sort((a, b) => (u[a] ?? 0) - (u[b] ?? 0))
          const accumulator = createRunSummaryAccumulator({
            runs,
            outputCount,
            pilotRuns: 20,
            exactMemoryCapBytes: 0,
          })
          for (const index of order) {
            const [first, block] = blocks[index] ?? [0, new Float64Array()]
            accumulator.add(first, block)
          }
          const summary = accumulator.finish()
          expect(summary.method).toBe('histogram')
          expect(summary.quantiles).toEqual(expected.quantiles)
          expect(summary.mean).toEqual(expected.mean)
        },
      ),
      { numRuns: 30 },
    )
  })

  it('keeps histogram percentiles within their stated error bound of the exact ones', () => {
    const runs = 2000
    const rows: number[][] = []
    for (let run = 0; run < runs; run += 1) {
      const [a = 0.5, b = 0.5] = runUniforms(11, run, 2)
      // A normal-ish output (sum of two uniforms), a skewed one and a constant.
      rows.push([100 * (a + b), Math.exp(3 * a), 7])
    }
    const exact = summarise(rows)
    const histogram = summarise(rows, { exactMemoryCapBytes: 0 })
    expect(exact.method).toBe('exact')
    expect(histogram.method).toBe('histogram')
    for (let p = 0; p < SUMMARY_PERCENTILES.length; p += 1) {
      for (let output = 0; output < 3; output += 1) {
        const slot = p * 3 + output
        const bound = histogram.quantileErrorBound[output] ?? 0
        expect(
          Math.abs((histogram.quantiles[slot] ?? 0) - (exact.quantiles[slot] ?? 0)),
        ).toBeLessThanOrEqual(bound + 1e-12)
      }
    }
    expect(histogram.quantiles[3 * 3 + 2]).toBe(7)
    expect(histogram.quantileErrorBound[2]).toBe(0)
    expect(histogram.mean).toEqual(exact.mean)
    expect(histogram.exceedanceProbability).toEqual(exact.exceedanceProbability)
  })

  it('counts non-finite values and rejects malformed or missing blocks', () => {
    const accumulator = createRunSummaryAccumulator({ runs: 2, outputCount: 2 })
    accumulator.add(0, Float64Array.of(1, Number.NaN))
    expect(() => accumulator.add(0, Float64Array.of(1, 2))).toThrow(RangeError)
    expect(() => accumulator.add(1, Float64Array.of(1, 2, 3))).toThrow(RangeError)
    expect(() => accumulator.finish()).toThrow(/only 1 of 2/)
    accumulator.add(1, Float64Array.of(3, 4))
    const summary = accumulator.finish()
    expect(summary.nonFiniteValues).toBe(1)
    expect(summary.mean[1]).toBe(4)
  })
})
