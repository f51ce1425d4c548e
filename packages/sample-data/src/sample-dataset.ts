import type { Dataset } from '@oneworkforce/schemas'
import { generateDataset } from './internal/generate'

/**
 * The seed the embedded sample dataset is generated from (pure-rand xoroshiro128+). The same
 * seed always gives the same dataset, row for row.
 *
 * @example
 * ```ts
 * import { SAMPLE_SEED } from '@oneworkforce/sample-data'
 *
 * SAMPLE_SEED // 20260331
 * ```
 */
export const SAMPLE_SEED = 20260331

let memo: Dataset | undefined

/**
 * The embedded default dataset: "South Thames ICS", a synthetic Integrated Care System modelled
 * on a six-borough London ICS of about 2 million people. Synthetic only: no real person or
 * organisation (codes start `ST`).
 *
 * When to use: to try the oneworkforce packages without data of your own, in examples and
 * tests, and as a template for the shape of your own dataset (see the package README's table
 * list and `pnpm --filter @oneworkforce/sample-data export <dir>` for CSV files).
 *
 * Contents: 1 ICS, 6 places, 25 organisations (3 acute trusts, 2 community providers,
 * 2 mental-health trusts, and a primary-care, adult social care and voluntary-sector aggregate
 * per place), each employing the staff groups its sector has in `defaultTaxonomy`; 36 months
 * of history (2023-04 to 2026-03): staff in post by organisation × staff group × age band,
 * joiners by reason, leavers by age band and reason (so retirement hazards can be calibrated by
 * age), vacancies, sickness, and substantive/bank/agency pay spend; training pipelines; 2025/26
 * pay rates; a population projection to 2040; service-use weights; monthly activity; 12
 * candidate initiatives scored by three scorers against the four tests; and the baseline, Train,
 * Retain, Reform and combined scenarios. Calibrated to the published figures in
 * {@link sampleCalibration}, with a few findings planted for benchmarking to find (two NHS-trust
 * outliers and a step change in vacancy rates at 2024-10): see {@link samplePlantedSignals}.
 *
 * Flows reconcile exactly with consecutive snapshots per organisation × staff group (headcount,
 * and FTE to the hundredth). Flow rows with a zero headcount are left out (absent means none).
 * Joiners and leavers carry age bands (joiner age profiles and leaver hazards by age band and
 * reason), in under 150,000 rows. Newly qualified joiners come from the training pipelines
 * (`trainingPipeline`: intake × (1 − attrition) × local uptake, in each course's last month);
 * completers of employment-based programmes (apprenticeships, specialty and GP training) move
 * from their trainees' staff group, recorded as a move out (`other-organisation`) and a newly
 * qualified joiner of the new group; resident doctors rotate between trusts each August and
 * February (matched moves out and in).
 *
 * The dataset is generated on first call (about 0.3 s) and memoised: later calls return the
 * same object, so treat it as read-only (copy before changing it).
 *
 * @example
 * ```ts
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const dataset = sampleDataset()
 * dataset.places.length // 6
 * dataset.workforce.filter((row) => row.month === '2026-03').reduce((sum, row) => sum + row.headcount, 0)
 * ```
 */
export function sampleDataset(): Dataset {
  memo ??= generateDataset(SAMPLE_SEED)
  return memo
}
