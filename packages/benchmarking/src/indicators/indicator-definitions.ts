import type { GoodDirection } from '../direction'

/**
 * The workforce indicators this package computes:
 * - `leaver-rate`: leavers from the NHS (excluding moves to other organisations) / mean headcount;
 * - `organisation-turnover`: all leavers from the organisation (including moves) / mean headcount;
 * - `stability-index`: staff at the start still in post at the end / staff at the start;
 * - `vacancy-rate`: vacancy FTE / funded FTE;
 * - `sickness-absence-rate`: FTE days lost / FTE days available;
 * - `agency-share`: agency spend / total pay bill;
 * - `fte-per-100k-population`: FTE × 100,000 / resident population.
 */
export type IndicatorName =
  | 'leaver-rate'
  | 'organisation-turnover'
  | 'stability-index'
  | 'vacancy-rate'
  | 'sickness-absence-rate'
  | 'agency-share'
  | 'fte-per-100k-population'

/** What an indicator measures, which way is good, and the published definition it follows. */
export interface IndicatorDefinition {
  readonly name: IndicatorName
  readonly numerator: string
  readonly denominator: string
  /** Multiplier from numerator / denominator to the value: 1 for rates, 100,000 for per-population. */
  readonly scale: number
  readonly goodDirection: GoodDirection
  /** The published source of the definition. */
  readonly source: string
  /** Axis label and unit of the value (y axis of a funnel or SPC chart). */
  readonly valueAxis: AxisLabel
  /** Axis label and unit of the denominator (x axis of a funnel plot: the unit's size). */
  readonly sizeAxis: AxisLabel
}

/** A chart axis: what it shows and in what unit, e.g. `mean funded establishment` in `FTE`. */
export interface AxisLabel {
  readonly label: string
  readonly unit: string
}

/**
 * Definitions of every indicator, with the NHS Digital (or NHS England / ONS) source each follows.
 *
 * - Leaver rate and organisation turnover: NHS Digital, NHS Workforce Statistics, "Staff
 *   turnover" methodology and the NHS Staff Leavers / Turnover publications: leavers in the
 *   period ÷ the average of staff in post (headcount) at the start and end of the period.
 *   "Leavers from the NHS" exclude staff who moved to another NHS organisation; "leavers from the
 *   organisation" (turnover) include them. Here `other-organisation` leavers are the moves.
 * - Stability index: NHS Digital, NHS Workforce Statistics: staff in post at both the start and
 *   the end of the period ÷ staff in post at the start. From aggregate flows it is estimated as
 *   (start headcount − all leavers in the period) ÷ start headcount, which counts leavers who
 *   joined during the period too, so it is a lower bound (it equals the published figure when
 *   no one joins and leaves in the same period).
 * - Vacancy rate: NHS Digital, NHS Vacancy Statistics: vacancy FTE ÷ (vacancy FTE + staff in post
 *   FTE) = (funded − staff in post) ÷ funded establishment.
 * - Sickness absence rate: NHS Digital, NHS Sickness Absence Rates: FTE days lost ÷ FTE days
 *   available.
 * - Agency share: NHS England agency rules / Model Hospital: agency spend ÷ total pay bill
 *   (substantive + bank + agency).
 * - FTE per 100,000 population: FTE ÷ resident population (ONS mid-year estimates or
 *   projections) × 100,000.
 *
 * @example
 * ```ts
 * import { INDICATOR_DEFINITIONS } from '@oneworkforce/benchmarking'
 *
 * INDICATOR_DEFINITIONS['vacancy-rate'].goodDirection // 'lower'
 * ```
 */
