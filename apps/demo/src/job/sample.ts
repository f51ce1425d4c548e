import { sampleDataset, samplePlantedSignals } from '@oneworkforce/sample-data'
import type { ChangePoint } from './report-model'

/** The embedded sample ICS as a raw dataset (validated like any other input). */
export function loadSampleDataset(): Record<string, unknown> {
  return sampleDataset() as unknown as Record<string, unknown>
}

/** The sample's documented process changes (its README, "Planted signals"), for SPC rebasing. */
export const sampleChangePoints: readonly ChangePoint[] = samplePlantedSignals.flatMap((signal) =>
  signal.kind === 'step-change' && signal.month
    ? [{ indicator: signal.indicator, month: signal.month, reason: signal.description }]
    : [],
)
