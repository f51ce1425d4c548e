import type { Dataset } from '@oneworkforce/schemas'
import { notLanded } from './landed'
import type { PrioritisationSummary, Section } from './report-model'

/** Options of the prioritisation section. */
export interface PrioritisationOptions {
  /** Criterion weights (normalised by the package); the four tests equally weighted when absent. */
  readonly weights?: Readonly<Record<string, number>>
  /** SMAA weight samples for rank stability (0 to skip). */
  readonly smaaSamples: number
  readonly seed: number
  /** Budget for the portfolio in pounds, as a decimal string. */
  readonly budgetGbp: string
}

/** The four tests, the default criteria. */
export const fourTests = [
  'size-of-opportunity',
  'need-for-collaboration',
  'feasibility',
  'strategic-coherence',
] as const

/** Ranks the initiatives, measures rank stability and picks the portfolio within the budget. */
export function prioritisationSection(
  _dataset: Dataset,
  _options: PrioritisationOptions,
): Section<PrioritisationSummary> {
  return {
    status: 'unavailable',
    reason: notLanded('@oneworkforce/prioritisation', ['rankInitiatives']),
  }
}
