import {
  type Issue,
  issue,
  OneWorkforceError,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import * as z from 'zod'
import type { ProjectionInputDraft } from '../input/projection-input'
import { safeParseProjectionInput } from '../input/validate-input'
import type { ProjectionDimension } from '../result/projection-result'
import { createRunSummaryAccumulator, type RunSummary } from './run-summary'
import type { SimulationBlock, SimulationWorkerData } from './simulation-worker'
import type { UncertainParameterInput } from './uncertain-parameters'
import {
  createWorkforceRunner,
  SIMULATION_MEASURES,
  type SimulationMeasure,
  type WorkforceRunnerSetup,
} from './workforce-runner'

/** Progress of a simulation, reported after each block of runs. */
export interface SimulationProgress {
  readonly runsCompleted: number
  readonly runs: number
}

/** Options of {@link simulateWorkforce}. */
export interface SimulateWorkforceOptions {
  /** Number of Monte Carlo runs (default 1,000). */
  readonly runs?: number
  /** Seed: with the run index, the only source of each run's draws (default 1). */
  readonly seed?: number
  /** Worker threads; 0 runs in this thread (default: the machine's available parallelism). */
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
}

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

const optionsSchema = z.object({
  runs: z.number().int().min(1).max(10_000_000).default(1000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1),
  threads: z.number().int().min(0).max(256).optional(),
  gapThresholdsFte: z.array(z.number().refine(Number.isFinite, 'must be finite')).default([0]),
  exactMemoryCapBytes: z.number().min(0).optional(),
  blockRuns: z.number().int().min(1).max(100_000).optional(),
})

function cancelled(): OneWorkforceError {
  return new OneWorkforceError('cancelled', [
    issue('cancelled', 'the simulation was cancelled', []),
  ])
}

// Node-only modules are loaded when a simulation actually uses worker threads, so the package's
// main entry stays importable in a browser (which projects with threads: 0).
async function defaultThreadCount(): Promise<number> {
  const { availableParallelism } = await import('node:os')
  return availableParallelism()
}

/** Where the worker entry lives: beside this module in `src/` (TypeScript, via tsx) or `dist/`. */
async function workerLocation(): Promise<string> {
  const { fileURLToPath } = await import('node:url')
  const here = import.meta.url
  // From sources, a small .mjs entry registers tsx inside the worker (Node 20 does not pass
  // `--import tsx` hooks on to worker threads) and then loads simulation-worker.ts.
  if (here.endsWith('.ts')) return fileURLToPath(new URL('./simulation-worker.dev.mjs', here))
  const extension = here.endsWith('.cjs') ? '.cjs' : '.js'
  return fileURLToPath(new URL(`./simulation-worker${extension}`, here))
}

function toSimulation(
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
 * The one asynchronous entry point of the library: workers come from a piscina pool created for
 * the call and destroyed after it.
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
  input: ProjectionInputDraft,
  options?: SimulateWorkforceOptions,
): Promise<Result<WorkforceSimulation>>
/** Untrusted input (parsed JSON, a user's file): every problem comes back as an issue. */
export async function safeSimulateWorkforce(
  input: unknown,
  options?: SimulateWorkforceOptions,
): Promise<Result<WorkforceSimulation>>
export async function safeSimulateWorkforce(
  input: unknown,
  options: SimulateWorkforceOptions = {},
): Promise<Result<WorkforceSimulation>> {
  const parsedOptions = optionsSchema.safeParse({
    runs: options.runs,
    seed: options.seed,
    threads: options.threads,
    gapThresholdsFte: options.gapThresholdsFte,
    exactMemoryCapBytes: options.exactMemoryCapBytes,
    blockRuns: options.blockRuns,
  })
  if (!parsedOptions.success) {
    const issues = parsedOptions.error.issues.map((each) =>
      issue('out_of_range', `${each.path.join('.')}: ${each.message}`, [
        'options',
        ...each.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      ]),
    )
    return resultFrom(undefined as never, issues, 'invalid_argument')
  }
  const { runs, seed, gapThresholdsFte } = parsedOptions.data
  if (options.signal?.aborted) {
    const error = cancelled()
    return { success: false, error, issues: error.issues }
  }

  const { uncertainParameters: carried, ...projectionInput } =
    typeof input === 'object' && input !== null
      ? (input as { uncertainParameters?: unknown })
      : { uncertainParameters: undefined }
  const carriedList = Array.isArray(carried) ? carried : []
  if (carried !== undefined && !Array.isArray(carried)) {
    return resultFrom(undefined as never, [
      issue('invalid_type', 'uncertainParameters must be an array', ['uncertainParameters']),
    ])
  }
  const parsed = safeParseProjectionInput(typeof input === 'object' ? projectionInput : input)
  if (!parsed.success) return parsed as Result<never>
  const setup: WorkforceRunnerSetup = {
    input: parsed.value,
    uncertainParameters: [...carriedList, ...(options.uncertainParameters ?? [])],
    run: {
      ...(options.keep !== undefined ? { keep: options.keep } : {}),
      ...(options.placeGroups !== undefined ? { placeGroups: options.placeGroups } : {}),
    },
  }
  const local = createWorkforceRunner(setup)
  if (!local.success) return local as Result<never>
  const warnings: Issue[] = [...parsed.issues, ...local.issues]
  const runner = local.value
  const { layout } = runner
  const size = layout.groupCount * layout.periods.length
  const accumulator = createRunSummaryAccumulator({
    runs,
    outputCount: runner.outputCount,
    exceedance: { start: 2 * size, count: size, thresholds: gapThresholdsFte },
    ...(parsedOptions.data.exactMemoryCapBytes !== undefined
      ? { exactMemoryCapBytes: parsedOptions.data.exactMemoryCapBytes }
      : {}),
  })
  const threads = parsedOptions.data.threads ?? (await defaultThreadCount())
  const blockRuns =
    parsedOptions.data.blockRuns ??
    Math.max(1, Math.min(50, Math.ceil(runs / (8 * Math.max(1, threads)))))
  const blocks: SimulationBlock[] = []
  for (let firstRun = 0; firstRun < runs; firstRun += blockRuns) {
    blocks.push({ firstRun, runCount: Math.min(blockRuns, runs - firstRun) })
  }
  let runsCompleted = 0
  const complete = (block: SimulationBlock, values: Float64Array) => {
    accumulator.add(block.firstRun, values)
    runsCompleted += block.runCount
    options.onProgress?.({ runsCompleted, runs })
  }

  try {
    if (threads === 0) {
      for (const block of blocks) {
        if (options.signal?.aborted) throw cancelled()
        const values = new Float64Array(block.runCount * runner.outputCount)
        for (let r = 0; r < block.runCount; r += 1) {
          runner.writeRun(seed, block.firstRun + r, values, r * runner.outputCount)
        }
        complete(block, values)
        // Yield so that progress callbacks render and an abort can arrive.
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
      if (options.signal?.aborted) throw cancelled()
    } else {
      await runOnPool(setup, seed, threads, blocks, complete, options.signal)
    }
  } catch (error) {
    const failure = OneWorkforceError.isInstance(error)
      ? error
      : new OneWorkforceError('computation_failed', [
          issue('invalid_value', `a simulation run failed: ${String(error)}`, []),
        ])
    return { success: false, error: failure, issues: failure.issues }
  }

  const summary = accumulator.finish()
  if (summary.nonFiniteValues > 0) {
    return resultFrom(
      undefined as never,
      [issue('invalid_value', `${summary.nonFiniteValues} projected values were not finite`, [])],
      'computation_failed',
    )
  }
  const simulation = toSimulation(
    summary,
    {
      runs,
      seed,
      periods: layout.periods,
      keep: layout.keep,
      dimensionValues: layout.dimensionValues,
      groupCount: layout.groupCount,
      draws: runner.resolved.drawLabels,
    },
    gapThresholdsFte,
  )
  return resultFrom(simulation, warnings)
}

async function runOnPool(
  setup: WorkforceRunnerSetup,
  seed: number,
  threads: number,
  blocks: readonly SimulationBlock[],
  complete: (block: SimulationBlock, values: Float64Array) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const workerData: SimulationWorkerData = { setup, seed }
  const { Piscina } = await import('piscina')
  const pool = new Piscina({
    filename: await workerLocation(),
    workerData,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  })
  const controller = new AbortController()
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    // At most two blocks in flight per thread, so buffered results stay bounded.
    let next = 0
    const inFlight = new Set<Promise<void>>()
    let failure: unknown
    const launch = () => {
      const block = blocks[next]
      if (block === undefined) return
      next += 1
      const task: Promise<void> = pool
        .run(block, { name: 'runSimulationBlock', signal: controller.signal })
        .then((values: Float64Array) => {
          complete(block, values)
        })
        .catch((error: unknown) => {
          failure ??= error
          controller.abort()
        })
        .finally(() => {
          inFlight.delete(task)
        })
      inFlight.add(task)
    }
    while (next < blocks.length || inFlight.size > 0) {
      while (
        failure === undefined &&
        !signal?.aborted &&
        next < blocks.length &&
        inFlight.size < 2 * threads
      ) {
        launch()
      }
      if (inFlight.size === 0) break
      await Promise.race(inFlight)
    }
    if (signal?.aborted) throw cancelled()
    if (failure !== undefined) throw failure
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await pool.destroy()
  }
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
  input: ProjectionInputDraft,
  options: SimulateWorkforceOptions = {},
): Promise<WorkforceSimulation> {
  return unwrapResult(await safeSimulateWorkforce(input, options))
}
