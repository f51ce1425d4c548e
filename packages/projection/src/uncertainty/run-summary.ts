import { createExactSums, type ExactSums } from './exact-sum'
import { finishRunSummary } from './run-summary-finish'

export { SUMMARY_PERCENTILES } from './run-summary-finish'

/**
 * Default memory cap for exact percentiles: 32 MiB of stored run values (4,194,304 doubles, e.g.
 * 1,000 runs × 4,194 outputs). Above it the summary switches to fixed-bin histograms.
 *
 * @example
 * ```ts
 * import { DEFAULT_EXACT_MEMORY_CAP_BYTES } from '@oneworkforce/projection/engine'
 *
 * DEFAULT_EXACT_MEMORY_CAP_BYTES / 2 ** 20 // 32
 * ```
 */
export const DEFAULT_EXACT_MEMORY_CAP_BYTES = 32 * 2 ** 20

/** How a {@link RunSummaryAccumulator} is sized: see {@link createRunSummaryAccumulator}. */
export interface RunSummaryOptions {
  /** Number of runs that will be added (run indices `0 … runs − 1`). */
  readonly runs: number
  /** Number of values each run produces. */
  readonly outputCount: number
  /** Outputs `[start, start + count)` whose exceedance of each threshold is counted (e.g. the gap). */
  readonly exceedance?: {
    readonly start: number
    readonly count: number
    readonly thresholds: readonly number[]
  }
  /** Store every value (exact percentiles) only when `runs × outputCount × 8` bytes fit in this cap. */
  readonly exactMemoryCapBytes?: number
  /** Bins per output in histogram mode (default 256). */
  readonly histogramBins?: number
  /** Runs buffered to set each output's histogram range in histogram mode (default 100). */
  readonly pilotRuns?: number
  /**
   * The runs this accumulator receives, `from ≤ run < to` (default all `runs`): one shard of a
   * simulation split over machines, merged later with `mergeRunSummaries`.
   */
  readonly range?: { readonly from: number; readonly to: number }
  /**
   * Values of runs `0 … pilotRuns − 1` (run-major), which set the histogram bins of every shard
   * alike. Required in histogram mode when the range does not itself start at run 0 and cover
   * them (see {@link runSummaryPlan}).
   */
  readonly pilotValues?: Float64Array
}

/** Percentile summary of many runs of a model with `outputCount` outputs. */
export interface RunSummary {
  /** `exact`: all values kept, type-7 percentiles; `histogram`: fixed-bin streaming estimate. */
  readonly method: 'exact' | 'histogram'
  readonly runs: number
  readonly outputCount: number
  /** The percentiles reported, as probabilities ({@link SUMMARY_PERCENTILES}). */
  readonly percentiles: readonly number[]
  /** `quantiles[p × outputCount + output]`: the value at `percentiles[p]` for each output. */
  readonly quantiles: Float64Array
  /** Mean over runs of each output (summed in run order, so independent of thread count). */
  readonly mean: Float64Array
  /** `exceedanceProbability[t × count + i]`: share of runs where output `start + i` > threshold `t`. */
  readonly exceedanceProbability: Float64Array
  /** Largest possible error of each output's percentiles: 0 when exact, else one histogram bin width. */
  readonly quantileErrorBound: Float64Array
  /** Values that were NaN or infinite (should be 0; they are left out of every statistic). */
  readonly nonFiniteValues: number
}

/**
 * The partial summary of runs `from … to − 1` of a simulation of `runs` runs: everything the
 * final `RunSummary` needs, kept so that partials of disjoint shards merge exactly
 * (`mergeRunSummaries`). Plain data (typed arrays, numbers), so it can be posted to a worker,
 * written with `v8.serialize` or stored as files between the jobs of a batch system.
 */
export interface PartialRunSummary {
  readonly method: RunSummary['method']
  /** Runs of the whole simulation (not of this shard). */
  readonly runs: number
  readonly from: number
  readonly to: number
  readonly outputCount: number
  readonly exceedance: {
    readonly start: number
    readonly count: number
    readonly thresholds: readonly number[]
  }
  readonly histogramBins: number
  readonly pilotRuns: number
  /** Exact mode: every value of runs `from … to − 1`, run-major; empty in histogram mode. */
  readonly values: Float64Array
  /** Histogram mode: each output's first bin edge and bin width, set by runs `0 … pilotRuns − 1`. */
  readonly binLow: Float64Array
  readonly binWidth: Float64Array
  /** Histogram mode: `counts[output × (bins + 2) + bin]`, bin 0 and `bins + 1` the under- and overflow. */
  readonly counts: Uint32Array
  /** Each output's exact sum as non-overlapping partials: `sumPartials[sumOffsets[o] … sumOffsets[o + 1]]`. */
  readonly sumPartials: Float64Array
  readonly sumOffsets: Uint32Array
  readonly finiteCount: Float64Array
  readonly min: Float64Array
  readonly max: Float64Array
  /** `exceedances[t × count + i]`: runs where output `start + i` exceeded threshold `t`. */
  readonly exceedances: Float64Array
  readonly nonFiniteValues: number
}

