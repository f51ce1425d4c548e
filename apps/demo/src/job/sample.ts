import * as sampleData from '@oneworkforce/sample-data'
import { landed } from './landed'

interface SampleApi {
  readonly sampleDataset: () => unknown
}

/** The embedded sample ICS as a raw dataset, or `undefined` while `sample-data` has not shipped it. */
export function loadSampleDataset(): unknown {
  return landed<SampleApi>(sampleData, ['sampleDataset'])?.sampleDataset()
}
