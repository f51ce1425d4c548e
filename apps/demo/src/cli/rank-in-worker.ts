import { Worker } from 'node:worker_threads'
import type * as projection from '@oneworkforce/projection'
import type { DriverRankingOptions } from '../job/drivers'
import type { DriverRanking, Section } from '../job/report-model'

/** What the ranking worker is given: plain, structured-cloneable data. */
export interface RankingWorkerData {
  readonly input: projection.ProjectionInput
  readonly drivers: DriverRankingOptions['drivers']
  readonly sobolSamples: number
  readonly seed: number
}

/** What the ranking worker posts: progress, then the ranking. */
export type RankingMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly section: Section<DriverRanking> }

/**
 * Ranks the Monte Carlo's drivers (`rankDrivers`) in a worker thread, so that the tornado and the
 * Sobol analysis run beside the Monte Carlo's own workers instead of after them. The same
 * function on the same input and seed: the figures are those of the in-thread ranking. Aborting
 * the signal stops the worker.
 */
export function rankDriversInWorker(
  input: projection.ProjectionInput,
  options: DriverRankingOptions & { readonly signal?: AbortSignal },
): Promise<Section<DriverRanking>> {
  const { onProgress, signal, drivers, sobolSamples, seed } = options
  const workerData: RankingWorkerData = { input, drivers, sobolSamples, seed }
  return new Promise((resolve) => {
    let settled = false
    const settle = (section: Section<DriverRanking>) => {
      if (settled) return
      settled = true
      resolve(section)
      void worker.terminate()
    }
    const worker = new Worker(new URL('./rank-drivers-worker.mjs', import.meta.url), {
      workerData,
    })
    signal?.addEventListener('abort', () =>
      settle({ status: 'unavailable', reason: 'the ranking was stopped' }),
    )
    worker.on('message', (message: RankingMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total)
      else settle(message.section)
    })
    worker.on('error', (error) =>
      settle({
        status: 'failed',
        reason: `the ranking worker failed: ${error.message}`,
        issues: [],
      }),
    )
    worker.on('exit', (code) =>
      settle({ status: 'failed', reason: `the ranking worker exited (${code})`, issues: [] }),
    )
  })
}
