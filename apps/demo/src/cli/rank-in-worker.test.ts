import * as projection from '@oneworkforce/projection'
import { sampleDataset } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { rankDrivers } from '../job/drivers'
import { demoUncertainDrivers, withNhsProductivityRows } from '../job/uncertainty'
import { rankDriversInWorker } from './rank-in-worker'

const input = withNhsProductivityRows(
  projection.projectionInputFromDataset(sampleDataset()),
  projection.NHS_SECTORS,
)
const options = { drivers: demoUncertainDrivers, sobolSamples: 4, seed: 5 }

describe('rankDriversInWorker', () => {
  it('gives the in-thread ranking, bit for bit, and reports its progress to the end', async () => {
    const progress: number[] = []
    const inWorker = await rankDriversInWorker(input, {
      ...options,
      onProgress: (done, total) => progress.push(done / total),
    })
    expect(inWorker).toEqual(rankDrivers(projection, input, options))
    expect(progress.at(-1)).toBe(1)
  })

  it('stops when its signal is aborted', async () => {
    const stop = new AbortController()
    const pending = rankDriversInWorker(input, { ...options, signal: stop.signal })
    stop.abort()
    expect((await pending).status).toBe('unavailable')
  })
})