/** How a summary of these options is kept: see {@link runSummaryPlan}. */
export interface RunSummaryPlan {
  readonly method: RunSummary['method']
  readonly pilotRuns: number
  readonly histogramBins: number
  /** Whether `pilotValues` must be given (histogram mode, range not covering runs `0 … pilotRuns − 1`). */
  readonly needsPilotValues: boolean
}

/**
 * How an accumulator with these options keeps its values: exact or histogram (decided by the
 * whole simulation's `runs`, so every shard decides alike), and whether a shard must be given
 * the pilot runs' values to set its histogram bins.
 *
 * @example
 * ```ts
 * import { runSummaryPlan } from '@oneworkforce/projection/engine'
 *
 * runSummaryPlan({ runs: 100_000, outputCount: 4_000, range: { from: 25_000, to: 50_000 } })
 * // { method: 'histogram', pilotRuns: 100, histogramBins: 256, needsPilotValues: true }
 * ```
 */
export function runSummaryPlan(options: RunSummaryOptions): RunSummaryPlan {
  const { runs, outputCount } = options
  const method =
    runs * outputCount * 8 <= (options.exactMemoryCapBytes ?? DEFAULT_EXACT_MEMORY_CAP_BYTES)
      ? 'exact'
      : 'histogram'
  const pilotRuns = Math.max(1, Math.min(runs, Math.floor(options.pilotRuns ?? 100)))
  const from = options.range?.from ?? 0
  const to = options.range?.to ?? runs
  return {
    method,
    pilotRuns,
    histogramBins: Math.max(1, Math.floor(options.histogramBins ?? 256)),
    needsPilotValues: method === 'histogram' && (from > 0 || to < pilotRuns),
  }
}

/** Streams run results into a {@link RunSummary}; see {@link createRunSummaryAccumulator}. */
export interface RunSummaryAccumulator {
  /**
   * Adds the values of runs `firstRun … firstRun + k − 1`, laid out run-major
   * (`values[r × outputCount + output]`). Blocks may arrive in any order; they are applied in
   * run order, so the summary does not depend on which thread finished first.
   */
  readonly add: (firstRun: number, values: Float64Array) => void
  /** Number of runs applied so far (in run order, from the range's start). */
  readonly runsApplied: () => number
  /** The partial summary of the range; every run of the range must have been added. */
  readonly partial: () => PartialRunSummary
  /** The summary; the range must be every run, and every run must have been added. */
  readonly finish: () => RunSummary
}

/** Every output's partials laid end to end, with the offsets of each output's. @internal */
export function flattenSums(
  sums: ExactSums,
  outputCount: number,
): { sumPartials: Float64Array; sumOffsets: Uint32Array } {
  const lists = Array.from({ length: outputCount }, (_, output) => sums.partialsOf(output))
  const sumOffsets = new Uint32Array(outputCount + 1)
  lists.forEach((list, output) => {
    sumOffsets[output + 1] = (sumOffsets[output] ?? 0) + list.length
  })
  const sumPartials = new Float64Array(sumOffsets[outputCount] ?? 0)
  lists.forEach((list, output) => {
    sumPartials.set(list, sumOffsets[output] ?? 0)
  })
  return { sumPartials, sumOffsets }
}

/** Sets each output's histogram bins from the pilot runs' values (run-major). */
function histogramEdges(
  pilot: Float64Array,
  pilotRuns: number,
  outputCount: number,
  bins: number,
): { binLow: Float64Array; binWidth: Float64Array } {
  const binLow = new Float64Array(outputCount)
  const binWidth = new Float64Array(outputCount)
  for (let output = 0; output < outputCount; output += 1) {
    let low = Number.POSITIVE_INFINITY
    let high = Number.NEGATIVE_INFINITY
    for (let run = 0; run < pilotRuns; run += 1) {
      const value = pilot[run * outputCount + output] ?? Number.NaN
      if (!Number.isFinite(value)) continue
      if (value < low) low = value
      if (value > high) high = value
    }
    if (!(low <= high)) {
      low = 0
      high = 0
    }
    const margin = (high - low) / 4
    binLow[output] = low - margin
    binWidth[output] = (high - low + 2 * margin) / bins
  }
  return { binLow, binWidth }
}

