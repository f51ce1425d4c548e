/**
 * Worker-thread entry of `createProjectionThreads` (a build entry, `dist/projection-worker.*`,
 * run by piscina): each task brings the compiled model (its dense arrays in shared memory, not
 * copied) and the chunks this worker runs.
 */

import { move } from 'piscina'
import { packChunks } from './chunk-transfer'
import { runChunk } from './kernel'
import { kernelPlan } from './kernel-plan'
import type { ProjectionWorkerTask } from './run-in-threads'

/**
 * Runs a task's chunks of the model and returns their sums, in the task's order, packed in one
 * buffer that is moved (not copied) to the main thread. @internal
 */
export function runProjectionChunks(task: ProjectionWorkerTask): Float64Array {
  const plan = kernelPlan(task.compiled)
  const results = task.chunks.map((chunk) =>
    runChunk(task.compiled, plan, task.groupOfPost, task.byAge, chunk),
  )
  return move(packChunks(results)) as unknown as Float64Array
}
