import { roundedSum } from './exact-sum'
import type { PartialRunSummary, RunSummary } from './run-summary'

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

/** Type-7 (linear interpolation, Hyndman & Fan 1996 §2) quantile of a sorted array. */
function sortedQuantile(sorted: Float64Array, count: number, p: number): number {
  if (count === 0) return Number.NaN
  const h = (count - 1) * p
  const low = Math.floor(h)
  const lowValue = sorted[low] ?? Number.NaN
  if (low + 1 >= count) return lowValue
  return lowValue + (h - low) * ((sorted[low + 1] ?? lowValue) - lowValue)
}

/** A percentile read from one output's histogram, interpolating within the bin that holds it. */
function histogramQuantile(summary: PartialRunSummary, output: number, p: number): number {
  const bins = summary.histogramBins
  const n = summary.finiteCount[output] ?? 0
  const low = summary.min[output] ?? Number.NaN
  const high = summary.max[output] ?? Number.NaN
  if (n === 0) return Number.NaN
  if (low === high) return low
  const rank = (n - 1) * p
  const base = output * (bins + 2)
  const start = summary.binLow[output] ?? low
  const width = summary.binWidth[output] ?? 0
  let before = 0
  for (let index = 0; index < bins + 2; index += 1) {
    const count = summary.counts[base + index] ?? 0
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

/**
 * The {@link RunSummary} of a partial summary that covers every run (one accumulator's, or the
 * merge of every shard's): percentiles, means (each exact sum rounded once, then divided by the
 * number of finite values), exceedance probabilities and error bounds.
 *
 * @example
 * ```ts
 * import { createRunSummaryAccumulator, finishRunSummary } from '@oneworkforce/projection/engine'
 *
 * const accumulator = createRunSummaryAccumulator({ runs: 2, outputCount: 1 })
 * accumulator.add(0, Float64Array.of(1, 3))
 * finishRunSummary(accumulator.partial()).mean[0] // 2
 * ```
 */
export function finishRunSummary(summary: PartialRunSummary): RunSummary {
  const { runs, outputCount } = summary
  if (summary.from !== 0 || summary.to !== runs) {
    throw new RangeError(`runs ${summary.from}…${summary.to - 1} of ${runs} are not every run`)
  }
  const exact = summary.method === 'exact'
  const percentiles = [...SUMMARY_PERCENTILES]
  const quantiles = new Float64Array(percentiles.length * outputCount)
  const errorBound = new Float64Array(outputCount)
  const column = new Float64Array(exact ? runs : 0)
  for (let output = 0; output < outputCount; output += 1) {
    if (exact) {
      let n = 0
      for (let run = 0; run < runs; run += 1) {
        const value = summary.values[run * outputCount + output] ?? Number.NaN
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
      errorBound[output] =
        (summary.min[output] ?? 0) === (summary.max[output] ?? 0)
          ? 0
          : (summary.binWidth[output] ?? 0)
      percentiles.forEach((p, index) => {
        quantiles[index * outputCount + output] = histogramQuantile(summary, output, p)
      })
    }
  }
  const mean = new Float64Array(outputCount)
  for (let output = 0; output < outputCount; output += 1) {
    const n = summary.finiteCount[output] ?? 0
    const from = summary.sumOffsets[output] ?? 0
    const to = summary.sumOffsets[output + 1] ?? from
    const sum = roundedSum([...summary.sumPartials.subarray(from, to)])
    mean[output] = n > 0 ? sum / n : Number.NaN
  }
  const exceedanceProbability = new Float64Array(summary.exceedances.length)
  for (let slot = 0; slot < summary.exceedances.length; slot += 1) {
    exceedanceProbability[slot] = runs > 0 ? (summary.exceedances[slot] ?? 0) / runs : 0
  }
  return {
    method: summary.method,
    runs,
    outputCount,
    percentiles,
    quantiles,
    mean,
    exceedanceProbability,
    quantileErrorBound: errorBound,
    nonFiniteValues: summary.nonFiniteValues,
  }
}
