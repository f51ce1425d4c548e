import * as projection from '@oneworkforce/projection'
import type { Dataset, Issue } from '@oneworkforce/schemas'
import type { FanBand, Section } from '../job/report-model'
import {
  appliesTo,
  type DemoUncertainDriver,
  demoUncertainDrivers,
  withNhsProductivityRows,
  yearEndBands,
} from '../job/uncertainty'

// The web page's "Range of outcomes": the demo's Monte Carlo (the terminal report's drivers and
// ranges, `../job/uncertainty.ts`) on the page's data, in Web Workers, run in chunks of runs so
// the fan chart redraws as they complete. Nothing here touches the DOM, so the browser test can
// run the same simulation in Node and compare.

/** The run counts the page offers: a browser's share of a laptop, not the terminal report's. */
export const RANGE_RUN_CHOICES = [50, 200, 500] as const
/** The page's default run count (the terminal report's default too). */
export const RANGE_DEFAULT_RUNS = 200
/** The page's seed: the terminal report's default (`--seed`), so both draw the same runs. */
export const RANGE_SEED = 20250401
/**
 * Runs per chunk, after each of which the fan chart redraws: 25, or a tenth of the runs when
 * that is more (each chunk starts its Web Workers and compiles the model again, about a tenth of
 * a second, so chunks stay well above that).
 */
export function rangeChunkRuns(runs: number): number {
  return Math.max(25, Math.ceil(runs / 10))
}

/** The input, the drivers that apply to it and the simulation options, for one dataset. */
export interface RangeSimulation {
  readonly input: projection.ProjectionInput
  readonly drivers: readonly DemoUncertainDriver[]
  /** Drivers with nothing to change in this dataset (no pipelines, no recruitment caps...). */
  readonly leftOut: readonly DemoUncertainDriver[]
  readonly options: projection.SimulateWorkforceOptions & { readonly runs: number }
}

/**
 * What the page simulates for a dataset: the demo's uncertainty section's input (the baseline
 * with a productivity row for each NHS sector) and its drivers, ICS totals only (`keep: []`).
 */
export function rangeSimulation(
  dataset: Dataset,
  runs: number,
): { success: true; value: RangeSimulation } | { success: false; issues: readonly Issue[] } {
  const built = projection.safeProjectionInputFromDataset(dataset)
  if (!built.success) return { success: false, issues: built.issues }
  const input = withNhsProductivityRows(built.value, projection.NHS_SECTORS)
  const drivers = demoUncertainDrivers.filter((driver) => appliesTo(input, driver.parameter))
  return {
    success: true,
    value: {
      input,
      drivers,
      leftOut: demoUncertainDrivers.filter((driver) => !drivers.includes(driver)),
      options: {
        runs,
        seed: RANGE_SEED,
        keep: [],
        gapThresholdsFte: [0],
        uncertainParameters: drivers.map((driver) => driver.parameter),
      },
    },
  }
}

/** Web Workers for the page: the browser's logical processors, at most 4; 0 without Workers. */
export function rangeThreads(): number {
  if (typeof Worker !== 'function') return 0
  const count = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency
  return Math.min(4, Number.isInteger(count) && count > 0 ? count : 1)
}

/** Year-end fans of the ICS total: supply, demand and gap (FTE), as the fan chart and table take. */
export interface RangeFan {
  /** Runs the fan is made of (fewer than `runs` while the simulation runs). */
  readonly runsCovered: number
  readonly runs: number
  readonly supply: readonly FanBand[]
  readonly demand: readonly FanBand[]
  readonly gap: readonly FanBand[]
  /** P(gap > 0 FTE) in the horizon's last month. */
  readonly probabilityOfShortfall: number
}

/** The year-end fans of a simulation kept with `keep: []`. */
export function rangeFan(simulation: projection.WorkforceSimulation, runs: number): RangeFan {
  const last = simulation.periods.length - 1
  return {
    runsCovered: simulation.runs,
    runs,
    supply: yearEndBands(simulation, 'supplyFte', 0),
    demand: yearEndBands(simulation, 'demandFte', 0),
    gap: yearEndBands(simulation, 'gapFte', 0),
    probabilityOfShortfall: simulation.gapExceedance[0]?.probability[last] ?? Number.NaN,
  }
}

/**
 * The simulation of the first runs so far: the shards of runs `0 … covered − 1`, read as a
 * simulation of `covered` runs. Each run's draws depend on the seed and its index only, so this
 * is what `simulateWorkforce` gives for `covered` runs (in exact mode, which a browser's run
 * counts stay in), and the last one, covering every run, is the full merge itself.
 */
function mergeSoFar(
  shards: readonly projection.WorkforceSimulationShard[],
  covered: number,
): projection.WorkforceSimulation {
  const complete = shards.every((shard) => shard.runs === covered)
  if (complete) return projection.mergeSimulationSummaries(shards)
  return projection.mergeSimulationSummaries(
    shards.map((shard) => ({
      ...shard,
      runs: covered,
      summary: { ...shard.summary, runs: covered },
    })),
  )
}

/** Hooks and limits of {@link runRangeOfOutcomes}. */
export interface RangeRunOptions {
  readonly threads: number
  readonly chunkRuns?: number
  readonly signal?: AbortSignal
  /** Starts a Web Worker for a chunk's pool (see `simulateWorkforce`'s `createWorker`). */
  readonly createWorker?: () => projection.SimulationWebWorker
  /** After each block of runs (within a chunk): runs done of all runs. */
  readonly onProgress?: (runsCompleted: number, runs: number) => void
  /** After each chunk: the fan of every run so far. */
  readonly onChunk?: (fan: RangeFan) => void
}

/**
 * Runs the page's Monte Carlo in chunks of runs (`simulateWorkforceShard` over consecutive run
 * ranges of one simulation) and merges them (`mergeSimulationSummaries`), reporting the fan after
 * each chunk; the last equals `simulateWorkforce` of every run at once, bit for bit. Rejects
 * with the projection's `OneWorkforceError` (code `cancelled` when the signal aborts).
 */
export async function runRangeOfOutcomes(
  simulation: RangeSimulation,
  options: RangeRunOptions,
): Promise<{ readonly fan: RangeFan; readonly simulation: projection.WorkforceSimulation }> {
  const runs = simulation.options.runs
  const chunk = options.chunkRuns ?? rangeChunkRuns(runs)
  const shards: projection.WorkforceSimulationShard[] = []
  let merged: projection.WorkforceSimulation | undefined
  for (let from = 0; from < runs; from += chunk) {
    const to = Math.min(runs, from + chunk)
    const shard = await projection.simulateWorkforceShard(simulation.input, {
      ...simulation.options,
      runRange: { from, to },
      threads: options.threads,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.createWorker ? { createWorker: options.createWorker } : {}),
      onProgress: (progress) => options.onProgress?.(from + progress.runsCompleted, runs),
    })
    shards.push(shard)
    merged = mergeSoFar(shards, to)
    options.onChunk?.(rangeFan(merged, runs))
  }
  if (!merged) throw new RangeError('a simulation needs at least one run')
  return { fan: rangeFan(merged, runs), simulation: merged }
}

/** The section's state before a run: why it cannot run on this data, or what it will vary. */
export function rangeReadiness(
  dataset: Dataset | undefined,
  runs: number,
): Section<RangeSimulation> {
  if (!dataset)
    return { status: 'unavailable', reason: 'No workforce dataset: see "Your data" above.' }
  const built = rangeSimulation(dataset, runs)
  if (!built.success)
    return { status: 'failed', reason: 'the dataset cannot be projected', issues: built.issues }
  return { status: 'ok', data: built.value }
}
