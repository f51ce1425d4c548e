import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { SimulateWorkforceOptions, SimulationInputDraft } from './simulation-options'
import { simulateRuns } from './simulation-runs'
import type { WorkforceSimulationShard } from './workforce-simulation'

/** Options of {@link simulateWorkforceShard}: those of `simulateWorkforce` and a run range. */
export interface SimulateWorkforceShardOptions extends SimulateWorkforceOptions {
  /** Runs of the whole simulation, split over every shard (default 1,000). */
  readonly runs?: number
  /** This shard's runs, `from ≤ run < to` (run indices of the whole simulation). */
  readonly runRange: { readonly from: number; readonly to: number }
}

/**
 * One shard of a Monte Carlo simulation: runs `runRange.from … runRange.to − 1` of a
 * simulation of `runs` runs, summarised so that {@link mergeSimulationSummaries} of every
 * shard gives, bit for bit, what `simulateWorkforce` gives for all runs at once (each run's
 * draws depend on seed and run index only). For a batch system's array jobs (Kubernetes indexed
 * jobs, AWS Batch array jobs): job k runs its range and stores the shard; a last job merges.
 *
 * Memory and cost: in exact mode a shard keeps its runs' values; in histogram mode (more values
 * than `exactMemoryCapBytes`) a shard that does not hold the pilot runs `0 … 99` runs them too,
 * only to set the shared histogram bins, so keep shards well above 100 runs.
 *
 * @example
 * ```ts
 * import { safeSimulateWorkforceShard } from '@oneworkforce/projection'
 *
 * const shard = await safeSimulateWorkforceShard(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *   },
 *   { runs: 100_000, runRange: { from: 25_000, to: 25_400 }, seed: 42, threads: 0, uncertainParameters: [
 *     { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
 *   ] },
 * )
 * if (shard.success) console.log(shard.value.summary.method) // 'histogram': 100,000 runs pass the exact cap
 * ```
 */
export async function safeSimulateWorkforceShard(
  input: SimulationInputDraft,
  options: SimulateWorkforceShardOptions,
): Promise<Result<WorkforceSimulationShard>>
/** Untrusted input (parsed JSON, a user's file): every problem comes back as an issue. */
export async function safeSimulateWorkforceShard(
  input: unknown,
  options: unknown,
): Promise<Result<WorkforceSimulationShard>>
/** The implementation of the overloads above (documented on each overload). */
export async function safeSimulateWorkforceShard(
  input: unknown,
  options: unknown,
): Promise<Result<WorkforceSimulationShard>> {
  if (typeof options !== 'object' || options === null || !('runRange' in options)) {
    return resultFrom(
      undefined as never,
      [
        issue('invalid_type', 'a shard needs options.runRange { from, to }', [
          'options',
          'runRange',
        ]),
      ],
      'invalid_argument',
    )
  }
  return simulateRuns(input, options)
}

/**
 * Throwing twin of {@link safeSimulateWorkforceShard}: resolves to the shard or rejects with a
 * `OneWorkforceError` (`validation_failed`, `invalid_argument`, `computation_failed`, `cancelled`).
 *
 * @example
 * ```ts
 * import { simulateWorkforceShard } from '@oneworkforce/projection'
 * import { writeFileSync } from 'node:fs'
 * import { serialize } from 'node:v8'
 *
 * // Job k of 100 in a batch array: runs k × 1,000 … k × 1,000 + 999 of 100,000.
 * const k = Number(process.env.JOB_COMPLETION_INDEX ?? process.env.AWS_BATCH_JOB_ARRAY_INDEX ?? 0)
 * const input = {
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
 * }
 * const shard = await simulateWorkforceShard(input, { runs: 100_000, seed: 42, runRange: { from: k * 1000, to: k * 1000 + 1000 } })
 * writeFileSync(`shard-${k}.bin`, serialize(shard))
 * ```
 */
export async function simulateWorkforceShard(
  input: SimulationInputDraft,
  options: SimulateWorkforceShardOptions,
): Promise<WorkforceSimulationShard> {
  return unwrapResult(await safeSimulateWorkforceShard(input, options))
}
