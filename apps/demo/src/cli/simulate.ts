import { availableParallelism } from 'node:os'
import type { Dataset } from '@oneworkforce/schemas'
import cliProgress from 'cli-progress'
import type { Section, UncertaintySummary } from '../job/report-model'
import { uncertaintySection } from '../job/uncertainty'
import type { CliOptions } from './args'
import { rankDriversInWorker } from './rank-in-worker'

/**
 * Runs the Monte Carlo ranges across worker threads and, beside them in a worker of its own, ranks
 * their drivers (tornado and Sobol indices), with a progress bar on stderr when it is a terminal.
 */
export async function simulateSection(
  dataset: Dataset,
  options: CliOptions,
  showProgress: boolean,
): Promise<Section<UncertaintySummary>> {
  const bar = showProgress
    ? new cliProgress.SingleBar(
        {
          format:
            'Monte Carlo and drivers |{bar}| {value}/{total} projections  {eta_formatted} left',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  bar?.start(options.runs * 2, 0)
  try {
    return await uncertaintySection(dataset, {
      runs: options.runs,
      seed: options.seed,
      threads: Math.max(1, Math.min(4, availableParallelism())),
      ...(options.sobolSamples !== undefined ? { sobolSamples: options.sobolSamples } : {}),
      rank: rankDriversInWorker,
      onProgress: (done, total) => {
        bar?.setTotal(total)
        bar?.update(done)
      },
    })
  } finally {
    bar?.stop()
  }
}
