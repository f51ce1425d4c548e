import { createExactSums } from './exact-sum'
import { flattenSums, type PartialRunSummary } from './run-summary'

/** Why partial summaries cannot be merged: the shard (by position) and the field at fault. */
export interface RunSummaryMergeProblem {
  readonly shard: number
  readonly field: string
  readonly message: string
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k += 1) if (!Object.is(a[k], b[k])) return false
  return true
}

/** Shape checks of one partial (lengths agree with its counts), for data read back from files. */
function shapeProblems(part: PartialRunSummary, shard: number): RunSummaryMergeProblem[] {
  const problems: RunSummaryMergeProblem[] = []
  const { outputCount, histogramBins: bins } = part
  const expect = (field: string, actual: number, wanted: number) => {
    if (actual !== wanted) {
      problems.push({ shard, field, message: `has length ${actual}, expected ${wanted}` })
    }
  }
  const runCount = part.to - part.from
  expect('values', part.values.length, part.method === 'exact' ? runCount * outputCount : 0)
  expect('counts', part.counts.length, part.method === 'exact' ? 0 : outputCount * (bins + 2))
  expect('binLow', part.binLow.length, part.method === 'exact' ? 0 : outputCount)
  expect('binWidth', part.binWidth.length, part.method === 'exact' ? 0 : outputCount)
  expect('sumOffsets', part.sumOffsets.length, outputCount + 1)
  expect('sumPartials', part.sumPartials.length, part.sumOffsets[outputCount] ?? -1)
  for (const field of ['finiteCount', 'min', 'max'] as const) {
    expect(field, part[field].length, outputCount)
  }
  const { thresholds, count } = part.exceedance
  expect('exceedances', part.exceedances.length, thresholds.length * count)
  return problems
}

/**
 * What stops these partial summaries from merging: different simulations (method, runs,
 * outputs, thresholds, histogram bins) or run ranges with a gap or an overlap. Empty when
 * {@link mergeRunSummaries} can merge them.
 *
 * @example
 * ```ts
 * import { createRunSummaryAccumulator, runSummaryMergeProblems } from '@oneworkforce/projection/engine'
 *
 * const shard = (from: number, to: number) => {
 *   const accumulator = createRunSummaryAccumulator({ runs: 4, outputCount: 1, range: { from, to } })
 *   accumulator.add(from, new Float64Array(to - from).fill(1))
 *   return accumulator.partial()
 * }
 * runSummaryMergeProblems([shard(0, 2), shard(3, 4)]) // [{ shard: 1, field: 'from', … }]: run 2 is missing
 * ```
 */
export function runSummaryMergeProblems(
  parts: readonly PartialRunSummary[],
): RunSummaryMergeProblem[] {
  const first = parts[0]
  if (first === undefined) return [{ shard: 0, field: '', message: 'no partial summary to merge' }]
  const problems: RunSummaryMergeProblem[] = []
  parts.forEach((part, shard) => {
    for (const field of ['method', 'runs', 'outputCount', 'histogramBins', 'pilotRuns'] as const) {
      if (part[field] !== first[field]) {
        problems.push({ shard, field, message: `is ${part[field]}, shard 0 has ${first[field]}` })
      }
    }
    const { start, count, thresholds } = part.exceedance
    if (
      start !== first.exceedance.start ||
      count !== first.exceedance.count ||
      !sameNumbers(thresholds, first.exceedance.thresholds)
    ) {
      problems.push({ shard, field: 'exceedance', message: 'differs from shard 0' })
    }
    if (!sameNumbers(part.binLow, first.binLow) || !sameNumbers(part.binWidth, first.binWidth)) {
      problems.push({
        shard,
        field: 'binLow',
        message: 'histogram bins differ from shard 0 (another model or pilot runs)',
      })
    }
    problems.push(...shapeProblems(part, shard))
  })
  const order = parts.map((_, shard) => shard).sort((a, b) => parts[a]!.from - parts[b]!.from)
  let expected = parts[order[0] ?? 0]?.from ?? 0
  for (const shard of order) {
    const part = parts[shard] as PartialRunSummary
    if (part.from !== expected) {
      const message =
        part.from > expected
          ? `starts at run ${part.from}: runs ${expected}…${part.from - 1} are in no shard`
          : `starts at run ${part.from}, inside another shard (which ends at ${expected - 1})`
      problems.push({ shard, field: 'from', message })
    }
    expected = Math.max(expected, part.to)
  }
  return problems
}

