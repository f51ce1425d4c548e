/**
 * A finding planted in the sample so that benchmarking has something true to find: an
 * organisation whose indicator is well above its peers' (a funnel-plot outlier), or a step
 * change in an ICS series at a documented month (an SPC signal to rebase at).
 */
export interface PlantedSignal {
  /** `funnel-outlier`: one organisation against its peer group; `step-change`: the ICS series. */
  readonly kind: 'funnel-outlier' | 'step-change'
  /** The indicator, by its `@oneworkforce/benchmarking` name. */
  readonly indicator: 'leaver-rate' | 'vacancy-rate'
  /** The outlying organisation's code (funnel outliers only). */
  readonly organisation?: string
  /** The organisations it stands out from (funnel outliers) or the series that changes. */
  readonly peerGroup: string
  /** The first month of the new level (step changes only). */
  readonly month?: string
  /** Which way the value moves: above its peers, or down at the step. */
  readonly direction: 'higher' | 'lower'
  /** What was planted and why it is credible. */
  readonly description: string
}

const nhsTrusts = 'NHS trusts (acute, community and mental-health sectors)'

/**
 * The signals planted in the sample dataset (see the package README, "Planted signals"). The
 * rest of the variation between organisations and months is noise and ordinary differences
 * between sectors. Use this list to check that a benchmarking method finds what is there, and
 * only that; the demo's tests do.
 *
 * @example
 * ```ts
 * import { samplePlantedSignals } from '@oneworkforce/sample-data'
 *
 * samplePlantedSignals.filter((each) => each.kind === 'funnel-outlier').map((each) => each.organisation)
 * // ['STM02', 'STA03']
 * ```
 */
export const samplePlantedSignals: readonly PlantedSignal[] = [
  {
    kind: 'funnel-outlier',
    indicator: 'leaver-rate',
    organisation: 'STM02',
    peerGroup: nhsTrusts,
    direction: 'higher',
    description:
      'Riverside and Northbrook Mental Health NHS Trust: staff leave at about 1.45 times the rates of comparable trusts (every reason but retirement), a 12-month leaver rate of about 15% against 11% for NHS trusts',
  },
  {
    kind: 'funnel-outlier',
    indicator: 'vacancy-rate',
    organisation: 'STA03',
    peerGroup: nhsTrusts,
    direction: 'higher',
    description:
      'Eastfield and Southmoor Hospitals NHS Trust: vacancy rates about 1.4 times those of comparable trusts, about 13.5% against 10% for NHS trusts',
  },
  {
    kind: 'step-change',
    indicator: 'vacancy-rate',
    peerGroup: 'every organisation of the ICS',
    month: '2024-10',
    direction: 'lower',
    description:
      'An ICS-wide establishment review took effect in October 2024: posts held vacant for over a year were removed, so funded FTE and every vacancy rate step down by about a tenth (about 0.8 percentage points for the ICS) while staff in post is unchanged',
  },
]