/**
 * Creates an accumulator for Monte Carlo run outputs whose memory does not grow with the
 * number of runs beyond a stated cap.
 *
 * - **Exact** when `runs × outputCount × 8` bytes ≤ `exactMemoryCapBytes` (default 32 MiB):
 *   every value is kept and percentiles use type-7 interpolation (Hyndman & Fan 1996, Amer.
 *   Statistician 50:361; R's and NumPy's default).
 * - **Histogram** otherwise: the first `pilotRuns` runs (default 100) set each output's range
 *   `[min − ¼·range, max + ¼·range]`, split into `histogramBins` (256) equal bins with under- and
 *   overflow bins reaching to the exact minimum and maximum seen. Percentiles interpolate within
 *   a bin, so each is off by at most one bin width (reported per output in `quantileErrorBound`;
 *   about 0.6% of the pilot range, i.e. ≈ 0.03σ for normal-looking outputs, below the Monte Carlo
 *   error of a P5 from 1,000 runs, ≈ 0.07σ). Memory: `outputCount × (bins + 2)` counts plus
 *   the pilot buffer, whatever the number of runs.
 *
 * Means are exact sums (non-overlapping partials, correctly rounded once at the end), and
 * exceedance counts, minima and maxima are exact in both modes. So the summary is bit-identical
 * for any thread count and any split of the runs into shards (`range`) merged with
 * `mergeRunSummaries`: in exact mode the shards keep their values, in histogram mode every
 * shard bins with the same edges (from the same pilot runs) and the counts add.
 *
 * @example
 * ```ts
 * import { createRunSummaryAccumulator } from '@oneworkforce/projection/engine'
 *
 * const accumulator = createRunSummaryAccumulator({ runs: 4, outputCount: 1 })
 * accumulator.add(2, Float64Array.of(3, 4)) // runs 2 and 3 may arrive first
 * accumulator.add(0, Float64Array.of(1, 2))
 * const summary = accumulator.finish()
 * summary.quantiles[3] // median 2.5
 * ```
 */
