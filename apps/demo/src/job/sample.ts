import { sampleDataset } from '@oneworkforce/sample-data'

/** The embedded sample ICS as a raw dataset (validated like any other input). */
export function loadSampleDataset(): Record<string, unknown> {
  return sampleDataset() as unknown as Record<string, unknown>
}