export const INDICATOR_DEFINITIONS: Readonly<Record<IndicatorName, IndicatorDefinition>> = {
  'leaver-rate': {
    name: 'leaver-rate',
    numerator: 'leavers (headcount) excluding moves to other organisations, summed over the months',
    denominator: 'mean of headcount at the start and end of the period',
    scale: 1,
    goodDirection: 'lower',
    source: 'NHS Digital, NHS Workforce Statistics: leavers from the NHS / average staff in post',
    valueAxis: { label: 'leaver rate', unit: 'proportion of mean headcount' },
    sizeAxis: { label: 'mean headcount at the start and end of the period', unit: 'headcount' },
  },
  'organisation-turnover': {
    name: 'organisation-turnover',
    numerator:
      'all leavers (headcount) including moves to other organisations, summed over the months',
    denominator: 'mean of headcount at the start and end of the period',
    scale: 1,
    goodDirection: 'lower',
    source:
      'NHS Digital, NHS Workforce Statistics: leavers from the organisation / average staff in post',
    valueAxis: { label: 'organisation turnover', unit: 'proportion of mean headcount' },
    sizeAxis: { label: 'mean headcount at the start and end of the period', unit: 'headcount' },
  },
  'stability-index': {
    name: 'stability-index',
    numerator: 'headcount at the start less leavers in the period (at least 0)',
    denominator: 'headcount at the start of the period',
    scale: 1,
    goodDirection: 'higher',
    source:
      'NHS Digital, NHS Workforce Statistics: stability index (estimated from aggregate flows)',
    valueAxis: { label: 'stability index', unit: 'proportion of starting headcount' },
    sizeAxis: { label: 'headcount at the start of the period', unit: 'headcount' },
  },
  'vacancy-rate': {
    name: 'vacancy-rate',
    numerator: 'vacancy FTE (funded − staff in post), mean over the months with data',
    denominator: 'funded FTE, mean over the months with data',
    scale: 1,
    goodDirection: 'lower',
    source: 'NHS Digital, NHS Vacancy Statistics: vacancy FTE / (vacancy + staff in post FTE)',
    valueAxis: { label: 'vacancy rate', unit: 'proportion of funded FTE' },
    sizeAxis: { label: 'mean funded establishment', unit: 'FTE' },
  },
  'sickness-absence-rate': {
    name: 'sickness-absence-rate',
    numerator: 'FTE days lost, summed over the months',
    denominator: 'FTE days available, summed over the months',
    scale: 1,
    goodDirection: 'lower',
    source: 'NHS Digital, NHS Sickness Absence Rates: FTE days lost / FTE days available',
    valueAxis: { label: 'sickness absence rate', unit: 'proportion of FTE days available' },
    sizeAxis: { label: 'FTE days available', unit: 'FTE days' },
  },
  'agency-share': {
    name: 'agency-share',
    numerator: 'agency spend (£), summed over the months',
    denominator: 'total pay bill (£): substantive + bank + agency, summed over the months',
    scale: 1,
    goodDirection: 'lower',
    source: 'NHS England agency rules and Model Hospital: agency spend as a share of the pay bill',
    valueAxis: { label: 'agency share of the pay bill', unit: 'proportion of pay bill' },
    sizeAxis: { label: 'total pay bill', unit: '£' },
  },
  'fte-per-100k-population': {
    name: 'fte-per-100k-population',
    numerator: 'FTE, mean over the months with data',
    denominator: 'resident population of the places served (persons, calendar year of the month)',
    scale: 100_000,
    goodDirection: 'neutral',
    source: 'NHS Digital workforce FTE with ONS population estimates: FTE per 100,000 residents',
    valueAxis: { label: 'FTE per 100,000 residents', unit: 'FTE per 100,000 persons' },
    sizeAxis: { label: 'resident population', unit: 'persons' },
  },
}

/**
 * Every indicator name, in a stable order.
 *
 * @example
 * ```ts
 * import { INDICATOR_NAMES } from '@oneworkforce/benchmarking'
 *
 * INDICATOR_NAMES.includes('leaver-rate') // true
 * ```
 */
export const INDICATOR_NAMES: readonly IndicatorName[] = Object.keys(
  INDICATOR_DEFINITIONS,
) as IndicatorName[]
