import type { ProjectionDimension } from '../result/projection-result'
import type { PartialRunSummary, RunSummary } from './run-summary'
import { SIMULATION_MEASURES, type SimulationMeasure } from './workforce-runner'

/** Percentile bands of one measure, laid out like a projection series (period-major). */
export interface SimulationBand {
  /** `quantiles[p × months × groupCount + t × groupCount + group]` for `p` indexing `percentiles`. */
  readonly quantiles: Float64Array
  /** `mean[t × groupCount + group]`. */
  readonly mean: Float64Array
  /** Largest error of each percentile (`t × groupCount + group`): 0 when exact. */
  readonly quantileErrorBound: Float64Array
}

/** The result of {@link simulateWorkforce}: percentile bands per measure, group and month. */
export interface WorkforceSimulation {
  readonly runs: number
  readonly seed: number
  /** `exact` (type-7 percentiles of every run) or `histogram` (streaming, bounded memory). */
  readonly method: RunSummary['method']
  readonly periods: readonly string[]
  readonly keep: readonly ProjectionDimension[]
  readonly dimensionValues: Readonly<Partial<Record<ProjectionDimension, readonly string[]>>>
  readonly groupCount: number
  /** The percentiles of the bands: P5, P10, P25, P50, P75, P90, P95. */
  readonly percentiles: readonly number[]
  /** The draws: a group name or a parameter id, in the order of the uniforms of each run. */
  readonly draws: readonly string[]
  readonly bands: Readonly<Record<SimulationMeasure, SimulationBand>>
  /** For each threshold, `probability[t × groupCount + group]` that the gap exceeds it. */
  readonly gapExceedance: readonly {
    readonly thresholdFte: number
    readonly probability: Float64Array
  }[]
}

/**
 * The partial result of runs `from … to − 1` of a simulation of `runs` runs, from
 * `simulateWorkforceShard`: what `mergeSimulationSummaries` needs to give, from every shard, the
 * result one `simulateWorkforce` call would give, bit for bit. Plain data (typed arrays, strings,
 * numbers): store it with `v8.serialize` (Node) or `structuredClone`-able channels between jobs.
 */
export interface WorkforceSimulationShard {
  readonly format: 'oneworkforce.simulation-shard'
  readonly version: 1
  readonly runs: number
  readonly seed: number
  readonly from: number
  readonly to: number
  /** A hash of the model (input, uncertain parameters, run options): shards of other models do not merge. */
  readonly fingerprint: string
  readonly periods: readonly string[]
  readonly keep: readonly ProjectionDimension[]
  readonly dimensionValues: Readonly<Partial<Record<ProjectionDimension, readonly string[]>>>
  readonly groupCount: number
  readonly draws: readonly string[]
  readonly gapThresholdsFte: readonly number[]
  readonly summary: PartialRunSummary
}

/** Lays a finished run summary out as a simulation result. @internal */
export function toSimulation(
  summary: RunSummary,
  base: Omit<WorkforceSimulation, 'method' | 'percentiles' | 'bands' | 'gapExceedance'>,
  thresholds: readonly number[],
): WorkforceSimulation {
  const size = base.groupCount * base.periods.length
  const bands = Object.fromEntries(
    SIMULATION_MEASURES.map((measure, m) => {
      const quantiles = new Float64Array(summary.percentiles.length * size)
      summary.percentiles.forEach((_, p) => {
        const from = p * summary.outputCount + m * size
        quantiles.set(summary.quantiles.subarray(from, from + size), p * size)
      })
      return [
        measure,
        {
          quantiles,
          mean: summary.mean.slice(m * size, (m + 1) * size),
          quantileErrorBound: summary.quantileErrorBound.slice(m * size, (m + 1) * size),
        },
      ]
    }),
  ) as Record<SimulationMeasure, SimulationBand>
  return {
    ...base,
    method: summary.method,
    percentiles: summary.percentiles,
    bands,
    gapExceedance: thresholds.map((thresholdFte, t) => ({
      thresholdFte,
      probability: summary.exceedanceProbability.slice(t * size, (t + 1) * size),
    })),
  }
}
