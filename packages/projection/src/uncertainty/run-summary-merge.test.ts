import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runUniforms } from './random-streams'
import { createRunSummaryAccumulator, type RunSummaryOptions, runSummaryPlan } from './run-summary'
import { finishRunSummary } from './run-summary-finish'
import { mergeRunSummaries, runSummaryMergeProblems } from './run-summary-merge'

const runs = 90
const outputCount = 3
const values = new Float64Array(runs * outputCount)
for (let run = 0; run < runs; run += 1) {
  const u = runUniforms(17, run, outputCount)
  // A wide output, a skewed one and one with signed values around 0 (like a gap).
  values.set([1e4 * (u[0] ?? 0), Math.exp(5 * (u[1] ?? 0)), (u[2] ?? 0) - 0.5], run * outputCount)
}
const base: RunSummaryOptions = {
  runs,
  outputCount,
  pilotRuns: 25,
  exceedance: { start: 2, count: 1, thresholds: [0, 0.25] },
}
const pilotValues = values.slice(0, 25 * outputCount)

function shard(options: RunSummaryOptions, from: number, to: number) {
  const plan = runSummaryPlan({ ...options, range: { from, to } })
  const accumulator = createRunSummaryAccumulator({
    ...options,
    range: { from, to },
    ...(plan.needsPilotValues
      ? { pilotValues: values.slice(0, plan.pilotRuns * outputCount) }
      : {}),
  })
  if (to > from) accumulator.add(from, values.slice(from * outputCount, to * outputCount))
  return accumulator.partial()
}

describe('mergeRunSummaries', () => {
  for (const [method, cap] of [
    ['exact', undefined],
    ['histogram', 0],
  ] as const) {
    it(`merges any split into shards into the one-accumulator summary, bit for bit (${method}, property)`, () => {
      const options = { ...base, ...(cap === undefined ? {} : { exactMemoryCapBytes: cap }) }
      const whole = createRunSummaryAccumulator(options)
      whole.add(0, values)
      const expected = whole.finish()
      expect(expected.method).toBe(method)
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: runs - 1 }), { maxLength: 6 }),
          fc.nat(),
          (cuts, rotate) => {
            const edges = [0, ...cuts.sort((a, b) => a - b), runs]
            const parts = edges.slice(1).map((to, k) => shard(options, edges[k] ?? 0, to))
            // Shards arrive in any order.
            const shifted = parts.map((_, k) => parts[(k + rotate) % parts.length]!)
            expect(runSummaryMergeProblems(shifted)).toEqual([])
            expect(finishRunSummary(mergeRunSummaries(shifted))).toEqual(expected)
          },
        ),
        { numRuns: 40 },
      )
    })
  }

  it('merges in stages (merged shards merge again) to the same summary', () => {
    const options = { ...base, exactMemoryCapBytes: 0 }
    const left = mergeRunSummaries([shard(options, 0, 10), shard(options, 10, 40)])
    const right = mergeRunSummaries([shard(options, 40, 41), shard(options, 41, runs)])
    const whole = createRunSummaryAccumulator(options)
    whole.add(0, values)
    expect(finishRunSummary(mergeRunSummaries([right, left]))).toEqual(whole.finish())
  })

  it('names the shard and field when runs are missing, doubled or from another simulation', () => {
    const options = { ...base, exactMemoryCapBytes: 0 }
    expect(runSummaryMergeProblems([])[0]?.message).toMatch(/no partial summary/)
    const gap = runSummaryMergeProblems([shard(options, 0, 30), shard(options, 40, runs)])
    expect(gap).toEqual([expect.objectContaining({ shard: 1, field: 'from' })])
    expect(gap[0]?.message).toMatch(/runs 30…39 are in no shard/)
    const overlap = runSummaryMergeProblems([shard(options, 0, 50), shard(options, 40, runs)])
    expect(overlap[0]?.message).toMatch(/inside another shard/)
    const exact = shard(base, 30, runs)
    const mixed = runSummaryMergeProblems([shard(options, 0, 30), exact])
    expect(mixed.map((problem) => problem.field)).toContain('method')
    const other = shard({ ...options, pilotRuns: 10 }, 30, runs)
    expect(runSummaryMergeProblems([shard(options, 0, 30), other]).length).toBeGreaterThan(0)
    expect(() => mergeRunSummaries([shard(options, 0, 30)])).not.toThrow()
    expect(() => finishRunSummary(shard(options, 0, 30))).toThrow(/not every run/)
    expect(() => mergeRunSummaries([shard(options, 0, 30), shard(options, 20, runs)])).toThrow(
      RangeError,
    )
  })

  it('asks a histogram shard for the pilot runs it does not hold', () => {
    const options = { ...base, exactMemoryCapBytes: 0 }
    expect(runSummaryPlan({ ...options, range: { from: 0, to: 25 } }).needsPilotValues).toBe(false)
    expect(runSummaryPlan({ ...options, range: { from: 0, to: 24 } }).needsPilotValues).toBe(true)
    expect(runSummaryPlan({ ...base, range: { from: 50, to: 60 } }).needsPilotValues).toBe(false)
    expect(() => createRunSummaryAccumulator({ ...options, range: { from: 50, to: 60 } })).toThrow(
      /needs the values of runs 0…24/,
    )
    expect(() => createRunSummaryAccumulator({ ...options, range: { from: 50, to: 95 } })).toThrow(
      /not within/,
    )
    const accumulator = createRunSummaryAccumulator({
      ...options,
      range: { from: 50, to: 60 },
      pilotValues,
    })
    expect(() => accumulator.add(55, new Float64Array(10 * outputCount))).toThrow(RangeError)
  })

  it('runs the doc examples', () => {
    expect(
      runSummaryPlan({ runs: 100_000, outputCount: 4_000, range: { from: 25_000, to: 50_000 } }),
    ).toEqual({ method: 'histogram', pilotRuns: 100, histogramBins: 256, needsPilotValues: true })
    const accumulator = createRunSummaryAccumulator({ runs: 2, outputCount: 1 })
    accumulator.add(0, Float64Array.of(1, 3))
    expect(finishRunSummary(accumulator.partial()).mean[0]).toBe(2)
    const part = (from: number, to: number) => {
      const each = createRunSummaryAccumulator({ runs: 4, outputCount: 1, range: { from, to } })
      each.add(
        from,
        Float64Array.from({ length: to - from }, (_, r) => from + r),
      )
      return each.partial()
    }
    expect(finishRunSummary(mergeRunSummaries([part(2, 4), part(0, 2)])).quantiles[3]).toBe(1.5)
    expect(runSummaryMergeProblems([part(0, 2), part(3, 4)])).toEqual([
      expect.objectContaining({ shard: 1, field: 'from' }),
    ])
  })
})
