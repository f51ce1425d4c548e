/**
 * The percentiles every Monte Carlo summary reports: P5, P10, P25, P50, P75, P90 and P95.
 *
 * @example
 * ```ts
 * import { SUMMARY_PERCENTILES } from '@oneworkforce/projection'
 *
 * SUMMARY_PERCENTILES.indexOf(0.5) // 3: the median's row in `RunSummary.quantiles`
 * ```
 */
export const SUMMARY_PERCENTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const

/**
 * Default memory cap for exact percentiles: 32 MiB of stored run values (4,194,304 doubles, e.g.
 * 1,000 runs × 4,194 outputs). Above it the summary switches to fixed-bin histograms.
 *
 * @example
 * ```ts
 * import { DEFAULT_EXACT_MEMORY_CAP_BYTES } from '@oneworkforce/projection'
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

/** Streams run results into a {@link RunSummary}; see {@link createRunSummaryAccumulator}. */
export interface RunSummaryAccumulator {
  /**
   * Adds the values of runs `firstRun … firstRun + k − 1`, laid out run-major
   * (`values[r × outputCount + output]`). Blocks may arrive in any order; they are applied in
   * run order, so the summary does not depend on which thread finished first.
   */
  readonly add: (firstRun: number, values: Float64Array) => void
  /** Number of runs applied so far (in run order). */
  readonly runsApplied: () => number
  /** The summary; every run must have been added. */
  readonly finish: () => RunSummary
}

