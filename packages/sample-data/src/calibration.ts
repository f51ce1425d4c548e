/**
 * One published figure the sample dataset is calibrated to: the indicator, what it measures,
 * the target value (a fraction for rates), the tolerance within which the sample must match it,
 * and where the figure comes from.
 */
export interface CalibrationTarget {
  /** Stable code of the indicator. */
  readonly indicator: string
  /** What is measured, over which organisations and period, by which definition. */
  readonly description: string
  /** The published (or issue-stated) value; rates are fractions. */
  readonly target: number
  /** The sample is within `target ± tolerance`. */
  readonly tolerance: number
  /** The published source of the target figure. */
  readonly source: string
}

/**
 * The calibration targets of the sample dataset: each published figure the synthetic history
 * was tuned to, with its tolerance and source. Measured over financial year 2025/26 (the last
 * of the three years of history) unless the description says otherwise. The package's tests
 * recompute every indicator from the data and fail if one drifts outside its tolerance.
 *
 * @example
 * ```ts
 * import { sampleCalibration } from '@oneworkforce/sample-data'
 *
 * const turnover = sampleCalibration.find((each) => each.indicator === 'nhs-trust-turnover')
 * turnover?.target // 0.17
 * ```
 */
export const sampleCalibration: readonly CalibrationTarget[] = [
  {
    indicator: 'nhs-trust-turnover',
    description:
      'Organisation turnover of NHS trusts (acute, community, mental health): all leavers, including moves to other organisations, in 2025/26 / mean headcount at March 2025 and March 2026',
    target: 0.17,
    tolerance: 0.015,
    source: 'London trusts c. 17% turnover (SEL ICS workforce programme, seed 001)',
  },
  {
    indicator: 'nhs-nurse-leaver-rate',
    description:
      'Registered nurses in NHS trusts: leavers excluding moves to other organisations in 2025/26 / mean headcount',
    target: 0.095,
    tolerance: 0.01,
    source: 'NHS Digital nurse leaver rates 10.1% / 9.0% / 9.9% (2018-19 to 2020-21)',
  },
  {
    indicator: 'nhs-nurse-stability',
    description:
      'Registered nurses in NHS trusts: stability index lower bound, 1 − leavers excluding moves / headcount at March 2025',
    target: 0.899,
    tolerance: 0.015,
    source: 'NHS Digital nurse stability index 89.8% / 90.8% / 89.9% (2018-19 to 2020-21)',
  },
  {
    indicator: 'nhs-vacancy-rate',
    description: 'NHS trusts, all staff groups: vacancy FTE / funded FTE, pooled over 2025/26',
    target: 0.1,
    tolerance: 0.015,
    source: 'NHS vacancy statistics: 9.7% England (June 2022), 12.5% London, 7.5% (Sep 2024)',
  },
  {
    indicator: 'nhs-nurse-vacancy-rate',
    description: 'NHS trusts, registered nurses: vacancy FTE / funded FTE over 2025/26',
    target: 0.118,
    tolerance: 0.015,
    source: 'NHS vacancy statistics: nursing 11.8% (June 2022)',
  },
  {
    indicator: 'nhs-medical-vacancy-rate',
    description:
      'NHS trusts, medical staff (consultants, resident and SAS doctors): vacancy FTE / funded FTE over 2025/26',
    target: 0.073,
    tolerance: 0.015,
    source: 'NHS vacancy statistics: medical 7.3% (June 2022)',
  },
  {
    indicator: 'nhs-fte-per-head',
    description: 'NHS trusts: FTE / headcount at March 2026',
    target: 0.89,
    tolerance: 0.01,
    source: 'NHS Digital HCHS workforce statistics: England ratio about 0.89 FTE per head',
  },
  {
    indicator: 'nhs-sickness-rate',
    description: 'NHS trusts: FTE days lost to sickness / FTE days available over 2025/26',
    target: 0.05,
    tolerance: 0.005,
    source: 'NHS Digital NHS sickness absence rates (4.5-5.5% a year; issue #2)',
  },
  {
    indicator: 'nhs-agency-share',
    description:
      'NHS trusts: agency spend / total pay bill (substantive, bank, agency) over 2025/26',
    target: 0.04,
    tolerance: 0.01,
    source: 'NHS provider finance returns: agency about 3-5% of the pay bill (issue #2)',
  },
  {
    indicator: 'social-care-turnover',
    description:
      'Adult social care providers: all leavers in 2025/26 / mean headcount at March 2025 and March 2026',
    target: 0.3,
    tolerance: 0.025,
    source: 'Skills for Care, adult social care workforce: turnover about 30%',
  },
  {
    indicator: 'social-care-vacancy-rate',
    description: 'Adult social care providers: vacancy FTE / funded FTE over 2025/26',
    target: 0.083,
    tolerance: 0.01,
    source: 'Skills for Care, adult social care workforce: vacancy rate about 8.3%',
  },
  {
    indicator: 'nursing-training-attrition',
    description: 'Intake-weighted attrition of the registered nursing programmes',
    target: 0.3,
    tolerance: 0.06,
    source: 'Nursing training attrition 24-36% (UK and England cohorts 2014-2019)',
  },
  {
    indicator: 'population-2024',
    description: 'Resident population of the six places in 2024 (persons)',
    target: 2_000_000,
    tolerance: 50_000,
    source: 'South East London ICS: six boroughs, about 2 million people',
  },
]
