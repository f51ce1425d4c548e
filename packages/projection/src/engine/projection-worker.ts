/**
 * Worker-thread entry of `runCompiledProjectionInThreads` (a build entry,
 * `dist/projection-worker.*`, run by piscina): each worker reads the compiled model from
 * `workerData` (its dense arrays in shared memory) and runs the chunks it is given.
 */

import { workerData } from 'piscina'
import { type ChunkResult, runChunk } from './kernel'
import { type KernelPlan, kernelPlan } from './kernel-plan'
import type { ProjectionWorkerData } from './run-in-threads'

let plan: KernelPlan | undefined

/** Runs one chunk of the model and returns its sums. @internal */
export function runProjectionChunk(chunk: number): ChunkResult {
  const data = workerData as ProjectionWorkerData
  plan ??= kernelPlan(data.compiled)
  return runChunk(data.compiled, plan, data.groupOfPost, data.byAge, chunk)
}
