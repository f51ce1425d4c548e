/**
 * Worker-thread entry of `simulateWorkforce` (a second build entry, `dist/simulation-worker.*`).
 * Each worker builds one runner from `workerData` (input, uncertain parameters, run options) on
 * its first task and then runs blocks of runs; each run's draws depend on (seed, run) only.
 */

import { unwrapResult } from '@oneworkforce/schemas'
import { move, workerData } from 'piscina'
import {
  createWorkforceRunner,
  type WorkforceRunner,
  type WorkforceRunnerSetup,
} from './workforce-runner'

/** What the main thread sends each worker once, as `workerData`. @internal */
export interface SimulationWorkerData {
  readonly setup: WorkforceRunnerSetup
  readonly seed: number
}

/** One task: a block of consecutive runs. @internal */
export interface SimulationBlock {
  readonly firstRun: number
  readonly runCount: number
}

let runner: WorkforceRunner | undefined

/**
 * Runs a block of Monte Carlo runs and returns their outputs, run-major, transferred (not
 * copied) back to the main thread. @internal
 */
export function runSimulationBlock(block: SimulationBlock): Float64Array {
  const data = workerData as SimulationWorkerData
  runner ??= unwrapResult(createWorkforceRunner(data.setup))
  const out = new Float64Array(block.runCount * runner.outputCount)
  for (let r = 0; r < block.runCount; r += 1) {
    runner.writeRun(data.seed, block.firstRun + r, out, r * runner.outputCount)
  }
  return move(out) as unknown as Float64Array
}
