import {
  type Issue,
  issue,
  OneWorkforceError,
  type Result,
  resultFrom,
} from '@oneworkforce/schemas'
import { safeParseProjectionInput } from '../input/validate-input'
import { moveClampWarnings } from './move-clamp-warnings'
import { createRunSummaryAccumulator, runSummaryPlan } from './run-summary'
import {
  planBlocks,
  runBlocksHere,
  runBlocksOnPool,
  type SimulationBlock,
  type SimulationPool,
} from './simulation-block'
import { parseSimulationOptions } from './simulation-options'
import { createNodePool, nodeThreadCount } from './simulation-pool-node'
import { browserThreadCount, canStartWebWorkers, createWebPool } from './simulation-pool-web'
import type { SimulationWebWorker } from './simulation-web-messages'
import {
  createWorkforceRunner,
  type WorkforceRunner,
  type WorkforceRunnerSetup,
  writeMeasures,
} from './workforce-runner'
import type { WorkforceSimulationShard } from './workforce-simulation'

/** The simulation was cancelled through its signal. @internal */
export function cancelled(): OneWorkforceError {
  return new OneWorkforceError('cancelled', [
    issue('cancelled', 'the simulation was cancelled', []),
  ])
}

function failed<T>(error: OneWorkforceError): Result<T> {
  return { success: false, error, issues: error.issues }
}

const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof (process as { versions?: { node?: unknown } }).versions?.node === 'string'

/** FNV-1a (32-bit) of bytes, from a given basis, as 8 hex digits. */
function fnv1a(bytes: Uint8Array, basis: number): string {
  let hash = basis >>> 0
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0')
}

/** A hash of the model: the median run's outputs (input, parameters and run options) and draws. */
function modelFingerprint(runner: WorkforceRunner): string {
  const medians = new Float64Array(runner.outputCount)
  writeMeasures(runner.layout, medians, 0)
  const labels = new TextEncoder().encode(JSON.stringify(runner.resolved.drawLabels))
  const values = new Uint8Array(medians.buffer)
  return [values, labels]
    .flatMap((bytes) => [fnv1a(bytes, 0x811c9dc5), fnv1a(bytes, 0x050c5d1f)])
    .join('')
}

async function openPool(
  setup: WorkforceRunnerSetup,
  seed: number,
  threads: number,
  createWorker: (() => SimulationWebWorker) | undefined,
): Promise<SimulationPool> {
  const workerData = { setup, seed }
  return isNode
    ? createNodePool(workerData, threads)
    : createWebPool(workerData, threads, createWorker)
}

async function threadCount(requested: number | undefined): Promise<number> {
  if (isNode) return requested ?? (await nodeThreadCount())
  if (!canStartWebWorkers()) return 0
  return requested ?? browserThreadCount()
}

/**
 * Runs runs `from … to − 1` (default every run) of a simulation and returns their partial
 * summary with the model's layout: the one engine under `simulateWorkforce` (every run) and
 * `simulateWorkforceShard` (a range). In histogram mode a shard that does not hold runs
 * `0 … pilotRuns − 1` runs them first, only to set the same histogram bins as every other shard.
 * @internal
 */