/**
 * Merges partial summaries of contiguous, disjoint run ranges of one simulation into the partial
 * summary of their union, exactly: in exact mode the values are concatenated in run order, in
 * histogram mode the counts (same bins) add; sums merge as exact partials; counts, minima,
 * maxima and exceedances combine exactly. So `finishRunSummary` of the merge of any split equals,
 * bit for bit, the summary of one accumulator that saw every run. Throws a `RangeError` naming the
 * first problem of {@link runSummaryMergeProblems}.
 *
 * @example
 * ```ts
 * import { createRunSummaryAccumulator, finishRunSummary, mergeRunSummaries } from '@oneworkforce/projection/engine'
 *
 * const shard = (from: number, to: number) => {
 *   const accumulator = createRunSummaryAccumulator({ runs: 4, outputCount: 1, range: { from, to } })
 *   accumulator.add(from, Float64Array.from({ length: to - from }, (_, r) => from + r))
 *   return accumulator.partial()
 * }
 * finishRunSummary(mergeRunSummaries([shard(2, 4), shard(0, 2)])).quantiles[3] // median 1.5
 * ```
 */
export function mergeRunSummaries(parts: readonly PartialRunSummary[]): PartialRunSummary {
  const problem = runSummaryMergeProblems(parts)[0]
  if (problem !== undefined) {
    throw new RangeError(`partial summary ${problem.shard}: ${problem.field} ${problem.message}`)
  }
  const sorted = [...parts].sort((a, b) => a.from - b.from)
  const first = sorted[0] as PartialRunSummary
  const last = sorted[sorted.length - 1] as PartialRunSummary
  const { outputCount } = first
  const values = new Float64Array(
    first.method === 'exact' ? (last.to - first.from) * outputCount : 0,
  )
  const counts = new Uint32Array(first.counts.length)
  const finiteCount = new Float64Array(outputCount)
  const min = new Float64Array(outputCount).fill(Number.POSITIVE_INFINITY)
  const max = new Float64Array(outputCount).fill(Number.NEGATIVE_INFINITY)
  const exceedances = new Float64Array(first.exceedances.length)
  const sums = createExactSums(outputCount)
  let nonFiniteValues = 0
  for (const part of sorted) {
    if (part.values.length > 0) values.set(part.values, (part.from - first.from) * outputCount)
    for (let k = 0; k < counts.length; k += 1) counts[k] = (counts[k] ?? 0) + (part.counts[k] ?? 0)
    for (let k = 0; k < exceedances.length; k += 1) {
      exceedances[k] = (exceedances[k] ?? 0) + (part.exceedances[k] ?? 0)
    }
    for (let output = 0; output < outputCount; output += 1) {
      finiteCount[output] = (finiteCount[output] ?? 0) + (part.finiteCount[output] ?? 0)
      min[output] = Math.min(min[output] ?? 0, part.min[output] ?? Number.POSITIVE_INFINITY)
      max[output] = Math.max(max[output] ?? 0, part.max[output] ?? Number.NEGATIVE_INFINITY)
      const start = part.sumOffsets[output] ?? 0
      sums.addPartials(
        output,
        part.sumPartials.subarray(start, part.sumOffsets[output + 1] ?? start),
      )
    }
    nonFiniteValues += part.nonFiniteValues
  }
  const { sumPartials, sumOffsets } = flattenSums(sums, outputCount)
  return {
    ...first,
    from: first.from,
    to: last.to,
    values,
    counts,
    sumPartials,
    sumOffsets,
    finiteCount,
    min,
    max,
    exceedances,
    nonFiniteValues,
  }
}
