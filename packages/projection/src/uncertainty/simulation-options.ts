import { type Issue, issue } from '@oneworkforce/schemas'
import * as z from 'zod'
import type { ProjectionInputDraft } from '../input/projection-input'
import type { ProjectionDimension } from '../result/projection-result'
import type { SimulationWebWorker } from './simulation-web-messages'
import type { UncertainParameterInput } from './uncertain-parameters'

/** A projection input that may carry its own uncertain parameters, as `simulateWorkforce` takes. */
export type SimulationInputDraft = ProjectionInputDraft & {
  readonly uncertainParameters?: readonly UncertainParameterInput[]
}

/**
 * Progress of a simulation, reported after each block of runs. A histogram-mode shard that first
 * runs the pilot runs only to set its bins reports its own runs only.
 */
export interface SimulationProgress {
  /** Runs done so far (of this shard, for `simulateWorkforceShard`). */
  readonly runsCompleted: number
  /** Runs to do (of this shard, for `simulateWorkforceShard`). */
  readonly runs: number
}

/** Options of {@link simulateWorkforce}. */
export interface SimulateWorkforceOptions {
  /** Number of Monte Carlo runs (default 1,000). */
  readonly runs?: number
  /** Seed: with the run index, the only source of each run's draws (default 1). */
  readonly seed?: number
  /**
   * Worker threads (Node) or Web Workers (browser); 0 runs in this thread, in any JavaScript
   * environment (default: Node's available parallelism, or the browser's
   * `navigator.hardwareConcurrency`; 0 where no workers can start).
   */
  readonly threads?: number
  /** The uncertain rates and levers (added to any `uncertainParameters` carried by the input). */
  readonly uncertainParameters?: readonly UncertainParameterInput[]
  /** Dimensions kept in the bands (default place, sector and staff group), as in `runCompiledProjection`. */
  readonly keep?: readonly ProjectionDimension[]
  /** Maps place codes to coarser groups, as in `runCompiledProjection`. */
  readonly placeGroups?: Readonly<Record<string, string>>
  /** Gap thresholds (FTE): the result gives the probability that the gap exceeds each (default [0]). */
  readonly gapThresholdsFte?: readonly number[]
  /** Called after each block of runs with the number of runs completed. */
  readonly onProgress?: (progress: SimulationProgress) => void
  /** Aborting it stops the simulation, which rejects with `OneWorkforceError` code `cancelled`. */
  readonly signal?: AbortSignal
  /** Exact percentiles when every value fits in this many bytes (see `createRunSummaryAccumulator`). */
  readonly exactMemoryCapBytes?: number
  /** Runs per task sent to a worker (default: enough blocks for 8 per thread, at most 50 runs). */
  readonly blockRuns?: number
  /**
   * Browser only: starts one Web Worker running the package's `simulation-web-worker` entry
   * (default `new Worker(new URL('./simulation-web-worker.js', import.meta.url), { type:
   * 'module' })`, which Vite and webpack 5 bundle). Give it when your bundler serves the entry
   * elsewhere, e.g. Vite's `import SimulationWorker from
   * '@oneworkforce/projection/simulation-web-worker?worker'` then `() => new SimulationWorker()`.
   */
  readonly createWorker?: () => SimulationWebWorker
}

/** The options after checks, with defaults. @internal */
export interface ParsedSimulationOptions {
  readonly runs: number
  readonly seed: number
  readonly threads: number | undefined
  readonly gapThresholdsFte: readonly number[]
  readonly exactMemoryCapBytes: number | undefined
  readonly blockRuns: number | undefined
  readonly runRange: { readonly from: number; readonly to: number } | undefined
}

function isFunction(value: unknown): boolean {
  return typeof value === 'function'
}

const runIndex = z.number().int().min(0).max(10_000_000)

const optionsSchema = z.object({
  runs: z.number().int().min(1).max(10_000_000).default(1000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1),
  threads: z.number().int().min(0).max(256).optional(),
  gapThresholdsFte: z.array(z.number().refine(Number.isFinite, 'must be finite')).default([0]),
  exactMemoryCapBytes: z.number().min(0).optional(),
  blockRuns: z.number().int().min(1).max(100_000).optional(),
  runRange: z
    .object({ from: runIndex, to: runIndex })
    .refine((range) => range.from <= range.to, 'from must not exceed to')
    .optional(),
  onProgress: z.custom<unknown>(isFunction, 'must be a function').optional(),
  createWorker: z.custom<unknown>(isFunction, 'must be a function').optional(),
  signal: z
    .custom<unknown>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { aborted?: unknown }).aborted === 'boolean' &&
        typeof (value as { addEventListener?: unknown }).addEventListener === 'function',
      'must be an AbortSignal',
    )
    .optional(),
})

/**
 * Checks the options of a simulation (or shard): every problem comes back as an issue whose path
 * starts with `options`. @internal
 */
export function parseSimulationOptions(
  options: unknown,
): { success: true; value: ParsedSimulationOptions } | { success: false; issues: Issue[] } {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    return {
      success: false,
      issues: [issue('invalid_type', 'options must be an object', ['options'])],
    }
  }
  const given = (options ?? {}) as Record<string, unknown>
  const picked = Object.fromEntries(
    [...Object.keys(optionsSchema.shape)].flatMap((key) =>
      given[key] === undefined ? [] : [[key, given[key]]],
    ),
  )
  const parsed = optionsSchema.safeParse(picked)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((each) =>
      issue('out_of_range', `${each.path.join('.')}: ${each.message}`, [
        'options',
        ...each.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      ]),
    )
    return { success: false, issues }
  }
  const { runs, seed, threads, gapThresholdsFte, exactMemoryCapBytes, blockRuns, runRange } =
    parsed.data
  if (runRange !== undefined && runRange.to > runs) {
    const message = `runRange.to: must not exceed runs (${runs})`
    return {
      success: false,
      issues: [issue('out_of_range', message, ['options', 'runRange', 'to'])],
    }
  }
  return {
    success: true,
    value: { runs, seed, threads, gapThresholdsFte, exactMemoryCapBytes, blockRuns, runRange },
  }
}
