import type { Dataset } from '@oneworkforce/schemas'
import { notLanded } from './landed'
import type { BenchmarkingSummary, Section } from './report-model'

/** Funnel plots of vacancy and leaver rates by organisation, and XmR charts of the ICS series. */
export function benchmarkingSection(_dataset: Dataset): Section<BenchmarkingSummary> {
  return {
    status: 'unavailable',
    reason: notLanded('@oneworkforce/benchmarking', ['funnelPlot', 'xmrChart']),
  }
}
