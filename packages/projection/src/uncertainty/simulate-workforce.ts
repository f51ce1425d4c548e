import { type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { safeMergeSimulationSummaries } from './merge-simulation-summaries'
import type { SimulateWorkforceOptions, SimulationInputDraft } from './simulation-options'
import { simulateRuns } from './simulation-runs'
import type { WorkforceSimulation } from './workforce-simulation'

/** Types of `simulation-options` and `workforce-simulation`, each documented where it is defined. */
export type {
  SimulateWorkforceOptions,
  SimulationInputDraft,
  SimulationProgress,
} from './simulation-options'
/** The result types of a simulation, documented where they are declared. */
export type { SimulationBand, WorkforceSimulation } from './workforce-simulation'

/**
 * Monte Carlo projection: runs the projection `runs` times with the uncertain rates and levers
 * drawn from their distributions, spread over worker threads, and returns percentile bands
 * (P5, P10, P25, P50, P75, P90, P95) and the mean of supply, demand, gap and cost for every
 * kept group and month, and the probability that the gap exceeds each threshold.
 *
 * Reproducible: run r's draws come from a xoroshiro128+ stream seeded by a hash of (seed, r)
 * only, and runs are summarised in run order, so the result is bit-identical for the same seed
 * whatever `threads` is (0 = in this thread). Memory is bounded whatever `runs` is: exact
 * percentiles under a cap, streaming histograms above it (see `createRunSummaryAccumulator`).
 * Runs anywhere: in Node on worker threads (a piscina pool created for the call and destroyed
 * after it), in a browser on Web Workers (the package's `simulation-web-worker` entry, bundled
 * by Vite or webpack 5 from `new Worker(new URL(…))`; see `createWorker`), or in this thread
 * with `threads: 0`, which needs no Node globals. The same seed gives the same bits in each. For
 * more runs than one machine should do, split them with `simulateWorkforceShard` and merge
 * with `mergeSimulationSummaries` (docs/monte-carlo-at-scale.md).
 *
 * Warnings: a post whose drawn moves out add up to more than its stock in a month has them
 * scaled down to the whole stock by the engine; the result's issues carry one warning per such
 * post with the number and share of runs clamped (a shard's, for its own runs).
 *
 * When to use: to show a range (a fan chart) instead of one line, as the NAO asked of the NHS
 * Long Term Workforce Plan ("better communicate uncertainty"). A run whose distributions are
 * all points equals `projectWorkforce`.
 *
 * @example
 * ```ts
 * import { safeSimulateWorkforce } from '@oneworkforce/projection'
 *
 * const result = await safeSimulateWorkforce(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *   },
 *   { runs: 200, seed: 42, threads: 0, uncertainParameters: [
 *     { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
 *   ] },
 * )
 * if (result.success) console.log(result.value.bands.supplyFte.quantiles.length) // 7 percentiles × 12 months
 * ```
 */
export async function safeSimulateWorkforce(
  input: SimulationInputDraft,
  options?: SimulateWorkforceOptions,
): Promise<Result<WorkforceSimulation>>
/** Untrusted input (parsed JSON, a user's file): every problem comes back as an issue. */
export async function safeSimulateWorkforce(
  input: unknown,
  options?: unknown,
): Promise<Result<WorkforceSimulation>>
/** The implementation of the overloads above (documented on each overload). */
export async function safeSimulateWorkforce(
  input: unknown,
  options?: unknown,
): Promise<Result<WorkforceSimulation>> {
  // Every run, in one call: a run range belongs to simulateWorkforceShard.
  const whole =
    typeof options === 'object' && options !== null ? { ...options, runRange: undefined } : options
  const shard = await simulateRuns(input, whole)
  if (!shard.success) return shard as Result<never>
  const merged = safeMergeSimulationSummaries([shard.value])
  if (!merged.success) return merged
  return resultFrom(merged.value, shard.issues)
}

/**
 * Throwing twin of {@link safeSimulateWorkforce}: resolves to the simulation or rejects with a
 * `OneWorkforceError` (`validation_failed`, `invalid_argument`, `computation_failed`, or
 * `cancelled` when the signal aborts).
 *
 * @example
 * ```ts
 * import { simulateWorkforce } from '@oneworkforce/projection'
 *
 * const simulation = await simulateWorkforce(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *     demand: { baseline: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', fte: 950 }] },
 *     uncertainParameters: [
 *       { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'pert', min: 0.07, mode: 0.1, max: 0.14 } },
 *     ],
 *   },
 *   { runs: 500, seed: 7, threads: 0, keep: [], gapThresholdsFte: [0] },
 * )
 * simulation.gapExceedance[0]?.probability[11] // share of runs with a gap above 0 FTE in March 2026
 * ```
 */
export async function simulateWorkforce(
  input: SimulationInputDraft,
  options: SimulateWorkforceOptions = {},
): Promise<WorkforceSimulation> {
  return unwrapResult(await safeSimulateWorkforce(input, options))
}
