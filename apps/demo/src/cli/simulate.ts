import type { Dataset } from '@oneworkforce/schemas'
import { notLanded } from '../job/landed'
import type { Section, UncertaintySummary } from '../job/report-model'
import type { CliOptions } from './args'

/** Runs the Monte Carlo ranges across worker threads with a progress bar on stderr. */
export async function simulateSection(
  _dataset: Dataset,
  _options: CliOptions,
  _showProgress: boolean,
): Promise<Section<UncertaintySummary>> {
  return {
    status: 'unavailable',
    reason: notLanded('@oneworkforce/projection', ['simulateWorkforce']),
  }
}