export async function simulateRuns(
  input: unknown,
  options: unknown,
): Promise<Result<WorkforceSimulationShard>> {
  const parsedOptions = parseSimulationOptions(options)
  if (!parsedOptions.success) {
    return resultFrom(undefined as never, parsedOptions.issues, 'invalid_argument')
  }
  const { runs, seed, gapThresholdsFte, exactMemoryCapBytes } = parsedOptions.value
  const { from, to } = parsedOptions.value.runRange ?? { from: 0, to: runs }
  const given = (options ?? {}) as {
    readonly uncertainParameters?: unknown
    readonly keep?: WorkforceRunnerSetup['run']['keep']
    readonly placeGroups?: WorkforceRunnerSetup['run']['placeGroups']
    readonly onProgress?: (progress: { runsCompleted: number; runs: number }) => void
    readonly signal?: AbortSignal
    readonly createWorker?: () => SimulationWebWorker
  }
  if (given.signal?.aborted) return failed(cancelled())

  const { uncertainParameters: carried, ...projectionInput } =
    typeof input === 'object' && input !== null
      ? (input as { uncertainParameters?: unknown })
      : { uncertainParameters: undefined }
  if (carried !== undefined && !Array.isArray(carried)) {
    return resultFrom(undefined as never, [
      issue('invalid_type', 'uncertainParameters must be an array', ['uncertainParameters']),
    ])
  }
  const extra = given.uncertainParameters ?? []
  if (!Array.isArray(extra)) {
    return resultFrom(undefined as never, [
      issue('invalid_type', 'must be an array', ['options', 'uncertainParameters']),
    ])
  }
  const parsed = safeParseProjectionInput(typeof input === 'object' ? projectionInput : input)
  if (!parsed.success) return parsed as Result<never>
  const setup: WorkforceRunnerSetup = {
    input: parsed.value,
    uncertainParameters: [...(carried ?? []), ...extra],
    run: {
      ...(given.keep !== undefined ? { keep: given.keep } : {}),
      ...(given.placeGroups !== undefined ? { placeGroups: given.placeGroups } : {}),
    },
  }
  let local: Result<WorkforceRunner>
  try {
    local = createWorkforceRunner(setup)
  } catch (error) {
    return resultFrom(undefined as never, [
      issue('invalid_value', `the model could not be built: ${String(error)}`, ['options']),
    ])
  }
  if (!local.success) return local as Result<never>
  const warnings: Issue[] = [...parsed.issues, ...local.issues]
  const runner = local.value
  const { layout } = runner
  const size = layout.groupCount * layout.periods.length
  const summaryOptions = {
    runs,
    outputCount: runner.outputCount,
    exceedance: { start: 2 * size, count: size, thresholds: gapThresholdsFte },
    range: { from, to },
    ...(exactMemoryCapBytes !== undefined ? { exactMemoryCapBytes } : {}),
  }
  const plan = runSummaryPlan(summaryOptions)
  const threads = await threadCount(parsedOptions.value.threads)
  const shardRuns = to - from
  const blockRuns =
    parsedOptions.value.blockRuns ??
    Math.max(1, Math.min(50, Math.ceil(shardRuns / (8 * Math.max(1, threads)))))

  let pool: SimulationPool | undefined
  try {
    if (threads > 0) pool = await openPool(setup, seed, threads, given.createWorker)
    const runBlocks = (
      blocks: readonly SimulationBlock[],
      complete: (block: SimulationBlock, values: Float64Array) => void,
    ) =>
      pool === undefined
        ? runBlocksHere(runner, seed, blocks, complete, given.signal, cancelled)
        : runBlocksOnPool(pool, threads, blocks, complete, given.signal, cancelled)

    let pilotValues: Float64Array | undefined
    if (plan.needsPilotValues) {
      const pilot = new Float64Array(plan.pilotRuns * runner.outputCount)
      await runBlocks(planBlocks(0, plan.pilotRuns, blockRuns), (block, values) => {
        pilot.set(values, block.firstRun * runner.outputCount)
      })
      pilotValues = pilot
    }
    const accumulator = createRunSummaryAccumulator({
      ...summaryOptions,
      ...(pilotValues !== undefined ? { pilotValues } : {}),
    })
    let runsCompleted = 0
    await runBlocks(planBlocks(from, to, blockRuns), (block, values) => {
      accumulator.add(block.firstRun, values)
      runsCompleted += block.runCount
      given.onProgress?.({ runsCompleted, runs: shardRuns })
    })
    // The local runner is idle now (a pool's workers did the runs, or this thread has finished).
    warnings.push(...moveClampWarnings(runner, seed, from, to))
    const shard: WorkforceSimulationShard = {
      format: 'oneworkforce.simulation-shard',
      version: 1,
      runs,
      seed,
      from,
      to,
      fingerprint: modelFingerprint(runner),
      periods: layout.periods,
      keep: layout.keep,
      dimensionValues: layout.dimensionValues,
      groupCount: layout.groupCount,
      draws: runner.resolved.drawLabels,
      gapThresholdsFte,
      summary: accumulator.partial(),
    }
    return resultFrom(shard, warnings)
  } catch (error) {
    return failed(
      OneWorkforceError.isInstance(error)
        ? error
        : new OneWorkforceError('computation_failed', [
            issue('invalid_value', `a simulation run failed: ${String(error)}`, []),
          ]),
    )
  } finally {
    await pool?.destroy()
  }
}