export function createRunSummaryAccumulator(options: RunSummaryOptions): RunSummaryAccumulator {
  const { runs, outputCount } = options
  const from = options.range?.from ?? 0
  const to = options.range?.to ?? runs
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= runs)) {
    throw new RangeError(`run range ${from}…${to} is not within 0…${runs}`)
  }
  const exceedance = {
    start: options.exceedance?.start ?? 0,
    count: options.exceedance?.count ?? 0,
    thresholds: [...(options.exceedance?.thresholds ?? [])],
  }
  const { thresholds, start: exceedStart, count: exceedCount } = exceedance
  const plan = runSummaryPlan(options)
  const exact = plan.method === 'exact'
  const { pilotRuns, histogramBins: bins } = plan

  const sums = createExactSums(outputCount)
  const min = new Float64Array(outputCount).fill(Number.POSITIVE_INFINITY)
  const max = new Float64Array(outputCount).fill(Number.NEGATIVE_INFINITY)
  const finiteCount = new Float64Array(outputCount)
  const exceedances = new Float64Array(thresholds.length * exceedCount)
  let nonFinite = 0

  // Exact mode stores the range's values; histogram mode stores the pilot runs, then counts.
  const values = new Float64Array(exact ? (to - from) * outputCount : 0)
  const pilot = exact ? new Float64Array(0) : new Float64Array(pilotRuns * outputCount)
  const counts = new Uint32Array(exact ? 0 : outputCount * (bins + 2))
  let edges: { binLow: Float64Array; binWidth: Float64Array } | undefined
  if (plan.needsPilotValues) {
    if (options.pilotValues?.length !== pilotRuns * outputCount) {
      throw new RangeError(`a histogram shard needs the values of runs 0…${pilotRuns - 1}`)
    }
    edges = histogramEdges(options.pilotValues, pilotRuns, outputCount, bins)
  }

  const pending = new Map<number, Float64Array>()
  let nextRun = from

  function bin(output: number, value: number): void {
    if (edges === undefined) return
    const width = edges.binWidth[output] ?? 0
    const position = width > 0 ? (value - (edges.binLow[output] ?? 0)) / width : 0
    const index = position < 0 ? 0 : position >= bins ? bins + 1 : 1 + Math.floor(position)
    const slot = output * (bins + 2) + index
    counts[slot] = (counts[slot] ?? 0) + 1
  }

  function startHistograms(): void {
    edges = histogramEdges(pilot, pilotRuns, outputCount, bins)
    for (let run = from; run < pilotRuns; run += 1) {
      for (let output = 0; output < outputCount; output += 1) {
        const value = pilot[run * outputCount + output] ?? Number.NaN
        if (Number.isFinite(value)) bin(output, value)
      }
    }
  }

  function apply(run: number, block: Float64Array, offset: number): void {
    const buffered = !exact && edges === undefined
    for (let output = 0; output < outputCount; output += 1) {
      const value = block[offset + output] ?? Number.NaN
      if (exact) values[(run - from) * outputCount + output] = value
      else if (buffered) pilot[run * outputCount + output] = value
      if (!Number.isFinite(value)) {
        nonFinite += 1
        continue
      }
      sums.add(output, value)
      finiteCount[output] = (finiteCount[output] ?? 0) + 1
      // Math.min/max, not comparisons: they order −0 below +0, so shards merge alike.
      min[output] = Math.min(min[output] ?? 0, value)
      max[output] = Math.max(max[output] ?? 0, value)
      if (!exact && !buffered) bin(output, value)
    }
    countExceedances(block, offset)
    if (buffered && run === pilotRuns - 1) startHistograms()
  }

  function applyBlock(firstRun: number, block: Float64Array): void {
    const runCount = block.length / outputCount
    nextRun = firstRun + runCount
    if (!exact && edges === undefined) {
      // Pilot runs are buffered (and the histograms start) run by run.
      for (let r = 0; r < runCount; r += 1) apply(firstRun + r, block, r * outputCount)
      return
    }
    // Output by output across the block's runs: each output's sums and histogram stay in cache
    // for all of them (run by run, every output's bins were a cache miss per run). Every figure
    // is order-free (exact sums, min, max, counts), so the summary holds the same bits.
    if (exact) values.set(block, (firstRun - from) * outputCount)
    for (let output = 0; output < outputCount; output += 1) {
      let low = min[output] as number
      let high = max[output] as number
      let finite = finiteCount[output] as number
      for (let r = 0, at = output; r < runCount; r += 1, at += outputCount) {
        const value = block[at] as number
        if (!Number.isFinite(value)) {
          nonFinite += 1
          continue
        }
        sums.add(output, value)
        finite += 1
        // Math.min/max, not comparisons: they order −0 below +0, so shards merge alike.
        low = Math.min(low, value)
        high = Math.max(high, value)
        if (!exact) bin(output, value)
      }
      min[output] = low
      max[output] = high
      finiteCount[output] = finite
    }
    for (let r = 0; r < runCount; r += 1) countExceedances(block, r * outputCount)
  }

  function countExceedances(block: Float64Array, offset: number): void {
    for (let t = 0; t < thresholds.length; t += 1) {
      const threshold = thresholds[t] ?? 0
      for (let i = 0; i < exceedCount; i += 1) {
        if ((block[offset + exceedStart + i] ?? Number.NaN) > threshold) {
          const slot = t * exceedCount + i
          exceedances[slot] = (exceedances[slot] ?? 0) + 1
        }
      }
    }
  }

  function add(firstRun: number, block: Float64Array): void {
    if (outputCount === 0) {
      nextRun = Math.max(nextRun, firstRun + 1)
      return
    }
    const runCount = block.length / outputCount
    if (
      !Number.isInteger(runCount) ||
      firstRun < nextRun ||
      firstRun + runCount > to ||
      pending.has(firstRun)
    ) {
      throw new RangeError(`run block at ${firstRun} is malformed or was already added`)
    }
    pending.set(firstRun, block)
    for (let next = pending.get(nextRun); next !== undefined; next = pending.get(nextRun)) {
      pending.delete(nextRun)
      applyBlock(nextRun, next)
    }
  }

  function partial(): PartialRunSummary {
    if (nextRun < to || pending.size > 0) {
      throw new RangeError(`only ${nextRun - from} of ${to - from} runs were added in order`)
    }
    // A histogram range shorter than the pilot (or with no runs at all) sets its edges now.
    if (!exact && edges === undefined) startHistograms()
    const { sumPartials, sumOffsets } = flattenSums(sums, outputCount)
    return {
      method: plan.method,
      runs,
      from,
      to,
      outputCount,
      exceedance,
      histogramBins: bins,
      pilotRuns,
      values,
      binLow: edges?.binLow ?? new Float64Array(0),
      binWidth: edges?.binWidth ?? new Float64Array(0),
      counts,
      sumPartials,
      sumOffsets,
      finiteCount,
      min,
      max,
      exceedances,
      nonFiniteValues: nonFinite,
    }
  }

  function finish(): RunSummary {
    if (from !== 0 || to !== runs) {
      throw new RangeError(`runs ${from}…${to - 1} are a shard: merge the shards to finish`)
    }
    return finishRunSummary(partial())
  }

  return { add, runsApplied: () => nextRun - from, partial, finish }
}
