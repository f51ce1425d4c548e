/**
 * Worker-thread entry of `simulateWorkforce` in Node (a build entry, `dist/simulation-worker.*`,
 * run by piscina). Each worker builds one runner from `workerData` (input, uncertain parameters,
 * run options) on its first task and then runs blocks of runs; each run's draws depend on
 * (seed, run) only. Browsers use `simulation-web-worker` instead.
 */

import { unwrapResult } from '@oneworkforce/schemas'
import { move, workerData } from 'piscina'
import { runBlock, type SimulationBlock, type SimulationWorkerData } from './simulation-block'
import { createWorkforceRunner, type WorkforceRunner } from './workforce-runner'

let runner: WorkforceRunner | undefined

/**
 * Runs a block of Monte Carlo runs and returns their outputs, run-major, transferred (not
 * copied) back to the main thread. @internal
 */
export function runSimulationBlock(block: SimulationBlock): Float64Array {
  const data = workerData as SimulationWorkerData
  runner ??= unwrapResult(createWorkforceRunner(data.setup))
  return move(runBlock(runner, data.seed, block)) as unknown as Float64Array
}