/** Type-7 (linear interpolation, Hyndman & Fan 1996 §2) quantile of a sorted array. */
function sortedQuantile(sorted: Float64Array, count: number, p: number): number {
  if (count === 0) return Number.NaN
  const h = (count - 1) * p
  const low = Math.floor(h)
  const lowValue = sorted[low] ?? Number.NaN
  if (low + 1 >= count) return lowValue
  return lowValue + (h - low) * ((sorted[low + 1] ?? lowValue) - lowValue)
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
 * Means, exceedance counts, minima and maxima are exact in both modes. Runs are applied in run
 * order whatever order blocks arrive in, so the result is bit-identical for any thread count.
 *
 * @example
 * ```ts
 * import { createRunSummaryAccumulator } from '@oneworkforce/projection'
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
  const thresholds = options.exceedance?.thresholds ?? []
  const exceedStart = options.exceedance?.start ?? 0
  const exceedCount = options.exceedance?.count ?? 0
  const exact =
    runs * outputCount * 8 <= (options.exactMemoryCapBytes ?? DEFAULT_EXACT_MEMORY_CAP_BYTES)
  const bins = Math.max(1, Math.floor(options.histogramBins ?? 256))
  const pilotRuns = Math.max(1, Math.min(runs, Math.floor(options.pilotRuns ?? 100)))

  const sum = new Float64Array(outputCount)
  const min = new Float64Array(outputCount).fill(Number.POSITIVE_INFINITY)
  const max = new Float64Array(outputCount).fill(Number.NEGATIVE_INFINITY)
  const finiteCount = new Float64Array(outputCount)
  const exceedances = new Float64Array(thresholds.length * exceedCount)
  let nonFinite = 0

  // Exact mode stores every value; histogram mode stores the pilot runs, then counts.
  const stored = new Float64Array((exact ? runs : pilotRuns) * outputCount)
  let counts: Uint32Array | undefined
  let binLow: Float64Array | undefined
  let binWidth: Float64Array | undefined

  const pending = new Map<number, Float64Array>()
  let nextRun = 0

  function bin(output: number, value: number): void {
    if (counts === undefined || binLow === undefined || binWidth === undefined) return
    const width = binWidth[output] ?? 0
    const position = width > 0 ? (value - (binLow[output] ?? 0)) / width : 0
    const index = position < 0 ? 0 : position >= bins ? bins + 1 : 1 + Math.floor(position)
    const slot = output * (bins + 2) + index
    counts[slot] = (counts[slot] ?? 0) + 1
  }

  function startHistograms(): void {
    counts = new Uint32Array(outputCount * (bins + 2))
    binLow = new Float64Array(outputCount)
    binWidth = new Float64Array(outputCount)
    for (let output = 0; output < outputCount; output += 1) {
      let low = Number.POSITIVE_INFINITY
      let high = Number.NEGATIVE_INFINITY
      for (let run = 0; run < pilotRuns; run += 1) {
        const value = stored[run * outputCount + output] ?? Number.NaN
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
    for (let run = 0; run < pilotRuns; run += 1) {
      for (let output = 0; output < outputCount; output += 1) {
        const value = stored[run * outputCount + output] ?? Number.NaN
        if (Number.isFinite(value)) bin(output, value)
      }
    }
  }

  function apply(run: number, values: Float64Array, offset: number): void {
    const keep = exact || run < pilotRuns
    for (let output = 0; output < outputCount; output += 1) {
      const value = values[offset + output] ?? Number.NaN
      if (keep) stored[run * outputCount + output] = value
      if (!Number.isFinite(value)) {
        nonFinite += 1
        continue
      }
      sum[output] = (sum[output] ?? 0) + value
      finiteCount[output] = (finiteCount[output] ?? 0) + 1
      if (value < (min[output] ?? 0)) min[output] = value
      if (value > (max[output] ?? 0)) max[output] = value
      if (!keep) bin(output, value)
    }
    for (let t = 0; t < thresholds.length; t += 1) {
      const threshold = thresholds[t] ?? 0
      for (let i = 0; i < exceedCount; i += 1) {
        if ((values[offset + exceedStart + i] ?? Number.NaN) > threshold) {
          const slot = t * exceedCount + i
          exceedances[slot] = (exceedances[slot] ?? 0) + 1
        }
      }
    }
    if (!exact && run === pilotRuns - 1) startHistograms()
  }

  function applyBlock(firstRun: number, values: Float64Array): void {
    const runCount = values.length / outputCount
    for (let r = 0; r < runCount; r += 1) apply(firstRun + r, values, r * outputCount)
    nextRun = firstRun + runCount
  }

  function add(firstRun: number, values: Float64Array): void {
    if (outputCount === 0) {
      nextRun = Math.max(nextRun, firstRun + 1)
      return
    }
    if (values.length % outputCount !== 0 || firstRun < nextRun || pending.has(firstRun)) {
      throw new RangeError(`run block at ${firstRun} is malformed or was already added`)
    }
    pending.set(firstRun, values)
    for (let block = pending.get(nextRun); block !== undefined; block = pending.get(nextRun)) {
      pending.delete(nextRun)
      applyBlock(nextRun, block)
    }
  }

  function histogramQuantile(output: number, p: number): number {
    const n = finiteCount[output] ?? 0
    const low = min[output] ?? Number.NaN
    const high = max[output] ?? Number.NaN
    if (n === 0) return Number.NaN
    if (low === high) return low
    const rank = (n - 1) * p
    const base = output * (bins + 2)
    const start = binLow?.[output] ?? low
    const width = binWidth?.[output] ?? 0
    let before = 0
    for (let index = 0; index < bins + 2; index += 1) {
      const count = counts?.[base + index] ?? 0
      if (count > 0 && rank < before + count) {
        const within = (rank - before + 0.5) / count
        const from = index === 0 ? low : start + (index - 1) * width
        const to = index === 0 ? start : index === bins + 1 ? high : from + width
        const value = from + within * (to - from)
        return Math.min(high, Math.max(low, value))
      }
      before += count
    }
    return high
  }

  function finish(): RunSummary {
    if (nextRun < runs || pending.size > 0) {
      throw new RangeError(`only ${nextRun} of ${runs} runs were added in order`)
    }
    const percentiles = [...SUMMARY_PERCENTILES]
    const quantiles = new Float64Array(percentiles.length * outputCount)
    const errorBound = new Float64Array(outputCount)
    const column = new Float64Array(exact ? runs : 0)
    for (let output = 0; output < outputCount; output += 1) {
      if (exact) {
        let n = 0
        for (let run = 0; run < runs; run += 1) {
          const value = stored[run * outputCount + output] ?? Number.NaN
          if (Number.isFinite(value)) {
            column[n] = value
            n += 1
          }
        }
        const sorted = column.subarray(0, n).sort()
        percentiles.forEach((p, index) => {
          quantiles[index * outputCount + output] = sortedQuantile(sorted, n, p)
        })
      } else {
        if (counts === undefined && runs > 0) startHistograms()
        errorBound[output] =
          (min[output] ?? 0) === (max[output] ?? 0) ? 0 : (binWidth?.[output] ?? 0)
        percentiles.forEach((p, index) => {
          quantiles[index * outputCount + output] = histogramQuantile(output, p)
        })
      }
    }
    const mean = new Float64Array(outputCount)
    for (let output = 0; output < outputCount; output += 1) {
      const n = finiteCount[output] ?? 0
      mean[output] = n > 0 ? (sum[output] ?? 0) / n : Number.NaN
    }
    const exceedanceProbability = new Float64Array(exceedances.length)
    for (let slot = 0; slot < exceedances.length; slot += 1) {
      exceedanceProbability[slot] = runs > 0 ? (exceedances[slot] ?? 0) / runs : 0
    }
    return {
      method: exact ? 'exact' : 'histogram',
      runs,
      outputCount,
      percentiles,
      quantiles,
      mean,
      exceedanceProbability,
      quantileErrorBound: errorBound,
      nonFiniteValues: nonFinite,
    }
  }

  return { add, runsApplied: () => nextRun, finish }
}
