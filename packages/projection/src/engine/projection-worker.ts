/**
 * Worker-thread entry of `createProjectionThreads` (a build entry, `dist/projection-worker.*`,
 * run by piscina): each task brings the compiled model (its dense arrays in shared memory, not
 * copied) and the chunks this worker runs.
 */

import { type ChunkResult, runChunk } from './kernel'
import type { ProjectionWorkerTask } from './run-in-threads'

/** Runs a task's chunks of the model and returns their sums, in the task's order. @internal */
export function runProjectionChunks(task: ProjectionWorkerTask): ChunkResult[] {
  return task.chunks.map((chunk) =>
    runChunk(task.compiled, task.plan, task.groupOfPost, task.byAge, chunk),
  )
}
