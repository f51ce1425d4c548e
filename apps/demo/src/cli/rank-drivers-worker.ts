import { parentPort, workerData } from 'node:worker_threads'
import * as projection from '@oneworkforce/projection'
import { rankDrivers } from '../job/drivers'
import type { RankingMessage, RankingWorkerData } from './rank-in-worker'

// Ranks the drivers (tornado and Sobol indices, the projection package's) in this thread and
// posts progress every few projections, then the section.
const data = workerData as RankingWorkerData
let posted = 0
const post = (message: RankingMessage) => parentPort?.postMessage(message)
const section = rankDrivers(projection, data.input, {
  drivers: data.drivers,
  sobolSamples: data.sobolSamples,
  seed: data.seed,
  onProgress: (done, total) => {
    if (done - posted < 8 && done < total) return
    posted = done
    post({ type: 'progress', done, total })
  },
})
post({ type: 'result', section })
